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

export interface FileHandle {
  type: number;
  bytes: Buffer;
  mountId: number;
}

export interface FileTimes {
  atimeSec: bigint;
  atimeNsec: number;
  mtimeSec: bigint;
  mtimeNsec: number;
}

export interface RecvResult {
  bytes: number;
  fds: number[];
  msgFlags: number;
}

/** recvmsg's result with the sender's address and every control message. */
export interface RecvMsgResult extends RecvResult {
  /** The sender's sockaddr bytes (empty for a connected stream). */
  addr: Buffer;
  /** Control messages other than SCM_RIGHTS (SCM_CREDENTIALS, SCM_SECURITY...). */
  cmsgs: Array<{ level: number; type: number; data: Buffer }>;
}

/** PAGEMAP_SCAN's selection: a page matches when ((categories ^ inverted) & mask) == mask and, if anyof, (categories ^ inverted) & anyof != 0. */
export interface PagemapScanOptions {
  mask?: bigint | number;
  inverted?: bigint | number;
  anyof?: bigint | number;
  /** Categories reported per region (0: none; regions then merge across categories). */
  returnMask?: bigint | number;
  /** PM_SCAN_WP_MATCHING, PM_SCAN_CHECK_WPASYNC. */
  flags?: bigint | number;
  /** Regions per call (default 4096). */
  maxRegions?: number;
  /** Stop after this many pages (0: no limit). */
  maxPages?: bigint | number;
}

