// The watches of an epoll instance, as /proc/PID/fdinfo/N shows them:
//   tfd:       18 events: 40000019 data:             1234  pos:0 ino:f324a sdev:f
// one line per watch, in the kernel's red-black tree order (by file, then fd number).
import * as sys from '@amber/sys';

export interface Watch {
  /** The fd number the watch was registered with (it may name another file now, or nothing). */
  tfd: number;
  /** epoll_event.events as the kernel keeps them (u32; EPOLLERR|EPOLLHUP added by ADD/MOD). */
  events: number;
  data: bigint;
  /** The target file's position, inode and superblock device (kernel encoding), at dump. */
  pos: bigint;
  ino: bigint;
  sdev: number;
  /**
   * Which of the watches registered with this tfd number it is (0, 1...), in fdinfo
   * order: the `toff` of kcmp(KCMP_EPOLL_TFD), which counts the same way.
   */
  toff: number;
}

const LINE = /^tfd:\s*(\d+)\s+events:\s*([0-9a-f]+)\s+data:\s*([0-9a-f]+)\s+pos:\s*(-?\d+)\s+ino:\s*([0-9a-f]+)\s+sdev:\s*([0-9a-f]+)/gm;

export function parseWatches(fdinfo: string): Watch[] {
  const out: Watch[] = [];
  const seen = new Map<number, number>();
  for (const m of fdinfo.matchAll(LINE)) {
    const tfd = Number(m[1]);
    const toff = seen.get(tfd) ?? 0;
    seen.set(tfd, toff + 1);
    out.push({
      tfd,
      events: parseInt(m[2]!, 16) >>> 0,
      data: BigInt(`0x${m[3]}`),
      pos: BigInt(m[4]!),
      ino: BigInt(`0x${m[5]}`),
      sdev: parseInt(m[6]!, 16) >>> 0,
      toff,
    });
  }
  return out;
}

/** How many watches each tfd number has in an epoll of a live task (0 lines: an empty epoll). */
export function watchCounts(fdinfo: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const w of parseWatches(fdinfo)) out.set(w.tfd, (out.get(w.tfd) ?? 0) + 1);
  return out;
}

/** Bits the kernel keeps on a fired EPOLLONESHOT watch (EP_PRIVATE_BITS). */
export const EP_PRIVATE_BITS = (sys.EPOLLWAKEUP | sys.EPOLLONESHOT | sys.EPOLLET | sys.EPOLLEXCLUSIVE) >>> 0;

/** An EPOLLONESHOT watch that already delivered its event: only the private bits are left. */
export function isFiredOneshot(events: number): boolean {
  return (events & sys.EPOLLONESHOT) !== 0 && ((events & ~EP_PRIVATE_BITS) >>> 0) === 0;
}

/** `0x40000019 (IN|ERR|HUP|ONESHOT)`: for messages. */
export function describeEvents(events: number): string {
  const names: Array<[number, string]> = [
    [sys.EPOLLIN, 'IN'], [sys.EPOLLPRI, 'PRI'], [sys.EPOLLOUT, 'OUT'], [sys.EPOLLERR, 'ERR'], [sys.EPOLLHUP, 'HUP'],
    [sys.EPOLLRDHUP, 'RDHUP'], [sys.EPOLLEXCLUSIVE, 'EXCLUSIVE'], [sys.EPOLLWAKEUP, 'WAKEUP'], [sys.EPOLLONESHOT, 'ONESHOT'], [sys.EPOLLET, 'ET'],
  ];
  const set = names.filter(([bit]) => (events & bit) !== 0).map(([, n]) => n);
  return `0x${(events >>> 0).toString(16)}${set.length ? ` (${set.join('|')})` : ''}`;
}
