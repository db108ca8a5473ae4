// What a dump captures of one task, before it is mapped to image files. Field names
// follow CRIU's image messages so the mapping stays one-to-one.

/** CRIU's VMA_AREA_* status bits (vma_entry.status). */
export const VMA = {
  AREA_REGULAR: 1 << 0,
  AREA_STACK: 1 << 1,
  AREA_VSYSCALL: 1 << 2,
  AREA_VDSO: 1 << 3,
  AREA_HEAP: 1 << 5,
  FILE_PRIVATE: 1 << 6,
  FILE_SHARED: 1 << 7,
  ANON_SHARED: 1 << 8,
  ANON_PRIVATE: 1 << 9,
  AREA_SYSVIPC: 1 << 10,
  AREA_VVAR: 1 << 12,
  AREA_MEMFD: 1 << 14,
  UNSUPP: 1 << 31,
} as const;

export interface VmaDump {
  start: bigint;
  end: bigint;
  /** File offset in bytes (CRIU's pgoff is in bytes too). */
  pgoff: bigint;
  prot: number;
  /** MAP_* flags for re-creating it. */
  flags: number;
  /** VMA_AREA_* bits. */
  status: number;
  /** The backing file for file mappings; the special name ([vdso]...) otherwise. */
  path: string;
  inode: bigint;
  dev: bigint;
  /** VM_ACCOUNT: it was writable once (RELRO...). Re-created by mapping it writable, then mprotect. */
  accounted: boolean;
  /** CRIU's madv: bit n is set when madvise advice n is in force (1n << MADV_DONTFORK...). */
  madv: bigint;
  /** VM_LOCKONFAULT: mlock2(MLOCK_ONFAULT). Plain mlock is MAP_LOCKED in `flags`, as in CRIU. */
  lockOnFault: boolean;
  /** Guard regions (MADV_GUARD_INSTALL; pagemap bit 58) inside the VMA: installed again at restore. */
  guards?: Array<{ start: bigint; end: bigint }>;
  /** VM_SEALED (mseal(2), VmFlags "sl"): sealed again once the address space is in place. */
  sealed?: boolean;
  /** The shared memory object behind a shared anonymous, memfd or SysV mapping. */
  shm?: ShmObject;
  /** Shared objects and shared file mappings: O_RDONLY when the mapping may never be writable (no VM_MAYWRITE), else O_RDWR. */
  fdflags?: number;
}

/**
 * A shared memory object: one for every task and mapping that uses it. Its content is
 * saved once, whole (pages no task has mapped too), apart from the tasks' pages.
 */
export interface ShmObject {
  /** shmem objects (shared anonymous, memfd) are named by inode; SysV segments by shmid. */
  space: 'shmem' | 'sysvshm';
  id: bigint;
  kind: 'anon' | 'memfd' | 'sysv';
  /** Size in bytes (the memfd's size, the segment's size). */
  size: bigint;
  /** memfd: its name without "memfd:". */
  name?: string;
  /** SysV: the key (0 is IPC_PRIVATE). */
  key?: number;
  /** SysV: shm_perm.mode with SHM_DEST; memfd: the file mode. */
  mode?: number;
  /** memfd: F_GET_SEALS. */
  seals?: number;
}

export interface MmDump {
  startCode: bigint;
  endCode: bigint;
  startData: bigint;
  endData: bigint;
  startStack: bigint;
  startBrk: bigint;
  brk: bigint;
  argStart: bigint;
  argEnd: bigint;
  envStart: bigint;
  envEnd: bigint;
  auxv: bigint[];
  exePath: string;
  vmas: VmaDump[];
}

export interface SigactionDump {
  handler: bigint;
  flags: bigint;
  restorer: bigint;
  mask: bigint;
}

export interface RlimitDump {
  cur: bigint;
  max: bigint;
}

export interface CredsDump {
  uid: number;
  euid: number;
  suid: number;
  fsuid: number;
  gid: number;
  egid: number;
  sgid: number;
  fsgid: number;
  groups: number[];
  capInh: bigint;
  capPrm: bigint;
  capEff: bigint;
  capBnd: bigint;
  capAmb: bigint;
  noNewPrivs: boolean;
}

