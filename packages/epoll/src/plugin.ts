// The epoll plugin (fd type EVENTPOLL = 7, name 'eventpoll'): `anon_inode:[eventpoll]`.
//
// Dump: eventpoll_file_entry {flags, fown, tfd: one eventpoll_tfd_entry per watch of
// fdinfo: {id: the TARGET's file id, tfd: the fd number it was registered with, events,
// data, dev/inode/pos of the target as fdinfo shows them}}. The target is found with
// kcmp(KCMP_EPOLL_TFD) (targets.ts), also after dup2/close moved it to another number or
// another task, and ctx.fileIdOf() dumps it. CRIU's legacy eventpoll-tfd.img used
// tfd.id for the epoll's own id; in the file_entry form CRIU ignores tfd.id (it restores
// by tfd number), so Amber uses it for the target. DumpedFile.data, when present, is
// JSON {"escaped": [watch indexes], "consumed": [watch indexes]}: watches whose target no
// task holding the epoll holds, and EPOLLET watches whose edge was consumed (edges.ts).
//
// Restore: dependsOn = the target file ids, so targets (inner epolls too) exist first;
// open() creates the instance (epoll_create1) with its flags, and checks the image: a
// watch must be on a file that a task holding the epoll holds (or be marked escaped),
// else the image is refused (seed 002's security point). The watches are added by
// afterInstall() INSIDE each restored task holding the epoll (install.ts), on the task's
// own fds: each task adds the watches whose targets it holds; ones already there (added
// by another task sharing the epoll) are skipped. Inner epolls get their watches before
// outer ones whatever order afterInstall is called in.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdTypes, type EventpollTfdEntry, type FileEntry, type ImageDir } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, RestoreContext, TaskContext } from '@amber/files';
import { isFiredOneshot, parseWatches } from './fdinfo';
import { EpollError, epollHolders, findTarget, newTargetCache, type TargetCache } from './targets';
import { consumedEdges } from './edges';
import { makeReady } from './readiness';
import { PidfdBorrower, WatchInstaller, hasWatch, liveWatchCounts, type BorrowingTaskContext, type PendingWatch } from './install';

const { native } = sys;

export const EVENTPOLL = FdTypes.EVENTPOLL;
const LINK = 'anon_inode:[eventpoll]';
const SETFL_MASK = sys.O_APPEND | sys.O_ASYNC | sys.O_DIRECT | sys.O_NOATIME | sys.O_NONBLOCK;
const F_SETOWN = 8;
const F_GETOWN = 9;
const F_SETSIG = 10;
const F_GETSIG = 11;

/** DumpedFile.data of an epoll with escaped watches or consumed edges (watch indexes). */
export interface EpollData {
  escaped?: number[];
  consumed?: number[];
}

/** What open() learnt for afterInstall, kept per file_entry object of one restore. */
interface RestoreInfo {
  escaped: Set<number>;
  /** EPOLLET watches whose edge was consumed at dump. */
  consumed: Set<number>;
  /** Restorer fds of escaped targets (to lend them to the task) and of fired oneshots' targets (to make them ready). */
  restorerFds: Map<number, number>;
  /** Target ids that are epolls themselves, with their entries (inner epolls first). */
  inner: Map<number, FileEntry>;
  /** Tasks (pids) whose afterInstall for this epoll ran. */
  done: Set<number>;
  /** How each fired EPOLLONESHOT watch came out (index -> disarmed exactly), for tests and logs. */
  fired: Map<number, boolean>;
}

const infos = new WeakMap<FileEntry, RestoreInfo>();

interface RestoreState {
  /** file id -> fd tables (files_ids) that hold it; undefined: no fdinfo images. */
  holders: Map<number, Set<number>> | undefined | null;
}

function readFown(fd: number) {
  try {
    const owner = native.fcntl(fd, F_GETOWN, 0);
    const signum = native.fcntl(fd, F_GETSIG, 0);
    return { uid: 0, euid: 0, signum, pid_type: owner < 0 ? 2 : owner > 0 ? 1 : 0, pid: Math.abs(owner) };
  } catch {
    return { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };
  }
}

function tableHolders(images: ImageDir): Map<number, Set<number>> | undefined {
  const out = new Map<number, Set<number>>();
  let any = false;
  for (const name of images.list()) {
    const m = /^fdinfo-(\d+)\.img$/.exec(name);
    if (!m) continue;
    any = true;
    const filesId = Number(m[1]);
    for (const e of images.readFdinfo(filesId)) {
      let s = out.get(e.id);
      if (!s) out.set(e.id, (s = new Set()));
      s.add(filesId);
    }
  }
  return any ? out : undefined;
}

