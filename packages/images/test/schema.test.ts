// Field numbers and types that must match CRIU (from the image-format facts),
// and Amber's extension fields, which must stay at >= 1000.

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ENUMS, IMAGE_KINDS, MESSAGES, type MessageName } from '../src';

function field(msg: MessageName, name: string): { id: number; kind: string; rule: string } {
  const f = MESSAGES[msg].find((x) => x.name === name);
  assert.ok(f, `${msg}.${name} missing`);
  return f;
}

const CRIU_FIELDS: { [msg: string]: { [name: string]: number } } = {
  inventory_entry: { img_version: 1, fdinfo_per_id: 2, root_ids: 3, ns_per_id: 4, root_cg_set: 5, lsmtype: 6, dump_uptime: 8, pre_dump_mode: 9 },
  pstree_entry: { pid: 1, ppid: 2, pgid: 3, sid: 4, threads: 5 },
  core_entry: { mtype: 1, thread_info: 2, tc: 3, ids: 4, thread_core: 5 },
  task_core_entry: {
    task_state: 1, exit_code: 2, personality: 3, flags: 4, blk_sigset: 5, comm: 6, timers: 7, rlimits: 8, signals_s: 10,
    loginuid: 13, oom_score_adj: 14, sigactions: 15, child_subreaper: 18, blk_sigset_extended: 20, stop_signo: 21,
  },
  thread_core_entry: {
    futex_rla: 1, futex_rla_len: 2, sched_nice: 3, sched_policy: 4, sched_prio: 5, blk_sigset: 6, sas: 7, pdeath_sig: 8,
    signals_p: 9, creds: 10, seccomp_mode: 11, comm: 13, rseq_entry: 15,
  },
  thread_sas_entry: { ss_sp: 1, ss_size: 2, ss_flags: 3 },
  thread_info_x86: { clear_tid_addr: 1, gpregs: 2, fpregs: 3, tls: 4 },
  user_x86_regs_entry: {
    r15: 1, r14: 2, r13: 3, r12: 4, bp: 5, bx: 6, r11: 7, r10: 8, r9: 9, r8: 10, ax: 11, cx: 12, dx: 13, si: 14, di: 15,
    orig_ax: 16, ip: 17, cs: 18, flags: 19, sp: 20, ss: 21, fs_base: 22, gs_base: 23, ds: 24, es: 25, fs: 26, gs: 27, mode: 28,
  },
  user_x86_fpregs_entry: { cwd: 1, swd: 2, twd: 3, fop: 4, rip: 5, rdp: 6, mxcsr: 7, mxcsr_mask: 8, st_space: 9, xmm_space: 10, padding: 11, xsave: 13 },
  user_x86_xsave_entry: { xstate_bv: 1, ymmh_space: 2, pkru: 8 },
  mm_entry: {
    mm_start_code: 1, mm_end_code: 2, mm_start_data: 3, mm_end_data: 4, mm_start_stack: 5, mm_start_brk: 6, mm_brk: 7,
    mm_arg_start: 8, mm_arg_end: 9, mm_env_start: 10, mm_env_end: 11, exe_file_id: 12, mm_saved_auxv: 13, vmas: 14, dumpable: 15,
  },
  vma_entry: { start: 1, end: 2, pgoff: 3, shmid: 4, prot: 5, flags: 6, status: 7, fd: 8, madv: 9, fdflags: 10 },
  pagemap_head: { pages_id: 1 },
  pagemap_entry: { vaddr: 1, compat_nr_pages: 2, in_parent: 3, flags: 4, nr_pages: 5 },
  fdinfo_entry: { id: 1, flags: 2, type: 3, fd: 4 },
  file_entry: { type: 1, id: 2, reg: 3, epfd: 9, fifo: 17, pipe: 18 },
  pipe_entry: { id: 1, pipe_id: 2, flags: 3, fown: 4 },
  pipe_data_entry: { pipe_id: 1, bytes: 2, size: 3 },
  eventpoll_file_entry: { id: 1, flags: 2, fown: 3, tfd: 4 },
  eventpoll_tfd_entry: { id: 1, tfd: 2, events: 3, data: 4, dev: 5, inode: 6, pos: 7 },
  reg_file_entry: { id: 1, flags: 2, pos: 3, fown: 5, name: 6, mnt_id: 7, size: 8, mode: 10 },
  fown_entry: { uid: 1, euid: 2, signum: 3, pid_type: 4, pid: 5 },
  sa_entry: { sigaction: 1, flags: 2, restorer: 3, mask: 4 },
  creds_entry: {
    uid: 1, gid: 2, euid: 3, egid: 4, suid: 5, sgid: 6, fsuid: 7, fsgid: 8, cap_inh: 9, cap_prm: 10, cap_eff: 11, cap_bnd: 12,
    secbits: 13, groups: 14, no_new_privs: 18, cap_amb: 19,
  },
  fs_entry: { cwd_id: 1, root_id: 2, umask: 3 },
};

