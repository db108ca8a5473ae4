// The memfd plugin (CRIU's fd type MEMFD = 18, name 'memfd'). A third-party plugin: it
// uses only the public API of @amber/files (the FilePlugin contract, parseFdinfo,
// FilesError), plain syscalls from @amber/sys and types from @amber/images.
//
// Detect: the /proc/PID/fd link is "/memfd:NAME (deleted)" and the file is a regular
// file. The regular-file plugin leaves these alone; registered after it, this plugin
// is asked first anyway.
//
// Dump, once per open file description:
//   - the open-file-description state: the name, the open flags (O_ACCMODE, O_APPEND,
//     O_NONBLOCK...) and the offset, from fdinfo;
//   - once per memfd (inode), for the first description of it: size, mode, owner, seals
//     (F_GET_SEALS), the memfd_create flags they imply (MFD_ALLOW_SEALING,
//     MFD_NOEXEC_SEAL, MFD_EXEC) and the content, read with pread through a private
//     read-only reopen of the dumper's copy (the task may hold the memfd write-only, and
//     reading must not move the shared offset). Up to `limit` bytes (64 MiB by default,
//     $AMBER_MEMFD_LIMIT); a bigger memfd is an error naming pid, fd, name and limit.
//   - other descriptions of the same memfd (a task that reopened /proc/self/fd/N) record
//     `sameAs`: the file id of the first one, and are reopened from it at restore.
//   The state travels as DumpedFile.data (a small JSON object); the content, which can
//   be megabytes, in the plugin's own image amber-memfd-<id>.img (see image.ts), as the
//   contract asks of bulk data.
//
// Restore: memfd_create(name, MFD_CLOEXEC | the recorded MFD flags), write the content,
// ftruncate to the size, fchmod/fchown, add the seals; reopen through /proc/self/fd/N
// when the open flags differ from memfd_create's O_RDWR (O_RDONLY, O_APPEND...); lseek
// to the offset. Hugetlbfs memfds (MFD_HUGETLB) are refused at dump: their content cannot
// be written back with write(2).
import * as fs from 'node:fs';
import { FilesError, parseFdinfo, type DumpContext, type DumpedFile, type FdProbe, type FilePlugin, type FinishDumpContext, type RestoreContext } from '@amber/files';
import type { FileEntry, ImageDir } from '@amber/images';
import * as sys from '@amber/sys';
import { readMemfdImage, writeMemfdImage } from './image';

/** CRIU's fd type number for memfds. */
export const MEMFD = 18;
/** The largest memfd whose content a dump saves, by default (bytes). */
export const MEMFD_LIMIT = 64 * 1024 * 1024;
/** Environment variable that overrides the default limit (bytes) of the default plugin. */
export const MEMFD_LIMIT_ENV = 'AMBER_MEMFD_LIMIT';

// memfd_create(2) flags and seals (<linux/memfd.h>, <linux/fcntl.h>).
export const MFD_CLOEXEC = 0x1;
export const MFD_ALLOW_SEALING = 0x2;
export const MFD_HUGETLB = 0x4;
export const MFD_NOEXEC_SEAL = 0x8;
export const MFD_EXEC = 0x10;
export const F_ADD_SEALS = 1033;
export const F_GET_SEALS = 1034;
export const F_SEAL_SEAL = 0x1;
export const F_SEAL_SHRINK = 0x2;
export const F_SEAL_GROW = 0x4;
export const F_SEAL_WRITE = 0x8;
export const F_SEAL_FUTURE_WRITE = 0x10;
export const F_SEAL_EXEC = 0x20;

const PREFIX = '/memfd:';
const DELETED = ' (deleted)';
/** Flags that only mean something when a file is created; never replayed. */
const CREATION_FLAGS = sys.O_CREAT | sys.O_EXCL | sys.O_TRUNC | sys.O_NOCTTY;

/** What DumpedFile.data holds for one open file description (JSON). */
export interface MemfdData {
  /** The memfd's name, as given to memfd_create (without "memfd:"). */
  name: string;
  /** Open-file-description flags (O_ACCMODE, O_APPEND, O_NONBLOCK, O_LARGEFILE...), without O_CLOEXEC. */
  flags: number;
  /** The offset, decimal. */
  pos: string;
  /** Another file id of the same memfd: reopen it instead of creating a memfd. */
  sameAs?: number;
  // The memfd itself (absent with sameAs):
  /** Its size in bytes, decimal. */
  size?: string;
  /** st_mode & 07777. */
  mode?: number;
  uid?: number;
  gid?: number;
  /** F_GET_SEALS at dump time. */
  seals?: number;
  /** The memfd_create flags (besides MFD_CLOEXEC) that give back these seals and mode. */
  mfdFlags?: number;
}

