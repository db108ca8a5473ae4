// The pipe plugin (fd type PIPE = 2, name 'pipe'): anonymous pipes, `pipe:[INODE]`.
//
// Dump, once per open file description: pipe_entry {pipe_id: the pipe's inode, flags:
// the description's O_* flags (access mode, O_NONBLOCK, O_DIRECT...), fown}. The content
// is saved once per pipe, whichever description is met first, without consuming it (see
// data.ts): from the description itself when it can read, else from a read side opened
// through /proc/self/fd/N with O_RDONLY|O_NONBLOCK, which works when the dumped tree
// holds only the write end (CRIU loses the data in that case). finishDump writes
// pipes-data.img; a pipe holding packets also gets its layout as every description's
// plugin data (data.ts). key: `pipe:[INODE]` (seed 001: the registry marks a pipe external by
// it and then never calls dump(), so nothing here needs the other end to exist).
//
// Restore: the first description of a pipe to be opened creates the pipe (pipe2, in
// the restorer), gives it its size and content, and keeps the other end for the
// description that will claim it. Descriptions are matched to the two ends pipe2 made
// by access mode; a second description of one end (or one that was itself opened
// through /proc, which the kernel marks O_LARGEFILE) is a new open of /proc/self/fd/N
// with the recorded access mode. Each gets its own flags with F_SETFL (O_DIRECT too:
// packet mode is per description). The plugin learns which descriptions of the pipe the
// image has from files.img and closes a kept end as soon as no description still to be
// opened can claim it, so the restored tree holds exactly the ends it held (a pipe
// whose read end was outside the tree gets no reader: the writer sees EPIPE, as it
// would have).
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry, type ImageDir } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, FinishDumpContext, RestoreContext } from '@amber/files';
import { TeeBuffer, hasPackets, layoutFromData, layoutOf, readContents, refill, toRecords, withLayout, type PipeContent } from './data';
import { PipeError, accessMode, accessName, applyFlags, applyFown, closeQuietly, groupEntries, readFown, reopen } from './util';

const { native } = sys;

export const PIPE = FdTypes.PIPE;
const PIPE_LINK = /^pipe:\[(\d+)\]$/;

interface DumpState {
  tee: TeeBuffer;
  /** pipe_id -> content, in the order pipes were met. */
  contents: Map<number, PipeContent>;
}

/** An end pipe2 made that no description has claimed yet. */
interface Spare {
  fd: number;
  acc: number;
}

interface LivePipe {
  /** File ids of this pipe opened so far. */
  opened: number[];
  spares: Spare[];
}

interface RestoreState {
  contents: Map<number, PipeContent> | undefined;
  /** pipe_id -> every pipe entry of files.img for it (undefined: files.img unreadable). */
  siblings: Map<string, FileEntry[]> | undefined | null;
  live: Map<number, LivePipe>;
}

export function pipeKey(ino: bigint | number): string {
  return `pipe:[${ino}]`;
}

function dumpState(): DumpState {
  return { tee: new TeeBuffer(), contents: new Map() };
}

function restoreState(): RestoreState {
  return { contents: undefined, siblings: null, live: new Map() };
}

function pipeIdOf(probe: FdProbe): number {
  const ino = probe.stat.ino;
  if (ino > 0xffffffffn) throw new PipeError(`pid ${probe.pid} fd ${probe.fd} (${probe.link}): inode ${ino} does not fit pipe_entry.pipe_id (32 bits)`);
  return Number(ino);
}

/**
 * The content of the pipe or FIFO `localFd` is a description of, read without consuming
 * it: from the description when it can read, else through a read side reopened via
 * /proc/self/fd (O_NONBLOCK: no waiting for a writer).
 */
export function snapshotOf(tee: TeeBuffer, localFd: number, flags: number, what: string): PipeContent {
  if (accessMode(flags) !== sys.O_WRONLY) return tee.snapshot(localFd, what);
  let rd: number;
  try {
    rd = native.open(`/proc/self/fd/${localFd}`, sys.O_RDONLY | sys.O_NONBLOCK | sys.O_CLOEXEC, 0);
  } catch (e) {
    throw new PipeError(`${what}: only the write end is dumped, and a read side cannot be opened to save the content: ${(e as Error).message}`, { cause: e });
  }
  try {
    return tee.snapshot(rd, what);
  } finally {
    native.close(rd);
  }
}

/** DumpedFile.data of every description of a pipe holding packets: which data entries are packets. */
export function packetData(c: PipeContent): Uint8Array {
  return Buffer.from(JSON.stringify({ pieces: layoutOf(c) }));
}

function siblingsOf(st: RestoreState, images: ImageDir, key: string): FileEntry[] | undefined {
  if (st.siblings === null) {
    try {
      st.siblings = groupEntries(images.readFiles(), PIPE, (e) => (e.pipe ? String(e.pipe.pipe_id) : undefined));
    } catch {
      st.siblings = undefined; // no files.img: keep spare ends (they close with the restorer)
    }
  }
  return st.siblings?.get(key);
}

