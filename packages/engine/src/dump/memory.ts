// The memory layout of a task and the content of its private pages.
import {
  native, O_RDONLY, O_RDWR, PAGE_IS_FILE, PAGE_IS_PFNZERO, PAGE_IS_PRESENT, PAGE_IS_SWAPPED, type PagemapScanOptions, MAP_ANONYMOUS, MAP_GROWSDOWN, MAP_LOCKED, MAP_NORESERVE, MAP_PRIVATE, MAP_SHARED, PROT_EXEC, PROT_READ, PROT_WRITE,
  MADV_DONTDUMP, MADV_DONTFORK, MADV_HUGEPAGE, MADV_MERGEABLE, MADV_NOHUGEPAGE, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WIPEONFORK, type Tracee,
} from '@amber/sys';
import { PagemapReader, PM_FILE, PM_PRESENT, PM_SWAP, type MapsEntry } from '../proc';
import { VMA, type PageRun, type VmaDump } from '../model';
import { DumpError } from '../errors';
import { anonSharedObject, memfdObject, sysvObject } from './shmem';

const PAGE = 4096n;
/** pagemap bit 58 (Linux 6.15+): the page is a guard region (MADV_GUARD_INSTALL). */
const PM_GUARD_REGION = 1n << 58n;
/** PAGEMAP_SCAN's category for guard regions (Linux 6.15+, with PM_GUARD_REGION). */
const PAGE_IS_GUARD = 1 << 8;
/** Largest run read and written in one go: big enough that syscalls cost little, small enough to stay in cache-friendly reuse. */
const MAX_RUN_BYTES = 8 << 20;

/**
 * What a task's pages image holds: pages present and not file-backed (anonymous or
 * copied-on-write) or swapped out, but not the shared zero page (it reads as zeros
 * after restore too, where the page is simply absent) nor guard regions (no page: a
 * read faults; they are recorded apart).
 */
const PRIVATE_PAGES: PagemapScanOptions = {
  anyof: PAGE_IS_PRESENT | PAGE_IS_SWAPPED,
  inverted: PAGE_IS_FILE | PAGE_IS_PFNZERO | PAGE_IS_GUARD,
  mask: PAGE_IS_FILE | PAGE_IS_PFNZERO | PAGE_IS_GUARD,
  returnMask: 0,
  maxRegions: 8192,
};

/** smaps VmFlags that madvise(2) sets, with their advice (CRIU's madv bits are 1 << advice). */
const MADVISE_FLAGS: Readonly<Record<string, number>> = {
  sr: MADV_SEQUENTIAL,
  rr: MADV_RANDOM,
  dc: MADV_DONTFORK,
  dd: MADV_DONTDUMP,
  mg: MADV_MERGEABLE,
  hg: MADV_HUGEPAGE,
  nh: MADV_NOHUGEPAGE,
  wf: MADV_WIPEONFORK,
};

/** What VmFlags add to a VMA beyond its protection: madvise bits, mlock, mmap flags. */
function vmFlagState(m: MapsEntry): { madv: bigint; flags: number; lockOnFault: boolean } {
  let madv = 0n;
  let flags = 0;
  for (const f of m.vmFlags) {
    const advice = MADVISE_FLAGS[f];
    if (advice !== undefined) madv |= 1n << BigInt(advice);
  }
  if (m.vmFlags.includes('lo')) flags |= MAP_LOCKED;
  if (m.vmFlags.includes('nr')) flags |= MAP_NORESERVE;
  if (m.vmFlags.includes('gd')) flags |= MAP_GROWSDOWN;
  return { madv, flags, lockOnFault: m.vmFlags.includes('lf') };
}

const MEMFD_NAME = /^\/memfd:(.*) \(deleted\)$/;
const SYSV_NAME = /^\/SYSV[0-9a-f]{8} \(deleted\)$/;

export function classifyVma(pid: number, m: MapsEntry): VmaDump {
  const v = classifyBacking(pid, m);
  const extra = vmFlagState(m);
  const out: VmaDump = { ...v, flags: v.flags | extra.flags, madv: extra.madv, lockOnFault: extra.lockOnFault };
  if (m.vmFlags.includes('sl')) out.sealed = true;
  // A read-only attach or open (SHM_RDONLY, O_RDONLY memfd) can never be made writable;
  // a shared file mapping of a file opened O_RDWR can, even when mapped PROT_READ
  // (VM_MAYWRITE): its file is reopened O_RDWR at restore, so mprotect still works.
  if (v.shm || (v.status & VMA.FILE_SHARED)) out.fdflags = m.vmFlags.includes('mw') ? O_RDWR : O_RDONLY;
  return out;
}

type Classified = Omit<VmaDump, 'madv' | 'lockOnFault'>;