export interface MemfdPluginOptions {
  /**
   * The largest memfd whose content the dump saves (bytes). Default: $AMBER_MEMFD_LIMIT
   * when set, else 64 MiB.
   */
  limit?: number;
}

interface DumpState {
  /** The first file id of each memfd, by "dev:ino". */
  inodes: Map<string, number>;
  /** The content of each memfd, by the file id that owns it. */
  contents: Map<number, Buffer>;
}

/** The memfd name in a /proc link "/memfd:NAME (deleted)". */
export function memfdName(link: string): string {
  const rest = link.slice(PREFIX.length);
  return rest.endsWith(DELETED) ? rest.slice(0, -DELETED.length) : rest;
}

/** The memfd_create flags (besides MFD_CLOEXEC) that re-create a memfd with these seals and mode. */
export function mfdFlagsFor(seals: number, mode: number): number {
  const exec = (mode & 0o111) !== 0;
  // MFD_NOEXEC_SEAL: mode without exec bits and F_SEAL_EXEC from the start.
  const noexec = (seals & F_SEAL_EXEC) !== 0 && !exec;
  let flags = noexec ? MFD_NOEXEC_SEAL : exec ? MFD_EXEC : 0;
  // Without MFD_ALLOW_SEALING a memfd starts (and stays) sealed with F_SEAL_SEAL alone.
  // Any other seal, or no F_SEAL_SEAL, means sealing was allowed.
  const fromCreation = F_SEAL_SEAL | (noexec ? F_SEAL_EXEC : 0);
  if ((seals & F_SEAL_SEAL) === 0 || (seals & ~fromCreation) !== 0) flags |= MFD_ALLOW_SEALING;
  return flags;
}

function defaultLimit(): number {
  const env = process.env[MEMFD_LIMIT_ENV];
  if (env === undefined || env === '') return MEMFD_LIMIT;
  const n = Number(env);
  if (!Number.isSafeInteger(n) || n < 0) throw new FilesError('BAD_PLUGIN', `memfd plugin: $${MEMFD_LIMIT_ENV} is ${JSON.stringify(env)}, not a number of bytes`);
  return n;
}

let shmemDev: bigint | undefined;

/** The device of ordinary (shmem) memfds: every one lives on the kernel's internal tmpfs. */
function shmemDevice(): bigint {
  if (shmemDev === undefined) {
    const fd = sys.native.memfdCreate('amber-memfd-probe', MFD_CLOEXEC);
    try {
      shmemDev = sys.native.statx(sys.AT_FDCWD, `/proc/self/fd/${fd}`, 0).dev;
    } finally {
      sys.native.close(fd);
    }
  }
  return shmemDev;
}

function where(probe: FdProbe, name: string): string {
  return `pid ${probe.pid} fd ${probe.fd} (memfd '${name}')`;
}

/** Reads `size` bytes from the start of the memfd, through a private read-only reopen. */
function readContent(probe: FdProbe, name: string, localFd: number, size: number): Buffer {
  const fd = sys.openFile(`/proc/self/fd/${localFd}`, sys.O_RDONLY);
  try {
    const content = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
      const n = sys.native.pread(fd, content.subarray(done), done);
      if (n === 0) break;
      done += n;
    }
    if (done !== size) throw new FilesError('FD_RACE', `${where(probe, name)} shrank while it was read (${done} of ${size} bytes)`);
    return content;
  } finally {
    sys.native.close(fd);
  }
}