describe('schema matches CRIU', () => {
  it('field numbers', () => {
    for (const [msg, fields] of Object.entries(CRIU_FIELDS)) {
      for (const [name, id] of Object.entries(fields)) assert.equal(field(msg as MessageName, name).id, id, `${msg}.${name}`);
    }
  });

  it('64-bit fields are 64-bit (addresses, flags, signal masks)', () => {
    for (const [msg, name] of [['vma_entry', 'start'], ['vma_entry', 'end'], ['pagemap_entry', 'vaddr'], ['sa_entry', 'mask'],
      ['task_core_entry', 'blk_sigset'], ['user_x86_regs_entry', 'ip'], ['mm_entry', 'mm_brk'], ['eventpoll_tfd_entry', 'data']] as const) {
      assert.equal(field(msg, name).kind, 'uint64', `${msg}.${name}`);
    }
    assert.equal(field('vma_entry', 'fd').kind, 'sint64');
    assert.equal(field('thread_core_entry', 'sched_nice').kind, 'sint32');
    assert.equal(field('reg_file_entry', 'mnt_id').kind, 'sint32');
  });

  it('enums', () => {
    assert.deepEqual(
      Object.entries(ENUMS.fd_types).filter(([, v]) => v <= 20),
      Object.entries({ UND: 0, REG: 1, PIPE: 2, FIFO: 3, INETSK: 4, UNIXSK: 5, EVENTFD: 6, EVENTPOLL: 7, INOTIFY: 8, SIGNALFD: 9,
        PACKETSK: 10, TTY: 11, FANOTIFY: 12, NETLINKSK: 13, NS: 14, TUNF: 15, EXT: 16, TIMERFD: 17, MEMFD: 18, BPFMAP: 19, PIDFD: 20 }),
    );
    assert.equal(ENUMS.core_march.X86_64, 1);
    assert.equal(ENUMS.user_x86_regs_mode.NATIVE, 1);
  });

  it('magics', () => {
    const m = Object.fromEntries(Object.values(IMAGE_KINDS).map((k) => [k.magicName, k.magic]));
    assert.deepEqual(
      { INVENTORY: m.INVENTORY, PSTREE: m.PSTREE, CORE: m.CORE, IDS: m.IDS, MM: m.MM, PAGEMAP: m.PAGEMAP, FDINFO: m.FDINFO, FILES: m.FILES,
        PIPES_DATA: m.PIPES_DATA, FIFO_DATA: m.FIFO_DATA, FS: m.FS, CREDS: m.CREDS, SIGACT: m.SIGACT, REG_FILES: m.REG_FILES,
        PIPES: m.PIPES, FIFO: m.FIFO, EVENTPOLL_FILE: m.EVENTPOLL_FILE, EVENTPOLL_TFD: m.EVENTPOLL_TFD },
      { INVENTORY: 0x58313116, PSTREE: 0x50273030, CORE: 0x55053847, IDS: 0x54432030, MM: 0x57492820, PAGEMAP: 0x56084025,
        FDINFO: 0x56213732, FILES: 0x56303138, PIPES_DATA: 0x56453709, FIFO_DATA: 0x59333054, FS: 0x51403912, CREDS: 0x54023547,
        SIGACT: 0x55344201, REG_FILES: 0x50363636, PIPES: 0x56513555, FIFO: 0x58364939, EVENTPOLL_FILE: 0x45023858,
        EVENTPOLL_TFD: 0x44433746 },
    );
  });
});

describe('Amber extension fields', () => {
  const EXTENSIONS: [MessageName, string, number, string, string][] = [
    ['inventory_entry', 'amber_version', 1000, 'string', 'optional'],
    ['pstree_entry', 'ns_pid', 1000, 'uint32', 'repeated'],
    ['pstree_entry', 'ns_pgid', 1001, 'uint32', 'repeated'],
    ['pstree_entry', 'ns_sid', 1002, 'uint32', 'repeated'],
    ['pstree_entry', 'sid_inherited', 1003, 'bool', 'optional'],
    ['pstree_entry', 'pgid_inherited', 1004, 'bool', 'optional'],
    ['pstree_entry', 'ns_threads', 1005, 'message', 'repeated'],
    ['thread_core_entry', 'amber_xsave', 1000, 'bytes', 'optional'],
    ['vma_entry', 'amber_shm_name', 1000, 'string', 'optional'],
    ['vma_entry', 'amber_shm_size', 1001, 'uint64', 'optional'],
    ['vma_entry', 'amber_shm_key', 1002, 'int32', 'optional'],
    ['vma_entry', 'amber_shm_mode', 1003, 'uint32', 'optional'],
    ['vma_entry', 'amber_shm_seals', 1004, 'uint32', 'optional'],
    ['pagemap_head', 'amber_pages_hash', 1000, 'uint64', 'optional'],
  ];

  it('are numbered >= 1000 with the documented types', () => {
    for (const [msg, name, id, kind, rule] of EXTENSIONS) assert.deepEqual(
      { id: field(msg, name).id, kind: field(msg, name).kind, rule: field(msg, name).rule }, { id, kind, rule }, `${msg}.${name}`);
  });

  it('every field >= 1000 is a documented extension, and none is required', () => {
    for (const [msg, fields] of Object.entries(MESSAGES)) {
      for (const f of fields) {
        if (f.id < 1000) continue;
        assert.ok(EXTENSIONS.some(([m, n]) => m === msg && n === f.name), `${msg}.${f.name} (${f.id}) undocumented`);
        assert.notEqual(f.rule, 'required');
      }
    }
  });
});
