// Sample entries for every image kind, with edge values (2^64-1 addresses,
// negative int32/sint32/sint64, empty and non-empty repeated fields).

import type {
  CoreEntry, FdinfoEntry, FileEntry, FsEntry, InventoryEntry, MmEntry, Pagemap, PipeData, PstreeEntry,
  TaskKobjIdsEntry, UserX86RegsEntry,
} from '../src';
import { FdTypes, PE_PARENT, PE_PRESENT, pagemapEntry } from '../src';

export const U64_MAX = (1n << 64n) - 1n;

export function regs(fill: (i: number) => bigint): UserX86RegsEntry {
  const names = ['r15', 'r14', 'r13', 'r12', 'bp', 'bx', 'r11', 'r10', 'r9', 'r8', 'ax', 'cx', 'dx', 'si', 'di',
    'orig_ax', 'ip', 'cs', 'flags', 'sp', 'ss', 'fs_base', 'gs_base', 'ds', 'es', 'fs', 'gs'] as const;
  const r = {} as UserX86RegsEntry;
  names.forEach((n, i) => { r[n] = fill(i); });
  return r;
}

export const inventory: InventoryEntry = {
  img_version: 2,
  fdinfo_per_id: true,
  root_ids: { vm_id: 1, files_id: 2, fs_id: 3, sighand_id: 4, pid_ns_id: 5, net_ns_id: 6, mnt_ns_id: 9, user_ns_id: 10 },
  ns_per_id: true,
  lsmtype: 0,
  dump_uptime: U64_MAX,
  plugins_entry: { plugins: ['amdgpu', 'cuda'] },
  dump_criu_run_id: 'amber-run-1',
  amber_version: '0.1.0',
};

export const pstree: PstreeEntry[] = [
  { pid: 1000, ppid: 1, pgid: 1000, sid: 999, threads: [1000, 1001], sid_inherited: true },
  {
    pid: 1002, ppid: 1000, pgid: 1002, sid: 999, threads: [1002],
    ns_pid: [1002, 1], ns_pgid: [1002, 1], ns_sid: [999, 0], pgid_inherited: false,
    ns_threads: [{ tid: [1002, 1] }],
  },
  { pid: 0xffffffff, ppid: 0, pgid: 0, sid: 0 },
];

export const core: CoreEntry = {
  mtype: 1,
  thread_info: {
    clear_tid_addr: 0x7f0000001000n,
    gpregs: { ...regs((i) => (i % 2 ? U64_MAX - BigInt(i) : BigInt(i) << 40n)), mode: 1 },
    fpregs: {
      cwd: 0x37f, swd: 0, twd: 0xffff, fop: 0, rip: U64_MAX, rdp: 0n, mxcsr: 0x1f80, mxcsr_mask: 0xffff,
      st_space: Array.from({ length: 32 }, (_, i) => i * 0x01010101),
      xmm_space: Array.from({ length: 64 }, (_, i) => 0xffffffff - i),
      xsave: {
        xstate_bv: 7n, ymmh_space: Array.from({ length: 64 }, (_, i) => i),
        opmask_reg: [U64_MAX, 0n], pkru: [0x55555554],
        cet: { cet: 1n, ssp: U64_MAX },
      },
    },
    tls: [{
      entry_number: 12, base_addr: 0, limit: 0xfffff, seg_32bit: true, contents_h: false, contents_l: false,
      read_exec_only: true, limit_in_pages: true, seg_not_present: true, usable: true,
    }],
  },
  tc: {
    task_state: 1, exit_code: 0, personality: 0, flags: 0x402040, blk_sigset: U64_MAX, comm: 'sleep ✓',
    timers: {
      real: { isec: 1n, iusec: 2n, vsec: 3n, vusec: 4n },
      virt: { isec: 0n, iusec: 0n, vsec: 0n, vusec: 0n },
      prof: { isec: U64_MAX, iusec: 0n, vsec: 0n, vusec: 0n },
      posix: [{
        it_id: 0, clock_id: 1, si_signo: 14, it_sigev_notify: 0, sival_ptr: U64_MAX, overrun: 0,
        isec: 1n, insec: 2n, vsec: 3n, vnsec: 4n, notify_thread_id: -1,
      }],
    },
    rlimits: { rlimits: [{ cur: U64_MAX, max: U64_MAX }, { cur: 8388608n, max: U64_MAX }] },
    signals_s: { signals: [{ siginfo: Buffer.alloc(128, 0xab) }] },
    loginuid: 0xffffffff,
    oom_score_adj: -1000,
    sigactions: [
      { sigaction: 0n, flags: 0n, restorer: 0n, mask: 0n },
      { sigaction: 0x401000n, flags: 0x4000000n, restorer: 0x7f0000002000n, mask: U64_MAX, compat_sigaction: false, mask_extended: 1n },
    ],
    child_subreaper: true,
    blk_sigset_extended: 0n,
    stop_signo: 19,
  },
  ids: { vm_id: 1, files_id: 2, fs_id: 3, sighand_id: 4 },
  thread_core: {
    futex_rla: 0x7f0000003000n, futex_rla_len: 24, sched_nice: -20, sched_policy: 0, sched_prio: 0,
    blk_sigset: 0n,
    sas: { ss_sp: U64_MAX, ss_size: 8192n, ss_flags: 2 },
    pdeath_sig: 9,
    creds: {
      uid: 0, gid: 0, euid: 1000, egid: 1000, suid: 0xffffffff, sgid: 0, fsuid: 0, fsgid: 0,
      cap_inh: [0, 0], cap_prm: [0xffffffff, 0x1ff], cap_eff: [0xffffffff, 0x1ff], cap_bnd: [0xffffffff, 0x1ff],
      secbits: 0, groups: [4, 24, 27], no_new_privs: 1, cap_amb: [0, 0],
    },
    seccomp_mode: 0,
    comm: 'worker',
    rseq_entry: { rseq_abi_pointer: 0x7f0000004000n, rseq_abi_size: 32, signature: 0x53053053, rseq_cs_pointer: 0n },
    amber_xsave: Buffer.from(Array.from({ length: 1024 }, (_, i) => i & 0xff)),
  },
};

