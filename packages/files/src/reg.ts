// The regular-file plugin (fd type REG = 1, name 'reg'): files opened by path. Regular
// files, directories, character and block devices (/dev/null...), and regular files
// that were unlinked while open ("ghost" files, whose content the image carries).
//
// Dump: reg_file_entry {name: the path as /proc/PID/fd shows it (relative to the task's
// root, which is / for now), flags (O_* of the open file description, O_APPEND,
// O_NONBLOCK...; FD_CLOEXEC is per fd and lives in fdinfo), pos, size (regular files),
// mode, mnt_id}. A file whose link ends with " (deleted)" and has no name left
// (nlink 0) gets its content saved in amber-ghost-<id>.img (see wire.ts), up to
// `ghostLimit` bytes (default 1 MiB); bigger is an error naming the file and the limit.
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
import { ghostImageName, readGhostImage, writeGhostImage, type GhostFile } from './wire';

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
  ghosts: Map<number, GhostFile>;
}

/** The path a link names, and whether it is a ghost (unlinked, no name left). */
function pathOf(probe: FdProbe): { name: string; ghost: boolean } {
  const { link, stat } = probe;
  if (!link.endsWith(DELETED)) return { name: link, ghost: false };
  const name = link.slice(0, -DELETED.length);
  if (stat.nlink === 0) return { name, ghost: true };
  // Either a file really named "... (deleted)", or an unlinked name of a file with
  // other hard links left (CRIU's link-remap), which is not supported.
  try {
    const st = sys.native.statx(sys.AT_FDCWD, link, sys.AT_SYMLINK_NOFOLLOW);
    if (st.ino === stat.ino && st.dev === stat.dev) return { name: link, ghost: false };
  } catch {
    /* not a real name */
  }
  throw new FilesError(
    'UNSUPPORTED_FILE',
    `pid ${probe.pid} fd ${probe.fd}: ${name} was unlinked while open but still has ${stat.nlink} other hard link(s); ` +
      'dumping such files (link remap) is not supported: keep the name, or close the fd before the dump',
  );
}

