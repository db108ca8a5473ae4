// Reading a dumped task back from an image directory into the engine's model.
import { ImageDir, ImageError, type PagemapRange, type CredsEntry, type FileEntry, type Pagemap, type PosixTimerEntry, type PstreeEntry, type VmaEntry } from '@amber/images';
import { VMA, type CredsDump, type PageRun, type PosixTimerDump, type ShmObject, type TaskDump, type ThreadDump, type VmaDump } from '../model';
import { O_RDWR, SIGSTOP } from '@amber/sys';
import { MADV_AMBER_ACCOUNT, MADV_AMBER_LOCKONFAULT, MADV_AMBER_SEALED, TASK_STOPPED, TASK_ZOMBIE } from './write';
import { RestoreError } from '../errors';
import { regsFromEntry } from './regs';
import { checkObjectPagemap, checkPagesIds, checkPstree, checkTaskPagemap, checkVmas, PagesChecksum } from './validate';
import { seccompChain } from './seccomp';
import { readGuards } from './guards';

export interface ImageTask {
  task: TaskDump;
  /** The id of its fd table (fdinfo-<filesId>.img), from ids-<pid>.img. */
  filesId: number;
  /** The pages image of its pagemap (pages-<pagesId>.img). */
  pagesId: number;
  /** Page runs, read lazily from pages-<id>.img in pagemap order; a run's data is valid until the next one is taken. */
  pages(): Iterable<PageRun>;
}

const CHUNK_PAGES = 256;
const NO_TIMER = { isec: 0n, iusec: 0n, vsec: 0n, vusec: 0n };

function readThread(dir: ImageDir, pid: number, tid: number): ThreadDump {
  const core = dir.readCore(tid);
  const ti = core.thread_info;
  const thc = core.thread_core;
  if (!ti || !thc) throw new RestoreError(pid, 'images', `core-${tid}.img lacks the thread or register sections`);
  if (!thc.amber_xsave) throw new RestoreError(pid, 'images', `core-${tid}.img has no full XSAVE area (not an Amber image?)`);
  return {
    tid,
    regs: regsFromEntry(ti.gpregs),
    xstate: Buffer.from(thc.amber_xsave),
    sigmask: thc.blk_sigset ?? 0n,
    sigaltstack: { sp: thc.sas?.ss_sp ?? 0n, size: thc.sas?.ss_size ?? 0n, flags: thc.sas?.ss_flags ?? 2 },
    clearTidAddr: ti.clear_tid_addr,
    robustList: { head: thc.futex_rla, len: BigInt(thc.futex_rla_len) },
    rseq: thc.rseq_entry ? { ptr: thc.rseq_entry.rseq_abi_pointer, size: thc.rseq_entry.rseq_abi_size, signature: thc.rseq_entry.signature } : null,
    comm: thc.comm ?? '',
    pending: (thc.signals_p?.signals ?? []).map((x) => Buffer.from(x.siginfo)),
    pdeathSig: thc.pdeath_sig ?? 0,
    creds: credsFrom(thc.creds),
    sched: thc.sched_policy === undefined ? undefined : { policy: thc.sched_policy, nice: thc.sched_nice ?? 0, prio: thc.sched_prio ?? 0 },
    seccomp: seccompFrom(dir, pid, tid, thc.seccomp_mode, thc.seccomp_filter),
  };
}

function seccompFrom(dir: ImageDir, pid: number, tid: number, mode: number | undefined, newest: number | undefined): ThreadDump['seccomp'] {
  if (!mode) return undefined;
  if (mode === 1) return { mode: 1, filters: [] };
  if (mode !== 2 || newest === undefined) throw new RestoreError(pid, 'images', `core-${tid}.img: seccomp mode ${mode} without a filter`);
  return { mode: 2, filters: seccompChain(dir, pid, tid, newest) };
}

const NS = 1_000_000_000n;

function posixTimerFrom(e: PosixTimerEntry): PosixTimerDump {
  return {
    id: e.it_id,
    clockId: e.clock_id | 0, // stored as uint32; CPU clocks are negative
    signo: e.si_signo,
    notify: e.it_sigev_notify,
    notifyTid: e.notify_thread_id ?? 0,
    sival: e.sival_ptr,
    overrun: e.overrun,
    intervalNs: e.isec * NS + e.insec,
    valueNs: e.vsec * NS + e.vnsec,
  };
}

const ROOT_CREDS: CredsDump = {
  uid: 0, euid: 0, suid: 0, fsuid: 0, gid: 0, egid: 0, sgid: 0, fsgid: 0, groups: [],
  capInh: 0n, capPrm: (1n << 41n) - 1n, capEff: (1n << 41n) - 1n, capBnd: (1n << 41n) - 1n, capAmb: 0n, noNewPrivs: false,
};

function capValue(words: number[] | undefined, fallback: bigint): bigint {
  if (!words || words.length === 0) return fallback;
  return BigInt(words[0] ?? 0) | (BigInt(words[1] ?? 0) << 32n);
}

