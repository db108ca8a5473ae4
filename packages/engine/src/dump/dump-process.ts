// Dumping one single-threaded process: freeze, read, then kill or let it go.
import * as fs from 'node:fs';
import { native, Tracee, waitFor, SIGKILL } from '@amber/sys';
import type { PageRun, TaskDump } from '../model';
import { readStat } from '../proc';
import { DumpError } from '../errors';
import { dumpTask } from './dump-task';

export interface DumpProcessOptions {
  /** Resume the task after the dump instead of killing it. */
  leaveRunning?: boolean;
}

export interface ProcessDump {
  task: TaskDump;
  pages: number;
}

export function dumpProcess(pid: number, onPages: (run: PageRun) => void, opts: DumpProcessOptions = {}): ProcessDump {
  if (!fs.existsSync(`/proc/${pid}`)) throw new DumpError(pid, 'freeze', `no process with pid ${pid}`);
  const threads = fs.readdirSync(`/proc/${pid}/task`);
  if (threads.length !== 1) throw new DumpError(pid, 'freeze', `it has ${threads.length} threads; this build dumps single-threaded processes only`);
  let t: Tracee;
  try {
    t = Tracee.seize(pid);
  } catch (e) {
    throw new DumpError(pid, 'freeze', (e as Error).message, { cause: e });
  }
  let result: ProcessDump;
  try {
    result = dumpTask(t, onPages);
  } catch (e) {
    t.detachQuietly();
    if (e instanceof DumpError) throw e;
    throw new DumpError(pid, 'dump', (e as Error).message, { cause: e });
  }
  if (opts.leaveRunning) {
    t.detach();
  } else {
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
  }
  return result;
}
