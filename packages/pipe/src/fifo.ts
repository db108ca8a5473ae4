// The FIFO plugin (fd type FIFO = 3, name 'fifo'): named pipes, fds whose link is a path
// and whose file is S_IFIFO.
//
// Dump, once per open file description: fifo_entry {pipe_id: the FIFO's inode, regf_id:
// a REG entry (ctx.addRegularFile) holding the path and the description's flags, as in
// CRIU, where the FIFO's flags live in that reg entry}. The content is saved once per
// FIFO, like a pipe's (data.ts): from the description if it reads, else through a read
// side opened with /proc/self/fd/N O_RDONLY|O_NONBLOCK. finishDump writes fifo-data.img.
// key: the path.
//
// Restore: opening a FIFO read-only blocks until a writer exists, and opening it
// write-only blocks until a reader exists (O_NONBLOCK: fails with ENXIO). So the first
// description of a FIFO opens the path O_RDWR|O_NONBLOCK (Linux allows a read-write open
// of a FIFO, which never waits: it is a reader and a writer at once), a "keeper"; the
// size and content go in through it; then each description is a new open of
// /proc/self/fd/<keeper> with its own access mode (O_NONBLOCK at open, so nothing
// waits), and gets its flags with F_SETFL. The keeper closes once every FIFO description
// of the image for that path is open (files.img says which), so the restored tree holds
// exactly the readers and writers it held. A FIFO missing at restore is created again
// (mkfifo, with the dumped mode); a path that is not a FIFO is an error.
//
// The REG entry is only read for its path and flags: this plugin never declares it as a
// dependency, so the regular-file plugin never opens it (a plain open of a FIFO would
// block).
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry, type ImageDir } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, FinishDumpContext, RestoreContext } from '@amber/files';
import { TeeBuffer, readContents, refill, toRecords, type PipeContent } from './data';
import { snapshotOf } from './pipe';
import { PipeError, accessMode, accessName, applyFlags, closeQuietly, reopen } from './util';

const { native } = sys;

export const FIFO = FdTypes.FIFO;
const DELETED = ' (deleted)';

interface DumpState {
  tee: TeeBuffer;
  /** pipe_id -> content and which FIFO it is (dev:ino), in the order FIFOs were met. */
  contents: Map<number, { content: PipeContent; dev: bigint; path: string }>;
}

interface LiveFifo {
  keeper: number;
  opened: number[];
}

interface RestoreState {
  contents: Map<number, PipeContent> | undefined;
  /** `${pipe_id}:${path}` -> the FIFO entries of files.img for it (undefined: unknown). */
  siblings: Map<string, number[]> | undefined | null;
  live: Map<string, LiveFifo>;
}

function dumpState(): DumpState {
  return { tee: new TeeBuffer(), contents: new Map() };
}

function restoreState(): RestoreState {
  return { contents: undefined, siblings: null, live: new Map() };
}

function fifoSiblings(st: RestoreState, images: ImageDir, key: string): number[] | undefined {
  if (st.siblings === null) {
    try {
      const files = images.readFiles();
      const byId = new Map(files.map((f) => [f.id, f]));
      const m = new Map<string, number[]>();
      for (const f of files) {
        if (f.type !== FIFO || !f.fifo || f.reg?.ext) continue;
        const path = f.fifo.regf_id === undefined ? undefined : byId.get(f.fifo.regf_id)?.reg?.name;
        const k = `${f.fifo.pipe_id}:${path}`;
        const list = m.get(k);
        if (list) list.push(f.id);
        else m.set(k, [f.id]);
      }
      st.siblings = m;
    } catch {
      st.siblings = undefined;
    }
  }
  return st.siblings?.get(key);
}

/** Opens the FIFO at `path` read-write without waiting, creating it if it is gone. */
function openKeeper(path: string, mode: number | undefined, what: string): number {
  const flags = sys.O_RDWR | sys.O_NONBLOCK | sys.O_CLOEXEC;
  let fd: number;
  try {
    fd = native.open(path, flags, 0);
  } catch (e) {
    if (!sys.isErrno(e, 'ENOENT')) throw new PipeError(`${what}: cannot open ${path}: ${(e as Error).message}`, { cause: e });
    try {
      native.mkfifo(path, (mode ?? 0o600) & 0o7777);
      fd = native.open(path, flags, 0);
    } catch (e2) {
      throw new PipeError(`${what}: ${path} is gone and cannot be created again as a FIFO: ${(e2 as Error).message}`, { cause: e2 });
    }
  }
  const st = native.statx(fd, '', sys.AT_EMPTY_PATH);
  if ((st.mode & sys.S_IFMT) !== sys.S_IFIFO) {
    native.close(fd);
    throw new PipeError(`${what}: ${path} is no longer a FIFO (mode 0${st.mode.toString(8)})`);
  }
  return fd;
}

