// Writing a dumped task into a CRIU-format image directory. The inventory goes last:
// a directory without it is an unfinished dump.
import { ImageDir, CoreMarch, pagemapEntry, pagemapTrailer, type PagesWriter, type PagemapEntry, type CredsEntry, type PosixTimerEntry } from '@amber/images';
import { PagesHash } from '@amber/sys';
import type { ZombieInfo } from '../dump/tree';
import type { FdDumper } from '@amber/files';
import { SIGEV, VMA, type CredsDump, type PageRun, type PosixTimerDump, type TaskDump, type VmaDump } from '../model';
import type { SharedObjectSink } from '../dump/memory';
import { shmemContent } from '../dump/shmem';
import { fpregsFromXsave, regsToEntry } from './regs';
import { seccompTable, writeSeccompImage } from './seccomp';
import { writeGuards } from './guards';

export const AMBER_IMAGE_VERSION = '0.1.0';
/** compel's task states, as CRIU's core images use them. */
export const TASK_ALIVE = 1;
export const TASK_STOPPED = 3;
export const TASK_ZOMBIE = 6;

/** Streams page runs into pages-<id>.img and collects the pagemap entries. */
export class PageSink {
  readonly entries: PagemapEntry[] = [];
  readonly #writer: PagesWriter;
  /** The checksum of everything written (pagemap_head.amber_pages_hash). */
  readonly #hash = new PagesHash();
  pages = 0;

  constructor(dir: ImageDir, readonly pagesId: number) {
    this.#writer = dir.createPages(pagesId);
  }

  push(run: PageRun): void {
    const nr = run.data.length / 4096;
    const last = this.entries[this.entries.length - 1];
    // Extend the previous entry when the run continues it.
    if (last && last.vaddr + (last.nr_pages ?? 0n) * 4096n === run.vaddr) last.nr_pages = (last.nr_pages ?? 0n) + BigInt(nr);
    else this.entries.push(pagemapEntry(run.vaddr, nr));
    this.#writer.write(run.data);
    this.#hash.update(run.data);
    this.pages += nr;
  }

  close(): void {
    this.#writer.close();
  }

  abort(): void {
    this.#writer.abort();
  }

  /** The pagemap_head: the pages id and the checksum of the pages image (after close). */
  get head(): { pages_id: number; amber_pages_hash: bigint } {
    return { pages_id: this.pagesId, amber_pages_hash: this.#hash.copy().update(pagemapTrailer(this.entries)).digest() };
  }
}

/** Amber's own bits in vma_entry.madv, far above CRIU's madvise bits (1 << MADV_*). */
export const MADV_AMBER_ACCOUNT = 1n << 63n; // VM_ACCOUNT
export const MADV_AMBER_LOCKONFAULT = 1n << 62n; // VM_LOCKONFAULT
export const MADV_AMBER_SEALED = 1n << 61n; // VM_SEALED (mseal)

/**
 * Writes each shared memory object once: pagemap-shmem-<inode>.img (or
 * pagemap-sysvshm-<shmid>.img) with the offsets in the object as vaddrs, and its own
 * pages-<id>.img. Page ids start after the tasks' ones.
 */
export class ShmemImages implements SharedObjectSink {
  readonly #done = new Set<string>();
  #nextPagesId: number;
  pages = 0;

  constructor(private readonly dir: ImageDir, firstPagesId: number, private readonly onRun?: (pid: number, run: PageRun) => void) {
    this.#nextPagesId = firstPagesId;
  }