function classifyBacking(pid: number, m: MapsEntry): Classified {
  const prot = (m.read ? PROT_READ : 0) | (m.write ? PROT_WRITE : 0) | (m.exec ? PROT_EXEC : 0);
  const base = {
    start: m.start, end: m.end, pgoff: m.offset, prot, inode: m.inode,
    dev: BigInt((m.devMajor << 20) | m.devMinor), path: m.name, accounted: m.vmFlags.includes('ac'),
  };
  if (m.vmFlags.includes('ht')) {
    throw new DumpError(pid, 'memory', `hugetlb mapping ${hexRange(m)} of ${JSON.stringify(m.name)} is not supported (its pages cannot be written back page by page)`);
  }
  switch (m.name) {
    case '[vdso]':
      return { ...base, flags: MAP_PRIVATE | MAP_ANONYMOUS, status: VMA.AREA_REGULAR | VMA.AREA_VDSO };
    case '[vvar]':
    case '[vvar_vclock]':
      return { ...base, flags: MAP_PRIVATE | MAP_ANONYMOUS, status: VMA.AREA_REGULAR | VMA.AREA_VVAR };
    case '[vsyscall]':
      return { ...base, flags: MAP_PRIVATE | MAP_ANONYMOUS, status: VMA.AREA_VSYSCALL };
    case '[heap]':
      return { ...base, flags: MAP_PRIVATE | MAP_ANONYMOUS, status: VMA.AREA_REGULAR | VMA.ANON_PRIVATE | VMA.AREA_HEAP };
    case '[stack]':
      return { ...base, flags: MAP_PRIVATE | MAP_ANONYMOUS | MAP_GROWSDOWN, status: VMA.AREA_REGULAR | VMA.ANON_PRIVATE | VMA.AREA_STACK };
    case '':
      if (m.shared) throw new DumpError(pid, 'memory', `shared anonymous mapping ${hexRange(m)} is not supported yet`);
      return { ...base, flags: MAP_PRIVATE | MAP_ANONYMOUS, status: VMA.AREA_REGULAR | VMA.ANON_PRIVATE };
  }
  if (m.shared && m.name === '/dev/zero (deleted)') {
    // MAP_SHARED|MAP_ANONYMOUS: shmem behind the scenes, named after /dev/zero.
    return { ...base, flags: MAP_SHARED | MAP_ANONYMOUS, status: VMA.AREA_REGULAR | VMA.ANON_SHARED, shm: anonSharedObject(pid, m) };
  }
  const memfd = MEMFD_NAME.exec(m.name);
  if (memfd) {
    // Shared or private, the memfd is one object; a private mapping adds its own copied pages.
    return {
      ...base, flags: m.shared ? MAP_SHARED : MAP_PRIVATE,
      status: VMA.AREA_REGULAR | VMA.AREA_MEMFD | (m.shared ? VMA.FILE_SHARED : VMA.FILE_PRIVATE), shm: memfdObject(pid, m, memfd[1]!),
    };
  }
  if (SYSV_NAME.test(m.name) && m.shared) {
    return { ...base, flags: MAP_SHARED, status: VMA.AREA_REGULAR | VMA.AREA_SYSVIPC, shm: sysvObject(pid, m) };
  }
  if (m.name.startsWith('/') && !m.name.endsWith(' (deleted)')) {
    return m.shared
      ? { ...base, flags: MAP_SHARED, status: VMA.AREA_REGULAR | VMA.FILE_SHARED }
      : { ...base, flags: MAP_PRIVATE, status: VMA.AREA_REGULAR | VMA.FILE_PRIVATE };
  }
  if (m.name === '/[aio] (deleted)') {
    throw new DumpError(pid, 'memory', `mapping ${hexRange(m)} is the ring of an AIO context (io_setup), which Amber cannot restore yet; io_destroy it before the dump`);
  }
  if (m.name.startsWith('socket:[')) {
    throw new DumpError(pid, 'memory', `mapping ${hexRange(m)} of ${m.name} is a socket's ring buffer (a packet socket's PACKET_RX_RING/TX_RING, or a similar mmap of a socket), which Amber cannot restore; unmap it before the dump`);
  }
  if (m.name.endsWith(' (deleted)')) {
    throw new DumpError(pid, 'memory', `mapping ${hexRange(m)} of the unlinked file ${JSON.stringify(m.name.slice(0, -10))} is not supported yet (Amber restores unlinked files held by fds, not mapped ones); keep a name for the file, or unmap it before the dump`);
  }
  throw new DumpError(pid, 'memory', `mapping ${hexRange(m)} of ${JSON.stringify(m.name)} is not supported yet`);
}

function hexRange(m: { start: bigint; end: bigint }): string {
  return `0x${m.start.toString(16)}-0x${m.end.toString(16)}`;
}

/** VMAs whose pages a task's own pages image holds: private memory (shared objects: see dumpPages). */
export function hasDumpablePages(v: VmaDump): boolean {
  return (v.status & (VMA.ANON_PRIVATE | VMA.FILE_PRIVATE | VMA.ANON_SHARED)) !== 0;
}

/** Pagemap entries read at a time where only guard regions are looked for (1 GiB of address space). */
const GUARD_SCAN_PAGES = 1n << 18n;