/** An image without creds (CRIU keeps them optional) restores as root with full caps. */
function credsFrom(c: CredsEntry | undefined): CredsDump {
  if (!c) return ROOT_CREDS;
  return {
    uid: c.uid, euid: c.euid, suid: c.suid, fsuid: c.fsuid, gid: c.gid, egid: c.egid, sgid: c.sgid, fsgid: c.fsgid,
    groups: c.groups ?? [],
    capInh: capValue(c.cap_inh, 0n), capPrm: capValue(c.cap_prm, ROOT_CREDS.capPrm), capEff: capValue(c.cap_eff, ROOT_CREDS.capEff),
    capBnd: capValue(c.cap_bnd, ROOT_CREDS.capBnd), capAmb: capValue(c.cap_amb, 0n), noNewPrivs: (c.no_new_privs ?? 0) !== 0,
  };
}

/** The shared memory object of a shared anonymous, memfd or SysV VMA entry. */
function shmObjectOf(v: VmaEntry): ShmObject | undefined {
  const base = { id: v.shmid, size: v.amber_shm_size ?? v.end - v.start };
  if (v.status & VMA.AREA_SYSVIPC) return { ...base, space: 'sysvshm', kind: 'sysv', key: v.amber_shm_key ?? 0, mode: v.amber_shm_mode ?? 0o600 };
  if (v.status & VMA.AREA_MEMFD) {
    return { ...base, space: 'shmem', kind: 'memfd', name: v.amber_shm_name ?? '', mode: v.amber_shm_mode, seals: v.amber_shm_seals };
  }
  if (v.status & VMA.ANON_SHARED) return { ...base, space: 'shmem', kind: 'anon' };
  return undefined;
}

/**
 * The saved content of a shared memory object, in runs whose vaddr is the offset in the
 * object; nothing when the image has none (older images kept it in the tasks' pages).
 */
export function* shmemContentOf(dir: ImageDir, obj: ShmObject): Generator<PageRun> {
  const pagemap = dir.readShmemPagemap(obj.space, obj.id);
  if (!pagemap) return;
  const file = `pagemap-${obj.space}-${obj.id}.img`;
  yield* pagemapRuns(dir, pagemap, checkObjectPagemap(dir, file, pagemap, obj.size));
}

/** The pages of checked ranges, in file order, the checksum verified once all are read. */
function* pagemapRuns(dir: ImageDir, pagemap: Pagemap, ranges: readonly PagemapRange[]): Generator<PageRun> {
  if (ranges.length === 0) return;
  const name = `pages-${pagemap.head.pages_id}.img`;
  const sum = new PagesChecksum(name, pagemap.head.amber_pages_hash, pagemap);
  const reader = dir.openPages(pagemap.head.pages_id);
  // One buffer for every run: it stays in the CPU's cache, so reading the image costs
  // little next to writing the pages into the task (a fresh buffer per run faulted in
  // new pages every time).
  const buffer = Buffer.allocUnsafe(CHUNK_PAGES * 4096);
  try {
    for (const r of ranges) {
      if (r.pagesOffset === undefined) continue;
      for (let done = 0; done < r.nrPages; done += CHUNK_PAGES) {
        const n = Math.min(CHUNK_PAGES, r.nrPages - done);
        const data = buffer.subarray(0, n * 4096);
        reader.readInto(data, r.pagesOffset + done * 4096);
        sum.update(data);
        yield { vaddr: r.vaddr + BigInt(done) * 4096n, data };
      }
    }
    sum.finish();
  } finally {
    reader.close();
  }
}

export interface ImageTree {
  /** pstree.img as written, the root first. */
  entries: PstreeEntry[];
  /** Live tasks by pid. */
  tasks: Map<number, ImageTask>;
  /** Zombies by pid: the raw wait status their parent will collect. */
  zombies: Map<number, number>;
}


export function readTreeImages(dir: ImageDir): ImageTree {
  dir.readInventory(); // the completion marker is an image too: magic, framing, version
  const entries = dir.readPstree();
  checkPstree('pstree.img', entries);
  const files = new Map<number, FileEntry>(dir.readFiles().map((f) => [f.id, f]));
  const tree: ImageTree = { entries, tasks: new Map(), zombies: new Map() };
  const pagesIds = new Map<number, string>();
  for (const e of entries) {
    const tc = dir.readCore(e.pid).tc;
    if (tc?.task_state === TASK_ZOMBIE) {
      tree.zombies.set(e.pid, tc.exit_code);
      continue;
    }
    const t = readTaskImages(dir, e, files);
    checkPagesIds(pagesIds, t.pagesId, `pagemap-${e.pid}.img`);
    pagesIds.set(t.pagesId, `pagemap-${e.pid}.img`);
    tree.tasks.set(e.pid, t);
  }
  return tree;
}

