// Freezing a whole process tree: each process is stopped (every thread) before its
// children are listed, so a task can no longer fork once we look at its children.
import * as fs from 'node:fs';
import { native, SIGKILL, waitFor, type Tracee } from '@amber/sys';
import { freezeThreads } from './dump-process';
import { readStat, readStatus } from '../proc';
import { DumpError } from '../errors';
import { tracedError } from './targets';

export interface ZombieInfo {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  /** The raw wait status the parent will collect (exit code << 8, or the signal). */
  exitStatus: number;
}

export interface FrozenTree {
  /** Live processes, parents before children, the root first; each with its threads. */
  tasks: Array<{ pid: number; threads: Tracee[] }>;
  zombies: ZombieInfo[];
  /** /proc/PID/task/TID/status of every thread and zombie, read once while frozen. */
  status: Map<number, string>;
}

/** Reads /proc/PID/task/TID/status. */
export function readThreadStatus(pid: number, tid = pid): string {
  return fs.readFileSync(`/proc/${pid}/task/${tid}/status`, 'latin1');
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'latin1').trim();
    if (text) out.push(...text.split(' ').map(Number));
  }
  return out;
}

export function freezeTree(root: number): FrozenTree {
  if (!fs.existsSync(`/proc/${root}`)) throw new DumpError(root, 'freeze', `no process with pid ${root}`);
  if (readStatus(root).get('Tgid') !== String(root)) {
    throw new DumpError(root, 'freeze', `${root} is a thread, not a process; dump its thread group leader`);
  }
  const tree: FrozenTree = { tasks: [], zombies: [], status: new Map() };
  const queue = [root];
  try {
    while (queue.length > 0) {
      const pid = queue.shift()!;
      const stat = readStat(pid);
      if (stat.state === 'Z') {
        tree.zombies.push({ pid, ppid: stat.ppid, pgid: stat.pgrp, sid: stat.session, exitStatus: stat.exitCode });
        tree.status.set(pid, readThreadStatus(pid));
        continue;
      }
      const traced = tracedError(root, pid);
      if (traced) throw traced;
      let threads: Tracee[];
      try {
        threads = freezeThreads(pid);
      } catch (e) {
        throw tracedError(root, pid) ?? e; // a tracer that came in between: name it
      }
      tree.tasks.push({ pid, threads });
      for (const th of threads) tree.status.set(th.pid, readThreadStatus(pid, th.pid));
      queue.push(...childrenOf(pid));
    }
  } catch (e) {
    thawTree(tree);
    if (e instanceof DumpError) throw e;
    throw new DumpError(root, 'freeze', (e as Error).message, { cause: e });
  }
  return tree;
}

/** Lets every frozen task go on as it was. */
export function thawTree(tree: FrozenTree): void {
  for (const t of tree.tasks) for (const th of t.threads) th.detachQuietly();
}

/**
 * Kills a frozen tree. As the tracer we are told of each thread's death; a leader's is
 * only reported once every other traced thread's has been collected, so threads first.
 * The root's real parent (not us, unless we are an embedder that started it) reaps it.
 */
export function killTree(tree: FrozenTree): void {
  const rootParent = tree.tasks[0] ? readStat(tree.tasks[0].pid).ppid : 0;
  for (const t of tree.tasks) for (const th of t.threads) th.forget();
  for (const t of tree.tasks) native.kill(t.pid, SIGKILL);
  // Children before parents: init of a pid namespace only finishes dying once every task
  // in it has been released, and traced tasks are released by our waits.
  for (const t of [...tree.tasks].reverse()) {
    for (const th of t.threads.slice(1)) waitQuietly(th.pid);
    if (t !== tree.tasks[0] || rootParent !== process.pid) waitQuietly(t.pid);
  }
}

function waitQuietly(pid: number): void {
  try {
    waitFor(pid);
  } catch {
    /* already released */
  }
}
