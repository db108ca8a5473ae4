// Pids as the dumped root namespace numbers them. Images name tasks by these numbers
// (as CRIU does: a container's root is pid 1); /proc and ptrace use our own numbers.
import * as fs from 'node:fs';
import type { TaskDump } from '../model';
import type { FrozenTree } from './tree';

function nsPid(pid: number, tid = pid): number[] {
  const m = /^NSpid:\s*(.*)$/m.exec(fs.readFileSync(`/proc/${pid}/task/${tid}/status`, 'latin1'));
  return m ? m[1]!.trim().split(/\s+/).map(Number) : [tid];
}

export class VirtualPids {
  /** Our pid -> the number in the dumped root's namespace. */
  readonly #map = new Map<number, number>();
  /** The root is init of its own pid namespace (a container). */
  readonly rootIsInit: boolean;

  constructor(tree: FrozenTree) {
    const root = tree.tasks[0]!.pid;
    const rootLevels = nsPid(root);
    const depth = rootLevels.length - 1;
    this.rootIsInit = depth > 0 && rootLevels[depth] === 1;
    const add = (pid: number, tid = pid) => {
      const levels = nsPid(pid, tid);
      this.#map.set(tid, levels[depth] ?? tid);
    };
    for (const t of tree.tasks) for (const th of t.threads) add(t.pid, th.pid);
    for (const z of tree.zombies) add(z.pid);
  }

  /** The dumped-namespace number of one of our pids; pids from outside map to themselves. */
  of(pid: number): number {
    return this.#map.get(pid) ?? pid;
  }

  /** The task as the images record it. */
  task(task: TaskDump): TaskDump {
    return {
      ...task,
      pid: this.of(task.pid),
      ppid: this.of(task.ppid),
      pgid: this.of(task.pgid),
      sid: this.of(task.sid),
      threads: task.threads.map((th) => ({ ...th, tid: this.of(th.tid) })),
    };
  }
}
