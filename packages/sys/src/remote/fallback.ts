// The way back for a task whose tracer dies mid-work (harmless remote syscalls).
//
// When a tracer dies, the kernel detaches its tracees and they run on with the registers
// they have at that moment. So while Amber works inside a task, the task's registers
// always point at code of its own that gets it back to where it was: a `syscall; ret`
// in its libc, with the stack pointer on a signal frame Amber wrote below the red zone.
// Resumed without a tracer, the task finishes the syscall, `ret` takes it to its libc's
// signal restorer (`mov rax, 15; syscall`: rt_sigreturn), and rt_sigreturn puts back
// every general register, the flags, the FPU/SSE/AVX state and the blocked-signal mask
// from the frame: the task goes on exactly as before Amber came. No code byte of the
// task is ever modified; the frame sits in dead stack, as a signal handler's frame would.
import * as fs from 'node:fs';
import type { X86Regs } from './regs';

/** `syscall; ret` */
const SYSCALL_RET = Buffer.from([0x0f, 0x05, 0xc3]);
/** `mov rax, 15; syscall` (glibc and musl __restore_rt) or `mov eax, 15; syscall`. */
const RESTORERS = [Buffer.from([0x48, 0xc7, 0xc0, 0x0f, 0, 0, 0, 0x0f, 0x05]), Buffer.from([0xb8, 0x0f, 0, 0, 0, 0x0f, 0x05])];

export interface FallbackSites {
  /** Address of `syscall; ret`. */
  syscallRet: bigint;
  /** Address of a `rt_sigreturn` sequence. */
  restorer: bigint;
}

const ERESTARTSYS = -512n;
const ERESTARTNOINTR = -513n;
const ERESTARTNOHAND = -514n;
const ERESTART_RESTARTBLOCK = -516n;
const EINTR = -4n;

const FP_XSTATE_MAGIC1 = 0x46505853;
const FP_XSTATE_MAGIC2 = 0x46505845;
const UC_FP_XSTATE = 1n;
const UC_SIGCONTEXT_SS = 2n;
const UC_STRICT_RESTORE_SS = 4n;
/** pretcode + struct ucontext (flags, link, stack_t, sigcontext, sigmask) + siginfo. */
const FRAME_HEAD = 8 + 8 + 8 + 24 + 256 + 8 + 128;
const RED_ZONE = 128;

/**
 * Finds both sites in the task's executable mappings (its libc has them; a program
 * without libc may not). Null when either is missing.
 */
export function findFallbackSites(pid: number, readMem: (addr: bigint, len: number) => Buffer): FallbackSites | null {
  let syscallRet: bigint | null = null;
  let restorer: bigint | null = null;
  const check = (addr: bigint, pattern: Buffer) => {
    try {
      return readMem(addr, pattern.length).equals(pattern);
    } catch {
      return false;
    }
  };
  const maps = fs.readFileSync(`/proc/${pid}/maps`, 'latin1');
  for (const line of maps.split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) r.x. ([0-9a-f]+) (\S+) (\d+)/.exec(line);
    if (!m || line.endsWith('[vsyscall]')) continue;
    const start = BigInt(`0x${m[1]}`);
    const length = Number(BigInt(`0x${m[2]}`) - start);
    // Offsets found in a file's mapping are remembered (libc is the same in every
    // process); checked again at each use, so a changed byte is never trusted.
    const key = m[5] !== '0' ? `${m[4]} ${m[5]} ${m[3]} ${length}` : null;
    let found = key ? siteCache.get(key) : undefined;
    if (!found) {
      let code: Buffer;
      try {
        code = readMem(start, length);
      } catch {
        continue; // unreadable: look elsewhere
      }
      const i = code.indexOf(SYSCALL_RET);
      let r = -1;
      let restorerLength = 0;
      for (const p of RESTORERS) {
        r = code.indexOf(p);
        if (r >= 0) {
          restorerLength = p.length;
          break;
        }
      }
      found = { syscallRet: i, restorer: r, restorerLength };
      if (key) siteCache.set(key, found);
    }
    if (syscallRet === null && found.syscallRet >= 0 && check(start + BigInt(found.syscallRet), SYSCALL_RET)) {
      syscallRet = start + BigInt(found.syscallRet);
    }
    if (restorer === null && found.restorer >= 0) {
      const addr = start + BigInt(found.restorer);
      if (RESTORERS.some((p) => p.length === found!.restorerLength && check(addr, p))) restorer = addr;
    }
    if (syscallRet !== null && restorer !== null) return { syscallRet, restorer };
  }
  return null;
}

