// Per-thread and per-process state that has no /proc interface, read by running
// syscalls inside the stopped task.
import * as fs from 'node:fs';
import { SYS, RLIMIT_NLIMITS, SIGKILL, SIGSTOP, PR_GET_CHILD_SUBREAPER, PR_GET_PDEATHSIG, PR_GET_TID_ADDRESS, type Tracee, type X86Regs } from '@amber/sys';
import { parseCreds } from './creds';
import type { ItimerDump, RlimitDump, SigactionDump, TaskDump, ThreadDump } from '../model';

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

/** `status`: the thread's /proc status text, read once at freeze time. */
export function dumpThread(t: Tracee, status: string): ThreadDump {
  const regs = t.getRegs();
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
    xstate: t.getXstate(),
    sigmask: t.getSigmask(),
    sigaltstack: { sp: ss.readBigUInt64LE(0), flags: ss.readInt32LE(8), size: ss.readBigUInt64LE(16) },
    clearTidAddr,
    robustList: { head: robust.readBigUInt64LE(0), len: robust.readBigUInt64LE(8) },
    rseq,
    comm: fs.readFileSync(`/proc/${t.pid}/comm`, 'utf8').replace(/\n$/, ''),
    pending: t.peekSiginfo(false),
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

/** A siginfo for a signal that was dequeued while we held the task (its details are gone). */
export function plainSiginfo(signo: number): Buffer {
  const si = Buffer.alloc(128);
  si.writeInt32LE(signo, 0);
  return si;
}

/** Process-wide pending signals, including any the freeze took out of the queue. */
export function dumpSharedPending(t: Tracee): Buffer[] {
  return [...t.peekSiginfo(true), ...t.interceptedSignals.map(plainSiginfo)];
}

const ITIMER_WHICH = { real: 0, virt: 1, prof: 2 } as const;

export function dumpItimers(t: Tracee): TaskDump['itimers'] {
  const scratch = t.scratch(4096);
  const read = (which: number): ItimerDump => {
    t.syscall(SYS.getitimer, which, scratch);
    const b = t.readMem(scratch, 32); // struct itimerval: interval {sec, usec}, value {sec, usec}
    return { isec: b.readBigInt64LE(0), iusec: b.readBigInt64LE(8), vsec: b.readBigInt64LE(16), vusec: b.readBigInt64LE(24) };
  };
  return { real: read(ITIMER_WHICH.real), virt: read(ITIMER_WHICH.virt), prof: read(ITIMER_WHICH.prof) };
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