/** Gives back a spare end of the wanted access mode (the description pipe2 made), if the entry can take it. */
function takeSpare(live: LivePipe, flags: number): number | undefined {
  if (flags & sys.O_LARGEFILE) return undefined; // opened through /proc (open(2) sets it), not by pipe2
  const i = live.spares.findIndex((s) => s.acc === accessMode(flags));
  if (i < 0) return undefined;
  return live.spares.splice(i, 1)[0]!.fd;
}

/** Closes spare ends that no description still to be opened can claim. */
function prune(live: LivePipe, siblings: FileEntry[] | undefined, flagsOf: (e: FileEntry) => number): void {
  if (!siblings) return;
  const pending = siblings.filter((e) => !live.opened.includes(e.id));
  live.spares = live.spares.filter((s) => {
    const wanted = pending.some((e) => !(flagsOf(e) & sys.O_LARGEFILE) && accessMode(flagsOf(e)) === s.acc);
    if (!wanted) closeQuietly(s.fd);
    return wanted;
  });
}

/** Any fd of the pipe in the restorer: a spare end, or the fd of a description opened before. */
function someFd(live: LivePipe, ctx: RestoreContext): number {
  if (live.spares.length) return live.spares[0]!.fd;
  return ctx.fdOf(live.opened[0]!);
}

export const pipePlugin: FilePlugin = {
  type: PIPE,
  name: 'pipe',

  detect(probe: FdProbe): boolean {
    return PIPE_LINK.test(probe.link) && (probe.stat.mode & sys.S_IFMT) === sys.S_IFIFO;
  },

  key(probe: FdProbe): string | undefined {
    return pipeKey(probe.stat.ino);
  },

  keyOf(entry: FileEntry): string | undefined {
    return entry.pipe ? pipeKey(entry.pipe.pipe_id) : undefined;
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const pipeId = pipeIdOf(probe);
    const st = ctx.state(dumpState);
    let content = st.contents.get(pipeId);
    if (!content) {
      const what = `pid ${probe.pid} fd ${probe.fd} (${probe.link}, ${accessName(probe.flags)} end)`;
      content = snapshotOf(st.tee, ctx.localFd, probe.flags, what);
      st.contents.set(pipeId, content);
    }
    const out: DumpedFile = { entry: { pipe: { id: 0, pipe_id: pipeId, flags: probe.flags, fown: readFown(ctx.localFd) } } };
    // Any queued data is recorded in the plugin data too, so a lost pipes-data.img is an error at restore.
    if (hasPackets(content) || content.chunks.length > 0) out.data = packetData(content);
    return out;
  },

  finishDump(images: ImageDir, ctx: FinishDumpContext): void {
    const st = ctx.state(dumpState);
    st.tee.close();
    const records = [...st.contents].flatMap(([id, c]) => toRecords(id, c));
    images.writePipesData(records);
  },

  open(entry: FileEntry, ctx: RestoreContext): number {
    const pe = entry.pipe;
    if (!pe) throw new PipeError(`file ${entry.id}: a PIPE file_entry without its pipe payload`);
    const st = ctx.state(restoreState);
    const what = `${pipeKey(pe.pipe_id)} (file ${entry.id}, ${accessName(pe.flags)} end)`;
    let live = st.live.get(pe.pipe_id);
    if (!live) {
      if (!st.contents) st.contents = readContents(ctx.images, 'pipes');
      // O_NONBLOCK for the refill; each description then gets its own flags (applyFlags).
      const [r, w] = native.pipe2(sys.O_CLOEXEC | sys.O_NONBLOCK);
      try {
        refill(w, withLayout(st.contents.get(pe.pipe_id), layoutFromData(ctx.dataOf(entry.id), what), what), what);
      } catch (e) {
        closeQuietly(r);
        closeQuietly(w);
        throw e;
      }
      live = { opened: [], spares: [{ fd: r, acc: sys.O_RDONLY }, { fd: w, acc: sys.O_WRONLY }] };
      st.live.set(pe.pipe_id, live);
    }
    let fd = takeSpare(live, pe.flags);
    if (fd === undefined) {
      try {
        fd = reopen(someFd(live, ctx), accessMode(pe.flags));
      } catch (e) {
        throw new PipeError(`${what}: cannot open another description of the pipe: ${(e as Error).message}`, { cause: e });
      }
    }
    try {
      applyFlags(fd, pe.flags);
      applyFown(fd, pe.fown);
    } catch (e) {
      closeQuietly(fd);
      throw new PipeError(`${what}: cannot set flags 0${pe.flags.toString(8)}: ${(e as Error).message}`, { cause: e });
    }
    live.opened.push(entry.id);
    prune(live, siblingsOf(st, ctx.images, String(pe.pipe_id)), (e) => e.pipe!.flags);
    return fd;
  },
};
