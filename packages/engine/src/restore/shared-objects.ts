// Shared memory objects at restore: shared anonymous memory, memfds and SysV segments.
// The first task that maps an object creates it and the restorer fills it with the saved
// content through /proc/PID/map_files; every later mapping, in that task or another,
// attaches to the same object, so writes stay visible to all of them.
import * as fs from 'node:fs';
import {
  native, IPC_CREAT, IPC_EXCL, IPC_RMID, MAP_ANONYMOUS, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_LOCKED, MAP_SHARED, O_CLOEXEC, O_RDONLY, O_RDWR,
  PROT_READ, PROT_WRITE, SHM_DEST, SHM_RDONLY, SYS, type Tracee,
} from '@amber/sys';
import { fetchFromStore, fetchWithPidfd, type StoreTransport } from '@amber/files';
import type { PageRun, ShmObject, VmaDump } from '../model';
import { RestoreError } from '../errors';
import { mapFilesPath, readSysvShm } from '../proc';

const MFD_CLOEXEC = 0x1;
const MFD_ALLOW_SEALING = 0x2;
const F_ADD_SEALS = 1033;
const F_SEAL_SEAL = 0x1;
const SHM_NEXT_ID = '/proc/sys/kernel/shm_next_id';

/** Where a shared object already lives in the tree being restored. */
export interface SharedHolder {
  pid: number;
  start: bigint;
  end: bigint;
}

/** The saved content of an object: runs whose vaddr is the offset in the object. */
export type ShmContent = (obj: ShmObject) => Iterable<PageRun>;

/** The shared objects of one restore, by their dumped ids. */
export class SharedMemory {
  readonly #holders = new Map<string, SharedHolder>();

  constructor(readonly content: ShmContent = () => []) {}

  get(obj: ShmObject): SharedHolder | undefined {
    return this.#holders.get(`${obj.space}:${obj.id}`);
  }

  set(obj: ShmObject, holder: SharedHolder): void {
    this.#holders.set(`${obj.space}:${obj.id}`, holder);
  }
}

function describe(obj: ShmObject): string {
  if (obj.kind === 'sysv') return `SysV shm segment ${obj.id} (key 0x${(obj.key! >>> 0).toString(16).padStart(8, '0')})`;
  if (obj.kind === 'memfd') return `memfd ${JSON.stringify(obj.name)} (inode ${obj.id})`;
  return `shared anonymous memory (inode ${obj.id})`;
}

/** Maps and fills shared objects inside one task, by remote syscalls and from outside. */
export class SharedObjectMapper {
  /** SysV attaches made in this task, by address: the VMAs that cover each. */
  readonly #attaches = new Map<bigint, { obj: ShmObject; covered: VmaDump[] }>();

  constructor(
    private readonly t: Tracee,
    private readonly dumpedPid: number,
    private readonly memory: SharedMemory,
    private readonly store: StoreTransport | undefined,
    /** Writes a C string into the task's scratch memory. */
    private readonly putString: (s: string) => bigint,
    /** An address range of `size` bytes free in the task now and in its dumped layout. */
    private readonly findHole: (size: bigint) => bigint,
  ) {}

  /** Maps `v` (prot may carry a write bit the caller takes away afterwards). */
  map(v: VmaDump, prot: number): void {
    const obj = v.shm!;
    try {
      if (obj.kind === 'sysv') return this.attachSysv(v, obj);
      const holder = this.memory.get(obj);
      if (holder) return this.mapFrom(v, prot, mapFilesPath(holder.pid, holder.start, holder.end));
      if (obj.kind === 'memfd') this.createMemfd(v, prot, obj);
      else this.createAnon(v, prot, obj);
      this.memory.set(obj, { pid: this.t.pid, start: v.start, end: v.end });
    } catch (e) {
      if (e instanceof RestoreError) throw e;
      throw new RestoreError(this.dumpedPid, 'memory', `cannot map ${describe(obj)} at ${hexRange(v)}: ${(e as Error).message}`, { cause: e });
    }
  }

