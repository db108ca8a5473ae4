// Driving one thread from outside with ptrace: seize, stop, registers, memory, and
// syscalls run inside it (what CRIU calls compel). Synchronous by design: ptrace
// requests must come from the thread that attached, Node's main thread.
import * as fs from 'node:fs';
import { native } from '../native';
import { SysError } from '../errors';
import { O_RDWR, O_CLOEXEC, PTRACE_EVENT_STOP, SIGTRAP, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU } from '../constants';
import { waitFor, describeWaitStatus, type WaitStatus } from '../wait';
import { SYS } from '../syscall-numbers';
import { X86Regs } from './regs';
import { buildFallbackFrame, findFallbackSites, resumeRegs, type FallbackSites } from './fallback';

/** `syscall; int3`: run one syscall, then trap back to the tracer. */
export const SYSCALL_GADGET = Buffer.from([0x0f, 0x05, 0xcc]);
const GROUP_STOP_SIGNALS = new Set([SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU]);
const FAULT_SIGNALS = new Set([4, 7, 8, 11]); // SIGILL SIGBUS SIGFPE SIGSEGV
const SYSCALL_STOP = SIGTRAP | 0x80; // a syscall stop under PTRACE_O_TRACESYSGOOD
const PTRACE_O_TRACESYSGOOD = 1;
/**
 * Fault injection for the tests and tools/stress: AMBER_FAULT_KILL_AT=N kills this process
 * (SIGKILL, as a user would) at the N-th step of harmless remote work, to show that a task
 * is whole whatever the moment its tracer dies.
 */
const FAULT_AT = Number(process.env.AMBER_FAULT_KILL_AT ?? 0);
let faultSteps = 0;
function faultPoint(): void {
  if (FAULT_AT > 0 && ++faultSteps === FAULT_AT) process.kill(process.pid, 'SIGKILL');
}
const syscallNames = new Map<number, string>(Object.entries(SYS).map(([k, v]) => [v, k]));

const SIGSYS = 31;

/**
 * A seccomp filter of the task stopped a syscall Amber ran inside it. Tracers that
 * suspend seccomp (PTRACE_O_SUSPEND_SECCOMP, needs CAP_SYS_ADMIN) never see this.
 */
export class SeccompDeniedError extends Error {
  constructor(readonly pid: number, readonly step: string) {
    super(`task ${pid}: its seccomp filter trapped Amber's ${step} (SIGSYS); run amber as root so seccomp is suspended while Amber works in the task`);
    this.name = 'SeccompDeniedError';
  }
}

/** The task exited (or was killed) while Amber held it. */
export class TaskGoneError extends Error {
  constructor(readonly pid: number, readonly status: WaitStatus, readonly step: string) {
    super(`task ${pid} ${describeWaitStatus(status)} during ${step}`);
    this.name = 'TaskGoneError';
  }
}

/** A stop other than the one expected: reported rather than guessed about. */
export class UnexpectedStopError extends Error {
  constructor(readonly pid: number, readonly status: WaitStatus, readonly step: string) {
    super(`task ${pid}: unexpected ${describeWaitStatus(status)} during ${step}`);
    this.name = 'UnexpectedStopError';
  }
}

export interface SeizeOptions {
  /** PTRACE_O_* flags. */
  options?: number;
  /**
   * Remote work that the kernel undoes if Amber dies (dump): no code byte of the task is
   * modified, and while Amber works in it the task's registers lead back, through its own
   * libc's `syscall; ret` and rt_sigreturn, to where it was (see remote/fallback.ts).
   */
  harmless?: boolean;
}

/** The state of a task while harmless remote work is under way. */
interface Fallback {
  sites: FallbackSites;
  /** Registers that resume into the way back (ip on the `ret`, sp on the frame). */
  regs: X86Regs;
  /** The blocked mask at the start, which the frame also restores. */
  mask: bigint;
  maskChanged: boolean;
  /** The dead stack bytes the frame covers, put back afterwards. */
  stackAddr: bigint;
  stackBytes: Buffer;
}