export function readTaskImages(dir: ImageDir, ps: PstreeEntry, files: Map<number, FileEntry>): ImageTask {
  const pid = ps.pid;
  const regPath = (id: number, what: string): string => {
    const f = files.get(id);
    if (!f?.reg) throw new RestoreError(pid, 'images', `${what} refers to file id ${id}, which files.img does not hold as a regular file`);
    return f.reg.name;
  };
  const tc = dir.readCore(pid).tc;
  if (!tc) throw new RestoreError(pid, 'images', `core-${pid}.img lacks the task section (tc)`);
  const mm = dir.readMm(pid);
  const fsEntry = dir.readFs(pid);
  const vmas: VmaDump[] = (mm.vmas ?? []).map((v) => {
    const madv = v.madv ?? 0n;
    const shm = shmObjectOf(v);
    return {
      start: v.start,
      end: v.end,
      pgoff: v.pgoff,
      prot: v.prot,
      flags: v.flags,
      status: v.status,
      path: !shm && v.shmid !== 0n && v.status & (VMA.FILE_PRIVATE | VMA.FILE_SHARED) ? regPath(Number(v.shmid), `vma at 0x${v.start.toString(16)}`) : '',
      inode: shm?.space === 'shmem' ? v.shmid : 0n,
      dev: 0n,
      accounted: (madv & MADV_AMBER_ACCOUNT) !== 0n,
      lockOnFault: (madv & MADV_AMBER_LOCKONFAULT) !== 0n,
      sealed: (madv & MADV_AMBER_SEALED) !== 0n,
      madv: madv & ~(MADV_AMBER_ACCOUNT | MADV_AMBER_LOCKONFAULT | MADV_AMBER_SEALED),
      shm,
      fdflags: shm ? v.fdflags ?? O_RDWR : v.fdflags,
    };
  });
  readGuards(dir, pid, vmas);
  // Special areas are found by status; give them their names back for layout checks.
  for (const v of vmas) {
    if (v.status & VMA.AREA_VDSO) v.path = '[vdso]';
    else if (v.status & VMA.AREA_VVAR) v.path = v === vmas.find((x) => x.status & VMA.AREA_VVAR) ? '[vvar]' : '[vvar_vclock]';
  }
  const task: TaskDump = {
    pid,
    ppid: ps.ppid,
    pgid: ps.pgid,
    sid: ps.sid,
    comm: tc.comm,
    cwd: regPath(fsEntry.cwd_id, 'fs cwd'),
    root: regPath(fsEntry.root_id, 'fs root'),
    umask: fsEntry.umask ?? 0o22,
    personality: tc.personality,
    childSubreaper: tc.child_subreaper ?? false,
    stopSignal: tc.task_state === TASK_STOPPED ? tc.stop_signo || SIGSTOP : 0,
    sigactions: (tc.sigactions ?? []).map((a) => ({ handler: a.sigaction, flags: a.flags, restorer: a.restorer, mask: a.mask })),
    rlimits: (tc.rlimits?.rlimits ?? []).map((r) => ({ cur: r.cur, max: r.max })),
    threads: (ps.threads?.length ? ps.threads : [pid]).map((tid) => readThread(dir, pid, tid)),
    sharedPending: (tc.signals_s?.signals ?? []).map((x) => Buffer.from(x.siginfo)),
    itimers: tc.timers ? { real: tc.timers.real, virt: tc.timers.virt, prof: tc.timers.prof } : { real: NO_TIMER, virt: NO_TIMER, prof: NO_TIMER },
    posixTimers: (tc.timers?.posix ?? []).map(posixTimerFrom),
    misc: tc.oom_score_adj === undefined ? undefined : {
      oomScoreAdj: tc.oom_score_adj,
      loginuid: tc.loginuid,
      thpDisabled: mm.thp_disabled ?? false,
      dumpable: mm.dumpable ?? 1,
      membarrier: tc.membarrier_registration_mask ?? 0,
    },
    mm: {
      startCode: mm.mm_start_code,
      endCode: mm.mm_end_code,
      startData: mm.mm_start_data,
      endData: mm.mm_end_data,
      startStack: mm.mm_start_stack,
      startBrk: mm.mm_start_brk,
      brk: mm.mm_brk,
      argStart: mm.mm_arg_start,
      argEnd: mm.mm_arg_end,
      envStart: mm.mm_env_start,
      envEnd: mm.mm_env_end,
      auxv: mm.mm_saved_auxv ?? [],
      exePath: regPath(mm.exe_file_id, 'mm exe'),
      vmas,
    },
  };
  checkVmas(`mm-${pid}.img`, vmas);
  const pagemap = dir.readPagemap(pid);
  const ranges = checkTaskPagemap(dir, `pagemap-${pid}.img`, pagemap, vmas);
  const filesId = dir.readIds(pid).files_id;
  if (!dir.has(`fdinfo-${filesId}.img`)) throw ImageError.content(`ids-${pid}.img`, `a files_id with its fd table fdinfo-${filesId}.img`, 'that image is missing');
  return {
    task,
    filesId,
    pagesId: pagemap.head.pages_id,
    pages: () => pagemapRuns(dir, pagemap, ranges),
  };
}
