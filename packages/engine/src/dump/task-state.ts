// Per-thread and per-process state that has no /proc interface, read by running
// syscalls inside the stopped task.
import * as fs from 'node:fs';
import { SYS, RLIMIT_NLIMITS, SIGKILL, SIGSTOP, PR_GET_CHILD_SUBREAPER, PR_GET_PDEATHSIG, PR_GET_TID_ADDRESS, type Tracee, type X86Regs } from '@amber/sys';
import { parseCreds } from './creds';
import type { RlimitDump, SigactionDump, ThreadDump } from '../model';
import { HOLD_MASK } from '../signals';

const ERESTARTSYS = 512n;
const ERESTARTNOINTR = 513n;
const ERESTARTNOHAND = 514n;
const ERESTART_RESTARTBLOCK = 516n;
const EINTR = 4n;

/**
 * A task stopped inside a syscall: make the saved registers restart it after restore
 * (ax = orig_ax, ip back over the 2-byte `syscall`), or report EINTR where the kernel's
 * restart block cannot survive the move.
 */
export function rewindInterruptedSyscall(regs: X86Regs): void {
  if (regs.signed('orig_ax') < 0n) return;
  const ax = -regs.signed('ax');
  if (ax === ERESTARTSYS || ax === ERESTARTNOINTR || ax === ERESTARTNOHAND) {
    regs.set('ax', regs.get('orig_ax'));
    regs.set('ip', regs.get('ip') - 2n);
  } else if (ax === ERESTART_RESTARTBLOCK) {
    regs.set('ax', -EINTR);
  }
}

/** What is read of a thread through ptrace before any syscall runs inside its task. */
export interface ThreadAtFreeze {
  regs: X86Regs;
  xstate: Buffer;
  sigmask: bigint;
}

export function readAtFreeze(t: Tracee): ThreadAtFreeze {
  return { regs: t.getRegs(), xstate: t.getXstate(), sigmask: t.getSigmask() };
}

/** `status`: the thread's /proc status text, read once at freeze time. */
export function dumpThread(t: Tracee, status: string, { regs, xstate, sigmask }: ThreadAtFreeze): ThreadDump {
  rewindInterruptedSyscall(regs);
  const scratch = t.scratch(4096);

  t.syscall(SYS.sigaltstack, 0, scratch);
  const ss = t.readMem(scratch, 24);

  t.syscall(SYS.prctl, PR_GET_TID_ADDRESS, scratch);
  const clearTidAddr = t.readMem(scratch, 8).readBigUInt64LE(0);

  t.syscall(SYS.get_robust_list, 0, scratch, scratch + 8n);
  const robust = t.readMem(scratch, 16);

  t.syscall(SYS.prctl, PR_GET_PDEATHSIG, scratch);
  const pdeathSig = t.readMem(scratch, 4).readInt32LE(0);

  let rseq: ThreadDump['rseq'] = null;
  const rc = t.getRseqConfig();
  if (rc.rseqAbiPointer !== 0n) rseq = { ptr: rc.rseqAbiPointer, size: rc.rseqAbiSize, signature: rc.signature };

  return {
    tid: t.pid,
    regs: regs.raw,
    xstate,
    sigmask,
    sigaltstack: { sp: ss.readBigUInt64LE(0), flags: ss.readInt32LE(8), size: ss.readBigUInt64LE(16) },
    clearTidAddr,
    robustList: { head: robust.readBigUInt64LE(0), len: robust.readBigUInt64LE(8) },
    rseq,
    comm: fs.readFileSync(`/proc/${t.pid}/comm`, 'utf8').replace(/\n$/, ''),
    pending: [], // read by dumpTask once every remote syscall is done, so late arrivals are in
    pdeathSig,
    creds: parseCreds(status),
  };
}

/** PR_GET_CHILD_SUBREAPER: only the task itself can ask. */
export function dumpChildSubreaper(t: Tracee): boolean {
  const scratch = t.scratch(4096);
  t.syscall(SYS.prctl, PR_GET_CHILD_SUBREAPER, scratch);
  return t.readMem(scratch, 4).readInt32LE(0) !== 0;
}

/**
 * Process-wide pending signals, then any the freeze took out of a thread's queue (kept
 * with their siginfo; which queue they came from is not known, so they go to the shared one).
 */
export function dumpSharedPending(threads: Tracee[]): Buffer[] {
  return [...threads[0]!.peekSiginfo(true), ...threads.flatMap((th) => th.interceptedSiginfo)];
}

/**
 * Runs `work` with every signal held back in all threads (PTRACE_SETSIGMASK), so nothing
 * is delivered when a remote syscall returns: signals that arrive, timers' ones included,
 * stay queued with their siginfo where PTRACE_PEEKSIGINFO sees them. `masks`: the threads'
 * own masks, put back afterwards.
 */
export function withSignalsHeld<T>(threads: Tracee[], masks: bigint[], work: () => T): T {
  threads.forEach((th) => th.setSigmask(HOLD_MASK));
  let ok = false;
  try {
    const r = work();
    ok = true;
    return r;
  } finally {
    threads.forEach((th, i) => {
      try {
        th.setSigmask(masks[i]!);
      } catch (e) {
        if (ok) throw e; // on a failure path the first error is the one to report
      }
    });
  }
}

/** All 64 signal actions (SIGKILL and SIGSTOP cannot have any: recorded as default). */
export function dumpSigactions(t: Tracee): SigactionDump[] {
  const scratch = t.scratch(4096);
  const out: SigactionDump[] = [];
  for (let sig = 1; sig <= 64; sig++) {
    if (sig === SIGKILL || sig === SIGSTOP) {
      out.push({ handler: 0n, flags: 0n, restorer: 0n, mask: 0n });
      continue;
    }
    t.syscall(SYS.rt_sigaction, sig, 0, scratch, 8);
    const a = t.readMem(scratch, 32); // struct kernel_sigaction: handler, flags, restorer, mask
    out.push({ handler: a.readBigUInt64LE(0), flags: a.readBigUInt64LE(8), restorer: a.readBigUInt64LE(16), mask: a.readBigUInt64LE(24) });
  }
  return out;
}

/**
 * Resource limits, asked by the task itself (prlimit64 on pid 0): from outside, prlimit
 * on another user's task needs CAP_SYS_RESOURCE, which root lacks on some machines.
 */
export function dumpRlimits(t: Tracee): RlimitDump[] {
  const scratch = t.scratch(4096);
  const out: RlimitDump[] = [];
  for (let r = 0; r < RLIMIT_NLIMITS; r++) {
    t.syscall(SYS.prlimit64, 0, r, 0, scratch);
    const b = t.readMem(scratch, 16);
    out.push({ cur: b.readBigUInt64LE(0), max: b.readBigUInt64LE(8) });
  }
  return out;
}