/**
 * The guard runs of a VMA whose pages are not read here (file and shared mappings,
 * which can be huge: their pagemap is read a slice at a time).
 */
function guardRuns(pagemap: PagemapReader, v: VmaDump): Array<{ start: bigint; end: bigint }> {
  const scanned = pagemap.scan(v.start, v.end, { mask: PAGE_IS_GUARD, returnMask: 0 });
  if (scanned) return scanned.map(([start, end]) => ({ start, end }));
  const runs: Array<{ start: bigint; end: bigint }> = [];
  for (let from = v.start; from < v.end; from += GUARD_SCAN_PAGES * PAGE) {
    const to = from + GUARD_SCAN_PAGES * PAGE < v.end ? from + GUARD_SCAN_PAGES * PAGE : v.end;
    const entries = pagemap.read(from, to);
    for (let i = 0; i < entries.length; i++) {
      if (!(entries[i]! & PM_GUARD_REGION)) continue;
      const at = from + BigInt(i) * PAGE;
      const last = runs[runs.length - 1];
      if (last && last.end === at) last.end = at + PAGE;
      else runs.push({ start: at, end: at + PAGE });
    }
  }
  return runs;
}

/** Saves each shared memory object once, whole (a tree dump gives one to every task). */
export interface SharedObjectSink {
  /** Called for every VMA backed by a shared object; saves the object the first time. */
  save(pid: number, v: VmaDump): void;
}

/**
 * Reads a run of pages into `buf` (reused from run to run): process_vm_readv where the
 * task may read them itself (the faster path), /proc/PID/mem (which can read PROT_NONE
 * pages) otherwise.
 */
function readRun(t: Tracee, vaddr: bigint, buf: Buffer, readable: boolean): Buffer {
  if (readable && native.processVmReadv(t.pid, buf, [[vaddr, buf.length]]) === buf.length) return buf;
  return t.readMem(vaddr, buf.length);
}

/** Page-aligned runs of `v` that hold the task's own pages, from the pagemap. */
function ownPageRuns(pagemap: PagemapReader, v: VmaDump, shmem: boolean): Array<[bigint, bigint]> {
  // Shared objects without an object sink count every present page (shmem pages are file pages).
  const scanned = shmem ? undefined : pagemap.scan(v.start, v.end, PRIVATE_PAGES);
  if (scanned) return scanned;
  const entries = pagemap.read(v.start, v.end);
  const runs: Array<[bigint, bigint]> = [];
  let runStart = -1;
  for (let i = 0; i <= entries.length; i++) {
    const e = i < entries.length ? entries[i]! : 0n;
    const wanted = (e & PM_GUARD_REGION) === 0n && (((e & PM_PRESENT) !== 0n && (shmem || (e & PM_FILE) === 0n)) || (e & PM_SWAP) !== 0n);
    if (wanted && runStart < 0) runStart = i;
    else if (!wanted && runStart >= 0) {
      runs.push([v.start + BigInt(runStart) * PAGE, v.start + BigInt(i) * PAGE]);
      runStart = -1;
    }
  }
  return runs;
}

/**
 * Streams the populated private pages of `vmas` to `sink` in address order: pages
 * present and not file-backed (anonymous or copied-on-write), or swapped out. A run's
 * data is only valid during the sink call: the buffer is reused for the next run.
 */
export function dumpPages(t: Tracee, vmas: VmaDump[], sink: (run: PageRun) => void, objects?: SharedObjectSink): number {
  const pagemap = new PagemapReader(t.pid);
  let total = 0;
  let buffer: Buffer | undefined;
  try {
    for (const v of vmas) {
      // Shared objects are saved whole, once for the tree; a private memfd mapping
      // still has its copied-on-write pages, which are the task's own.
      const privateCopy = (v.status & VMA.FILE_PRIVATE) !== 0;
      if (v.status & (VMA.AREA_VDSO | VMA.AREA_VVAR | VMA.AREA_VSYSCALL)) continue;
      let guardsOnly = false;
      if (v.shm && objects) {
        objects.save(t.pid, v);
        guardsOnly = !privateCopy;
      } else guardsOnly = !hasDumpablePages(v) && !v.shm;
      // Guard regions have no page to read: recorded, and installed again at restore.
      const guards = guardRuns(pagemap, v);
      if (guards.length) v.guards = guards;
      if (guardsOnly) continue;
      const readable = (v.prot & PROT_READ) !== 0;
      for (const [start, end] of ownPageRuns(pagemap, v, v.shm !== undefined && !privateCopy)) {
        for (let at = start; at < end; ) {
          const len = Number(end - at < BigInt(MAX_RUN_BYTES) ? end - at : BigInt(MAX_RUN_BYTES));
          buffer ??= Buffer.allocUnsafe(MAX_RUN_BYTES);
          sink({ vaddr: at, data: readRun(t, at, buffer.subarray(0, len), readable) });
          total += len / 4096;
          at += BigInt(len);
        }
      }
    }
  } finally {
    pagemap.close();
  }
  return total;
}
