// Dumping one frozen single-threaded task into a TaskDump plus a stream of pages.
import * as fs from 'node:fs';
import { SYS, type Tracee } from '@amber/sys';
import { readAuxv, readSmaps, readStat, readStatus } from '../proc';
import type { PageRun, TaskDump } from '../model';
import { dumpChildSubreaper, dumpRlimits, dumpSharedPending, dumpSigactions, dumpThread, readAtFreeze, withSignalsHeld } from './task-state';
import { dumpItimers, dumpPosixTimers } from './timers';
import { dumpSched, dumpSeccomp, dumpTaskMisc } from './task-misc';
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
  const frozen = threads.map(readAtFreeze);
  const state = withSignalsHeld(threads, frozen.map((f) => f.sigmask), () => {
    // Timers first: the remote syscalls below use the task's CPU time, which CPU-time timers count.
    const itimers = dumpItimers(t);
    const posixTimers = dumpPosixTimers(t);
    const others = threads.slice(1).map((th, i) => {
      const d = dumpThread(th, statusOf(th.pid), frozen[i + 1]!);
      d.sched = dumpSched(th, pid);
      d.seccomp = dumpSeccomp(th.pid, statusOf(th.pid), pid);
      th.finishRemote();
      return d;
    });
    const thread = dumpThread(t, statusOf(t.pid), frozen[0]!);
    thread.sched = dumpSched(t, pid);
    thread.seccomp = dumpSeccomp(t.pid, statusOf(t.pid), pid);
    const misc = dumpTaskMisc(t);
    const sigactions = dumpSigactions(t);
    const childSubreaper = dumpChildSubreaper(t);
    const rlimits = dumpRlimits(t);
    const brk = t.syscall(SYS.brk, 0);
    // Pending signals last: any that arrived while we worked are queued by now.
    const sharedPending = dumpSharedPending(threads);
    [thread, ...others].forEach((d, i) => (d.pending = threads[i]!.peekSiginfo(false)));
    // Undo the remote work (scratch mapping, borrowed code bytes) before reading memory.
    t.finishRemote();
    return { itimers, posixTimers, others, thread, sigactions, childSubreaper, rlimits, brk, sharedPending, misc };
  });
  const { itimers, posixTimers, others, thread, sigactions, childSubreaper, rlimits, brk, sharedPending, misc } = state;

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
    posixTimers,
    misc,
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
