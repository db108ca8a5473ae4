// Replacing the stub's address space with the dumped one, from outside: everything
// runs as remote syscalls through a small gadget page that both layouts leave free.
import {
  ARCH_MAP_VDSO_64, AT_FDCWD, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_ANONYMOUS, MAP_LOCKED, MAP_PRIVATE, O_RDONLY, O_RDWR,
  PROT_EXEC, PROT_READ, PROT_WRITE, PR_SET_MM, O_NONBLOCK, PR_SET_MM_MAP, SIGSEGV, SYS, SYSCALL_GADGET, native, waitFor, type Tracee,
  MADV_DONTDUMP, MADV_DONTFORK, MADV_DONTNEED, MADV_HUGEPAGE, MADV_MERGEABLE, MADV_NOHUGEPAGE, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WIPEONFORK, MLOCK_ONFAULT,
} from '@amber/sys';
import type { StoreTransport } from '@amber/files';
import { SharedMemory, SharedObjectMapper } from './shared-objects';
import { readMaps } from '../proc';
import { VMA, type MmDump, type PageRun, type VmaDump } from '../model';

export { SharedMemory, type SharedHolder } from './shared-objects';
import { RestoreError } from '../errors';

/** Gadget code on the first page, scratch memory (paths, structs) on the rest. */
export const GADGET_AREA_SIZE = 4 * 4096;
const MMAP_MIN_ADDR = 0x10000n;
/** madvise(2) advice that turns pages into guard regions (Linux 6.13+). */
const MADV_GUARD_INSTALL = 102;

interface Range {
  start: bigint;
  end: bigint;
}

/** The lowest hole of `size` bytes that neither layout uses. */
export function findCommonHole(a: Range[], b: Range[], size: number): bigint {
  const used = [...a, ...b].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  let cursor = MMAP_MIN_ADDR;
  for (const r of used) {
    if (r.start >= cursor + BigInt(size)) return cursor;
    if (r.end > cursor) cursor = r.end;
  }
  return cursor;
}

const ADVICE_NAMES: Readonly<Record<number, string>> = {
  [MADV_RANDOM]: 'MADV_RANDOM', [MADV_SEQUENTIAL]: 'MADV_SEQUENTIAL', [MADV_DONTFORK]: 'MADV_DONTFORK', [MADV_MERGEABLE]: 'MADV_MERGEABLE',
  [MADV_HUGEPAGE]: 'MADV_HUGEPAGE', [MADV_NOHUGEPAGE]: 'MADV_NOHUGEPAGE', [MADV_DONTDUMP]: 'MADV_DONTDUMP', [MADV_WIPEONFORK]: 'MADV_WIPEONFORK',
};

function hexRange(v: { start: bigint; end: bigint }): string {
  return `0x${v.start.toString(16)}-0x${v.end.toString(16)}`;
}

function cString(s: string): Buffer {
  return Buffer.concat([Buffer.from(s), Buffer.from([0])]);
}

export class AddressSpaceRestorer {
  readonly #t: Tracee;
  readonly #pid: number;
  #gadget = 0n;
  #scratch = 0n;

  constructor(t: Tracee, dumpedPid: number) {
    this.#t = t;
    this.#pid = dumpedPid;
  }

