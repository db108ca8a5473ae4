// The regular-file plugin (fd type REG = 1, name 'reg'): files opened by path. Regular
// files, directories, character and block devices (/dev/null...), and regular files
// that were unlinked while open ("ghost" files, whose content the image carries).
//
// Dump: reg_file_entry {name: the path as /proc/PID/fd shows it (relative to the task's
// root, which is / for now), flags (O_* of the open file description, O_APPEND,
// O_NONBLOCK...; FD_CLOEXEC is per fd and lives in fdinfo), pos, size (regular files),
// mode, mnt_id}. A file whose link ends with " (deleted)" and has no name left
// (nlink 0) gets its data runs (holes left out), size, owner, mode and times saved in
// amber-ghost-<id>.img (see wire.ts), up to `ghostLimit` bytes of data (default 1 MiB,
// as CRIU's --ghost-limit; holes do not count); more is an error naming the file and the
// limit. Every fd of one unlinked inode (opened twice, or through two names both
// unlinked) shares one ghost (remap-fpath.img), and comes back as one inode.
//
// Restore: open(name, flags) and lseek(pos), after checking the file is still there with
// the same type and (regular files) the same size: a file that changed size would give
// the task data it never saw, so that is an error naming the file. A ghost file is
// re-created (at its old path when free, else as an O_TMPFILE in its directory), filled,
// opened and unlinked again, so the task sees "/path (deleted)" as before.
//
// key: the path (without " (deleted)").
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry, type FownEntry, type RegFileEntry } from '@amber/images';
import { FilesError } from './errors';
import { parseFdinfo } from './fdinfo';
import { normalizeKey } from './keys';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, RestoreContext } from './plugin';
import { decodeFields, encodeFields, ghostImageName, readGhostImage, readRemapImage, writeGhostImage, writeRemapImage, REMAP_GHOST, type GhostChunk, type GhostFile, type RemapEntry } from './wire';

export const REG_GHOST_LIMIT = 1 << 20;
const DELETED = ' (deleted)';
/** Flags that only mean something at creation; never replayed. */
const CREATION_FLAGS = sys.O_CREAT | sys.O_EXCL | sys.O_TRUNC | sys.O_NOCTTY;

export interface RegPluginOptions {
  /** The largest unlinked file whose content the dump saves (bytes; default 1 MiB). */
  ghostLimit?: number;
}

export const ZERO_FOWN: FownEntry = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };

function fileKind(mode: number): number {
  return mode & sys.S_IFMT;
}

function isPathType(mode: number): boolean {
  const k = fileKind(mode);
  return k === sys.S_IFREG || k === sys.S_IFDIR || k === sys.S_IFCHR || k === sys.S_IFBLK;
}

function kindName(mode: number): string {
  switch (fileKind(mode)) {
    case sys.S_IFREG:
      return 'regular file';
    case sys.S_IFDIR:
      return 'directory';
    case sys.S_IFCHR:
      return 'character device';
    case sys.S_IFBLK:
      return 'block device';
    case sys.S_IFIFO:
      return 'FIFO';
    case sys.S_IFSOCK:
      return 'socket';
    case sys.S_IFLNK:
      return 'symbolic link';
    default:
      return `file of mode 0${mode.toString(8)}`;
  }
}

/** The reg_file_entry of a file named by path (not open in any task): exe, cwd, a FIFO's path... */
export function regEntryForPath(p: string, flags = sys.O_RDONLY): Omit<RegFileEntry, 'id'> {
  let st: sys.StatxResult;
  try {
    st = sys.native.statx(sys.AT_FDCWD, p, 0);
  } catch (e) {
    throw new FilesError('FILE_GONE', `cannot record file ${p}: ${(e as Error).message}`, { cause: e });
  }
  const e: Omit<RegFileEntry, 'id'> = { flags, pos: 0n, fown: ZERO_FOWN, name: p, mode: st.mode };
  if (fileKind(st.mode) === sys.S_IFREG) e.size = st.size;
  return e;
}

