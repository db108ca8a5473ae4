// Dumping one single-threaded process: freeze, read, then kill or let it go.
import * as fs from 'node:fs';
import { native, Tracee, waitFor, SIGKILL } from '@amber/sys';
import type { PageRun, TaskDump } from '../model';
import { readStat } from '../proc';
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
export function dumpProcess(pid: number, onPages: (run: PageRun) => void): FrozenDump {
  if (!fs.existsSync(`/proc/${pid}`)) throw new DumpError(pid, 'freeze', `no process with pid ${pid}`);
  const threads = fs.readdirSync(`/proc/${pid}/task`);
  if (threads.length !== 1) throw new DumpError(pid, 'freeze', `it has ${threads.length} threads; this build dumps single-threaded processes only`);
  let t: Tracee;
  try {
    t = Tracee.seize(pid);
  } catch (e) {
    throw new DumpError(pid, 'freeze', (e as Error).message, { cause: e });
  }
  let result: { task: TaskDump; pages: number };
  try {
    result = dumpTask(t, onPages);
  } catch (e) {
    t.detachQuietly();
    if (e instanceof DumpError) throw e;
    throw new DumpError(pid, 'dump', (e as Error).message, { cause: e });
  }
  const release = (how: 'kill' | 'resume') => {
    if (how === 'resume') return t.detach();
    const parent = readStat(pid).ppid;
    t.forget();
    native.kill(pid, SIGKILL);
    // As a tracer that is not the parent, consume our view of the death so the real
    // parent is told at once. As the parent (embedders), leave the reaping to its owner.
    if (parent !== process.pid) {
      try {
        waitFor(pid);
      } catch {
        /* already released */
      }
    }
  };
  return { ...result, release };
}
