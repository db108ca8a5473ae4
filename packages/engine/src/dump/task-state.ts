// Per-thread and per-process state that has no /proc interface, read by running
// syscalls inside the stopped task.
import * as fs from 'node:fs';
import { native, SYS, RLIMIT_NLIMITS, SIGKILL, SIGSTOP, PR_GET_TID_ADDRESS, type Tracee, type X86Regs } from '@amber/sys';
import type { RlimitDump, SigactionDump, ThreadDump } from '../model';

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

export function dumpThread(t: Tracee): ThreadDump {
  const regs = t.getRegs();
  rewindInterruptedSyscall(regs);
  const scratch = t.scratch(4096);

  t.syscall(SYS.sigaltstack, 0, scratch);
  const ss = t.readMem(scratch, 24);

  t.syscall(SYS.prctl, PR_GET_TID_ADDRESS, scratch);
  const clearTidAddr = t.readMem(scratch, 8).readBigUInt64LE(0);

  t.syscall(SYS.get_robust_list, 0, scratch, scratch + 8n);
  const robust = t.readMem(scratch, 16);

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
  };
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

export function dumpRlimits(pid: number): RlimitDump[] {
  const out: RlimitDump[] = [];
  for (let r = 0; r < RLIMIT_NLIMITS; r++) out.push(native.prlimit(pid, r));
  return out;
}