export function regPlugin(options: RegPluginOptions = {}): FilePlugin {
  const ghostLimit = options.ghostLimit ?? REG_GHOST_LIMIT;
  if (!Number.isSafeInteger(ghostLimit) || ghostLimit < 0) throw new TypeError(`ghostLimit must be a non-negative integer, got ${String(options.ghostLimit)}`);

  const plugin: FilePlugin = {
    type: FdTypes.REG,
    name: 'reg',

    detect(probe) {
      // memfds look like "/memfd:NAME (deleted)": they are MEMFD (18), not files by path.
      return probe.link.startsWith('/') && !probe.link.startsWith('/memfd:') && isPathType(probe.stat.mode);
    },

    key(probe) {
      const l = probe.link;
      return normalizeKey(l.endsWith(DELETED) && probe.stat.nlink === 0 ? l.slice(0, -DELETED.length) : l);
    },

    keyOf(entry) {
      return entry.reg ? normalizeKey(entry.reg.name) : undefined;
    },

    dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
      const { name, ghost } = pathOf(probe);
      const info = parseFdinfo(probe.fdinfo);
      const reg: Omit<RegFileEntry, 'id'> = { flags: probe.flags, pos: info.pos, fown: ZERO_FOWN, name, mode: probe.stat.mode };
      if (info.mntId >= 0) reg.mnt_id = info.mntId;
      const regular = fileKind(probe.stat.mode) === sys.S_IFREG;
      if (regular) reg.size = probe.stat.size;
      if (ghost) {
        if (!regular) {
          throw new FilesError('UNSUPPORTED_FILE', `pid ${probe.pid} fd ${probe.fd}: ${name} is an unlinked ${kindName(probe.stat.mode)}; only unlinked regular files can be dumped`);
        }
        if (probe.stat.size > BigInt(ghostLimit)) {
          throw new FilesError(
            'UNSUPPORTED_FILE',
            `pid ${probe.pid} fd ${probe.fd}: ${name} was unlinked while open and holds ${probe.stat.size} bytes; ` +
              `Amber saves the content of unlinked files up to ${ghostLimit} bytes (reg plugin option ghostLimit)`,
          );
        }
        // Read through /proc/PID/fd/N: the task may hold the file write-only.
        const fd = sys.openFile(`/proc/${probe.pid}/fd/${probe.fd}`, sys.O_RDONLY);
        let content: Buffer;
        try {
          content = Buffer.alloc(Number(probe.stat.size));
          let done = 0;
          while (done < content.length) {
            const n = sys.native.pread(fd, content.subarray(done), done);
            if (n === 0) break;
            done += n;
          }
          if (done !== content.length) throw new FilesError('FD_RACE', `pid ${probe.pid} fd ${probe.fd}: ${name} shrank while it was read (${done} of ${content.length} bytes)`);
        } finally {
          sys.native.close(fd);
        }
        ctx.state<RegState>(() => ({ ghosts: new Map() })).ghosts.set(ctx.fileId, {
          uid: probe.stat.uid,
          gid: probe.stat.gid,
          mode: probe.stat.mode & 0o7777,
          content,
        });
      }
      return { entry: { reg: reg as RegFileEntry } };
    },

    finishDump(images, ctx) {
      const s = ctx.state<RegState>(() => ({ ghosts: new Map() }));
      for (const [id, g] of s.ghosts) writeGhostImage(images, id, g);
    },

    open(entry: FileEntry, ctx: RestoreContext): number {
      const e = entry.reg;
      if (!e) throw new FilesError('BAD_IMAGE', `file ${entry.id}: a REG file_entry without its reg payload`);
      // O_NOCTTY: opening a terminal here must not make it the restorer's controlling tty.
      const flags = (e.flags & ~CREATION_FLAGS) | sys.O_NOCTTY;
      if (ctx.images.has(ghostImageName(entry.id))) return openGhost(entry.id, e, flags, readGhostImage(ctx.images, entry.id), ctx);
      let st: sys.StatxResult;
      try {
        st = sys.native.statx(sys.AT_FDCWD, e.name, 0);
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
      const fd = ctx.openPath(e.name, flags);
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

function seek(fd: number, e: RegFileEntry, mode: number): void {
  const k = fileKind(mode);
  if (e.pos !== 0n && (k === sys.S_IFREG || k === sys.S_IFDIR || k === sys.S_IFBLK)) {
    if (e.pos > BigInt(Number.MAX_SAFE_INTEGER)) throw new FilesError('UNSUPPORTED_FILE', `${e.name}: offset ${e.pos} is beyond what lseek here takes`);
    sys.native.lseek(fd, Number(e.pos), sys.SEEK_SET);
  }
}

/**
 * Re-creates an unlinked file: at its old path if that is free (so /proc shows the same
 * "/path (deleted)"), else as an O_TMPFILE in its directory (or the temp directory if
 * that is gone); fills it, opens it with the dumped flags, and unlinks it.
 */
function openGhost(id: number, e: RegFileEntry, flags: number, g: GhostFile, ctx: RestoreContext): number {
  const setOwner = (p: string): void => {
    fs.chmodSync(p, g.mode);
    try {
      fs.chownSync(p, g.uid, g.gid);
    } catch {
      /* not permitted: the restorer's own ids stay */
    }
  };
  const dir = path.dirname(e.name);
  let created = false;
  try {
    fs.writeFileSync(e.name, g.content, { flag: 'wx', mode: 0o600 });
    created = true;
  } catch {
    /* taken, or the directory is gone: fall back to O_TMPFILE */
  }
  if (created) {
    try {
      setOwner(e.name);
      const fd = ctx.openPath(e.name, flags);
      try {
        seek(fd, e, sys.S_IFREG);
      } catch (err) {
        sys.native.close(fd);
        throw err;
      }
      return fd;
    } finally {
      fs.rmSync(e.name, { force: true });
    }
  }
  let tmp = -1;
  for (const d of [dir, os.tmpdir()]) {
    try {
      tmp = sys.openFile(d, sys.O_TMPFILE | sys.O_RDWR, 0o600);
      break;
    } catch {
      /* try the next */
    }
  }
  if (tmp < 0) throw new FilesError('FILE_GONE', `file ${id}: cannot re-create the unlinked file ${e.name} (neither at its path, nor as O_TMPFILE in ${dir} or ${os.tmpdir()})`);
  try {
    sys.writeAll(tmp, g.content);
    setOwner(`/proc/self/fd/${tmp}`);
    const fd = ctx.openPath(`/proc/self/fd/${tmp}`, flags);
    try {
      seek(fd, e, sys.S_IFREG);
    } catch (err) {
      sys.native.close(fd);
      throw err;
    }
    return fd;
  } finally {
    sys.native.close(tmp);
  }
}
