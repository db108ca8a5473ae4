// Edge-triggered watches whose edge was already consumed (dump side).
//
// An EPOLLET watch reports a ready target once per edge: epoll_wait delivers it and
// takes it off the epoll's ready list, and only a new wakeup of the target puts it back.
// At restore, EPOLL_CTL_ADD on a ready target always puts the watch on the ready list,
// so a watch whose edge the program had consumed would report one event too many. Which
// watches are on the ready list is not in fdinfo, and epoll_wait would consume what it
// looks at. What can be seen without changing anything: whether the ready list holds a
// watch whose target is ready now, by polling the epoll itself (an epoll is readable
// exactly then; the kernel's poll only drops entries that are not ready, which the next
// epoll_wait would drop anyway). When nothing is waiting, every EPOLLET watch has
// consumed its edge: that is the state of a program asleep in epoll_wait, the usual one
// at a dump. When something is waiting, the poll cannot say which watch: the EPOLLET
// watches on ready targets are then restored with their edge pending, as ADD makes them
// (at most one extra event each).
import * as sys from '@amber/sys';
import type { Watch } from './fdinfo';

const { native } = sys;

/** An edge-triggered watch that is not EPOLLONESHOT (a oneshot's state is its armed bits). */
export function isEdgeTriggered(events: number): boolean {
  return (events & sys.EPOLLET) !== 0 && (events & sys.EPOLLONESHOT) === 0;
}

/**
 * Whether an event is waiting in the epoll behind `fd` (a copy of the dumped task's fd),
 * seen by polling it through a private epoll; undefined when it cannot be told (too
 * deeply nested epolls).
 */
export function hasWaitingEvent(fd: number): boolean | undefined {
  const probe = native.epollCreate1(sys.O_CLOEXEC);
  try {
    native.epollCtl(probe, sys.EPOLL_CTL_ADD, fd, sys.EPOLLIN, 0);
    return native.epollWait(probe, 1, 0).length > 0;
  } catch {
    return undefined;
  } finally {
    native.close(probe);
  }
}

/** Indexes of the EPOLLET watches whose edge is known to be consumed (see above). */
export function consumedEdges(fd: number, watches: readonly Watch[]): number[] {
  const et = watches.flatMap((w, i) => (isEdgeTriggered(w.events) ? [i] : []));
  if (et.length === 0) return [];
  return hasWaitingEvent(fd) === false ? et : [];
}