  /** Places the gadget area and drops every mapping of the stub. */
  takeOver(target: VmaDump[]): void {
    const t = this.#t;
    const stubMaps = readMaps(t.pid);
    this.#gadget = findCommonHole(stubMaps, target, GADGET_AREA_SIZE);
    t.syscall(SYS.mmap, this.#gadget, GADGET_AREA_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    t.writeMem(this.#gadget, SYSCALL_GADGET);
    // From here on, syscalls run from our own page; the stub's code is not needed.
    t.abandonRemote();
    t.useGadget(this.#gadget);
    this.#scratch = this.#gadget + 4096n;
    t.useScratch(this.#scratch, GADGET_AREA_SIZE - 4096);
    for (const m of stubMaps) {
      if (m.name === '[vsyscall]') continue;
      t.syscall(SYS.munmap, m.start, m.end - m.start);
    }
  }

  private openRemote(path: string, flags: number): bigint {
    const addr = this.#t.putScratch(cString(path));
    try {
      // O_NONBLOCK: a path that now names a FIFO or a device must not hang the stub (mmap ignores it).
      return this.#t.syscall(SYS.openat, AT_FDCWD, addr, flags | O_NONBLOCK, 0);
    } catch (e) {
      throw new RestoreError(this.#pid, 'memory', `cannot open ${path} to map it: ${(e as Error).message}`, { cause: e });
    }
  }

  /** Maps every dumped VMA at its address with its protection, backing, madvise bits and locks. */
  mapAll(vmas: VmaDump[], shared?: { memory: SharedMemory; store: StoreTransport }): void {
    const t = this.#t;
    const files = new Map<string, bigint>();
    const objects = new SharedObjectMapper(t, this.#pid, shared?.memory ?? new SharedMemory(), shared?.store,
      (s) => this.#t.putScratch(cString(s)),
      (size) => findCommonHole(readMaps(t.pid), vmas, Number(size)));
    try {
      for (const v of vmas) {
        if (v.status & (VMA.AREA_VSYSCALL | VMA.AREA_VDSO | VMA.AREA_VVAR)) continue;
        const len = v.end - v.start;
        // Accounted but read-only now: it was writable once. Map it writable and take
        // the write bit away, so VM_ACCOUNT keeps it from merging with its neighbours.
        const prot = v.accounted && !(v.prot & PROT_WRITE) && !(v.status & VMA.FILE_SHARED) ? v.prot | PROT_WRITE : v.prot;
        // MAP_LOCKED is applied with mlock below (mlock2 for lock-on-fault).
        const flags = (v.flags & ~MAP_LOCKED) | MAP_FIXED;
        if (v.shm) {
          objects.map(v, prot);
        } else if (v.status & (VMA.FILE_PRIVATE | VMA.FILE_SHARED)) {
          // The file is opened as the dumped mapping's was: O_RDWR when it may become
          // writable (VM_MAYWRITE), or an mprotect(PROT_WRITE) would fail with EACCES.
          const writable = (v.status & VMA.FILE_SHARED) !== 0 && ((v.prot & PROT_WRITE) !== 0 || v.fdflags === O_RDWR);
          const key = `${writable ? 'w' : 'r'}:${v.path}`;
          let fd = files.get(key);
          if (fd === undefined) {
            fd = this.openRemote(v.path, writable ? O_RDWR : O_RDONLY);
            files.set(key, fd);
          }
          t.syscall(SYS.mmap, v.start, len, prot, flags, fd, v.pgoff);
        } else {
          t.syscall(SYS.mmap, v.start, len, prot, flags, -1, 0);
        }
        if (prot !== v.prot) {
          // The kernel drops VM_ACCOUNT when a private anonymous mapping no page was ever
          // faulted into loses its write bit: fault one in (the mapping gets its anon_vma),
          // give it back, then take the write bit away.
          if (v.status & VMA.ANON_PRIVATE) {
            t.writeMem(v.start, Buffer.alloc(1));
            t.syscall(SYS.madvise, v.start, 4096, MADV_DONTNEED);
          }
          t.syscall(SYS.mprotect, v.start, len, v.prot);
        }
        this.applyAdvice(v);
        for (const g of v.guards ?? []) {
          try {
            t.syscall(SYS.madvise, g.start, g.end - g.start, MADV_GUARD_INSTALL);
          } catch (e) {
            throw new RestoreError(this.#pid, 'memory', `madvise(${hexRange(g)}, MADV_GUARD_INSTALL) failed: ${(e as Error).message} (guard regions need Linux 6.13+, and 6.15+ outside private anonymous memory)`, { cause: e });
          }
        }
      }
      objects.finish();
      // Seals last: a sealed VMA takes no more mprotect, madvise or mmap over it.
      for (const v of vmas) {
        if (!v.sealed) continue;
        try {
          t.syscall(SYS.mseal, v.start, v.end - v.start, 0);
        } catch (e) {
          throw new RestoreError(this.#pid, 'memory', `mseal(${hexRange(v)}) failed: ${(e as Error).message} (mseal needs Linux 6.10+)`, { cause: e });
        }
      }
    } finally {
      for (const fd of files.values()) t.syscall(SYS.close, fd);
    }
  }

  /** madvise bits and mlock, as VmFlags showed them at dump. */
  private applyAdvice(v: VmaDump): void {
    const t = this.#t;
    const len = v.end - v.start;
    for (let advice = 0; advice < 62; advice++) {
      if (!(v.madv & (1n << BigInt(advice)))) continue;
      try {
        t.syscall(SYS.madvise, v.start, len, advice);
      } catch (e) {
        throw new RestoreError(this.#pid, 'memory', `madvise(${hexRange(v)}, ${ADVICE_NAMES[advice] ?? advice}) failed: ${(e as Error).message}` +
          (advice === MADV_MERGEABLE ? ' (is KSM built into this kernel?)' : advice === MADV_HUGEPAGE || advice === MADV_NOHUGEPAGE ? ' (is transparent huge page support built in?)' : ''), { cause: e });
      }
    }
    if (!(v.flags & MAP_LOCKED)) return;
    try {
      if (v.lockOnFault) t.syscall(SYS.mlock2, v.start, len, MLOCK_ONFAULT);
      else t.syscall(SYS.mlock, v.start, len);
    } catch (e) {
      throw new RestoreError(this.#pid, 'memory', `mlock of ${hexRange(v)} failed: ${(e as Error).message} (RLIMIT_MEMLOCK of the task too low?)`, { cause: e });
    }
  }

  /** Writes page contents; /proc/PID/mem writes read-only private pages too. */
  writePages(runs: Iterable<PageRun>, onRun?: (run: PageRun) => void): number {
    let pages = 0;
    for (const run of runs) {
      this.#t.writeMem(run.vaddr, run.data);
      pages += run.data.length / 4096;
      onRun?.(run);
    }
    return pages;
  }

  /** Puts the vdso (with its vvar pages) back where the dumped task had it. */
  placeVdso(vmas: VmaDump[]): void {
    const areas = vmas.filter((v) => v.status & (VMA.AREA_VDSO | VMA.AREA_VVAR));
    if (areas.length === 0) return;
    const start = areas[0]!.start;
    this.#t.syscall(SYS.arch_prctl, ARCH_MAP_VDSO_64, start);
    const now = readMaps(this.#t.pid).filter((m) => m.name === '[vdso]' || m.name.startsWith('[vvar'));
    const want = areas.map((v) => `${v.path}@${v.start.toString(16)}`).join(' ');
    const got = now.map((m) => `${m.name}@${m.start.toString(16)}`).join(' ');
    if (want !== got) {
      throw new RestoreError(this.#pid, 'vdso', `vdso layout differs from the dump (dumped ${want}, here ${got}); was the image made on another kernel?`);
    }
  }

  /** brk, stack, args, env, auxv and exe link in one PR_SET_MM_MAP. */
  setMmMap(mm: MmDump): void {
    const t = this.#t;
    const auxv = Buffer.alloc(mm.auxv.length * 8);
    mm.auxv.forEach((w, i) => auxv.writeBigUInt64LE(w, i * 8));
    const auxvAddr = t.putScratch(auxv, 1024);
    const exeFd = this.openRemote(mm.exePath, O_RDONLY);
    const map = Buffer.alloc(104);
    const fields = [mm.startCode, mm.endCode, mm.startData, mm.endData, mm.startBrk, mm.brk, mm.startStack, mm.argStart, mm.argEnd, mm.envStart, mm.envEnd, auxvAddr];
    fields.forEach((f, i) => map.writeBigUInt64LE(f, i * 8));
    map.writeUInt32LE(auxv.length, 96);
    map.writeUInt32LE(Number(exeFd), 100);
    const mapAddr = t.putScratch(map, 0);
    try {
      t.syscall(SYS.prctl, PR_SET_MM, PR_SET_MM_MAP, mapAddr, map.length, 0);
    } catch (e) {
      throw new RestoreError(this.#pid, 'mm', `PR_SET_MM_MAP refused the dumped layout: ${(e as Error).message}`, { cause: e });
    } finally {
      t.syscall(SYS.close, exeFd);
    }
  }

  /** Lets another thread of the task run syscalls through the same gadget and scratch. */
  share(th: Tracee): void {
    th.useGadget(this.#gadget);
    th.useScratch(this.#scratch, GADGET_AREA_SIZE - 4096);
  }

  /**
   * The last remote call: unmap the gadget. The task faults on return, which stops it;
   * the caller then sets its registers. Signals that arrive meanwhile (a timer, a signal
   * just queued) are returned, to be sent again once the task runs.
   */
  dropGadget(): number[] {
    const held: number[] = [];
    let s = this.#t.syscallUntilStop(SYS.munmap, this.#gadget, GADGET_AREA_SIZE);
    while (s.kind === 'stopped' && s.event === 0 && s.signal !== SIGSEGV) {
      held.push(s.signal);
      native.ptraceCont(this.#t.pid, 0);
      s = waitFor(this.#t.pid);
    }
    if (s.kind !== 'stopped' || s.event !== 0 || s.signal !== SIGSEGV) {
      throw new RestoreError(this.#pid, 'finish', `expected the task to fault after unmapping the gadget, got ${JSON.stringify(s)}`);
    }
    return held;
  }
}