function dataOf(entry: FileEntry, data: Uint8Array | undefined): { escaped: Set<number>; consumed: Set<number> } {
  if (!data || data.length === 0) return { escaped: new Set(), consumed: new Set() };
  let parsed: EpollData;
  try {
    parsed = JSON.parse(Buffer.from(data).toString('utf8')) as EpollData;
  } catch (e) {
    throw new EpollError(`epoll file ${entry.id}: its data in amber-file-data.img is not valid JSON: ${(e as Error).message}`);
  }
  const n = entry.epfd?.tfd?.length ?? 0;
  const indexes = (what: keyof EpollData): Set<number> => {
    const list = parsed[what] ?? [];
    if (!Array.isArray(list) || !list.every((i) => Number.isInteger(i) && i >= 0 && i < n)) {
      throw new EpollError(`epoll file ${entry.id}: its data names ${what} watches ${JSON.stringify(list)}, not indexes below ${n}`);
    }
    return new Set(list);
  };
  return { escaped: indexes('escaped'), consumed: indexes('consumed') };
}

function watchesOf(entry: FileEntry): EventpollTfdEntry[] {
  if (!entry.epfd) throw new EpollError(`file ${entry.id}: an EVENTPOLL file_entry without its epfd payload`);
  return entry.epfd.tfd ?? [];
}

function describeSet(s: Set<number> | undefined): string {
  return s && s.size ? [...s].sort((a, b) => a - b).join(', ') : 'none';
}

/**
 * (Proposal) File ids an engine should put into a task holding the epoll before
 * afterInstall (and close after), for engines that prefer that to borrowFd: the
 * targets of escaped watches.
 */
function needsTemporarily(entry: FileEntry, ctx: RestoreContext): number[] {
  const esc = dataOf(entry, ctx.dataOf(entry.id)).escaped;
  return [...new Set(watchesOf(entry).filter((_, i) => esc.has(i)).map((t) => t.id))];
}

function install(entry: FileEntry, fdInTask: number, ctx: TaskContext): void {
  const task = ctx.task;
  const info = infos.get(entry);
  if (info?.done.has(task.pid)) return;
  info?.done.add(task.pid);
  const label = `epoll file ${entry.id} (task ${task.pid} fd ${fdInTask})`;
  // Inner epolls first, so that an outer watch on a ready inner epoll sees it ready.
  for (const [id, inner] of info?.inner ?? []) {
    const fds = ctx.fdsOf(id);
    if (fds.length) install(inner, fds[0]!, ctx);
  }
  const watches = watchesOf(entry);
  if (watches.length === 0) return;
  const counts = liveWatchCounts(task.pid, fdInTask);
  const fresh = counts.size === 0;
  const installer = new WatchInstaller(task, fdInTask, label);
  const borrower = new PidfdBorrower(task, label);
  const borrowed: number[] = [];
  try {
    const fired: PendingWatch[] = [];
    const consumed: PendingWatch[] = [];
    const plain: PendingWatch[] = [];
    watches.forEach((tfd, index) => {
      let fds = ctx.fdsOf(tfd.id);
      if (fds.length === 0) {
        // Not in this task: another task holding the epoll adds it (open() checked that
        // one does), unless the dump marked it escaped: then this task borrows it.
        if (!info?.escaped.has(index)) return;
        const ext = (ctx as BorrowingTaskContext).borrowFd;
        let fd: number;
        if (ext) fd = ext.call(ctx, tfd.id);
        else {
          const rfd = info.restorerFds.get(tfd.id);
          if (rfd === undefined) throw new EpollError(`${label}: no restorer fd for escaped target file ${tfd.id}`);
          fd = borrower.borrow(rfd);
        }
        borrowed.push(fd);
        fds = [fd];
      }
      if (!fresh && hasWatch(task.pid, fdInTask, counts, tfd.tfd, fds[0]!)) return;
      const w = { index, tfd, fds };
      if (fresh && isFiredOneshot(tfd.events)) fired.push(w);
      else if (fresh && info?.consumed.has(index)) consumed.push(w);
      else plain.push(w);
    });
    // Fired oneshots alone in the epoll, then the consumed edges, then the rest.
    for (const w of fired) {
      const rfd = info?.restorerFds.get(w.tfd.id);
      const exact = installer.addFired(w, rfd === undefined ? undefined : () => makeReady(rfd));
      info?.fired.set(w.index, exact);
    }
    if (consumed.length) {
      installer.addAll(consumed);
      installer.consumeEvents();
    }
    if (!fresh) for (const w of plain) if (isFiredOneshot(w.tfd.events)) info?.fired.set(w.index, false);
    installer.addAll(plain);
  } finally {
    for (const fd of borrowed) {
      try {
        task.syscall(sys.SYS.close, fd);
      } catch {
        /* reported by the caller's error, if any */
      }
    }
    borrower.close();
  }
}