  /**
   * SysV attaches cover whole segments: the parts of an attach the dumped task had
   * unmapped are unmapped again.
   */
  finish(): void {
    for (const [base, a] of this.#attaches) {
      let cursor = base;
      const end = base + pageAlign(a.obj.size);
      for (const v of [...a.covered].sort((x, y) => (x.start < y.start ? -1 : 1))) {
        if (v.start > cursor) this.t.syscall(SYS.munmap, cursor, v.start - cursor);
        if (v.end > cursor) cursor = v.end;
      }
      if (end > cursor) this.t.syscall(SYS.munmap, cursor, end - cursor);
    }
  }

  /** Maps the file behind `path` (a map_files or fd link) at v's place, with v's offset and access. */
  private mapFrom(v: VmaDump, prot: number, path: string): void {
    const local = native.open(path, (v.fdflags ?? O_RDWR) | O_CLOEXEC, 0);
    try {
      const [fd] = this.store ? fetchFromStore(this.t, this.store, [this.store.store.add(local)]) : fetchWithPidfd(this.t, [local]);
      try {
        // A file mapping now: without MAP_ANONYMOUS, which would ignore the fd.
        this.t.syscall(SYS.mmap, v.start, v.end - v.start, prot, (v.flags & ~(MAP_LOCKED | MAP_ANONYMOUS)) | MAP_FIXED, fd!, v.pgoff);
      } finally {
        this.t.syscall(SYS.close, fd);
      }
    } finally {
      native.close(local);
    }
  }

  /** Writes the saved content into the object through `fd` (the restorer's). */
  private fill(fd: number, obj: ShmObject): void {
    for (const run of this.memory.content(obj)) {
      let done = 0;
      while (done < run.data.length) done += native.pwrite(fd, run.data.subarray(done), run.vaddr + BigInt(done));
    }
  }

  private fillThrough(path: string, obj: ShmObject): void {
    const fd = native.open(path, O_RDWR | O_CLOEXEC, 0);
    try {
      this.fill(fd, obj);
    } finally {
      native.close(fd);
    }
  }

  /** memfd_create in the task (its name shows in maps), sized, filled and sealed from outside. */
  private createMemfd(v: VmaDump, prot: number, obj: ShmObject): void {
    const t = this.t;
    const seals = obj.seals ?? F_SEAL_SEAL;
    // Without MFD_ALLOW_SEALING a memfd is born sealed with F_SEAL_SEAL alone.
    const fd = t.syscall(SYS.memfd_create, this.putString(obj.name ?? ''), MFD_CLOEXEC | (seals === F_SEAL_SEAL ? 0 : MFD_ALLOW_SEALING));
    try {
      const link = `/proc/${t.pid}/fd/${fd}`;
      const local = native.open(link, O_RDWR | O_CLOEXEC, 0);
      try {
        fs.ftruncateSync(local, Number(obj.size));
        if (obj.mode !== undefined) fs.fchmodSync(local, obj.mode);
        this.fill(local, obj);
        this.mapFrom(v, prot, link);
        // Seals last: F_SEAL_WRITE and friends would refuse the writes above.
        if (seals !== F_SEAL_SEAL && seals !== 0) native.fcntl(local, F_ADD_SEALS, seals);
      } finally {
        native.close(local);
      }
    } finally {
      t.syscall(SYS.close, fd);
    }
  }