export interface ThreadDump {
  tid: number;
  /** struct user_regs_struct, raw; a syscall to restart is already rewound. */
  regs: Buffer;
  xstate: Buffer;
  sigmask: bigint;
  sigaltstack: { sp: bigint; size: bigint; flags: number };
  clearTidAddr: bigint;
  robustList: { head: bigint; len: bigint };
  rseq: { ptr: bigint; size: number; signature: number } | null;
  comm: string;
  /** Signals pending for this thread: raw 128-byte siginfos, in queue order. */
  pending: Buffer[];
  /** PR_SET_PDEATHSIG (0: none). */
  pdeathSig: number;
  creds: CredsDump;
  /** Scheduling (sched_getattr): absent in images that did not keep it. */
  sched?: SchedDump;
  /** seccomp mode and filters (absent: disabled). */
  seccomp?: SeccompDump;
}

/** A thread's scheduling: policy (SCHED_RESET_ON_FORK or'ed in, as sched_getscheduler says), nice, RT priority. */
export interface SchedDump {
  policy: number;
  nice: number;
  prio: number;
}

/** SECCOMP_MODE_STRICT (1) or SECCOMP_MODE_FILTER (2) with the thread's filters, the oldest first. */
export interface SeccompDump {
  mode: 1 | 2;
  filters: SeccompFilterDump[];
}

export interface SeccompFilterDump {
  /** struct sock_filter[], raw. */
  prog: Buffer;
  /** SECCOMP_FILTER_FLAG_* it was installed with (PTRACE_SECCOMP_GET_METADATA: LOG). */
  flags: number;
}

/** Process-wide state read by /proc files and prctl/membarrier inside the task. */
export interface TaskMiscDump {
  oomScoreAdj: number;
  /** /proc/PID/loginuid (absent without CONFIG_AUDIT). */
  loginuid?: number;
  /** PR_GET_THP_DISABLE. */
  thpDisabled: boolean;
  /** PR_GET_DUMPABLE: 0 or 1 (2, suid_dumpable, is refused at dump). */
  dumpable: number;
  /** MEMBARRIER_CMD_GET_REGISTRATIONS: the MEMBARRIER_CMD_REGISTER_* bits in force. */
  membarrier: number;
}

/** One itimer: interval and current value, in seconds and microseconds. */
export interface ItimerDump {
  isec: bigint;
  iusec: bigint;
  vsec: bigint;
  vusec: bigint;
}

/** sigev_notify values (SIGEV_THREAD_ID is a flag on SIGEV_SIGNAL). */
export const SIGEV = { SIGNAL: 0, NONE: 1, THREAD: 2, THREAD_ID: 4 } as const;

/** One POSIX timer (timer_create): /proc/PID/timers plus timer_gettime inside the task. */
export interface PosixTimerDump {
  id: number;
  /** As the kernel keeps it: CLOCK_* (>= 0), or a CPU clock (< 0; -6 is the process's own CPU time). */
  clockId: number;
  signo: number;
  /** sigev_notify: SIGEV.SIGNAL, NONE or THREAD, with SIGEV.THREAD_ID or'ed in for a thread target. */
  notify: number;
  /** The thread SIGEV_THREAD_ID aims at (0 otherwise). */
  notifyTid: number;
  /** sigev_value as the timer's signals carry it. */
  sival: bigint;
  /** timer_getoverrun at dump; recorded only, the kernel has no way to set it. */
  overrun: number;
  /** Remaining time (0: disarmed) and interval, in nanoseconds. */
  valueNs: bigint;
  intervalNs: bigint;
}

export interface TaskDump {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  comm: string;
  cwd: string;
  root: string;
  umask: number;
  personality: number;
  /** PR_SET_CHILD_SUBREAPER */
  childSubreaper: boolean;
  /** The job-control signal that stopped it (SIGSTOP, SIGTSTP...); 0: it was running. */
  stopSignal: number;
  sigactions: SigactionDump[];
  rlimits: RlimitDump[];
  threads: ThreadDump[];
  /** Signals pending for the whole process (raw siginfos). */
  sharedPending: Buffer[];
  itimers: { real: ItimerDump; virt: ItimerDump; prof: ItimerDump };
  /** By id. */
  posixTimers: PosixTimerDump[];
  mm: MmDump;
  /** Absent in images that did not keep it (nothing is changed at restore then). */
  misc?: TaskMiscDump;
}

/** A run of dumped pages: `data.length / 4096` pages starting at `vaddr`. */
/** A run of pages. At dump, `data` may be a reused buffer: valid only during the callback it is passed to. */
export interface PageRun {
  vaddr: bigint;
  data: Buffer;
}