export const eventpollPlugin: FilePlugin & {
  needsTemporarily(entry: FileEntry, ctx: RestoreContext): number[];
  firedOneshots(entry: FileEntry): ReadonlyMap<number, boolean> | undefined;
} = {
  type: EVENTPOLL,
  name: 'eventpoll',

  detect(probe: FdProbe): boolean {
    return probe.link === LINK;
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const watches = parseWatches(probe.fdinfo);
    const cache = ctx.state<TargetCache>(newTargetCache);
    const holders = watches.length ? epollHolders(cache, probe, ctx.pids) : [probe.pid];
    // Before the targets are dumped: dumping a file can wake its waiters.
    const consumed = consumedEdges(ctx.localFd, watches);
    const escaped: number[] = [];
    const tfd: EventpollTfdEntry[] = watches.map((w, i) => {
      const found = findTarget(cache, probe, w, holders, ctx);
      if (!found.local) escaped.push(i);
      const id = ctx.fileIdOf(found.pid, found.fd);
      return { id, tfd: w.tfd, events: w.events, data: w.data, dev: w.sdev, inode: w.ino, pos: BigInt.asUintN(64, w.pos) };
    });
    const out: DumpedFile = { entry: { epfd: { id: 0, flags: probe.flags, fown: readFown(ctx.localFd), tfd } } };
    const data: EpollData = {};
    if (escaped.length) data.escaped = escaped;
    if (consumed.length) data.consumed = consumed;
    if (escaped.length || consumed.length) out.data = Buffer.from(JSON.stringify(data));
    return out;
  },

  dependsOn(entry: FileEntry): number[] {
    return [...new Set(watchesOf(entry).map((t) => t.id))];
  },

  open(entry: FileEntry, ctx: RestoreContext): number {
    const watches = watchesOf(entry);
    const { escaped, consumed } = dataOf(entry, ctx.dataOf(entry.id));
    // Seed 002's security point, checked on the whole image before any task is touched.
    const st = ctx.state<RestoreState>(() => ({ holders: null }));
    if (st.holders === null) st.holders = tableHolders(ctx.images);
    const holders = st.holders;
    const own = holders?.get(entry.id);
    if (holders && own) {
      watches.forEach((t, i) => {
        if (escaped.has(i)) return;
        const targetIn = holders.get(t.id);
        if (![...(targetIn ?? [])].some((f) => own.has(f))) {
          throw new EpollError(
            `epoll file ${entry.id}: watch ${i} (fd ${t.tfd}) names file ${t.id} as its target, which no task holding the epoll holds ` +
              `(the epoll is in fd tables ${describeSet(own)}, file ${t.id} in ${describeSet(targetIn)}); restore only adds watches ` +
              "on files of the task that holds the epoll, and the image does not mark this target as escaped: refusing it",
          );
        }
      });
    }
    const info: RestoreInfo = { escaped, consumed, restorerFds: new Map(), inner: new Map(), done: new Set(), fired: new Map() };
    watches.forEach((t, i) => {
      const target = ctx.entryOf(t.id);
      if (escaped.has(i) || isFiredOneshot(t.events)) info.restorerFds.set(t.id, ctx.fdOf(t.id));
      if (target.type === EVENTPOLL) info.inner.set(t.id, target);
    });
    const ep = native.epollCreate1(sys.O_CLOEXEC);
    try {
      const flags = (entry.epfd!.flags & SETFL_MASK) >>> 0;
      if (flags) native.fcntl(ep, sys.F_SETFL, flags);
      const fown = entry.epfd!.fown;
      if (fown?.signum) native.fcntl(ep, F_SETSIG, fown.signum);
      if (fown?.pid) {
        try {
          native.fcntl(ep, F_SETOWN, fown.pid_type === 2 ? -fown.pid : fown.pid);
        } catch (e) {
          if (!sys.isErrno(e, 'ESRCH')) throw e;
        }
      }
    } catch (e) {
      native.close(ep);
      throw e;
    }
    infos.set(entry, info);
    return ep;
  },

  afterInstall(entry: FileEntry, fdInTask: number, ctx: TaskContext): void {
    install(entry, fdInTask, ctx);
  },

  needsTemporarily,

  /** How the fired EPOLLONESHOT watches of a restored epoll came out (watch index -> exact). */
  firedOneshots(entry: FileEntry): ReadonlyMap<number, boolean> | undefined {
    return infos.get(entry)?.fired;
  },
};

/** Reads the watches of an epoll fd of a live task (for tests and tools). */
export function watchesOfTask(pid: number, fd: number) {
  return parseWatches(fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1'));
}