  private createAnon(v: VmaDump, prot: number, obj: ShmObject): void {
    const t = this.t;
    const len = v.end - v.start;
    const size = pageAlign(obj.size);
    if (v.pgoff === 0n && size === len) {
      t.syscall(SYS.mmap, v.start, len, prot, (v.flags & ~MAP_LOCKED) | MAP_FIXED, -1, 0);
    } else {
      // The task had unmapped part of it: make the object whole in a free hole, map
      // v's part of it, then drop the whole.
      const hole = this.findHole(size);
      t.syscall(SYS.mmap, hole, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
      try {
        this.mapFrom(v, prot, mapFilesPath(t.pid, hole, hole + size));
      } finally {
        t.syscall(SYS.munmap, hole, size);
      }
    }
    this.fillThrough(mapFilesPath(t.pid, v.start, v.end), obj);
  }

  /** shmat at the dumped address; the first attach in the tree re-creates the segment. */
  private attachSysv(v: VmaDump, obj: ShmObject): void {
    const t = this.t;
    const base = v.start - v.pgoff;
    const attach = this.#attaches.get(base);
    if (attach) {
      attach.covered.push(v); // another piece of an attach already made (split by mprotect)
    } else {
      const created = !this.memory.get(obj);
      if (created) this.createSysv(obj);
      const addr = t.syscall(SYS.shmat, obj.id, base, v.fdflags === O_RDONLY ? SHM_RDONLY : 0);
      if (addr !== base) throw new RestoreError(this.dumpedPid, 'memory', `${describe(obj)} attached at 0x${addr.toString(16)}, not at 0x${base.toString(16)}`);
      this.#attaches.set(base, { obj, covered: [v] });
      if (created) {
        const end = base + pageAlign(obj.size);
        this.fillThrough(mapFilesPath(t.pid, base, end), obj);
        // Removed but attached at dump: Linux lets later tasks attach it all the same.
        if (isDestroyed(obj)) t.syscall(SYS.shmctl, obj.id, IPC_RMID, 0);
        this.memory.set(obj, { pid: t.pid, start: base, end });
      }
    }
    t.syscall(SYS.mprotect, v.start, v.end - v.start, v.prot);
  }

  /**
   * shmget with the dumped key, size and mode, at the dumped shmid (through shm_next_id).
   * A segment already there with the same shmid, key and size and no attach is the dumped
   * one, left behind when the dump killed its users (segments outlive processes): it is
   * taken over and gets the dumped content.
   */
  private createSysv(obj: ShmObject): void {
    const id = Number(obj.id);
    const key = obj.key ?? 0;
    const there = readSysvShm().find((s) => s.shmid === id || (key !== 0 && s.key === key));
    if (there?.shmid === id && key !== 0 && there.key === key && there.size === obj.size && there.nattch === 0) return;
    if (there) {
      const what = there.shmid === id
        ? `shmid ${id} is taken (key 0x${(there.key >>> 0).toString(16)}, ${there.size} bytes, ${there.nattch} attaches)`
        : `key 0x${(key >>> 0).toString(16)} is taken by segment ${there.shmid}`;
      throw new RestoreError(this.dumpedPid, 'memory', `cannot re-create ${describe(obj)}: ${what} on this host; remove it (ipcrm -m ${there.shmid}) if it is stale, or restore in a fresh IPC namespace`);
    }
    // The kernel gives the next segment this id and resets shm_next_id to -1 (which
    // cannot be written back by hand).
    fs.writeFileSync(SHM_NEXT_ID, String(id));
    const got = Number(this.t.syscall(SYS.shmget, key, obj.size, IPC_CREAT | IPC_EXCL | ((obj.mode ?? 0o600) & 0o777)));
    if (got !== id) {
      this.t.syscall(SYS.shmctl, got, IPC_RMID, 0);
      throw new RestoreError(this.dumpedPid, 'memory', `cannot re-create ${describe(obj)}: it came back as shmid ${got} (is ${SHM_NEXT_ID} honoured?)`);
    }
  }
}

/** A SysV segment removed (IPC_RMID) while still attached. */
function isDestroyed(obj: ShmObject): boolean {
  return obj.kind === 'sysv' && ((obj.mode ?? 0) & SHM_DEST) !== 0;
}

function pageAlign(n: bigint): bigint {
  return (n + 4095n) & ~4095n;
}

function hexRange(v: { start: bigint; end: bigint }): string {
  return `0x${v.start.toString(16)}-0x${v.end.toString(16)}`;
}
