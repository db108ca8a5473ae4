// Re-creating one task from its dump: a stub started at the dumped pid is taken over
// from outside and turned into the dumped process, then let go.
import * as fs from 'node:fs';
import {
  native, openFile, restoreStubPath, spawnAt, isErrno, waitFor, Tracee, X86Regs, SYS,
  F_SETFD, FD_CLOEXEC, O_CREAT, O_EXCL, O_TRUNC, PR_SET_NAME, S_IFMT, S_IFREG, SEEK_SET, SIGKILL, SIGSTOP,
} from '@amber/sys';
import type { FdDump, PageRun, TaskDump, ThreadDump } from '../model';
import { RestoreError } from '../errors';
import { AddressSpaceRestorer } from './address-space';

const SS_DISABLE = 2;

/** Opens a dumped file in the restorer, checked against what the dump saw. */
function openDumpedFile(pid: number, f: FdDump): number {
  let st: fs.BigIntStats;
  try {
    st = fs.statSync(f.path, { bigint: true });
  } catch {
    throw new RestoreError(pid, 'files', `fd ${f.fd}: ${f.path} is gone; restore it (or pass --inherit-fd) before restoring`);
  }
  if ((Number(st.mode) & S_IFMT) === S_IFREG && st.size !== f.size) {
    throw new RestoreError(pid, 'files', `fd ${f.fd}: ${f.path} changed size since the dump (${f.size} -> ${st.size} bytes)`);
  }
  const fd = openFile(f.path, f.flags & ~(O_CREAT | O_EXCL | O_TRUNC));
  if ((Number(st.mode) & S_IFMT) === S_IFREG) native.lseek(fd, Number(f.pos), SEEK_SET);
  return fd;
}

/** How long restore waits for a zombie holding the pid to be reaped (init here reaps every ~2 s). */
const ZOMBIE_WAIT_MS = 4000;

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function startStub(task: TaskDump): number {
  const opened: Array<[number, number]> = [];
  try {
    for (const f of task.fds) opened.push([openDumpedFile(task.pid, f), f.fd]);
    const deadline = Date.now() + ZOMBIE_WAIT_MS;
    for (;;) {
      try {
        return spawnAt({ path: restoreStubPath, argv: [task.comm], envp: [], setTid: [task.pid], fds: opened });
      } catch (e) {
        if (!isErrno(e, 'EEXIST')) throw e;
        // The dumped task's zombie may still wait for its parent to reap it.
        if (isZombie(task.pid) && Date.now() < deadline) {
          sleepSync(20);
          continue;
        }
        const who = isZombie(task.pid) ? 'a zombie its parent has not reaped' : 'another process';
        throw new RestoreError(task.pid, 'fork', `pid ${task.pid} is in use by ${who}; stop it, or restore into a new pid namespace`, { cause: e });
      }
    }
  } finally {
    for (const [fd] of opened) native.close(fd);
  }
}

function restoreThreadState(t: Tracee, th: ThreadDump, scratch: bigint): void {
  if (th.sigaltstack.flags !== SS_DISABLE && th.sigaltstack.sp !== 0n) {
    const ss = Buffer.alloc(24);
    ss.writeBigUInt64LE(th.sigaltstack.sp, 0);
    ss.writeInt32LE(th.sigaltstack.flags, 8);
    ss.writeBigUInt64LE(th.sigaltstack.size, 16);
    t.syscall(SYS.sigaltstack, t.putScratch(ss, 0), 0);
  }
  t.syscall(SYS.set_tid_address, th.clearTidAddr);
  if (th.robustList.head !== 0n) t.syscall(SYS.set_robust_list, th.robustList.head, th.robustList.len);
  if (th.rseq) t.syscall(SYS.rseq, th.rseq.ptr, th.rseq.size, 0, th.rseq.signature);
  t.syscall(SYS.prctl, PR_SET_NAME, t.putScratch(Buffer.from(`${th.comm}\0`), 0));
  void scratch;
}

