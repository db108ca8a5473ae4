// The memory layout of a task and the content of its private pages.
import { native, MAP_ANONYMOUS, MAP_GROWSDOWN, MAP_PRIVATE, MAP_SHARED, PROT_EXEC, PROT_READ, PROT_WRITE, type Tracee } from '@amber/sys';
import { PagemapReader, PM_FILE, PM_PRESENT, PM_SWAP, type MapsEntry } from '../proc';
import { VMA, type PageRun, type VmaDump } from '../model';
import { DumpError } from '../errors';

const PAGE = 4096n;
/** Largest run read in one pread from /proc/PID/mem. */
const MAX_RUN_PAGES = 1024;

export function classifyVma(pid: number, m: MapsEntry): VmaDump {
  const prot = (m.read ? PROT_READ : 0) | (m.write ? PROT_WRITE : 0) | (m.exec ? PROT_EXEC : 0);
  const base = {
    start: m.start, end: m.end, pgoff: m.offset, prot, inode: m.inode,
    dev: BigInt((m.devMajor << 20) | m.devMinor), path: m.name, accounted: m.vmFlags.includes('ac'),
  };
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
    return { ...base, flags: MAP_SHARED | MAP_ANONYMOUS, status: VMA.AREA_REGULAR | VMA.ANON_SHARED };
  }
  if (m.name.startsWith('/') && !m.name.endsWith(' (deleted)')) {
    return m.shared
      ? { ...base, flags: MAP_SHARED, status: VMA.AREA_REGULAR | VMA.FILE_SHARED }
      : { ...base, flags: MAP_PRIVATE, status: VMA.AREA_REGULAR | VMA.FILE_PRIVATE };
  }
  throw new DumpError(pid, 'memory', `mapping ${hexRange(m)} of ${JSON.stringify(m.name)} is not supported yet`);
}

function hexRange(m: { start: bigint; end: bigint }): string {
  return `0x${m.start.toString(16)}-0x${m.end.toString(16)}`;
}

/** VMAs whose pages a dump saves: private memory and shared anonymous memory. */
export function hasDumpablePages(v: VmaDump): boolean {
  return (v.status & (VMA.ANON_PRIVATE | VMA.FILE_PRIVATE | VMA.ANON_SHARED)) !== 0;
}

/**
 * Reads a run of pages: process_vm_readv where the task may read them itself (the
 * faster path), /proc/PID/mem (which can read PROT_NONE pages) otherwise.
 */
function readRun(t: Tracee, vaddr: bigint, length: number, readable: boolean): Buffer {
  if (readable) {
    const buf = Buffer.allocUnsafe(length);
    if (native.processVmReadv(t.pid, buf, [[vaddr, length]]) === length) return buf;
  }
  return t.readMem(vaddr, length);
}

/**
 * Streams the populated private pages of `vmas` to `sink` in address order: pages
 * present and not file-backed (anonymous or copied-on-write), or swapped out.
 */
export function dumpPages(t: Tracee, vmas: VmaDump[], sink: (run: PageRun) => void, sharedDone?: Set<bigint>): number {
  const pagemap = new PagemapReader(t.pid);
  let total = 0;
  try {
    for (const v of vmas) {
      if (!hasDumpablePages(v)) continue;
      // Shared anonymous memory is one object for every task that maps it: its pages
      // go into the image of the first task met; the others attach to it at restore.
      if (v.status & VMA.ANON_SHARED && sharedDone) {
        if (sharedDone.has(v.inode)) continue;
        sharedDone.add(v.inode);
      }
      const entries = pagemap.read(v.start, v.end);
      // Shared anonymous pages are shmem, flagged as file pages: all present ones count.
      const shmem = (v.status & VMA.ANON_SHARED) !== 0;
      let runStart = -1;
      const flush = (endIdx: number) => {
        if (runStart < 0) return;
        const vaddr = v.start + BigInt(runStart) * PAGE;
        sink({ vaddr, data: readRun(t, vaddr, (endIdx - runStart) * 4096, (v.prot & PROT_READ) !== 0) });
        total += endIdx - runStart;
        runStart = -1;
      };
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        const wanted = ((e & PM_PRESENT) !== 0n && (shmem || (e & PM_FILE) === 0n)) || (e & PM_SWAP) !== 0n;
        if (wanted && runStart < 0) runStart = i;
        else if (!wanted) flush(i);
        if (runStart >= 0 && i + 1 - runStart >= MAX_RUN_PAGES) flush(i + 1);
      }
      flush(entries.length);
    }
  } finally {
    pagemap.close();
  }
  return total;
}