interface RegState {
  /** Ghost id (the file id of the first fd of an unlinked inode) -> its content and attributes. */
  ghosts: Map<number, GhostFile>;
  /** "dev:ino" -> ghost id: every open of one unlinked inode comes back as one inode. */
  byInode: Map<string, number>;
  remaps: RemapEntry[];
}

const newRegState = (): RegState => ({ ghosts: new Map(), byInode: new Map(), remaps: [] });

/** Restore side: file id -> its ghost id (remap-fpath.img), read once. */
interface RegRestoreState {
  remaps?: Map<number, RemapEntry>;
  /** Fds of a ghost's other file ids, opened by the first one through their own names. */
  opened: Map<number, number>;
}

function ghostIdOf(entry: FileEntry, ctx: RestoreContext): number | undefined {
  const st = ctx.state<RegRestoreState>(() => ({ opened: new Map() }));
  st.remaps ??= readRemapImage(ctx.images);
  const r = st.remaps.get(entry.id);
  if (r) {
    if (r.type !== REMAP_GHOST) throw new FilesError('BAD_IMAGE', `file ${entry.id}: remap type ${r.type} is not supported (only ghost files)`);
    return r.remapId;
  }
  // Images written before remap-fpath.img: one ghost image per file id.
  return ctx.images.has(ghostImageName(entry.id)) ? entry.id : undefined;
}

/**
 * The path a link names, and whether it is a ghost (unlinked, no name left) or linked
 * (unlinked, other hard links left: CRIU's link remap).
 */
function pathOf(probe: FdProbe): { name: string; ghost: boolean; linked: boolean } {
  const { link, stat } = probe;
  if (!link.endsWith(DELETED)) return { name: link, ghost: false, linked: false };
  const name = link.slice(0, -DELETED.length);
  if (stat.nlink === 0) return { name, ghost: true, linked: false };
  // Either a file really named "... (deleted)", or an unlinked name of a file with
  // other hard links left.
  try {
    const st = sys.native.statx(sys.AT_FDCWD, link, sys.AT_SYMLINK_NOFOLLOW);
    if (st.ino === stat.ino && st.dev === stat.dev) return { name: link, ghost: false, linked: false };
  } catch {
    /* not a real name */
  }
  if (fileKind(stat.mode) !== sys.S_IFREG) {
    throw new FilesError('UNSUPPORTED_FILE', `pid ${probe.pid} fd ${probe.fd}: ${name} is an unlinked ${kindName(stat.mode)}; only unlinked regular files can be dumped`);
  }
  return { name, ghost: false, linked: true };
}

/** DumpedFile.data of a linked file: the file handle that reaches its inode, and the inode number. */
function encodeHandle(h: sys.FileHandle, ino: bigint): Uint8Array {
  return encodeFields([[1, h.type], [2, h.bytes], [3, ino]]);
}

function decodeHandle(data: Uint8Array, id: number): { type: number; bytes: Buffer; ino: bigint } {
  const m = decodeFields(Buffer.from(data), `file ${id}: file handle`);
  const type = m.get(1)?.[0];
  const bytes = m.get(2)?.[0];
  const ino = m.get(3)?.[0];
  if (typeof type !== 'bigint' || !Buffer.isBuffer(bytes) || typeof ino !== 'bigint' || bytes.length === 0 || bytes.length > 128) {
    throw new FilesError('BAD_IMAGE', `file ${id}: a bad file handle in amber-file-data.img`);
  }
  return { type: Number(type), bytes, ino };
}

