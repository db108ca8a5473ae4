// Dumping one single-threaded process: freeze, read, then kill or let it go.
import * as fs from 'node:fs';
import { Tracee, PTRACE_O_SUSPEND_SECCOMP } from '@amber/sys';
import { killTree, readThreadStatus, thawTree, type FrozenTree } from './tree';
import type { FdDumper } from '@amber/files';
import type { PageRun, TaskDump } from '../model';
import { DumpError } from '../errors';
import { dumpTask } from './dump-task';

export interface FrozenDump {
  task: TaskDump;
  pages: number;
  /** Lets the task go: killed (the default after a dump) or resumed unharmed. */
  release(how: 'kill' | 'resume'): void;
}

/**
 * Freezes and dumps one single-threaded process. The task stays frozen until
 * release(): images are finished first, so a failure before that leaves it running.
 */
/**
 * Seccomp filters do not apply to the syscalls Amber runs inside the task (a filter
 * could deny them, or trap them with a SIGSYS the task never asked for).
 */
const SEIZE_OPTIONS = PTRACE_O_SUSPEND_SECCOMP;

/**
 * Seizes every thread of a process, listing /proc/PID/task again until no new thread
 * appears (a running thread may create one while others are being stopped).
 */
export function freezeThreads(pid: number): Tracee[] {
  const held = new Map<number, Tracee>();
  try {
    for (;;) {
      const tids = fs.readdirSync(`/proc/${pid}/task`).map(Number).filter((tid) => !held.has(tid));
      if (tids.length === 0) break;
      for (const tid of tids.sort((a, b) => (a === pid ? -1 : b === pid ? 1 : a - b))) held.set(tid, Tracee.seize(tid, { options: SEIZE_OPTIONS, harmless: true }));
    }
  } catch (e) {
    for (const t of held.values()) t.detachQuietly();
    throw e;
  }
  // The leader first.
  return [...held.values()].sort((a, b) => (a.pid === pid ? -1 : b.pid === pid ? 1 : a.pid - b.pid));
}

/**
 * `files` dumps the fd table while the task is frozen (through @amber/files). Each run
 * handed to `onPages` is the caller's to keep.
 */
export function dumpProcess(pid: number, onPages: (run: PageRun) => void, files?: FdDumper): FrozenDump {
  if (!fs.existsSync(`/proc/${pid}`)) throw new DumpError(pid, 'freeze', `no process with pid ${pid}`);
  if (fs.readFileSync(`/proc/${pid}/status`, 'latin1').match(/^Tgid:\s*(\d+)/m)?.[1] !== String(pid)) {
    throw new DumpError(pid, 'freeze', `${pid} is a thread, not a process; dump its thread group leader`);
  }
  let threads: Tracee[];
  try {
    threads = freezeThreads(pid);
  } catch (e) {
    throw new DumpError(pid, 'freeze', (e as Error).message, { cause: e });
  }
  let result: { task: TaskDump; pages: number };
  try {
    // dumpTask reuses its read buffer from run to run; callers of this API may keep runs.
    result = dumpTask(threads, (run) => onPages({ vaddr: run.vaddr, data: Buffer.from(run.data) }), (tid) => readThreadStatus(pid, tid));
    files?.dumpTask(pid);
  } catch (e) {
    for (const t of threads) t.detachQuietly();
    if (e instanceof DumpError) throw e;
    throw new DumpError(pid, 'dump', (e as Error).message, { cause: e });
  }
  const frozen: FrozenTree = { tasks: [{ pid, threads }], zombies: [], status: new Map() };
  const release = (how: 'kill' | 'resume') => (how === 'resume' ? thawTree(frozen) : killTree(frozen));
  return { ...result, release };
}