  save(pid: number, v: VmaDump): void {
    const obj = v.shm!;
    const key = `${obj.space}:${obj.id}`;
    if (this.#done.has(key)) return;
    this.#done.add(key);
    const sink = new PageSink(this.dir, this.#nextPagesId++);
    try {
      for (const run of shmemContent(pid, v)) {
        sink.push(run);
        this.onRun?.(pid, run);
      }
    } catch (e) {
      sink.abort();
      throw e;
    }
    sink.close();
    this.pages += sink.pages;
    this.dir.writeShmemPagemap(obj.space, obj.id, sink.head, sink.entries);
  }
}

/**
 * Writes every image of one task except pages (already streamed), the files (written by
 * the FdDumper, which also numbers the exe, cwd, root and mapped files) and the inventory.
 */
/** `filesId`: the FdDumper's id of the task's fd table (our pid for it). */
export function writeTaskImages(dir: ImageDir, task: TaskDump, pagemap: PageSink, files: FdDumper, filesId: number): void {
  const th = task.threads[0]!;
  const exeId = files.addRegularFile(task.mm.exePath);
  const cwdId = files.addRegularFile(task.cwd);
  const rootId = files.addRegularFile(task.root);
  const vmas = task.mm.vmas.map((v) => {
    let shmid = 0n;
    if (v.shm) shmid = v.shm.id; // the shmem inode or SysV shmid, as CRIU keys them
    else if (v.status & (VMA.FILE_PRIVATE | VMA.FILE_SHARED)) shmid = BigInt(files.addRegularFile(v.path));
    const madv = v.madv | (v.accounted ? MADV_AMBER_ACCOUNT : 0n) | (v.lockOnFault ? MADV_AMBER_LOCKONFAULT : 0n) | (v.sealed ? MADV_AMBER_SEALED : 0n);
    return {
      start: v.start, end: v.end, pgoff: v.pgoff, shmid, prot: v.prot, flags: v.flags, status: v.status, fd: -1n, madv, fdflags: v.fdflags,
      amber_shm_name: v.shm?.name, amber_shm_size: v.shm?.size, amber_shm_key: v.shm?.key, amber_shm_mode: v.shm?.mode, amber_shm_seals: v.shm?.seals,
    };
  });
  writeGuards(dir, task.pid, task.mm.vmas);
  dir.writeIds(task.pid, { vm_id: task.pid, files_id: filesId, fs_id: task.pid, sighand_id: task.pid });
  task.threads.forEach((t, i) => {
    dir.writeCore(t.tid, {
      mtype: CoreMarch.X86_64,
      thread_info: { clear_tid_addr: t.clearTidAddr, gpregs: regsToEntry(t.regs), fpregs: fpregsFromXsave(t.xstate) },
      // Process-wide state lives in the leader's core only, as in CRIU.
      tc: i === 0 ? {
        task_state: task.stopSignal ? TASK_STOPPED : TASK_ALIVE,
        stop_signo: task.stopSignal || undefined,
        exit_code: 0,
        personality: task.personality,
        flags: 0,
        blk_sigset: th.sigmask,
        comm: task.comm,
        rlimits: { rlimits: task.rlimits.map((r) => ({ cur: r.cur, max: r.max })) },
        timers: { ...task.itimers, posix: task.posixTimers.map(posixTimerEntry) },
        signals_s: { signals: task.sharedPending.map((siginfo) => ({ siginfo })) },
        sigactions: task.sigactions.map((a) => ({ sigaction: a.handler, flags: a.flags, restorer: a.restorer, mask: a.mask })),
        child_subreaper: task.childSubreaper,
        oom_score_adj: task.misc?.oomScoreAdj,
        loginuid: task.misc?.loginuid,
        membarrier_registration_mask: task.misc?.membarrier,
      } : undefined,
      thread_core: {
        futex_rla: t.robustList.head,
        futex_rla_len: Number(t.robustList.len),
        blk_sigset: t.sigmask,
        sas: { ss_sp: t.sigaltstack.sp, ss_size: t.sigaltstack.size, ss_flags: t.sigaltstack.flags },
        pdeath_sig: t.pdeathSig,
        creds: credsEntry(t.creds),
        comm: t.comm,
        signals_p: { signals: t.pending.map((siginfo) => ({ siginfo })) },
        rseq_entry: t.rseq ? { rseq_abi_pointer: t.rseq.ptr, rseq_abi_size: t.rseq.size, signature: t.rseq.signature } : undefined,
        amber_xsave: t.xstate,
        sched_policy: t.sched?.policy,
        sched_nice: t.sched?.nice,
        sched_prio: t.sched?.prio,
        seccomp_mode: t.seccomp?.mode,
        seccomp_filter: t.seccomp?.mode === 2 ? seccompTable(dir).add(t.seccomp.filters) : undefined,
      },
    });
  });
  dir.writeMm(task.pid, {
    mm_start_code: task.mm.startCode,
    mm_end_code: task.mm.endCode,
    mm_start_data: task.mm.startData,
    mm_end_data: task.mm.endData,
    mm_start_stack: task.mm.startStack,
    mm_start_brk: task.mm.startBrk,
    mm_brk: task.mm.brk,
    mm_arg_start: task.mm.argStart,
    mm_arg_end: task.mm.argEnd,
    mm_env_start: task.mm.envStart,
    mm_env_end: task.mm.envEnd,
    exe_file_id: exeId,
    mm_saved_auxv: task.mm.auxv,
    vmas,
    dumpable: task.misc?.dumpable,
    thp_disabled: task.misc?.thpDisabled,
  });
  dir.writePagemap(task.pid, pagemap.head, pagemap.entries);
  dir.writeFs(task.pid, { cwd_id: cwdId, root_id: rootId, umask: task.umask });
}

export function finishImages(dir: ImageDir): void {
  writeSeccompImage(dir);
  dir.writeInventory({ img_version: 2, fdinfo_per_id: true, amber_version: AMBER_IMAGE_VERSION });
}


/** A zombie's core: only its state and exit status. */
export function writeZombie(dir: ImageDir, z: ZombieInfo): void {
  dir.writeCore(z.pid, {
    mtype: CoreMarch.X86_64,
    tc: { task_state: TASK_ZOMBIE, exit_code: z.exitStatus, personality: 0, flags: 0, blk_sigset: 0n, comm: '' },
  });
}

const NS = 1_000_000_000n;

/** CRIU's posix_timer_entry: seconds and nanoseconds, sigev_notify with SIGEV_THREAD_ID kept in. */
function posixTimerEntry(pt: PosixTimerDump): PosixTimerEntry {
  return {
    it_id: pt.id,
    clock_id: pt.clockId >>> 0, // uint32 in the image: CPU clocks are negative
    si_signo: pt.signo,
    it_sigev_notify: pt.notify,
    sival_ptr: pt.sival,
    overrun: pt.overrun,
    isec: pt.intervalNs / NS,
    insec: pt.intervalNs % NS,
    vsec: pt.valueNs / NS,
    vnsec: pt.valueNs % NS,
    notify_thread_id: pt.notify & SIGEV.THREAD_ID ? pt.notifyTid : undefined,
  };
}

function capWords(v: bigint): number[] {
  return [Number(v & 0xffffffffn), Number(v >> 32n)];
}

function credsEntry(c: CredsDump): CredsEntry {
  return {
    uid: c.uid, gid: c.gid, euid: c.euid, egid: c.egid, suid: c.suid, sgid: c.sgid, fsuid: c.fsuid, fsgid: c.fsgid,
    cap_inh: capWords(c.capInh), cap_prm: capWords(c.capPrm), cap_eff: capWords(c.capEff), cap_bnd: capWords(c.capBnd),
    cap_amb: capWords(c.capAmb), secbits: 0, groups: c.groups, no_new_privs: c.noNewPrivs ? 1 : 0,
  };
}