export interface PagemapScanResult {
  /** [start, end, categories] for each region, flattened. */
  regions: BigUint64Array;
  /** Where the walk stopped: below the end asked for, call again from here. */
  walkEnd: bigint;
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

/** The credentials that decide what a task may open: fs ids, supplementary groups, effective caps. */
export interface FsCreds {
  fsuid: number;
  fsgid: number;
  groups: number[];
  capEff: bigint;
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
  /**
   * A terminal ioctl (TCGETS2, TCSETS2, TIOCGWINSZ, TIOCSWINSZ, TIOCGPTN, TIOCGPTLCK,
   * TIOCSPTLCK, TIOCGPKT, TIOCPKT, TIOCGEXCL, TIOCINQ, TIOCOUTQ, TIOCGSID) on `buf`, which
   * must hold the request's struct; returns ioctl's result.
   */
  ttyIoctl(fd: number, request: number, buf: Uint8Array): number;
  pipe2(flags: number): [number, number];
  closeRange(first: number, last: number, flags: number): void;
  open(path: string, flags: number, mode: number): number;
  read(fd: number, buf: Uint8Array): number;
  write(fd: number, buf: Uint8Array): number;
  pread(fd: number, buf: Uint8Array, offset: bigint | number): number;
  pwrite(fd: number, buf: Uint8Array, offset: bigint | number): number;
  lseek(fd: number, offset: number, whence: number): number;
  statx(dirfd: number, path: string, flags: number): StatxResult;
  /** fstat's atime and mtime with nanoseconds (native/file_times.cc). */
  fileTimes(fd: number): FileTimes;
  /** name_to_handle_at(fd, "", AT_EMPTY_PATH) (native/file_handles.cc). */
  fileHandle(fd: number): FileHandle;
  /** open_by_handle_at(2): needs CAP_DAC_READ_SEARCH. */
  openByHandle(mountFd: number, type: number, bytes: Uint8Array, flags: number): number;
  /** linkat(fd, "", AT_FDCWD, path, AT_EMPTY_PATH): a new name for an open file. */
  linkFd(fd: number, path: string): void;
  /** futimens(2): sets atime and mtime exactly. */
  futimens(fd: number, atimeSec: bigint, atimeNsec: number, mtimeSec: bigint, mtimeNsec: number): void;
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
  /** Generic sockets (socket_ops.cc): addresses and options as raw bytes. */
  bind(fd: number, addr: Uint8Array): void;
  /** 0, or -EINPROGRESS for a non-blocking connect still under way. */
  connect(fd: number, addr: Uint8Array): number;
  listen(fd: number, backlog: number): void;
  accept4(fd: number, flags: number): number;
  shutdown(fd: number, how: number): void;
  getsockname(fd: number): Buffer;
  getpeername(fd: number): Buffer;
  getsockoptBytes(fd: number, level: number, option: number, maxLen: number): Buffer;
  setsockoptBytes(fd: number, level: number, option: number, value: Uint8Array): void;
  sendmsg(fd: number, data: Uint8Array, addr: Uint8Array | null, fds: number[], flags: number): number;
  /** sendmsg with SCM_CREDENTIALS [pid, uid, gid] (socket_creds.cc; root may name any live pid). */
  sendmsgCreds(fd: number, data: Uint8Array, addr: Uint8Array | null, fds: number[], creds: [number, number, number], flags: number): number;
  /**
   * A unix socket call made by a helper process with pid `pid` (clone3 set_tid: the pid must
   * be free) and uid/gid, sharing our fd table, so SO_PEERCRED records them (socket_as.cc).
   * op 1: socketpair(AF_UNIX, a) onto fds b and c (open fds, replaced); 2: connect(a, addr); 3: listen(a, b);
   * 4: many socketpairs, addr = int32 triples (type, fd a, fd b), from one helper.
   */
  socketAs(pid: number, uid: number, gid: number, op: 1 | 2 | 3 | 4, a: number, b: number, c: number, addr?: Uint8Array | null): void;
  recvmsg(fd: number, buf: Uint8Array, flags: number, maxFds: number): RecvMsgResult;
  /** PAGEMAP_SCAN on an open /proc/PID/pagemap (mem_ops.cc). */
  pagemapScan(fd: number, start: bigint, end: bigint, options: PagemapScanOptions): PagemapScanResult;
  syncFileRange(fd: number, offset: number, nbytes: number, flags: number): void;
  syncfs(fd: number): void;
  /** ioctl with an int out-argument: SIOCINQ, SIOCOUTQ, SIOCOUTQNSD, FIONREAD. */
  ioctlGetInt(fd: number, request: number): number;
  getsockoptInt(fd: number, level: number, option: number): number;
  epollCreate1(flags: number): number;
  epollCtl(epfd: number, op: number, fd: number, events: number, data: bigint | number): void;
  epollWait(epfd: number, maxEvents: number, timeoutMs: number): EpollEvent[];
  eventfd(initval: number, flags: number): number;
  memfdCreate(name: string, flags: number): number;
  /** open(2) on this thread with another task's fs ids, groups and effective caps (creds_ops.cc). */
  openAs(path: string, flags: number, mode: number, creds: FsCreds): number;
  /** faccessat2(AT_EACCESS) on this thread with another task's fs ids, groups and effective caps. */
  accessAs(path: string, mode: number, creds: FsCreds): void;
  /** Feeds data to a 64-bit page checksum whose state is a 40-byte buffer (hash_ops.cc). */
  hash64Update(state: Uint8Array, data: Uint8Array): void;
  hash64Digest(state: Uint8Array): bigint;
  // anonfd_ops.cc (@amber/eventfds): times in nanoseconds.
  signalfd(mask: bigint, flags: number): number;
  timerfdCreate(clockid: number, flags: number): number;
  timerfdSettime(fd: number, flags: number, valueNs: bigint, intervalNs: bigint): void;
  timerfdGettime(fd: number): { value: bigint; interval: bigint };
  timerfdSetTicks(fd: number, ticks: bigint): void;
  clockGettime(clockid: number): bigint;
  inotifyInit1(flags: number): number;
  inotifyAddWatch(fd: number, path: string, mask: number): number;
  inotifyRmWatch(fd: number, wd: number): void;
  fionread(fd: number): number;
  openByHandleAt(mountFd: number, handleType: number, handle: Uint8Array, flags: number): number;
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
  /** PTRACE_SECCOMP_GET_FILTER: filter `index` (0: the newest) as raw struct sock_filter bytes. */
  ptraceSeccompGetFilter(pid: number, index: number): Buffer;
  /** PTRACE_SECCOMP_GET_METADATA: the SECCOMP_FILTER_FLAG_* of filter `index`. */
  ptraceSeccompGetMetadata(pid: number, index: number): number;

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