const siteCache = new Map<string, { syscallRet: number; restorer: number; restorerLength: number }>();

/**
 * The registers the task should resume with if left alone now: a thread stopped inside
 * a restartable syscall enters it again (what the kernel does on a resume with no signal
 * to deliver); rt_sigreturn drops restart blocks, so a nanosleep-like call gets EINTR.
 */
export function resumeRegs(regs: X86Regs): X86Regs {
  const r = regs.clone();
  const orig = regs.signed('orig_ax');
  const ax = regs.signed('ax');
  if (orig >= 0n) {
    if (ax === ERESTARTSYS || ax === ERESTARTNOINTR || ax === ERESTARTNOHAND) {
      r.set('ax', orig);
      r.set('ip', regs.get('ip') - 2n);
    } else if (ax === ERESTART_RESTARTBLOCK) {
      r.set('ax', EINTR);
    }
  }
  r.set('orig_ax', -1n);
  return r;
}

export interface FallbackFrame {
  /** Where the frame starts (the stack pointer for `ret`). */
  sp: bigint;
  /** The bytes to write at [lowest, lowest + bytes.length). */
  lowest: bigint;
  bytes: Buffer;
}

/**
 * Lays out an rt_sigframe (and its XSAVE area, 64-byte aligned) below the red zone of the
 * stack pointer in `regs`, resuming `resume` with `sigmask` and the FPU state `xstate`
 * (the NT_X86_XSTATE buffer, standard format).
 */
export function buildFallbackFrame(regs: X86Regs, resume: X86Regs, sigmask: bigint, xstate: Buffer, restorer: bigint): FallbackFrame {
  const top = (regs.get('sp') - BigInt(RED_ZONE + 64)) & ~63n;
  const hasXsave = xstate.length > 512;
  const fpSize = hasXsave ? xstate.length + 4 : 512;
  const fpAddr = (top - BigInt(fpSize)) & ~63n;
  const sp = (fpAddr - BigInt(FRAME_HEAD)) & ~15n;
  const bytes = Buffer.alloc(Number(top - sp));
  const at = (addr: bigint) => Number(addr - sp);

  bytes.writeBigUInt64LE(restorer, 0); // pretcode: where the restorer's caller "returns"
  const uc = 8;
  bytes.writeBigUInt64LE(UC_FP_XSTATE | UC_SIGCONTEXT_SS | UC_STRICT_RESTORE_SS, uc);
  // uc_stack: an invalid ss_flags makes rt_sigreturn's sigaltstack fail (ignored), so the
  // task's alternate stack is left as it is.
  bytes.writeUInt32LE(4, uc + 16 + 8);
  const sc = uc + 16 + 24;
  const gp = ['r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'di', 'si', 'bp', 'bx', 'dx', 'ax', 'cx', 'sp', 'ip', 'flags'] as const;
  gp.forEach((name, i) => bytes.writeBigUInt64LE(resume.get(name), sc + i * 8));
  bytes.writeUInt16LE(Number(resume.get('cs')), sc + 144);
  bytes.writeUInt16LE(Number(resume.get('ss')), sc + 150);
  bytes.writeBigUInt64LE(fpAddr, sc + 184);
  bytes.writeBigUInt64LE(sigmask, sc + 256);
  const fp = at(fpAddr);
  xstate.copy(bytes, fp, 0, hasXsave ? xstate.length : 512);
  bytes.fill(0, fp + 464, fp + 512);
  if (hasXsave) {
    // The software bytes a signal frame carries (ptrace puts XCR0 at 464 instead): without
    // them rt_sigreturn restores the legacy SSE part only and resets AVX and beyond.
    bytes.writeUInt32LE(FP_XSTATE_MAGIC1, fp + 464);
    bytes.writeUInt32LE(xstate.length + 4, fp + 468); // extended_size
    bytes.writeBigUInt64LE(xstate.readBigUInt64LE(464), fp + 472); // xfeatures: XCR0
    bytes.writeUInt32LE(xstate.length, fp + 480); // xstate_size
    bytes.writeUInt32LE(FP_XSTATE_MAGIC2, fp + xstate.length);
  }
  return { sp, lowest: sp, bytes };
}