function parseData(entry: FileEntry, ctx: RestoreContext): MemfdData {
  const raw = ctx.dataOf(entry.id);
  if (!raw) throw new FilesError('BAD_IMAGE', `memfd file ${entry.id}: no saved state in amber-file-data.img`);
  let d: MemfdData;
  try {
    d = JSON.parse(Buffer.from(raw).toString('utf8')) as MemfdData;
  } catch (e) {
    throw new FilesError('BAD_IMAGE', `memfd file ${entry.id}: its state in amber-file-data.img is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof d !== 'object' || d === null || typeof d.name !== 'string' || typeof d.flags !== 'number' || typeof d.pos !== 'string') {
    throw new FilesError('BAD_IMAGE', `memfd file ${entry.id}: its state lacks name, flags or pos`);
  }
  return d;
}

function safeNumber(v: string, what: string): number {
  const n = BigInt(v);
  if (n < 0n || n > BigInt(Number.MAX_SAFE_INTEGER)) throw new FilesError('UNSUPPORTED_FILE', `${what} ${n} is beyond what this restorer handles`);
  return Number(n);
}

function createMemfd(id: number, name: string, flags: number): number {
  try {
    return sys.native.memfdCreate(name, MFD_CLOEXEC | flags);
  } catch (e) {
    // MFD_EXEC / MFD_NOEXEC_SEAL are Linux 6.3+: on older kernels every memfd is
    // executable and F_SEAL_EXEC does not exist, so leaving them out changes nothing.
    if (sys.isErrno(e, 'EINVAL') && flags & (MFD_EXEC | MFD_NOEXEC_SEAL)) {
      return sys.native.memfdCreate(name, MFD_CLOEXEC | (flags & ~(MFD_EXEC | MFD_NOEXEC_SEAL)));
    }
    throw new FilesError('UNSUPPORTED_FILE', `memfd file ${id}: memfd_create('${name}', 0x${(MFD_CLOEXEC | flags).toString(16)}): ${(e as Error).message}`, { cause: e });
  }
}

/** Re-creates a memfd with its content, size, mode, owner and seals; returns an O_RDWR fd. */
function recreate(entry: FileEntry, d: MemfdData, images: ImageDir): number {
  if (d.size === undefined || d.mode === undefined || d.seals === undefined || d.mfdFlags === undefined) {
    throw new FilesError('BAD_IMAGE', `memfd file ${entry.id}: its state lacks size, mode or seals`);
  }
  const size = safeNumber(d.size, `memfd file ${entry.id}: size`);
  const content = readMemfdImage(images, entry.id);
  if (content.length > size) throw new FilesError('BAD_IMAGE', `memfd file ${entry.id}: ${content.length} bytes of content for a size of ${size}`);
  const fd = createMemfd(entry.id, d.name, d.mfdFlags);
  try {
    sys.writeAll(fd, content);
    fs.ftruncateSync(fd, size);
    const seals = sys.native.fcntl(fd, F_GET_SEALS, 0);
    // F_SEAL_EXEC (from MFD_NOEXEC_SEAL, or a kernel whose vm.memfd_noexec makes it the
    // default) forbids changing exec bits: leave the mode if only those would change.
    const modeNow = sys.native.statx(sys.AT_FDCWD, `/proc/self/fd/${fd}`, 0).mode & 0o7777;
    if (modeNow !== d.mode) {
      try {
        fs.fchmodSync(fd, d.mode);
      } catch (e) {
        throw new FilesError('UNSUPPORTED_FILE', `memfd file ${entry.id} ('${d.name}'): cannot give it mode 0${d.mode.toString(8)} (it is 0${modeNow.toString(8)}, seals 0x${seals.toString(16)}): ${(e as Error).message}`, { cause: e });
      }
    }
    if (d.uid !== undefined && d.gid !== undefined) {
      try {
        fs.fchownSync(fd, d.uid, d.gid);
      } catch {
        /* not permitted: the restorer's own ids stay */
      }
    }
    const missing = d.seals & ~seals;
    if (missing) {
      try {
        sys.native.fcntl(fd, F_ADD_SEALS, missing);
      } catch (e) {
        throw new FilesError('UNSUPPORTED_FILE', `memfd file ${entry.id} ('${d.name}'): cannot add seals 0x${missing.toString(16)} (it has 0x${seals.toString(16)}): ${(e as Error).message}`, { cause: e });
      }
    }
    const extra = sys.native.fcntl(fd, F_GET_SEALS, 0) & ~d.seals;
    if (extra) {
      throw new FilesError(
        'UNSUPPORTED_FILE',
        `memfd file ${entry.id} ('${d.name}'): the new memfd has seals 0x${extra.toString(16)} the dumped one did not have (see sysctl vm.memfd_noexec)`,
      );
    }
    return fd;
  } catch (e) {
    sys.native.close(fd);
    throw e;
  }
}

/** An fd of `base`'s memfd with the open flags and offset of `d`. */
function withFlagsAndPos(entry: FileEntry, d: MemfdData, base: number, owned: boolean): number {
  const want = d.flags & ~(CREATION_FLAGS | sys.O_CLOEXEC | sys.O_LARGEFILE);
  let fd = base;
  if (!owned || want !== sys.O_RDWR) {
    try {
      fd = sys.openFile(`/proc/self/fd/${base}`, want);
    } catch (e) {
      throw new FilesError('UNSUPPORTED_FILE', `memfd file ${entry.id} ('${d.name}'): cannot reopen it with flags 0${want.toString(8)}: ${(e as Error).message}`, { cause: e });
    } finally {
      if (owned) sys.native.close(base);
    }
  }
  try {
    const pos = safeNumber(d.pos, `memfd file ${entry.id}: offset`);
    if (pos !== 0) sys.native.lseek(fd, pos, sys.SEEK_SET);
    return fd;
  } catch (e) {
    sys.native.close(fd);
    throw e;
  }
}

export function memfdPlugin(options: MemfdPluginOptions = {}): FilePlugin {
  if (options.limit !== undefined && (!Number.isSafeInteger(options.limit) || options.limit < 0)) {
    throw new TypeError(`memfd plugin: limit must be a non-negative integer, got ${String(options.limit)}`);
  }

  return {
    type: MEMFD,
    name: 'memfd',

    detect(probe: FdProbe): boolean {
      return probe.link.startsWith(PREFIX) && (probe.stat.mode & sys.S_IFMT) === sys.S_IFREG;
    },

    dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
      const name = memfdName(probe.link);
      const info = parseFdinfo(probe.fdinfo);
      const data: MemfdData = { name, flags: probe.flags, pos: info.pos.toString() };
      const state = ctx.state<DumpState>(() => ({ inodes: new Map(), contents: new Map() }));
      const inode = `${probe.stat.dev}:${probe.stat.ino}`;
      const first = state.inodes.get(inode);
      if (first !== undefined) {
        data.sameAs = first;
        return { entry: {}, data: Buffer.from(JSON.stringify(data)) };
      }
      if (probe.stat.dev !== shmemDevice()) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `${where(probe, name)} is not on the kernel's shmem mount (a hugetlbfs memfd, MFD_HUGETLB?): the memfd plugin cannot restore its content`,
        );
      }
      const limit = options.limit ?? defaultLimit();
      if (probe.stat.size > BigInt(limit)) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `${where(probe, name)} holds ${probe.stat.size} bytes; the memfd plugin saves memfds of up to ${limit} bytes ` +
            `(set $${MEMFD_LIMIT_ENV}, or memfdPlugin({ limit }))`,
        );
      }
      const seals = sys.native.fcntl(ctx.localFd, F_GET_SEALS, 0);
      const mode = probe.stat.mode & 0o7777;
      Object.assign(data, {
        size: probe.stat.size.toString(),
        mode,
        uid: probe.stat.uid,
        gid: probe.stat.gid,
        seals,
        mfdFlags: mfdFlagsFor(seals, mode),
      });
      state.contents.set(ctx.fileId, readContent(probe, name, ctx.localFd, Number(probe.stat.size)));
      state.inodes.set(inode, ctx.fileId);
      return { entry: {}, data: Buffer.from(JSON.stringify(data)) };
    },

    finishDump(images: ImageDir, ctx: FinishDumpContext): void {
      const state = ctx.state<DumpState>(() => ({ inodes: new Map(), contents: new Map() }));
      for (const [id, content] of state.contents) writeMemfdImage(images, id, content);
    },

    dependsOn(entry: FileEntry, ctx: RestoreContext): number[] {
      const d = parseData(entry, ctx);
      return d.sameAs !== undefined ? [d.sameAs] : [];
    },

    open(entry: FileEntry, ctx: RestoreContext): number {
      const d = parseData(entry, ctx);
      if (d.sameAs !== undefined) return withFlagsAndPos(entry, d, ctx.fdOf(d.sameAs), false);
      return withFlagsAndPos(entry, d, recreate(entry, d, ctx.images), true);
    },
  };
}