export class Tracee {
  readonly pid: number;
  readonly #harmless: boolean;
  #options = 0;
  #fallback: Fallback | null = null;
  #memFd = -1;
  #detached = false;
  /** The thread's registers at the moment remote work began, put back by finishRemote(). */
  #savedRegs: X86Regs | null = null;
  /** Where `syscall; int3` sits and what bytes it replaced (null: a gadget we own). */
  #site: bigint | null = null;
  #siteOriginal: Buffer | null = null;
  #scratch: { addr: bigint; size: number; owned: boolean } | null = null;
  /** Signals that arrived while the task was held; re-delivered on detach. */
  readonly interceptedSignals: number[] = [];
  /** The full siginfo of each of those, in the same order (PTRACE_GETSIGINFO at the stop). */
  readonly interceptedSiginfo: Buffer[] = [];
  /** The group-stop signal if the task was stopped (SIGSTOP...) when seized. */
  groupStopSignal = 0;

  private constructor(pid: number, harmless = false, options = 0) {
    this.pid = pid;
    this.#harmless = harmless;
    this.#options = options;
  }

  /** PTRACE_SEIZE + PTRACE_INTERRUPT, then wait until the thread is in a ptrace stop. */
  static seize(pid: number, opts: SeizeOptions = {}): Tracee {
    native.ptraceSeize(pid, opts.options ?? 0);
    const t = new Tracee(pid, opts.harmless ?? false, opts.options ?? 0);
    try {
      native.ptraceInterrupt(pid);
      t.waitForInterrupt('seize');
    } catch (e) {
      t.detachQuietly();
      throw e;
    }
    return t;
  }

  /** Attaches to a task that is already seized and stopped by the caller (e.g. a fresh child). */
  static adopt(pid: number): Tracee {
    return new Tracee(pid);
  }

  /**
   * Waits for the interrupt stop. Signal-delivery stops met on the way are held back
   * (recorded, re-delivered at detach) so the task does not run their handlers now.
   */
  waitForInterrupt(step: string): void {
    for (;;) {
      const s = waitFor(this.pid);
      if (s.kind === 'exited' || s.kind === 'signaled') throw new TaskGoneError(this.pid, s, step);
      if (s.kind !== 'stopped') throw new UnexpectedStopError(this.pid, s, step);
      if (s.event === PTRACE_EVENT_STOP) {
        if (GROUP_STOP_SIGNALS.has(s.signal)) this.groupStopSignal = s.signal;
        return;
      }
      if (s.event === 0) {
        // A signal-delivery stop: keep the signal for later and go on to the interrupt.
        this.intercept(s.signal);
        native.ptraceCont(this.pid, 0);
        continue;
      }
      // Other ptrace events (fork/clone/exec) stop too; the caller asked for them.
      return;
    }
  }

  /** Holds back the signal of the current signal-delivery stop, with its siginfo. */
  private intercept(signal: number): void {
    this.interceptedSignals.push(signal);
    this.interceptedSiginfo.push(native.ptraceGetSiginfo(this.pid));
  }

  getRegs(): X86Regs {
    return new X86Regs(native.ptraceGetRegs(this.pid));
  }

  setRegs(regs: X86Regs): void {
    native.ptraceSetRegs(this.pid, regs.raw);
  }

  getXstate(): Buffer {
    return native.ptraceGetXstate(this.pid);
  }

  setXstate(xstate: Uint8Array): void {
    native.ptraceSetXstate(this.pid, xstate);
  }

  getSigmask(): bigint {
    return native.ptraceGetSigmask(this.pid);
  }

