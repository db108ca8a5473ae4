// Dumping one frozen single-threaded task into a TaskDump plus a stream of pages.
import * as fs from 'node:fs';
import { SYS, type Tracee } from '@amber/sys';
import { readAuxv, readSmaps, readStat, readStatus } from '../proc';
import type { PageRun, TaskDump } from '../model';
import { dumpChildSubreaper, dumpItimers, dumpRlimits, dumpSharedPending, dumpSigactions, dumpThread } from './task-state';
import { classifyVma, dumpPages, type SharedObjectSink } from './memory';

export interface TaskDumpResult {
  task: TaskDump;
  pages: number;
}

/** `threads`: every thread of the process, frozen, the leader first. */
export function dumpTask(
  threads: Tracee[],
  onPages: (run: PageRun) => void,
  statusOf: (tid: number) => string,
  objects?: SharedObjectSink,
): TaskDumpResult {
  const t = threads[0]!;
  const pid = t.pid;
  const others = threads.slice(1).map((th) => {
    const d = dumpThread(th, statusOf(th.pid));
    th.finishRemote();
    return d;
  });
  const thread = dumpThread(t, statusOf(t.pid));
  const sigactions = dumpSigactions(t);
  const itimers = dumpItimers(t);
  const sharedPending = dumpSharedPending(t);
  const childSubreaper = dumpChildSubreaper(t);
  const rlimits = dumpRlimits(t);
  const brk = t.syscall(SYS.brk, 0);
  // Undo the remote work (scratch mapping, borrowed code bytes) before reading memory.
  t.finishRemote();

  const stat = readStat(pid);
  const status = readStatus(pid);
  const vmas = readSmaps(pid).map((m) => classifyVma(pid, m));
  const task: TaskDump = {
    pid,
    ppid: stat.ppid,
    pgid: stat.pgrp,
    sid: stat.session,
    comm: stat.comm,
    cwd: fs.readlinkSync(`/proc/${pid}/cwd`),
    root: fs.readlinkSync(`/proc/${pid}/root`),
    umask: parseInt(status.get('Umask') ?? '22', 8),
    personality: parseInt(fs.readFileSync(`/proc/${pid}/personality`, 'latin1'), 16),
    childSubreaper,
    stopSignal: t.groupStopSignal,
    sigactions,
    rlimits,
    threads: [thread, ...others],
    sharedPending,
    itimers,
    mm: {
      startCode: stat.startCode,
      endCode: stat.endCode,
      startData: stat.startData,
      endData: stat.endData,
      startStack: stat.startStack,
      startBrk: stat.startBrk,
      brk,
      argStart: stat.argStart,
      argEnd: stat.argEnd,
      envStart: stat.envStart,
      envEnd: stat.envEnd,
      auxv: readAuxv(pid),
      exePath: fs.readlinkSync(`/proc/${pid}/exe`),
      vmas,
    },
  };
  const pages = dumpPages(t, vmas, onPages, objects);
  return { task, pages };
}