export function regPlugin(options: RegPluginOptions = {}): FilePlugin {
  const ghostLimit = options.ghostLimit ?? REG_GHOST_LIMIT;
  if (!Number.isSafeInteger(ghostLimit) || ghostLimit < 0) throw new TypeError(`ghostLimit must be a non-negative integer, got ${String(options.ghostLimit)}`);

  const plugin: FilePlugin = {
    type: FdTypes.REG,
    name: 'reg',

    detect(probe) {
      // memfds look like "/memfd:NAME (deleted)": they are MEMFD (18), not files by path.
      // A symlink itself is only held through O_PATH|O_NOFOLLOW.
      const symlinkPath = fileKind(probe.stat.mode) === sys.S_IFLNK && (probe.flags & sys.O_PATH) !== 0;
      return probe.link.startsWith('/') && !probe.link.startsWith('/memfd:') && (isPathType(probe.stat.mode) || symlinkPath);
    },

    key(probe) {
      const l = probe.link;
      return normalizeKey(l.endsWith(DELETED) && probe.stat.nlink === 0 ? l.slice(0, -DELETED.length) : l);
    },

    keyOf(entry) {
      return entry.reg ? normalizeKey(entry.reg.name) : undefined;
    },

    dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
      const { name, ghost, linked } = pathOf(probe);
      const info = parseFdinfo(probe.fdinfo);
      const reg: Omit<RegFileEntry, 'id'> = { flags: probe.flags, pos: info.pos, fown: ZERO_FOWN, name, mode: probe.stat.mode };
      if (info.mntId >= 0) reg.mnt_id = info.mntId;
      const regular = fileKind(probe.stat.mode) === sys.S_IFREG;
      if (regular) reg.size = probe.stat.size;
      if (ghost) {
        if (!regular) {
          throw new FilesError('UNSUPPORTED_FILE', `pid ${probe.pid} fd ${probe.fd}: ${name} is an unlinked ${kindName(probe.stat.mode)}; only unlinked regular files can be dumped`);
        }
        const st = ctx.state<RegState>(newRegState);
        const inode = `${probe.stat.dev}:${probe.stat.ino}`;
        let ghostId = st.byInode.get(inode);
        if (ghostId === undefined) {
          ghostId = ctx.fileId;
          st.byInode.set(inode, ghostId);
          st.ghosts.set(ghostId, readGhost(probe, ctx.localFd, name, ghostLimit));
        }
        st.remaps.push({ origId: ctx.fileId, remapId: ghostId, type: REMAP_GHOST });
      }
      if (linked) {
        // Reached again through a file handle: the inode lives on under its other names.
        let handle: sys.FileHandle;
        try {
          handle = sys.native.fileHandle(ctx.localFd);
        } catch (e) {
          throw new FilesError('UNSUPPORTED_FILE', `pid ${probe.pid} fd ${probe.fd}: ${name} was unlinked while open but still has ${probe.stat.nlink} other hard link(s), and its filesystem gives no file handle to reach it again (${(e as Error).message}); keep the name, or close the fd before the dump`, { cause: e });
        }
        return { entry: { reg: reg as RegFileEntry }, data: encodeHandle(handle, probe.stat.ino) };
      }
      return { entry: { reg: reg as RegFileEntry } };
    },

    finishDump(images, ctx) {
      const s = ctx.state<RegState>(newRegState);
      for (const [id, g] of s.ghosts) writeGhostImage(images, id, g);
      if (s.remaps.length) writeRemapImage(images, s.remaps);
    },

    dependsOn(entry, ctx) {
      // Another fd of the same unlinked inode is opened again from the first one's file.
      const ghostId = entry.reg ? ghostIdOf(entry, ctx) : undefined;
      return ghostId !== undefined && ghostId !== entry.id ? [ghostId] : [];
    },

    open(entry: FileEntry, ctx: RestoreContext): number {
      const e = entry.reg;
      if (!e) throw new FilesError('BAD_IMAGE', `file ${entry.id}: a REG file_entry without its reg payload`);
      // O_NOCTTY: opening a terminal here must not make it the restorer's controlling tty.
      const flags = openFlags(e);
      const ghostId = ghostIdOf(entry, ctx);
      if (ghostId === entry.id) return openGhost(entry, readGhostImage(ctx.images, ghostId), ctx);
      if (ghostId !== undefined) {
        const st = ctx.state<RegRestoreState>(() => ({ opened: new Map() }));
        const fd = st.opened.get(entry.id);
        st.opened.delete(entry.id);
        return fd ?? reopen(`/proc/self/fd/${ctx.fdOf(ghostId)}`, e, flags, ctx);
      }
      const handle = ctx.dataOf(entry.id);
      if (handle) return openLinked(entry.id, e, flags, decodeHandle(handle, entry.id), ctx);
      // An O_PATH fd of a symlink names the link itself: reopened with O_NOFOLLOW.
      const symlink = e.mode !== undefined && fileKind(e.mode) === sys.S_IFLNK;
      if (symlink && !(e.flags & sys.O_PATH)) throw new FilesError('BAD_IMAGE', `file ${entry.id}: ${e.name} is a symbolic link opened without O_PATH`);
      let st: sys.StatxResult;
      try {
        st = sys.native.statx(sys.AT_FDCWD, e.name, symlink ? sys.AT_SYMLINK_NOFOLLOW : 0);
      } catch (err) {
        if (sys.isErrno(err, 'ENOENT') || sys.isErrno(err, 'ENOTDIR')) {
          throw new FilesError('FILE_GONE', `file ${entry.id}: ${e.name} is gone since the dump; put it back, or pass --inherit-fd 'fd[N]:${e.name}'`, { cause: err });
        }
        throw err;
      }
      if (e.mode !== undefined && fileKind(e.mode) !== fileKind(st.mode)) {
        throw new FilesError('FILE_CHANGED', `file ${entry.id}: ${e.name} was a ${kindName(e.mode)} at dump time and is now a ${kindName(st.mode)}`);
      }
      if (fileKind(st.mode) === sys.S_IFREG && e.size !== undefined && st.size !== e.size) {
        throw new FilesError('FILE_CHANGED', `file ${entry.id}: ${e.name} changed size since the dump (${e.size} -> ${st.size} bytes); restore its content, or pass --inherit-fd 'fd[N]:${e.name}'`);
      }
      const fd = ctx.openPath(e.name, symlink ? flags | sys.O_NOFOLLOW : flags);
      try {
        seek(fd, e, st.mode);
      } catch (err) {
        sys.native.close(fd);
        throw err;
      }
      return fd;
    },
  };

  return plugin;
}