  /**
   * In harmless mode the way back is laid first, so a mask changed here is put back by
   * the kernel too if Amber dies; finishRemote() restores the first mask.
   */
  setSigmask(mask: bigint): void {
    if (this.#harmless && this.#site === null) {
      if (this.#fallback === null && mask === native.ptraceGetSigmask(this.pid)) return;
      this.ensureSite();
    }
    native.ptraceSetSigmask(this.pid, mask);
    if (this.#fallback) this.#fallback.maskChanged = true;
    if (this.#harmless) faultPoint();
  }

  /** Pending signals without dequeuing them (per thread, or the shared queue). */
  peekSiginfo(shared: boolean): Buffer[] {
    const all: Buffer[] = [];
    for (;;) {
      const batch = native.ptracePeekSiginfo(this.pid, all.length, 64, shared);
      all.push(...batch);
      if (batch.length < 64) return all;
    }
  }

  getRseqConfig() {
    return native.ptraceGetRseqConfig(this.pid);
  }

  private memFd(): number {
    if (this.#memFd < 0) this.#memFd = native.open(`/proc/${this.pid}/mem`, O_RDWR | O_CLOEXEC, 0);
    return this.#memFd;
  }

  /** Reads memory through /proc/PID/mem (works on read-only and PROT_NONE-free pages). */
  readMem(addr: bigint, length: number): Buffer {
    const buf = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = native.pread(this.memFd(), buf.subarray(done), addr + BigInt(done));
      if (n === 0) throw new SysError('pread', 5, { pid: this.pid, address: `0x${(addr + BigInt(done)).toString(16)}` });
      done += n;
    }
    return buf;
  }

  /** Writes memory through /proc/PID/mem, which may write read-only private pages (FOLL_FORCE). */
  writeMem(addr: bigint, data: Uint8Array): void {
    let done = 0;
    while (done < data.length) {
      const n = native.pwrite(this.memFd(), data.subarray(done), addr + BigInt(done));
      if (n === 0) throw new SysError('pwrite', 5, { pid: this.pid, address: `0x${(addr + BigInt(done)).toString(16)}` });
      done += n;
    }
  }

  /**
   * Uses a `syscall; int3` gadget that the caller placed at `addr` (restore does), instead
   * of borrowing the start of an executable mapping.
   */
  useGadget(addr: bigint): void {
    this.#site = addr;
    this.#siteOriginal = null;
  }

  private ensureSite(): bigint {
    if (this.#savedRegs === null) this.#savedRegs = this.getRegs();
    if (this.#site !== null) return this.#site;
    if (this.#harmless) return this.enterFallback();
    const site = findExecutableAddress(this.pid);
    this.#siteOriginal = this.readMem(site, SYSCALL_GADGET.length);
    this.writeMem(site, SYSCALL_GADGET);
    this.#site = site;
    return site;
  }

  /**
   * Lays the way back (a signal frame in dead stack, registers on the task's own
   * `syscall; ret`), changing nothing else. Before the registers are set the task is
   * untouched; after, resuming it without Amber returns it to where it was.
   */
  private enterFallback(): bigint {
    if (this.#fallback) return this.#fallback.sites.syscallRet;
    const saved = this.#savedRegs!;
    const sites = findFallbackSites(this.pid, (a, n) => this.readMem(a, n));
    if (!sites) {
      this.#savedRegs = null;
      throw new Error(
        `task ${this.pid}: no \`syscall; ret\` and rt_sigreturn code in its executable mappings (a program without libc); ` +
          'Amber runs syscalls in a task only through code that brings it back if Amber dies, so it does not dump this one',
      );
    }
    const mask = native.ptraceGetSigmask(this.pid);
    const frame = buildFallbackFrame(saved, resumeRegs(saved), mask, this.getXstate(), sites.restorer);
    let stackBytes: Buffer;
    try {
      stackBytes = this.readMem(frame.lowest, frame.bytes.length);
      this.writeMem(frame.lowest, frame.bytes);
    } catch (e) {
      this.#savedRegs = null;
      throw new Error(
        `task ${this.pid}: its stack below sp 0x${saved.get('sp').toString(16)} has no room for Amber's way-back frame ` +
          `(${frame.bytes.length} bytes): ${(e as Error).message}`,
        { cause: e },
      );
    }
    faultPoint();
    native.ptraceSetOptions(this.pid, this.#options | PTRACE_O_TRACESYSGOOD);
    const regs = saved.clone();
    regs.set('ip', sites.syscallRet + 2n); // on the `ret`
    regs.set('sp', frame.sp);
    regs.set('orig_ax', -1n);
    this.setRegs(regs);
    this.#fallback = { sites, regs, mask, maskChanged: false, stackAddr: frame.lowest, stackBytes };
    faultPoint();
    return sites.syscallRet;
  }

  /**
   * Runs one syscall inside the stopped thread and returns its raw result (negative
   * errno on failure). The thread's registers and code are put back by finishRemote().
   */
  syscallRaw(nr: number, ...args: Array<bigint | number>): bigint {
    if (this.#harmless && this.#site === null) return this.harmlessSyscall(nr, args);
    const site = this.startSyscall(nr, args);
    const step = `remote ${syscallNames.get(nr) ?? `syscall ${nr}`}`;
    for (;;) {
      const s = waitFor(this.pid);
      if (s.kind === 'exited' || s.kind === 'signaled') throw new TaskGoneError(this.pid, s, step);
      if (s.kind !== 'stopped') throw new UnexpectedStopError(this.pid, s, step);
      if (s.event === 0 && s.signal === SIGTRAP) break;
      if (s.event === PTRACE_EVENT_STOP) {
        // A leftover interrupt or job-control stop (a task seized while group-stopped):
        // nothing of ours ran yet; let it go on to the syscall.
        native.ptraceCont(this.pid, 0);
        continue;
      }
      if (s.event === 0) {
        const ip = this.getRegs().get('ip');
        if (FAULT_SIGNALS.has(s.signal) && (ip === site || ip === site + 2n)) {
          throw new UnexpectedStopError(this.pid, s, step); // our gadget faulted
        }
        if (s.signal === SIGSYS && ip === site + 2n) {
          // A seccomp filter trapped our syscall (SECCOMP_RET_TRAP): it did not run.
          throw new SeccompDeniedError(this.pid, step);
        }
        this.intercept(s.signal); // unrelated: hold it back
        native.ptraceCont(this.pid, 0);
        continue;
      }
      throw new UnexpectedStopError(this.pid, s, step);
    }
    return this.getRegs().signed('ax');
  }

  /**
   * A syscall from the task's own `syscall; ret`, stopped at syscall entry and exit
   * (PTRACE_SYSCALL), never by a breakpoint: at every moment, the task resumed without
   * us finishes the call and takes the way back.
   */
  private harmlessSyscall(nr: number, args: Array<bigint | number>): bigint {
    const site = this.ensureSite();
    const regs = this.#fallback!.regs.clone();
    regs.set('ip', site);
    regs.set('ax', BigInt(nr));
    const argRegs = ['di', 'si', 'dx', 'r10', 'r8', 'r9'] as const;
    if (args.length > 6) throw new Error('a syscall takes at most 6 arguments');
    args.forEach((a, i) => regs.set(argRegs[i]!, BigInt(a)));
    this.setRegs(regs);
    native.ptraceSyscall(this.pid, 0);
    const step = `remote ${syscallNames.get(nr) ?? `syscall ${nr}`}`;
    let entered = false;
    for (;;) {
      const s = waitFor(this.pid);
      if (s.kind === 'exited' || s.kind === 'signaled') throw new TaskGoneError(this.pid, s, step);
      if (s.kind !== 'stopped') throw new UnexpectedStopError(this.pid, s, step);
      if (s.event === 0 && s.signal === SYSCALL_STOP) {
        faultPoint();
        if (entered) break;
        entered = true;
      } else if (s.event === PTRACE_EVENT_STOP) {
        // A leftover interrupt or job-control stop: nothing of ours ran yet.
      } else if (s.event === 0) {
        const ip = this.getRegs().get('ip');
        if (FAULT_SIGNALS.has(s.signal) && (ip === site || ip === site + 2n)) throw new UnexpectedStopError(this.pid, s, step);
        this.intercept(s.signal); // unrelated: hold it back
      } else {
        throw new UnexpectedStopError(this.pid, s, step);
      }
      native.ptraceSyscall(this.pid, 0);
    }
    return this.getRegs().signed('ax');
  }

  /**
   * Runs one syscall and returns the first stop as it is, uninterpreted. Restore's last
   * call unmaps the gadget itself, so it comes back as a SIGSEGV stop, not a trap.
   */
  syscallUntilStop(nr: number, ...args: Array<bigint | number>): WaitStatus {
    if (this.#harmless && this.#site === null) throw new Error('syscallUntilStop needs a gadget placed with useGadget()');
    this.startSyscall(nr, args);
    return waitFor(this.pid);
  }

  private startSyscall(nr: number, args: Array<bigint | number>): bigint {
    const site = this.ensureSite();
    const regs = this.#savedRegs!.clone();
    regs.set('ip', site);
    regs.set('ax', BigInt(nr));
    regs.set('orig_ax', -1n); // not inside a syscall: no restart logic on resume
    const argRegs = ['di', 'si', 'dx', 'r10', 'r8', 'r9'] as const;
    if (args.length > 6) throw new Error('a syscall takes at most 6 arguments');
    args.forEach((a, i) => regs.set(argRegs[i]!, BigInt(a)));
    this.setRegs(regs);
    native.ptraceCont(this.pid, 0);
    return site;
  }

  /** Like syscallRaw, but a negative errno becomes a SysError naming the call and pid. */
  syscall(nr: number, ...args: Array<bigint | number>): bigint {
    const r = this.syscallRaw(nr, ...args);
    if (r < 0n && r >= -4095n) {
      throw new SysError(`remote ${syscallNames.get(nr) ?? `syscall ${nr}`}`, Number(-r), { pid: this.pid });
    }
    return r;
  }

  /**
   * Scratch memory inside the task for syscall arguments (paths, structs). One area
   * per tracee, grown on demand, unmapped by finishRemote().
   */
  scratch(size: number): bigint {
    const need = Math.ceil(size / 4096) * 4096;
    if (this.#scratch && this.#scratch.size >= need) return this.#scratch.addr;
    this.freeScratch();
    const PROT_RW = 3;
    const MAP_PRIVATE_ANON = 0x22;
    const addr = this.syscall(SYS.mmap, 0, need, PROT_RW, MAP_PRIVATE_ANON, -1, 0);
    this.#scratch = { addr, size: need, owned: true };
    return addr;
  }

  /** Writes `data` to scratch memory and returns its address in the task. */
  putScratch(data: Uint8Array, offset = 0): bigint {
    const base = this.scratch(offset + data.length);
    this.writeMem(base + BigInt(offset), data);
    return base + BigInt(offset);
  }

  /** Uses memory the caller placed in the task as scratch (restore's gadget area). */
  useScratch(addr: bigint, size: number): void {
    this.#scratch = { addr, size, owned: false };
  }

  private freeScratch(): void {
    if (this.#scratch) {
      const { addr, size, owned } = this.#scratch;
      this.#scratch = null;
      if (owned) this.syscall(SYS.munmap, addr, size);
    }
  }

  /** Undoes every trace of remote work: scratch memory, borrowed code bytes, registers. */
  finishRemote(): void {
    if (this.#savedRegs === null) return;
    this.freeScratch();
    const fb = this.#fallback;
    if (fb) {
      // Mask, then registers, then the dead stack: at each step the task resumed without
      // us is whole (the frame stays until the registers no longer lead to it).
      if (fb.maskChanged) native.ptraceSetSigmask(this.pid, fb.mask);
      faultPoint();
      this.setRegs(this.#savedRegs);
      this.#savedRegs = null;
      this.#fallback = null;
      faultPoint();
      this.writeMem(fb.stackAddr, fb.stackBytes);
      return;
    }
    if (this.#site !== null && this.#siteOriginal !== null) this.writeMem(this.#site, this.#siteOriginal);
    this.setRegs(this.#savedRegs);
    this.#savedRegs = null;
    this.#site = null;
    this.#siteOriginal = null;
  }

  /** Forgets the saved state without writing it back (restore sets its own registers). */
  abandonRemote(): void {
    this.#savedRegs = null;
    this.#fallback = null;
    this.#scratch = null;
    this.#site = null;
    this.#siteOriginal = null;
  }

  /** Resumes the thread while staying attached. */
  cont(signal = 0): void {
    native.ptraceCont(this.pid, signal);
  }

  /**
   * Leaves the task as it was found: remote work undone, held-back signals re-sent,
   * a task that was group-stopped stays stopped.
   */
  detach(): void {
    if (this.#detached) return;
    try {
      this.finishRemote();
    } finally {
      this.closeMem();
      this.#detached = true;
      native.ptraceDetach(this.pid, 0);
      for (const sig of this.interceptedSignals) {
        try {
          native.tgkill(this.pid, this.pid, sig);
        } catch {
          /* the task is gone: nothing to re-deliver */
        }
      }
      this.interceptedSignals.length = 0;
      this.interceptedSiginfo.length = 0;
    }
  }

  /** Detach for error paths: never throws. */
  detachQuietly(): void {
    try {
      this.detach();
    } catch {
      this.#detached = true;
      try {
        native.ptraceDetach(this.pid, 0);
      } catch {
        /* already gone */
      }
    }
  }

  /** Marks the tracee finished without detaching (the task was killed or handed over). */
  forget(): void {
    this.closeMem();
    this.#detached = true;
  }

  private closeMem(): void {
    if (this.#memFd >= 0) {
      native.close(this.#memFd);
      this.#memFd = -1;
    }
  }
}

/** The start of the first executable mapping other than [vsyscall]. */
export function findExecutableAddress(pid: number): bigint {
  const maps = fs.readFileSync(`/proc/${pid}/maps`, 'latin1');
  for (const line of maps.split('\n')) {
    const m = /^([0-9a-f]+)-[0-9a-f]+ ..x. /.exec(line);
    if (m && !line.endsWith('[vsyscall]')) return BigInt(`0x${m[1]}`);
  }
  throw new Error(`task ${pid} has no executable mapping to run a remote syscall from`);
}
