// Pids as the dumped root namespace numbers them. Images name tasks by these numbers
// (as CRIU does: a container's root is pid 1); /proc and ptrace use our own numbers.
import type { TaskDump } from '../model';
import type { FrozenTree } from './tree';

function nsPid(status: string | undefined, tid: number): number[] {
  const m = status ? /^NSpid:[ \t]*(.*)$/m.exec(status) : null;
  return m ? m[1]!.trim().split(/\s+/).map(Number) : [tid];
}

export class VirtualPids {
  /** Our pid -> the number in the dumped root's namespace. */
  readonly #map = new Map<number, number>();
  /** The root is init of its own pid namespace (a container). */
  readonly rootIsInit: boolean;

  constructor(tree: FrozenTree) {
    const root = tree.tasks[0]!.pid;
    const rootLevels = nsPid(tree.status.get(root), root);
    const depth = rootLevels.length - 1;
    this.rootIsInit = depth > 0 && rootLevels[depth] === 1;
    for (const [tid, status] of tree.status) this.#map.set(tid, nsPid(status, tid)[depth] ?? tid);
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
      posixTimers: task.posixTimers.map((pt) => (pt.notifyTid ? { ...pt, notifyTid: this.of(pt.notifyTid) } : pt)),
    };
  }
}
