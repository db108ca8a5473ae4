// Re-creating one task from its dump: a stub started at the dumped pid is taken over
// from outside and turned into the dumped process, then let go.
import * as fs from 'node:fs';
import {
  native, restoreStubPath, spawnAt, isErrno, waitFor, Tracee, X86Regs, SYS,
  PR_SET_CHILD_SUBREAPER, PR_SET_NAME, PR_SET_PDEATHSIG, PTRACE_EVENT_CLONE, PTRACE_EVENT_STOP, PTRACE_O_EXITKILL, PTRACE_O_TRACECLONE, SIGKILL, SIGSTOP, SIGTRAP,
} from '@amber/sys';
import type { PageRun, TaskDump, ThreadDump } from '../model';
import { RestoreError } from '../errors';
import type { StoreTransport } from '@amber/files';
import { AddressSpaceRestorer, type SharedMemory } from './address-space';
import { restoreCreds } from './creds';
import { checkTaskPaths } from './privilege';
import { restoreAfterCreds, restoreSched, restoreSeccomp, restoreTaskMiscBeforeCreds } from './task-misc';
import { restoreItimers, restorePosixTimers, type TimerIdMode } from './timers';
import { HOLD_MASK } from '../signals';

const SS_DISABLE = 2;

/** How the task's fd table is made: the engine hands this over from @amber/files. */
export interface TaskFds {
  /** [restorer fd, fd number in the task] for spawnAt. */
  spawn: Array<[number, number]>;
  /** Run in the stopped task once its memory is back: FD_CLOEXEC, plugin afterInstall. */
  complete(task: Tracee): void;
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

/** Starts the restore stub at `setTid` (innermost first), waiting briefly for a zombie holding the pid. */
export function spawnStub(setTid: readonly number[], newPidNs: boolean, comm: string, fds: Array<[number, number]> = []): number {
  const pid = setTid[0]!;
  let taken: unknown;
  const spawned = retryWhileZombie(pid, () => {
    try {
      return spawnAt({ path: restoreStubPath, argv: [comm], envp: [], setTid: [...setTid], newPidNs, fds });
    } catch (e) {
      if (!isErrno(e, 'EEXIST')) throw e;
      taken = e;
      return PID_TAKEN;
    }
  });
  if (spawned !== PID_TAKEN) return spawned;
  const who = isZombie(pid) ? 'a zombie its parent has not reaped' : 'another process';
  throw new RestoreError(pid, 'fork', `pid ${pid} is in use by ${who}; stop it, or restore into a new pid namespace`, { cause: taken });
}

export const PID_TAKEN = Symbol('pid taken');

/**
 * Runs `attempt` again while it finds `pid` taken by a zombie: the dumped task's zombie may
 * still wait for its parent (init here reaps every ~2 s). Gives up after ZOMBIE_WAIT_MS.
 */
export function retryWhileZombie<T>(pid: number, attempt: () => T | typeof PID_TAKEN): T | typeof PID_TAKEN {
  const deadline = Date.now() + ZOMBIE_WAIT_MS;
  for (;;) {
    const r = attempt();
    if (r !== PID_TAKEN || !isZombie(pid) || Date.now() >= deadline) return r;
    sleepSync(20);
  }
}

function restoreThreadState(t: Tracee, th: ThreadDump): void {
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
  // Always: the root stub had SIGKILL, to die with the restorer before it was held.
  t.syscall(SYS.prctl, PR_SET_PDEATHSIG, th.pdeathSig ?? 0);
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
  if (task.childSubreaper) t.syscall(SYS.prctl, PR_SET_CHILD_SUBREAPER, 1);
  t.syscall(SYS.personality, task.personality);
  // Both paths are as the dumper saw them, from the restorer's root: chdir first, then chroot.
  t.syscall(SYS.chdir, t.putScratch(Buffer.from(`${task.cwd}\0`), 0));
  if (task.root !== '/') t.syscall(SYS.chroot, t.putScratch(Buffer.from(`${task.root}\0`), 0));
  task.rlimits.forEach((r, resource) => {
    try {
      native.prlimit(t.pid, resource, r.cur, r.max);
    } catch (e) {
      throw new RestoreError(task.pid, 'rlimits', `cannot set limit ${resource} to ${r.cur}/${r.max}: ${(e as Error).message}`, { cause: e });
    }
  });
}

/**
 * A task's own numbers: the images name tasks and threads by their pids in the dumped
 * root namespace; a task in a nested namespace sees itself by its innermost ones.
 */
export interface TaskNumbers {
  /** clone3 set_tid for a pid or tid: its numbers from the innermost level out to the dumped root namespace. */
  setTid(id: number): number[];
}

const sameNumbers: TaskNumbers = { setTid: (id) => [id] };

/**
 * Queues pending signals from inside the task itself (by its own numbers), so any si_code
 * is allowed. `skip`: signals a timer sends again itself.
 */
function queueSignals(t: Tracee, task: TaskDump, ids: TaskNumbers, skip: Set<Buffer>): void {
  const own = (id: number) => ids.setTid(id)[0]!;
  for (const si of task.sharedPending) {
    if (!skip.has(si)) t.syscall(SYS.rt_sigqueueinfo, own(task.pid), si.readInt32LE(0), t.putScratch(si, 0));
  }
  for (const th of task.threads) {
    for (const si of th.pending) {
      if (!skip.has(si)) t.syscall(SYS.rt_tgsigqueueinfo, own(task.pid), own(th.tid), si.readInt32LE(0), t.putScratch(si, 0));
    }
  }
}

/**
 * A thread dumped inside a syscall was rewound to re-execute it. It enters it while still
 * held, its signals blocked on the way so that none is taken before: a signal that comes
 * once it runs then interrupts the syscall as the kernel would (pause, poll, sigsuspend
 * return EINTR). Detached before the re-entry, a signal that came first would have its
 * handler run and the syscall start over, waiting for nothing.
 */
function enterRestartedSyscall(x: Tracee, sigmask: bigint): void {
  let code: Buffer;
  try {
    code = x.readMem(x.getRegs().get('ip'), 2);
  } catch {
    return; // code we cannot read (the execute-only [vsyscall] page): let it run as it is
  }
  if (code[0] !== 0x0f || code[1] !== 0x05) return; // not at a syscall instruction
  x.setSigmask(HOLD_MASK);
  let signal = 0;
  for (;;) {
    native.ptraceSyscall(x.pid, signal);
    const s = waitFor(x.pid);
    if (s.kind !== 'stopped') return; // killed meanwhile
    // The syscall-entry stop (a SIGTRAP stop); or an event that ends the walk.
    if (s.event !== 0 || s.signal === SIGTRAP) break;
    signal = s.signal; // a signal no mask holds (SIGSTOP, a fault): delivered as it would be
  }
  x.setSigmask(sigmask);
}

const SIGCHLD = 17;

/**
 * Signals that came while the task was held, to send again at release; not the SIGCHLDs
 * the kernel sent (si_code CLD_*) when the restore made this task's zombies and helpers
 * end: the dumped pending signals, a dumped SIGCHLD with its siginfo included, are queued
 * already, and a second SIGCHLD would take its place (SI_TKILL from the restorer).
 */
function signalsFromOutside(t: Tracee): number[] {
  return t.interceptedSignals.filter((sig, i) => !(sig === SIGCHLD && (t.interceptedSiginfo[i]?.readInt32LE(8) ?? 0) > 0));
}

function setFinalRegs(t: Tracee, th: ThreadDump): void {
  const regs = new X86Regs(Buffer.from(th.regs));
  regs.set('orig_ax', -1n); // the dump already rewound any syscall to restart
  t.setRegs(regs);
  t.setXstate(th.xstate);
}

const CLONE_THREAD_FLAGS = 0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000; // VM FS FILES SIGHAND THREAD SYSVSEM

/**
 * Re-creates the other threads at their tids: clone3 with set_tid, run by the leader.
 * Each new thread is auto-attached (PTRACE_O_TRACECLONE), gets its own state through
 * the shared gadget, and stays stopped. Returns every thread, the leader first.
 */
function createThreads(leader: Tracee, as: AddressSpaceRestorer, task: TaskDump, ids: TaskNumbers): Tracee[] {
  const all = [leader];
  if (task.threads.length === 1) return all;
  native.ptraceSetOptions(leader.pid, PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL);
  for (const d of task.threads.slice(1)) {
    const numbers = ids.setTid(d.tid);
    const setTid = Buffer.alloc(4 * numbers.length);
    numbers.forEach((n, i) => setTid.writeInt32LE(n, i * 4));
    const setTidAddr = leader.putScratch(setTid, 512);
    const args = Buffer.alloc(88); // struct clone_args
    args.writeBigUInt64LE(BigInt(CLONE_THREAD_FLAGS), 0);
    args.writeBigUInt64LE(setTidAddr, 64);
    args.writeBigUInt64LE(BigInt(numbers.length), 72);
    let s = leader.syscallUntilStop(SYS.clone3, leader.putScratch(args, 0), args.length);
    if (!(s.kind === 'stopped' && s.event === PTRACE_EVENT_CLONE)) {
      const err = s.kind === 'stopped' && s.signal === SIGTRAP ? -leader.getRegs().signed('ax') : 0n;
      throw new RestoreError(task.pid, 'threads', `cannot create thread ${d.tid}: ${err ? `errno ${err}` : JSON.stringify(s)}${err === 17n ? ' (tid in use)' : ''}`);
    }
    const tid = native.ptraceGetEventMsg(leader.pid);
    leader.cont(0);
    s = waitFor(leader.pid);
    if (!(s.kind === 'stopped' && s.signal === SIGTRAP)) throw new RestoreError(task.pid, 'threads', `leader did not return from clone3: ${JSON.stringify(s)}`);
    s = waitFor(tid);
    if (!(s.kind === 'stopped' && s.event === PTRACE_EVENT_STOP)) throw new RestoreError(task.pid, 'threads', `thread ${tid} did not stop after creation: ${JSON.stringify(s)}`);
    const th = Tracee.adopt(tid);
    all.push(th);
    as.share(th);
    restoreThreadState(th, d);
  }
  native.ptraceSetOptions(leader.pid, PTRACE_O_EXITKILL); // still dies with amber until handed over
  return all;
}

export interface RestoredTask {
  pid: number;
  pages: number;
}

/** A task made whole but still held: release() lets it run. */
export interface HeldTask {
  pid: number;
  pages: number;
  /** Detaches every thread and re-sends the signals that arrived while it was held. */
  release(): void;
  /** Forgets the task's tracees (error paths; the caller kills the task). */
  abandon(): void;
}

/**
 * Turns a seized stub into the dumped task: memory, fds, task and thread state, threads,
 * registers. The task stays stopped until release(), so that a tree runs only once all
 * of it is back. `t` must be the stub of this task, stopped under ptrace.
 */
export function restoreInto(
  t: Tracee,
  task: TaskDump,
  pages: Iterable<PageRun>,
  fds: Pick<TaskFds, 'complete'>,
  onPages?: (run: PageRun) => void,
  shared?: { memory: SharedMemory; store: StoreTransport },
  ids: TaskNumbers = sameNumbers,
  timerIds: TimerIdMode = 'auto',
): HeldTask {
  let threads: Tracee[] = [t];
  try {
    checkTaskPaths(task);
    const as = new AddressSpaceRestorer(t, task.pid);
    as.takeOver(task.mm.vmas);
    as.mapAll(task.mm.vmas, shared);
    const written = as.writePages(pages, onPages);
    as.placeVdso(task.mm.vmas);
    as.setMmMap(task.mm);
    const th = task.threads[0]!;
    restoreProcessState(t, task);
    fds.complete(t);
    restoreThreadState(t, th);
    threads = createThreads(t, as, task, ids);
    task.threads.forEach((d, i) => d.sched && restoreSched(threads[i]!, task.pid, d.sched));
    restoreTaskMiscBeforeCreds(t, task);
    // seccomp is suspended while Amber holds the threads: filters go in now, while root may install them.
    restoreSeccomp(threads, task.threads, task.pid);
    // Credentials last among privileged steps: the task may not be root afterwards.
    task.threads.forEach((d, i) => restoreCreds(threads[i]!, d.creds));
    restoreAfterCreds(threads, task);
    // Last, with every signal held back so none is delivered while our syscalls still run
    // (it stays queued with its siginfo): timers, the queued signals, then the dumped masks.
    threads.forEach((x) => x.setSigmask(HOLD_MASK));
    restoreItimers(t, task.itimers);
    const resent = restorePosixTimers(t, task, (tid) => ids.setTid(tid)[0]!, timerIds);
    queueSignals(t, task, ids, resent);
    // Every thread but the leader gets its registers now; the leader after the gadget is gone.
    task.threads.slice(1).forEach((d, i) => setFinalRegs(threads[i + 1]!, d));
    const held = [...signalsFromOutside(t), ...as.dropGadget()];
    setFinalRegs(t, th);
    task.threads.forEach((d, i) => threads[i]!.setSigmask(d.sigmask));
    return {
      pid: t.pid,
      pages: written,
      release() {
        threads.forEach((x, i) => {
          if (!task.stopSignal) enterRestartedSyscall(x, task.threads[i]!.sigmask);
          x.forget();
          try {
            native.ptraceDetach(x.pid, 0);
          } catch (e) {
            if (!isErrno(e, 'ESRCH')) throw e; // killed meanwhile: nothing to let go
          }
        });
        for (const sig of held) native.tgkill(t.pid, t.pid, sig);
      },
      abandon() {
        for (const x of threads) x.forget();
      },
    };
  } catch (e) {
    for (const x of threads) x.forget();
    if (e instanceof RestoreError) throw e;
    throw new RestoreError(task.pid, 'restore', (e as Error).message, { cause: e });
  }
}

export interface RestoreTaskOptions {
  /** How POSIX timers get their ids ('linear': as on kernels before 6.16). */
  timerIds?: TimerIdMode;
}

/**
 * Restores one process on its own (no tree) and leaves it running. On any failure the
 * half-made task is killed and reaped before the error is thrown.
 */
export function restoreTask(task: TaskDump, pages: Iterable<PageRun>, fds: TaskFds, opts: RestoreTaskOptions = {}): RestoredTask {
  const pid = spawnStub([task.pid], false, task.comm, fds.spawn);
  try {
    const held = restoreInto(Tracee.seize(pid), task, pages, fds, undefined, undefined, sameNumbers, opts.timerIds);
    held.release();
    return { pid, pages: held.pages };
  } catch (e) {
    try {
      native.kill(pid, SIGKILL);
      waitFor(pid);
    } catch {
      /* already gone */
    }
    throw e;
  }
}