/**
 * A file unlinked while other hard links were left: its inode is reached through the
 * file handle, linked at its old name for the while (so /proc shows "/path (deleted)" as
 * before), opened with the dumped flags and offset, and unlinked again.
 */
function openLinked(id: number, e: RegFileEntry, flags: number, h: { type: number; bytes: Buffer; ino: bigint }, ctx: RestoreContext): number {
  const where = `file ${id} (${e.name}, unlinked with other hard links left)`;
  let mount: number;
  try {
    mount = sys.openFile(path.dirname(e.name), sys.O_RDONLY | sys.O_DIRECTORY);
  } catch (err) {
    throw new FilesError('FILE_GONE', `${where}: its directory ${path.dirname(e.name)} is gone, and it is needed to reach the file again`, { cause: err });
  }
  let fd = -1;
  try {
    try {
      fd = sys.native.openByHandle(mount, h.type, h.bytes, sys.O_PATH);
    } catch (err) {
      throw new FilesError('FILE_GONE', `${where}: its inode cannot be reached again (${(err as Error).message}); were all its other names removed since the dump?`, { cause: err });
    }
    const st = sys.native.statx(fd, '', sys.AT_EMPTY_PATH);
    if (st.ino !== h.ino || st.nlink === 0) throw new FilesError('FILE_GONE', `${where}: the file handle now leads to inode ${st.ino} with ${st.nlink} links, not the dumped inode ${h.ino}`);
    if (e.size !== undefined && st.size !== e.size) {
      throw new FilesError('FILE_CHANGED', `${where}: changed size since the dump (${e.size} -> ${st.size} bytes) through its other names`);
    }
    try {
      sys.native.linkFd(fd, e.name);
    } catch (err) {
      throw new FilesError('FILE_CHANGED', `${where}: cannot give it its old name back for the while (${(err as Error).message}); is ${e.name} taken by another file now?`, { cause: err });
    }
    try {
      return reopen(e.name, e, flags, ctx);
    } finally {
      fs.rmSync(e.name, { force: true });
    }
  } finally {
    if (fd >= 0) sys.native.close(fd);
    sys.native.close(mount);
  }
}

