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
//
// An unlinked FIFO (link "PATH (deleted)", no name left) has no path to record in a REG
// entry: fifo_entry has no regf_id, and the description's plugin data holds
// {"unlinked": {path, mode, uid, gid, flags}}. Restore makes a FIFO again at PATH if that
// name is free (else at a temporary name in the same directory), opens the keeper,
// gives it the mode and owner, and unlinks the name at once: the descriptions are opened
// through /proc/self/fd/<keeper>, which needs no name, and the restored fds show
// "PATH (deleted)" with the same content. A pipe with packets also carries its layout
// in the plugin data ({"pieces": ...}, data.ts), as for pipes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry, type ImageDir } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, FinishDumpContext, RestoreContext } from '@amber/files';
import { TeeBuffer, hasPackets, layoutOf, readContents, refill, toRecords, withLayout, type PipeContent } from './data';
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

/** What the plugin data of a FIFO description holds (each part only when needed). */
interface FifoData {
  /** The packet layout of the FIFO's content (data.ts). */
  pieces?: string;
  /** An unlinked FIFO: where it was, and what the description and the inode were. */
  unlinked?: { path: string; mode: number; uid: number; gid: number; flags: number };
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

function fifoData(ctx: RestoreContext, id: number): FifoData {
  const raw = ctx.dataOf(id);
  if (!raw || raw.length === 0) return {};
  try {
    return JSON.parse(Buffer.from(raw).toString('utf8')) as FifoData;
  } catch (e) {
    throw new PipeError(`FIFO file ${id}: its plugin data is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** Where a FIFO description's FIFO is: its path, flags and mode, and whether it was unlinked. */
interface FifoPlace {
  path: string;
  flags: number;
  mode: number | undefined;
  unlinked?: FifoData['unlinked'];
  /** Groups the descriptions of one FIFO. */
  key: string;
}

function placeOf(entry: FileEntry, ctx: RestoreContext): FifoPlace {
  const fe = entry.fifo;
  if (!fe) throw new PipeError(`file ${entry.id}: a FIFO file_entry without its fifo payload`);
  if (fe.regf_id === undefined) {
    const u = fifoData(ctx, entry.id).unlinked;
    if (!u) throw new PipeError(`file ${entry.id}: a FIFO file_entry with neither a regf_id nor an unlinked FIFO in its plugin data`);
    return { path: u.path, flags: u.flags, mode: u.mode, unlinked: u, key: `${fe.pipe_id}:${u.path}${DELETED}` };
  }
  const reg = ctx.entryOf(fe.regf_id).reg;
  if (!reg) throw new PipeError(`file ${entry.id}: the FIFO's regf_id ${fe.regf_id} is not a REG entry`);
  const p = reg.name.startsWith('/') ? reg.name : `/${reg.name}`;
  return { path: p, flags: reg.flags, mode: reg.mode, key: `${fe.pipe_id}:${reg.name}` };
}

function fifoSiblings(st: RestoreState, ctx: RestoreContext, key: string): number[] | undefined {
  if (st.siblings === null) {
    try {
      const m = new Map<string, number[]>();
      for (const f of ctx.images.readFiles()) {
        if (f.type !== FIFO || !f.fifo || f.reg?.ext) continue;
        const k = placeOf(f, ctx).key;
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

let ghostSerial = 0;

/**
 * A FIFO like the unlinked one of the image: made at its old path if that name is free
 * (else at a temporary name in its directory, or in a private temporary directory if the
 * directory is gone), opened read-write without waiting, given its mode and owner, and
 * unlinked at once. Returns the keeper.
 */
function openUnlinked(u: NonNullable<FifoData['unlinked']>, what: string): number {
  let name = u.path;
  let tmpDir: string | undefined;
  const make = (p: string) => native.mkfifo(p, 0o600);
  try {
    try {
      make(name);
    } catch (e) {
      if (sys.isErrno(e, 'EEXIST')) {
        name = path.join(path.dirname(u.path), `.amber-fifo-${process.pid}-${++ghostSerial}`);
      } else if (sys.isErrno(e, 'ENOENT')) {
        tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-fifo-'));
        name = path.join(tmpDir, path.basename(u.path));
      } else throw e;
      make(name);
    }
  } catch (e) {
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    throw new PipeError(`${what}: cannot make a FIFO again for the unlinked ${u.path} (tried ${name}): ${(e as Error).message}`, { cause: e });
  }
  let fd = -1;
  try {
    fd = native.open(name, sys.O_RDWR | sys.O_NONBLOCK | sys.O_CLOEXEC, 0);
    fs.fchmodSync(fd, u.mode & 0o7777);
    try {
      fs.fchownSync(fd, u.uid, u.gid);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
    }
    return fd;
  } catch (e) {
    if (fd >= 0) closeQuietly(fd);
    throw new PipeError(`${what}: cannot open the FIFO made again at ${name}: ${(e as Error).message}`, { cause: e });
  } finally {
    fs.rmSync(name, { force: true });
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

export const fifoPlugin: FilePlugin = {
  type: FIFO,
  name: 'fifo',

  detect(probe: FdProbe): boolean {
    return probe.link.startsWith('/') && (probe.stat.mode & sys.S_IFMT) === sys.S_IFIFO;
  },

  key(probe: FdProbe): string | undefined {
    return isUnlinked(probe) ? undefined : probe.link;
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const what = `pid ${probe.pid} fd ${probe.fd} (FIFO ${probe.link}, ${accessName(probe.flags)} side)`;
    if (probe.stat.ino > 0xffffffffn) throw new PipeError(`${what}: inode ${probe.stat.ino} does not fit fifo_entry.pipe_id (32 bits)`);
    const pipeId = Number(probe.stat.ino);
    const st = ctx.state(dumpState);
    let known = st.contents.get(pipeId);
    if (known && known.dev !== probe.stat.dev) {
      throw new PipeError(`${what}: FIFOs ${known.path} and ${probe.link} have the same inode number ${pipeId} on different filesystems; fifo-data.img keys content by inode only`);
    }
    if (!known) {
      known = { content: snapshotOf(st.tee, ctx.localFd, probe.flags, what), dev: probe.stat.dev, path: probe.link };
      st.contents.set(pipeId, known);
    }
    const data: FifoData = {};
    if (hasPackets(known.content) || known.content.chunks.length > 0) data.pieces = layoutOf(known.content);
    let out: DumpedFile;
    if (isUnlinked(probe)) {
      const s = probe.stat;
      data.unlinked = { path: probe.link.slice(0, -DELETED.length), mode: s.mode, uid: s.uid, gid: s.gid, flags: probe.flags };
      out = { entry: { fifo: { id: 0, pipe_id: pipeId } } };
    } else {
      out = { entry: { fifo: { id: 0, pipe_id: pipeId, regf_id: ctx.addRegularFile(probe.link, probe.flags) } } };
    }
    if (data.pieces !== undefined || data.unlinked) out.data = Buffer.from(JSON.stringify(data));
    return out;
  },

  finishDump(images: ImageDir, ctx: FinishDumpContext): void {
    const st = ctx.state(dumpState);
    st.tee.close();
    images.writeFifoData([...st.contents].flatMap(([id, c]) => toRecords(id, c.content)));
  },

  open(entry: FileEntry, ctx: RestoreContext): number {
    const place = placeOf(entry, ctx);
    const { path: p, flags } = place;
    const what = `FIFO ${p}${place.unlinked ? DELETED : ''} (file ${entry.id}, ${accessName(flags)} side)`;
    const st = ctx.state(restoreState);
    let live = st.live.get(place.key);
    if (!live) {
      if (!st.contents) st.contents = readContents(ctx.images, 'fifo');
      const keeper = place.unlinked ? openUnlinked(place.unlinked, what) : openKeeper(p, place.mode, what);
      try {
        refill(keeper, withLayout(st.contents.get(entry.fifo!.pipe_id), fifoData(ctx, entry.id).pieces, what), what);
      } catch (e) {
        closeQuietly(keeper);
        throw e;
      }
      live = { keeper, opened: [] };
      st.live.set(place.key, live);
    }
    if (live.keeper < 0) throw new PipeError(`${what}: every FIFO description of the image for this path was already opened`);
    let fd = -1;
    try {
      // The privilege rule: the tasks holding it must be able to open the path themselves
      // (never blocks: the keeper is a reader and a writer).
      if (!place.unlinked) closeQuietly(ctx.openPath(p, accessMode(flags) | sys.O_NONBLOCK));
      fd = reopen(live.keeper, accessMode(flags));
      applyFlags(fd, flags);
    } catch (e) {
      if (fd >= 0) closeQuietly(fd);
      throw new PipeError(`${what}: cannot open it with flags 0${flags.toString(8)}: ${(e as Error).message}`, { cause: e });
    }
    live.opened.push(entry.id);
    const siblings = fifoSiblings(st, ctx, place.key);
    if (siblings && siblings.every((id) => live.opened.includes(id))) {
      closeQuietly(live.keeper);
      live.keeper = -1;
    }
    return fd;
  },
};

/** An unlinked FIFO: its link says "(deleted)" and it has no name left. */
function isUnlinked(probe: FdProbe): boolean {
  return probe.link.endsWith(DELETED) && probe.stat.nlink === 0;
}