function restoreProcessState(t: Tracee, task: TaskDump): void {
  const act = Buffer.alloc(32);
  task.sigactions.forEach((a, i) => {
    const sig = i + 1;
    if (sig === SIGKILL || sig === SIGSTOP || (a.handler === 0n && a.flags === 0n && a.mask === 0n)) return;
    act.writeBigUInt64LE(a.handler, 0);
    act.writeBigUInt64LE(a.flags, 8);
    act.writeBigUInt64LE(a.restorer, 16);
    act.writeBigUInt64LE(a.mask, 24);
    t.syscall(SYS.rt_sigaction, sig, t.putScratch(act, 0), 0, 8);
  });
  t.syscall(SYS.umask, task.umask);
  t.syscall(SYS.personality, task.personality);
  t.syscall(SYS.chdir, t.putScratch(Buffer.from(`${task.cwd}\0`), 0));
  for (const f of task.fds) if (f.cloexec) t.syscall(SYS.fcntl, f.fd, F_SETFD, FD_CLOEXEC);
  task.rlimits.forEach((r, resource) => {
    try {
      native.prlimit(t.pid, resource, r.cur, r.max);
    } catch (e) {
      throw new RestoreError(task.pid, 'rlimits', `cannot set limit ${resource} to ${r.cur}/${r.max}: ${(e as Error).message}`, { cause: e });
    }
  });
}

function restoreItimers(t: Tracee, timers: TaskDump['itimers']): void {
  const which = [timers.real, timers.virt, timers.prof];
  which.forEach((it, i) => {
    if (it.vsec === 0n && it.vusec === 0n) return; // disarmed
    const b = Buffer.alloc(32);
    b.writeBigInt64LE(it.isec, 0);
    b.writeBigInt64LE(it.iusec, 8);
    b.writeBigInt64LE(it.vsec, 16);
    b.writeBigInt64LE(it.vusec, 24);
    t.syscall(SYS.setitimer, i, t.putScratch(b, 0), 0);
  });
}

/** Queues pending signals from inside the task itself, so any si_code is allowed. */
function queueSignals(t: Tracee, shared: Buffer[], own: Buffer[]): void {
  for (const si of shared) t.syscall(SYS.rt_sigqueueinfo, t.pid, si.readInt32LE(0), t.putScratch(si, 0));
  for (const si of own) t.syscall(SYS.rt_tgsigqueueinfo, t.pid, t.pid, si.readInt32LE(0), t.putScratch(si, 0));
}

export interface RestoredTask {
  pid: number;
  pages: number;
}

/**
 * Restores one single-threaded task and leaves it running. On any failure the
 * half-made task is killed and reaped before the error is thrown.
 */
export function restoreTask(task: TaskDump, pages: Iterable<PageRun>): RestoredTask {
  const pid = startStub(task);
  let t: Tracee | null = null;
  try {
    t = Tracee.seize(pid);
    const as = new AddressSpaceRestorer(t, task.pid);
    as.takeOver(task.mm.vmas);
    as.mapAll(task.mm.vmas);
    const written = as.writePages(pages);
    as.placeVdso(task.mm.vmas);
    as.setMmMap(task.mm);
    const th = task.threads[0]!;
    restoreProcessState(t, task);
    restoreThreadState(t, th, as.scratch);
    // Last, in an order that loses no signal: timers, the blocked mask, the queued signals.
    restoreItimers(t, task.itimers);
    t.setSigmask(th.sigmask);
    queueSignals(t, task.sharedPending, th.pending);
    const held = [...t.interceptedSignals, ...as.dropGadget()];
    const regs = new X86Regs(Buffer.from(th.regs));
    regs.set('orig_ax', -1n);
    t.setRegs(regs);
    t.setXstate(th.xstate);
    t.forget();
    native.ptraceDetach(pid, 0);
    for (const sig of held) native.tgkill(pid, pid, sig);
    return { pid, pages: written };
  } catch (e) {
    t?.forget();
    try {
      native.kill(pid, SIGKILL);
      waitFor(pid);
    } catch {
      /* already gone */
    }
    if (e instanceof RestoreError) throw e;
    throw new RestoreError(task.pid, 'restore', (e as Error).message, { cause: e });
  }
}