/** O_NOCTTY: opening a terminal here must not make it the restorer's controlling tty. */
function openFlags(e: RegFileEntry): number {
  return (e.flags & ~CREATION_FLAGS) | sys.O_NOCTTY;
}

function seek(fd: number, e: RegFileEntry, mode: number): void {
  const k = fileKind(mode);
  if (e.pos !== 0n && (k === sys.S_IFREG || k === sys.S_IFDIR || k === sys.S_IFBLK)) {
    if (e.pos > BigInt(Number.MAX_SAFE_INTEGER)) throw new FilesError('UNSUPPORTED_FILE', `${e.name}: offset ${e.pos} is beyond what lseek here takes`);
    sys.native.lseek(fd, Number(e.pos), sys.SEEK_SET);
  }
}

/** Opens `p` with the dumped flags and offset. */
function reopen(p: string, e: RegFileEntry, flags: number, ctx: RestoreContext): number {
  // The privilege rule: opened with the credentials of the tasks that hold the file.
  const fd = ctx.openPath(p, flags);
  try {
    seek(fd, e, sys.S_IFREG);
  } catch (err) {
    sys.native.close(fd);
    throw err;
  }
  return fd;
}

/**
 * Reads an unlinked file's data runs (SEEK_DATA/SEEK_HOLE: holes stay holes) and its
 * attributes. Through /proc/PID/fd/N, as the task may hold it write-only; O_NOATIME, so
 * reading it does not change the atime we keep.
 */
function readGhost(probe: FdProbe, localFd: number, name: string, ghostLimit: number): GhostFile {
  const where = `pid ${probe.pid} fd ${probe.fd}: ${name}`;
  const times = sys.native.fileTimes(localFd);
  let fd: number;
  try {
    fd = sys.openFile(`/proc/${probe.pid}/fd/${probe.fd}`, sys.O_RDONLY | sys.O_NOATIME);
  } catch (e) {
    if (!sys.isErrno(e, 'EPERM')) throw e;
    fd = sys.openFile(`/proc/${probe.pid}/fd/${probe.fd}`, sys.O_RDONLY);
  }
  try {
    const size = Number(probe.stat.size);
    const chunks: GhostChunk[] = [];
    let bytes = 0;
    let off = 0;
    while (off < size) {
      let data: number;
      try {
        data = sys.native.lseek(fd, off, sys.SEEK_DATA);
      } catch (e) {
        if (sys.isErrno(e, 'ENXIO')) break; // only a hole is left
        throw e;
      }
      if (data >= size) break;
      const end = Math.min(sys.native.lseek(fd, data, sys.SEEK_HOLE), size);
      bytes += end - data;
      if (bytes > ghostLimit) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `${where} was unlinked while open and holds more than ${ghostLimit} bytes of data (${size} bytes long); ` +
            'Amber saves the content of unlinked files up to the ghost limit: raise it (amber dump --ghost-limit SIZE, reg plugin option ghostLimit), or close the fd before the dump',
        );
      }
      const buf = Buffer.alloc(end - data);
      let done = 0;
      while (done < buf.length) {
        const n = sys.native.pread(fd, buf.subarray(done), data + done);
        if (n === 0) throw new FilesError('FD_RACE', `${where} shrank while it was read (at ${data + done} of ${size} bytes)`);
        done += n;
      }
      chunks.push({ off: BigInt(data), data: buf });
      off = end;
    }
    return {
      uid: probe.stat.uid, gid: probe.stat.gid, mode: probe.stat.mode,
      dev: BigInt((probe.stat.devMajor << 20) | probe.stat.devMinor), ino: probe.stat.ino,
      atime: { sec: times.atimeSec, nsec: times.atimeNsec }, mtime: { sec: times.mtimeSec, nsec: times.mtimeNsec },
      size: probe.stat.size, chunks,
    };
  } finally {
    sys.native.close(fd);
  }
}

