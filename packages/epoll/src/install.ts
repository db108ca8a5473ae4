// Adding the watches of a restored epoll inside the restored task (remote syscalls), on
// the task's own fds only (seed 002's security point: never through a reference that
// could name another task's file).
//
// A watch is keyed by (file, fd number at registration), and it is restored with its
// ORIGINAL number, so that fdinfo and later EPOLL_CTL_MOD/DEL calls of the program
// behave as before the dump: when the task holds the target at that number, a plain
// EPOLL_CTL_ADD; otherwise (the seed's hard case: the number was dup'ed elsewhere and
// closed, or now names another file), the number is made to name the target for the
// duration of the call:
//   number free:       dup3(target, N, O_CLOEXEC); epoll_ctl(ADD, N); close(N)
//   number taken by X: tmp = F_DUPFD_CLOEXEC(N); dup3(target, N, 0); epoll_ctl(ADD, N);
//                      dup3(tmp, N, X's FD_CLOEXEC); close(tmp)
// Closing an fd never removes epoll watches (only the file's last close does), and X is
// held by tmp meanwhile. What a close of an fd does drop is the task's POSIX record locks
// on that file and dnotify marks: file locks must be restored after epoll (CRIU restores
// them last too).
//
// EPOLLONESHOT after it fired: the kernel clears every bit but EPOLLONESHOT, EPOLLET,
// EPOLLWAKEUP and EPOLLEXCLUSIVE, and fdinfo shows e.g. `events: 40000000`; ADD and MOD
// always add EPOLLERR|EPOLLHUP, so that state cannot be set directly. It is recreated by
// firing the watch: ADD with every readiness bit (IN|PRI|OUT|RD*|WR*|MSG|RDHUP) added,
// then epoll_wait(timeout 0, one event) in the task delivers it and the kernel disarms
// it exactly as it did in the original. This runs first, while the epoll has no other
// watch, so the wait cannot consume another watch's event. If the target is ready for
// nothing at all, the restorer makes it ready for the moment of a second wait and then
// undoes that (readiness.ts: a byte through an empty pipe, room in a full one, an
// eventfd in an epoll). Only for a target of another kind (a socket, a timerfd...) is the
// watch left armed for EPOLLERR|EPOLLHUP (MOD with its private bits, fdinfo e.g.
// `40000018`), the closest the kernel allows.
//
// EPOLLET watches whose edge the dump found consumed (edges.ts) are added next, still
// with no other watch in the epoll, and an epoll_wait in the task takes their edges: the
// watches stay, off the ready list, as in the original.
//
// A target that no task holding the epoll holds ("escaped": dup'ed into another task and
// closed here, or passed away) is brought into the task for the ADD: by the engine
// through the proposed TaskContext.borrowFd(fileId), else by the plugin itself with a
// remote pidfd_open(restorer) + pidfd_getfd(restorer's fd of the file), then closed
// again. The dump marked such watches (DumpedFile.data); restore refuses a watch whose
// target no task holding the epoll holds unless it was marked so (checked in open()).
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import type { RemoteTask, TaskContext } from '@amber/files';
import type { EventpollTfdEntry } from '@amber/images';
import { describeEvents, watchCounts } from './fdinfo';
import type { Undo } from './readiness';
import { quietly } from '@amber/sys';
import { EpollError } from './targets';

/** x86_64 numbers @amber/sys's SYS table lacks. */
export const SYS_epoll_wait = 232;
export const SYS_epoll_ctl = 233;
export const SYS_pidfd_open = 434;
const SYS_pidfd_getfd = sys.SYS.pidfd_getfd;

const EPOLL_EVENT_SIZE = 12; // struct epoll_event is packed on x86_64: u32 events, u64 data
const BATCH = 256;
/** Every readiness bit a file can report, to make a watch fire (EPOLLRDNORM... included). */
const FIRE_BITS = (sys.EPOLLIN | sys.EPOLLPRI | sys.EPOLLOUT | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | sys.EPOLLRDHUP) >>> 0;
const EBADF = 9n;
const EEXIST = 17n;

/**
 * (Proposal, not in @amber/files' contract.) An engine that can put one of the
 * restorer's files into the task for a moment offers this on the TaskContext: a copy
 * of file `fileId` at a free fd number of the task, which the caller closes.
 */
export interface BorrowingTaskContext extends TaskContext {
  borrowFd?(fileId: number): number;
}