export const threadCore: CoreEntry = {
  mtype: 1,
  thread_info: {
    clear_tid_addr: 0n, gpregs: regs(() => 0n),
    fpregs: { cwd: 0, swd: 0, twd: 0, fop: 0, rip: 0n, rdp: 0n, mxcsr: 0, mxcsr_mask: 0 },
  },
  thread_core: { futex_rla: 0n, futex_rla_len: 0 },
};

export const ids: TaskKobjIdsEntry = {
  vm_id: 0xffffffff, files_id: 2, fs_id: 3, sighand_id: 4, pid_ns_id: 5, net_ns_id: 6, ipc_ns_id: 7,
  uts_ns_id: 8, mnt_ns_id: 9, user_ns_id: 10, cgroup_ns_id: 11, time_ns_id: 12,
};

export const mm: MmEntry = {
  mm_start_code: 0x400000n, mm_end_code: 0x401000n, mm_start_data: 0x600000n, mm_end_data: 0x601000n,
  mm_start_stack: 0x7ffffffde000n, mm_start_brk: 0x602000n, mm_brk: 0x623000n, mm_arg_start: 0x7fffffffe000n,
  mm_arg_end: 0x7fffffffe100n, mm_env_start: 0x7fffffffe100n, mm_env_end: U64_MAX, exe_file_id: 7,
  mm_saved_auxv: [33n, 0x7ffff7fc1000n, 0n, U64_MAX],
  vmas: [
    { start: 0x400000n, end: 0x401000n, pgoff: 0n, shmid: 7n, prot: 5, flags: 2, status: 0x41, fd: -1n, madv: 0n, fdflags: 0x8000 },
    { start: 0xffffffffff600000n, end: 0xffffffffff601000n, pgoff: U64_MAX, shmid: 0n, prot: 4, flags: 0x22, status: 0x5, fd: -(1n << 63n) },
    { start: 0x7ffffffde000n, end: 0x7ffffffff000n, pgoff: 0n, shmid: 0n, prot: 3, flags: 0x122, status: 0x203, fd: (1n << 63n) - 1n, madv: U64_MAX },
  ],
  dumpable: -1,
  aios: [{ id: U64_MAX, nr_req: 128, ring_len: 4096 }],
  thp_disabled: false,
};

export const pagemap: Pagemap = {
  head: { pages_id: 3 },
  entries: [
    pagemapEntry(0x400000n, 1, PE_PRESENT),
    pagemapEntry(0x600000n, 2, PE_PARENT),
    pagemapEntry(0xfffffffffffff000n, 1, PE_PRESENT),
    { vaddr: U64_MAX, compat_nr_pages: 0xffffffff, in_parent: true, nr_pages: U64_MAX },
  ],
};

const fown = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };

export const files: FileEntry[] = [
  {
    type: FdTypes.REG, id: 1,
    reg: {
      id: 1, flags: 0o2100002, pos: U64_MAX, fown, name: '/tmp/file with spaces', mnt_id: -1, size: 4096n,
      ext: false, mode: 0o100644, build_id: [1, 2, 3], checksum: 0xffffffff,
    },
  },
  { type: FdTypes.PIPE, id: 2, pipe: { id: 2, pipe_id: 0xffffffff, flags: 0x800, fown: { ...fown, pid: 1234 } } },
  { type: FdTypes.FIFO, id: 3, fifo: { id: 3, pipe_id: 55, regf_id: 4 } },
  {
    type: FdTypes.EVENTPOLL, id: 5,
    epfd: {
      id: 5, flags: 2, fown,
      tfd: [
        { id: 5, tfd: 0, events: 0x80000001, data: U64_MAX, dev: 0x800001, inode: U64_MAX, pos: 0n },
        { id: 5, tfd: 7, events: 4, data: 0n },
      ],
    },
  },
  { type: FdTypes.REG, id: 4, reg: { id: 4, flags: 0, pos: 0n, fown, name: '' } },
];

export const fdinfo: FdinfoEntry[] = [
  { id: 1, flags: 0, type: FdTypes.REG, fd: 0 },
  { id: 2, flags: 1, type: FdTypes.PIPE, fd: 1 },
  { id: 5, flags: 1, type: FdTypes.EVENTPOLL, fd: 0x7fffffff, xattr_security_selinux: 'unconfined_u:object_r' },
];

export const fs: FsEntry = { cwd_id: 1, root_id: 2, umask: 0o22 };

export const pipesData: PipeData[] = [
  { entry: { pipe_id: 0xffffffff, bytes: 5, size: 65536 }, data: Buffer.from('hello') },
  { entry: { pipe_id: 2, bytes: 0 }, data: Buffer.alloc(0) },
  { entry: { pipe_id: 3, bytes: 70000, size: 1048576 }, data: Buffer.alloc(70000, 0x5a) },
];

export const fifoData: PipeData[] = [{ entry: { pipe_id: 55, bytes: 3 }, data: Buffer.from([0, 0xff, 0x80]) }];