/**
 * Re-creates an unlinked file: at its old path if that is free (so /proc shows the same
 * "/path (deleted)"), else as an O_TMPFILE in its directory (or the temp directory if
 * that is gone); writes its data runs (holes stay holes), size, owner, mode and times,
 * opens it with the dumped flags, and unlinks it. Other file ids of the same inode are
 * opened here too, each through its own name (a second hard link made for the while),
 * and kept for their open().
 */
function openGhost(entry: FileEntry, g: GhostFile, ctx: RestoreContext): number {
  const id = entry.id;
  const e = entry.reg!;
  const st = ctx.state<RegRestoreState>(() => ({ opened: new Map() }));
  const others = [...st.remaps!.values()].filter((r) => r.remapId === id && r.origId !== id).map((r) => ctx.entryOf(r.origId));
  const dir = path.dirname(e.name);
  let tmp = -1;
  let named = false;
  /** Names made for the while, all unlinked again before returning. */
  const links: string[] = [];
  try {
    tmp = sys.openFile(e.name, sys.O_RDWR | sys.O_CREAT | sys.O_EXCL, 0o600);
    named = true;
    links.push(e.name);
  } catch {
    /* taken, or the directory is gone: fall back to O_TMPFILE */
  }
  for (const d of [dir, os.tmpdir()]) {
    if (tmp >= 0) break;
    try {
      tmp = sys.openFile(d, sys.O_TMPFILE | sys.O_RDWR, 0o600);
    } catch {
      /* try the next */
    }
  }
  if (tmp < 0) throw new FilesError('FILE_GONE', `file ${id}: cannot re-create the unlinked file ${e.name} (neither at its path, nor as O_TMPFILE in ${dir} or ${os.tmpdir()})`);
  try {
    for (const c of g.chunks) {
      let done = 0;
      while (done < c.data.length) done += sys.native.pwrite(tmp, c.data.subarray(done), Number(c.off) + done);
    }
    fs.ftruncateSync(tmp, Number(g.size));
    // Owner first: chown clears the set-id bits that chmod then gives back.
    try {
      fs.fchownSync(tmp, g.uid, g.gid);
    } catch (err) {
      throw new FilesError('FILE_GONE', `file ${id}: cannot give the re-created unlinked file ${e.name} its owner ${g.uid}:${g.gid}: ${(err as Error).message} (restore as root)`, { cause: err });
    }
    fs.fchmodSync(tmp, g.mode & 0o7777);
    if (g.atime && g.mtime) sys.native.futimens(tmp, g.atime.sec, g.atime.nsec, g.mtime.sec, g.mtime.nsec);
    const own = reopen(`/proc/self/fd/${tmp}`, e, openFlags(e), ctx);
    try {
      for (const o of others) {
        if (!o.reg || st.opened.has(o.id)) continue;
        let via = `/proc/self/fd/${tmp}`;
        if (named && o.reg.name !== e.name) {
          try {
            fs.linkSync(e.name, o.reg.name);
            links.push(o.reg.name);
            via = o.reg.name;
          } catch {
            /* its name is taken: reached through the first name */
          }
        }
        st.opened.set(o.id, reopen(via, o.reg, openFlags(o.reg), ctx));
      }
    } catch (err) {
      sys.native.close(own);
      throw err;
    }
    return own;
  } finally {
    for (const l of links) fs.rmSync(l, { force: true });
    sys.native.close(tmp);
  }
}
