// Replacing the stub's address space with the dumped one, from outside: everything
// runs as remote syscalls through a small gadget page that both layouts leave free.
import {
  ARCH_MAP_VDSO_64, AT_FDCWD, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_ANONYMOUS, MAP_PRIVATE, MAP_SHARED, O_CLOEXEC, O_RDONLY, O_RDWR,
  PROT_EXEC, PROT_READ, PROT_WRITE, PR_SET_MM, PR_SET_MM_MAP, SIGSEGV, SYS, SYSCALL_GADGET, native, waitFor, type Tracee,
} from '@amber/sys';
import { fetchFromStore, type StoreTransport } from '@amber/files';
import { readMaps } from '../proc';
import { VMA, type MmDump, type PageRun, type VmaDump } from '../model';
import { RestoreError } from '../errors';

/** Where a shared anonymous object already lives in the tree being restored. */
export interface SharedHolder {
  pid: number;
  start: bigint;
  end: bigint;
}

/** Shared anonymous objects by their dumped shmem inode (vma_entry.shmid). */
export type SharedMemory = Map<bigint, SharedHolder>;

/** Gadget code on the first page, scratch memory (paths, structs) on the rest. */
export const GADGET_AREA_SIZE = 4 * 4096;
const MMAP_MIN_ADDR = 0x10000n;

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
      return this.#t.syscall(SYS.openat, AT_FDCWD, addr, flags, 0);
    } catch (e) {
      throw new RestoreError(this.#pid, 'memory', `cannot open ${path} to map it: ${(e as Error).message}`, { cause: e });
    }
  }

  /**
   * Maps shared anonymous memory that another restored task already holds: the restorer
   * opens it through that task's /proc/PID/map_files, adds it to the fd store, and the
   * task maps the same object at its own address.
   */
  private attachShared(v: VmaDump, holder: SharedHolder, store: StoreTransport): void {
    const t = this.#t;
    const local = native.open(`/proc/${holder.pid}/map_files/${holder.start.toString(16)}-${holder.end.toString(16)}`, O_RDWR | O_CLOEXEC, 0);
    try {
      const [fd] = fetchFromStore(t, store, [store.store.add(local)]);
      t.syscall(SYS.mmap, v.start, v.end - v.start, v.prot, MAP_SHARED | MAP_FIXED, fd!, v.pgoff);
      t.syscall(SYS.close, fd);
    } finally {
      native.close(local);
    }
  }

  /** Maps every dumped VMA at its address with its protection and backing. */
  mapAll(vmas: VmaDump[], shared?: { memory: SharedMemory; store: StoreTransport }): void {
    const t = this.#t;
    const files = new Map<string, bigint>();
    try {
      for (const v of vmas) {
        if (v.status & (VMA.AREA_VSYSCALL | VMA.AREA_VDSO | VMA.AREA_VVAR)) continue;
        const len = v.end - v.start;
        // Accounted but read-only now: it was writable once. Map it writable and take
        // the write bit away, so VM_ACCOUNT keeps it from merging with its neighbours.
        const prot = v.accounted && !(v.prot & PROT_WRITE) && !(v.status & VMA.FILE_SHARED) ? v.prot | PROT_WRITE : v.prot;
        if (v.status & VMA.ANON_SHARED && shared) {
          const holder = shared.memory.get(v.inode);
          if (holder) {
            this.attachShared(v, holder, shared.store);
            continue;
          }
          shared.memory.set(v.inode, { pid: t.pid, start: v.start, end: v.end });
        }
        if (v.status & (VMA.FILE_PRIVATE | VMA.FILE_SHARED)) {
          const writable = (v.status & VMA.FILE_SHARED) !== 0 && (v.prot & PROT_WRITE) !== 0;
          const key = `${writable ? 'w' : 'r'}:${v.path}`;
          let fd = files.get(key);
          if (fd === undefined) {
            fd = this.openRemote(v.path, writable ? O_RDWR : O_RDONLY);
            files.set(key, fd);
          }
          t.syscall(SYS.mmap, v.start, len, prot, v.flags | MAP_FIXED, fd, v.pgoff);
        } else {
          t.syscall(SYS.mmap, v.start, len, prot, v.flags | MAP_FIXED, -1, 0);
        }
        if (prot !== v.prot) t.syscall(SYS.mprotect, v.start, len, v.prot);
      }
    } finally {
      for (const fd of files.values()) t.syscall(SYS.close, fd);
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