/** A syscall in the task; failures come back as -errno (whether task.syscall throws or not). */
export function rawSyscall(task: RemoteTask, nr: number, ...args: Array<bigint | number>): bigint {
  try {
    return quietly(() => task.syscall(nr, ...args));
  } catch (e) {
    const errno = (e as { errno?: unknown }).errno;
    if (typeof errno === 'number' && errno > 0) return BigInt(-errno);
    throw e;
  }
}

function errnoOf(r: bigint): string {
  const n = Number(-r);
  return `${sys.errnoName(n)} (${n})`;
}

function must(r: bigint, what: () => string): bigint {
  if (r < 0n && r >= -4095n) throw new EpollError(`${what()}: ${errnoOf(r)}`);
  return r;
}

/** Whether fd `fd` of task `pid` is open, from /proc; undefined if /proc cannot tell. */
function fdIsOpen(pid: number, fd: number): boolean | undefined {
  try {
    return fs.lstatSync(`/proc/${pid}/fd/${fd}`, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return undefined;
  }
}

/** What one afterInstall needs to add one watch. */
export interface PendingWatch {
  index: number;
  tfd: EventpollTfdEntry;
  /** Fds of the task holding the target (a borrowed one for an escaped target). */
  fds: number[];
}

export class WatchInstaller {
  readonly #task: RemoteTask;
  readonly #epfd: number;
  readonly #label: string;

  constructor(task: RemoteTask, epfd: number, label: string) {
    this.#task = task;
    this.#epfd = epfd;
    this.#label = label;
  }

  /** Runs `fn` while fd number `n` of the task names the target (one of `fds`). */
  withTargetAt<T>(n: number, fds: readonly number[], fn: () => T): T {
    const task = this.#task;
    if (fds.includes(n)) return fn();
    const src = fds[0]!;
    const what = () => `${this.#label}: making fd ${n} name the watch's target (task fd ${src}) for the epoll_ctl call`;
    // Is n free? /proc answers without a round trip into the (stopped) task.
    const open = fdIsOpen(task.pid, n);
    const r = open === false ? -EBADF : rawSyscall(task, sys.SYS.fcntl, n, sys.F_GETFD, 0);
    if (r === -EBADF) {
      must(rawSyscall(task, sys.SYS.dup3, src, n, sys.O_CLOEXEC), what);
      try {
        return fn();
      } finally {
        must(rawSyscall(task, sys.SYS.close, n), what);
      }
    }
    must(r, what);
    const cloexec = (r & 1n) !== 0n;
    const tmp = must(rawSyscall(task, sys.SYS.fcntl, n, sys.F_DUPFD_CLOEXEC, 0), what);
    must(rawSyscall(task, sys.SYS.dup3, src, n, 0), what);
    try {
      return fn();
    } finally {
      must(rawSyscall(task, sys.SYS.dup3, tmp, n, cloexec ? sys.O_CLOEXEC : 0), what);
      must(rawSyscall(task, sys.SYS.close, tmp), what);
    }
  }

  /** epoll_ctl in the task; EEXIST on ADD means the watch is there already (true). */
  ctl(op: number, w: PendingWatch, eventAddr: bigint): void {
    const r = rawSyscall(this.#task, SYS_epoll_ctl, this.#epfd, op, w.tfd.tfd, eventAddr);
    if (r === -EEXIST && op === sys.EPOLL_CTL_ADD) return;
    must(r, () => `${this.#label}: epoll_ctl(${op === sys.EPOLL_CTL_ADD ? 'ADD' : 'MOD'}) of the watch on fd ${w.tfd.tfd} (file ${w.tfd.id}, events ${describeEvents(w.tfd.events)})`);
  }

  /** Adds plain watches, their epoll_event structs written BATCH at a time into the task. */
  addAll(list: readonly PendingWatch[]): void {
    for (let at = 0; at < list.length; at += BATCH) {
      const batch = list.slice(at, at + BATCH);
      const buf = Buffer.alloc(batch.length * EPOLL_EVENT_SIZE);
      batch.forEach((w, j) => {
        buf.writeUInt32LE(w.tfd.events >>> 0, j * EPOLL_EVENT_SIZE);
        buf.writeBigUInt64LE(BigInt.asUintN(64, w.tfd.data), j * EPOLL_EVENT_SIZE + 4);
      });
      const base = this.#task.putScratch(buf, 0);
      batch.forEach((w, j) => {
        this.withTargetAt(w.tfd.tfd, w.fds, () => this.ctl(sys.EPOLL_CTL_ADD, w, base + BigInt(j * EPOLL_EVENT_SIZE)));
      });
    }
  }

  /**
   * Re-creates a fired EPOLLONESHOT watch by firing it (see the top of this file);
   * `makeReady` makes its target ready for a moment if it is not. Returns false when the
   * watch could not be fired and was left armed for EPOLLERR|EPOLLHUP.
   */
  addFired(w: PendingWatch, makeReady?: () => Undo | undefined): boolean {
    // [0, 12): the ADD event, [12, 24): the MOD fallback's event, [24, 36): epoll_wait's output.
    const buf = Buffer.alloc(3 * EPOLL_EVENT_SIZE);
    buf.writeUInt32LE((w.tfd.events | FIRE_BITS) >>> 0, 0);
    buf.writeBigUInt64LE(BigInt.asUintN(64, w.tfd.data), 4);
    buf.writeUInt32LE(w.tfd.events >>> 0, 12);
    buf.writeBigUInt64LE(BigInt.asUintN(64, w.tfd.data), 16);
    const base = this.#task.putScratch(buf, 0);
    const out = base + 24n;
    const fire = () => must(rawSyscall(this.#task, SYS_epoll_wait, this.#epfd, out, 1, 0), () => `${this.#label}: epoll_wait to disarm the fired EPOLLONESHOT watch on fd ${w.tfd.tfd}`) === 1n;
    return this.withTargetAt(w.tfd.tfd, w.fds, () => {
      this.ctl(sys.EPOLL_CTL_ADD, w, base);
      if (fire()) return true;
      const undo = makeReady?.();
      if (undo) {
        let fired: boolean;
        try {
          fired = fire();
        } finally {
          undo();
        }
        if (fired) return true;
      }
      this.ctl(sys.EPOLL_CTL_MOD, w, base + 12n);
      return false;
    });
  }

  /** Takes every event waiting in the epoll with epoll_wait in the task (BATCH at a time). */
  consumeEvents(): number {
    const out = this.#task.putScratch(Buffer.alloc(BATCH * EPOLL_EVENT_SIZE), 0);
    let total = 0;
    for (;;) {
      const n = Number(must(rawSyscall(this.#task, SYS_epoll_wait, this.#epfd, out, BATCH, 0), () => `${this.#label}: epoll_wait to take the consumed edges`));
      total += n;
      if (n < BATCH) return total;
    }
  }
}

/** The watches an epoll of a live task already has, per tfd number. */
export function liveWatchCounts(pid: number, epfd: number): Map<number, number> {
  return watchCounts(fs.readFileSync(`/proc/${pid}/fdinfo/${epfd}`, 'latin1'));
}

/** Whether the epoll already has the watch (target = task fd `fd`, registered as `tfd`). */
export function hasWatch(pid: number, epfd: number, counts: Map<number, number>, tfd: number, fd: number): boolean {
  const n = counts.get(tfd) ?? 0;
  for (let toff = 0; toff < n; toff++) {
    try {
      if (sys.native.kcmpEpollTfd(pid, fd, pid, epfd, tfd, toff) === 0) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** Copies the restorer's fd `restorerFd` into the task: remote pidfd_open(restorer) + pidfd_getfd. */
export class PidfdBorrower {
  #pidfd = -1n;

  constructor(private readonly task: RemoteTask, private readonly label: string) {}

  borrow(restorerFd: number): number {
    if (this.#pidfd < 0n) {
      const r = rawSyscall(this.task, SYS_pidfd_open, process.pid, 0);
      if (r < 0n) {
        throw new EpollError(
          `${this.label}: a watch's target is held by no task that holds the epoll, so it must be brought into task ${this.task.pid} ` +
            `for the epoll_ctl call; pidfd_open of the restorer (pid ${process.pid}) inside the task failed with ${errnoOf(r)} ` +
            '(another pid namespace?): the engine must offer TaskContext.borrowFd(fileId) (see @amber/epoll BorrowingTaskContext)',
        );
      }
      this.#pidfd = r;
    }
    const fd = rawSyscall(this.task, SYS_pidfd_getfd, this.#pidfd, restorerFd, 0);
    must(fd, () => `${this.label}: pidfd_getfd of the restorer's fd ${restorerFd} into task ${this.task.pid}`);
    return Number(fd);
  }

  close(): void {
    if (this.#pidfd >= 0n) {
      rawSyscall(this.task, sys.SYS.close, this.#pidfd);
      this.#pidfd = -1n;
    }
  }
}
