// Finding the file an epoll watch is on (seed 002).
//
// A watch is keyed by (file, fd number at registration). fdinfo shows the number, but
// after dup2/close that number may name another file, or nothing, while the watch stays
// on the original file until its last reference goes. kcmp(pid1, pid2, KCMP_EPOLL_TFD,
// fd1, {efd, tfd, toff}) says whether fd1 of pid1 is the file of the toff-th watch
// registered as tfd in epoll efd of pid2. So:
//   1. the registered number itself, in the tasks that hold the epoll (the usual case:
//      one kcmp per watch);
//   2. every fd with the target's inode (fdinfo's ino:) in the tasks holding the epoll,
//      then in the other dumped tasks (the target was dup'ed elsewhere and closed, or
//      passed to another task);
//   3. nothing in the dumped tree: every other process's fds are searched only to say
//      who holds it (an external file, seed 001) in the error.
// CRIU stops at "kid_lookup_epoll: no match" for cases 2 and 3 (issues #769, #1366).
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import type { DumpContext, FdProbe } from '@amber/files';
import type { Watch } from './fdinfo';
import { describeEvents } from './fdinfo';

const { native } = sys;

export class EpollError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EpollError';
  }
}

/** Per-dump caches: the dumped tasks are frozen, so their fd tables do not change. */
export interface TargetCache {
  /** pid -> inode -> the task's fds on a file with that inode (stat through /proc). */
  fds: Map<number, Map<bigint, number[]>>;
}

export function newTargetCache(): TargetCache {
  return { fds: new Map() };
}

/** The fds of a task by the inode of their file (one stat of each /proc magic link, once per dump). */
function fdsByInode(cache: TargetCache, pid: number): Map<bigint, number[]> {
  let index = cache.fds.get(pid);
  if (index) return index;
  index = new Map();
  let names: string[] = [];
  try {
    names = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    /* gone */
  }
  for (const n of names) {
    try {
      const ino = fs.statSync(`/proc/${pid}/fd/${n}`, { bigint: true }).ino;
      const list = index.get(ino);
      if (list) list.push(Number(n));
      else index.set(ino, [Number(n)]);
    } catch {
      /* closed meanwhile, or not stat-able */
    }
  }
  for (const list of index.values()) list.sort((a, b) => a - b);
  cache.fds.set(pid, index);
  return index;
}


/**
 * kcmp(KCMP_EPOLL_TFD). The kernel finds the (tfd, toff) watch by walking the epoll's
 * tree from its first item, so each call costs O(watches): identifying every watch of
 * an epoll is quadratic in its size (CRIU pays the same), about 0.6 s for 10,000.
 */
function isTarget(pid: number, fd: number, probe: FdProbe, w: Watch): boolean {
  try {
    return sys.quietly(() => native.kcmpEpollTfd(pid, fd, probe.pid, probe.fd, w.tfd, w.toff)) === 0;
  } catch {
    return false; // EBADF: no such fd; ENOENT: no such watch; EPERM/ESRCH: not comparable
  }
}

/** The dumped tasks that hold this very epoll description (the probed task first). */
export function epollHolders(cache: TargetCache, probe: FdProbe, pids: readonly number[]): number[] {
  const out = [probe.pid];
  for (const pid of pids) {
    if (pid === probe.pid) continue;
    for (const fd of fdsByInode(cache, pid).get(probe.stat.ino) ?? []) {
      try {
        if (native.kcmp(probe.pid, pid, sys.KCMP_FILE, probe.fd, fd) === 0) {
          out.push(pid);
          break;
        }
      } catch {
        /* not comparable */
      }
    }
  }
  return out;
}

export interface FoundTarget {
  pid: number;
  fd: number;
  /** The target is held by a task that also holds the epoll. */
  local: boolean;
}

/** Where the file of watch `w` is, among the dumped tasks; an EpollError if nowhere. */
export function findTarget(cache: TargetCache, probe: FdProbe, w: Watch, holders: readonly number[], ctx: Pick<DumpContext, 'pids'>): FoundTarget {
  for (const pid of holders) if (isTarget(pid, w.tfd, probe, w)) return { pid, fd: w.tfd, local: true };
  const others = ctx.pids.filter((p) => !holders.includes(p));
  for (const [list, local] of [[holders, true], [others, false]] as const) {
    for (const pid of list) {
      for (const fd of fdsByInode(cache, pid).get(w.ino) ?? []) {
        if (isTarget(pid, fd, probe, w)) return { pid, fd, local };
      }
    }
  }
  throw notFound(probe, w, ctx.pids);
}

function describeWatch(probe: FdProbe, w: Watch): string {
  return `epoll pid ${probe.pid} fd ${probe.fd}: the watch registered as fd ${w.tfd}${w.toff ? ` (#${w.toff + 1} with that number)` : ''} ` +
    `(events ${describeEvents(w.events)}, data 0x${w.data.toString(16)}, target inode ${w.ino})`;
}

/** Searches every other process for the target, to name who holds it. */
function notFound(probe: FdProbe, w: Watch, pids: readonly number[]): EpollError {
  const dumped = new Set(pids);
  let holder: { pid: number; fd: number; link: string } | undefined;
  let names: string[] = [];
  try {
    names = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    /* no /proc listing */
  }
  search: for (const n of names) {
    const pid = Number(n);
    if (dumped.has(pid)) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const f of fds) {
      try {
        if (fs.statSync(`/proc/${pid}/fd/${f}`, { bigint: true }).ino !== w.ino) continue;
        if (!isTarget(pid, Number(f), probe, w)) continue;
        holder = { pid, fd: Number(f), link: fs.readlinkSync(`/proc/${pid}/fd/${f}`) };
        break search;
      } catch {
        /* gone */
      }
    }
  }
  if (holder) {
    return new EpollError(
      `${describeWatch(probe, w)}: its target ${holder.link} is held only outside the dumped tree (by pid ${holder.pid} fd ${holder.fd}): ` +
        `it is an external file. A watch on a file that is not dumped cannot be restored: dump the holder too, or have the ` +
        `tree hold the file (then mark it --external ${holder.link} and pass it back with --inherit-fd)`,
    );
  }
  return new EpollError(
    `${describeWatch(probe, w)}: no fd of any dumped task (pids ${[...dumped].join(', ')}) nor of any other process holds its target; ` +
      'it is kept alive by something else (a memory mapping, an SCM_RIGHTS message in flight, io_uring...), which cannot be dumped',
  );
}