export const fifoPlugin: FilePlugin = {
  type: FIFO,
  name: 'fifo',

  detect(probe: FdProbe): boolean {
    return probe.link.startsWith('/') && (probe.stat.mode & sys.S_IFMT) === sys.S_IFIFO;
  },

  key(probe: FdProbe): string | undefined {
    return probe.link.endsWith(DELETED) ? undefined : probe.link;
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const what = `pid ${probe.pid} fd ${probe.fd} (FIFO ${probe.link}, ${accessName(probe.flags)} side)`;
    if (probe.link.endsWith(DELETED) && probe.stat.nlink === 0) {
      throw new PipeError(`${what}: the FIFO was unlinked while open; dumping an unlinked FIFO is not supported (keep its name until the dump)`);
    }
    if (probe.stat.ino > 0xffffffffn) throw new PipeError(`${what}: inode ${probe.stat.ino} does not fit fifo_entry.pipe_id (32 bits)`);
    const pipeId = Number(probe.stat.ino);
    const st = ctx.state(dumpState);
    const known = st.contents.get(pipeId);
    if (known && known.dev !== probe.stat.dev) {
      throw new PipeError(`${what}: FIFOs ${known.path} and ${probe.link} have the same inode number ${pipeId} on different filesystems; fifo-data.img keys content by inode only`);
    }
    if (!known) st.contents.set(pipeId, { content: snapshotOf(st.tee, ctx.localFd, probe.flags, what), dev: probe.stat.dev, path: probe.link });
    const regfId = ctx.addRegularFile(probe.link, probe.flags);
    return { entry: { fifo: { id: 0, pipe_id: pipeId, regf_id: regfId } } };
  },

  finishDump(images: ImageDir, ctx: FinishDumpContext): void {
    const st = ctx.state(dumpState);
    st.tee.close();
    images.writeFifoData([...st.contents].flatMap(([id, c]) => toRecords(id, c.content)));
  },

  open(entry: FileEntry, ctx: RestoreContext): number {
    const fe = entry.fifo;
    if (!fe || fe.regf_id === undefined) throw new PipeError(`file ${entry.id}: a FIFO file_entry without its fifo payload or regf_id`);
    const reg = ctx.entryOf(fe.regf_id).reg;
    if (!reg) throw new PipeError(`file ${entry.id}: the FIFO's regf_id ${fe.regf_id} is not a REG entry`);
    const path = reg.name.startsWith('/') ? reg.name : `/${reg.name}`;
    const flags = reg.flags;
    const what = `FIFO ${path} (file ${entry.id}, ${accessName(flags)} side)`;
    const st = ctx.state(restoreState);
    const key = `${fe.pipe_id}:${reg.name}`;
    let live = st.live.get(key);
    if (!live) {
      if (!st.contents) st.contents = readContents(ctx.images, 'fifo');
      const keeper = openKeeper(path, reg.mode, what);
      try {
        refill(keeper, st.contents.get(fe.pipe_id), what);
      } catch (e) {
        closeQuietly(keeper);
        throw e;
      }
      live = { keeper, opened: [] };
      st.live.set(key, live);
    }
    if (live.keeper < 0) throw new PipeError(`${what}: every FIFO description of the image for this path was already opened`);
    let fd = -1;
    try {
      fd = reopen(live.keeper, accessMode(flags));
      applyFlags(fd, flags);
    } catch (e) {
      if (fd >= 0) closeQuietly(fd);
      throw new PipeError(`${what}: cannot open it with flags 0${flags.toString(8)}: ${(e as Error).message}`, { cause: e });
    }
    live.opened.push(entry.id);
    const siblings = fifoSiblings(st, ctx.images, key);
    if (siblings && siblings.every((id) => live.opened.includes(id))) {
      closeQuietly(live.keeper);
      live.keeper = -1;
    }
    return fd;
  },
};
