// The hand-written interface of the native addon. Every function is a thin syscall
// wrapper: fds and pids are plain integers, 64-bit values bigint, errors SysError.
import * as path from 'node:path';
import { SysError, type SysErrorDetails } from './errors';

export interface StatxResult {
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  ino: bigint;
  size: bigint;
  dev: bigint;
  rdev: bigint;
  devMajor: number;
  devMinor: number;
  mntId: bigint;
  mtimeNs: bigint;
}

export interface RecvResult {
  bytes: number;
  fds: number[];
  msgFlags: number;
}

export interface EpollEvent {
  events: number;
  data: bigint;
}

export interface WaitResult {
  /** The pid waited for, or 0 when WNOHANG found no change. */
  pid: number;
  status: number;
}

export interface RlimitPair {
  cur: bigint;
  max: bigint;
}

export interface RseqConfig {
  rseqAbiPointer: bigint;
  rseqAbiSize: number;
  signature: number;
  flags: number;
}

/** A remote address range: [address, length]. */
export type RemoteRange = [bigint | number, number];

export interface SpawnOptions {
  path: string;
  argv: string[];
  envp: string[];
  /** [fd in the caller, fd number in the child]; every other fd is closed. */
  fds?: Array<[number, number]>;
  /** clone3 set_tid: innermost namespace first. */
  setTid?: number[];
  newPidNs?: boolean;
  setsid?: boolean;
}

export interface NativeSys {
  setErrorFactory(factory: (syscall: string, errno: number, details: SysErrorDetails) => Error): void;

  close(fd: number): void;
  dup3(oldfd: number, newfd: number, flags: number): number;
  fcntl(fd: number, cmd: number, arg: number): number;
  /** The terminal on fd: its foreground process group (ioctl TIOCGPGRP). */
  tcgetpgrp(fd: number): number;
  /** Makes pgrp the foreground process group of the terminal on fd (ioctl TIOCSPGRP). */
  tcsetpgrp(fd: number, pgrp: number): void;
  pipe2(flags: number): [number, number];
  closeRange(first: number, last: number, flags: number): void;
  open(path: string, flags: number, mode: number): number;
  read(fd: number, buf: Uint8Array): number;
  write(fd: number, buf: Uint8Array): number;
  pread(fd: number, buf: Uint8Array, offset: bigint | number): number;
  pwrite(fd: number, buf: Uint8Array, offset: bigint | number): number;
  lseek(fd: number, offset: number, whence: number): number;
  statx(dirfd: number, path: string, flags: number): StatxResult;
  readlink(path: string): string;
  tee(fdIn: number, fdOut: number, len: number, flags: number): number;
  splice(fdIn: number, offIn: number, fdOut: number, offOut: number, len: number, flags: number): number;
  vmsplice(fd: number, bufs: Uint8Array[], flags: number): number;
  socket(domain: number, type: number, protocol: number): number;
  socketpair(domain: number, type: number, protocol: number): [number, number];
  bindAbstract(fd: number, name: string): void;
  connectAbstract(fd: number, name: string): void;
  sendFds(fd: number, data: Uint8Array, fds: number[], flags: number): number;
  recvFds(fd: number, buf: Uint8Array, maxFds: number, flags: number): RecvResult;
  setsockoptInt(fd: number, level: number, option: number, value: number): void;
  getsockoptInt(fd: number, level: number, option: number): number;
  epollCreate1(flags: number): number;
  epollCtl(epfd: number, op: number, fd: number, events: number, data: bigint | number): void;
  epollWait(epfd: number, maxEvents: number, timeoutMs: number): EpollEvent[];
  eventfd(initval: number, flags: number): number;
  memfdCreate(name: string, flags: number): number;
  mkfifo(path: string, mode: number): void;
  /** renameat2(RENAME_EXCHANGE): swaps two paths atomically. */
  renameExchange(from: string, to: string): void;

  pidfdOpen(pid: number, flags: number): number;
  pidfdGetfd(pidfd: number, targetFd: number, flags: number): number;
  kcmp(pid1: number, pid2: number, type: number, idx1: number, idx2: number): number;
  kcmpEpollTfd(pid1: number, fd1: number, pid2: number, epfd: number, tfd: number, toff: number): number;
  processVmReadv(pid: number, local: Uint8Array | Uint8Array[], remote: RemoteRange[]): number;
  processVmWritev(pid: number, local: Uint8Array | Uint8Array[], remote: RemoteRange[]): number;
  kill(pid: number, signal: number): void;
  tgkill(tgid: number, tid: number, signal: number): void;
  waitpid(pid: number, options: number): WaitResult;
  waitpidAsync(pid: number, options: number): Promise<WaitResult>;
  prlimit(pid: number, resource: number, cur?: bigint, max?: bigint): RlimitPair;
  prctl(option: number, arg2?: bigint | number, arg3?: bigint | number, arg4?: bigint | number, arg5?: bigint | number): number;
  getpid(): number;
  gettid(): number;

  ptraceSeize(pid: number, options: number): void;
  ptraceInterrupt(pid: number): void;
  ptraceCont(pid: number, signal: number): void;
  ptraceDetach(pid: number, signal: number): void;
  /** PTRACE_SYSCALL: resume until the next syscall entry or exit (or a signal). */
  ptraceSyscall(pid: number, signal: number): void;
  ptraceListen(pid: number): void;
  ptraceSetOptions(pid: number, options: number): void;
  ptraceGetRegs(pid: number): Buffer;
  ptraceSetRegs(pid: number, regs: Uint8Array): void;
  ptraceGetXstate(pid: number): Buffer;
  ptraceSetXstate(pid: number, xstate: Uint8Array): void;
  ptraceGetSiginfo(pid: number): Buffer;
  ptracePeekSiginfo(pid: number, offset: number, count: number, shared: boolean): Buffer[];
  ptraceGetSigmask(pid: number): bigint;
  ptraceSetSigmask(pid: number, mask: bigint): void;
  ptraceGetRseqConfig(pid: number): RseqConfig;
  ptraceGetEventMsg(pid: number): number;

  spawnAt(options: SpawnOptions): number;
}

/** Where the built artifacts live, for tools that need the restore stub. */
export const buildDir = path.resolve(__dirname, '..', '..', 'build');

function load(): NativeSys {
  const file = path.join(buildDir, 'Release', 'amber_sys.node');
  let mod: NativeSys;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(file) as NativeSys;
  } catch (e) {
    throw new Error(`cannot load the Amber native addon ${file}: ${(e as Error).message}; build it with "npx nx build @amber/sys"`);
  }
  mod.setErrorFactory((syscall, errno, details) => new SysError(syscall, errno, details));
  return mod;
}

/** The native module, loaded once. */
export const native: NativeSys = load();
