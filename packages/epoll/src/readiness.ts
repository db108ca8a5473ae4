// Making a watch's target ready for a moment, from the restorer, so that a fired
// EPOLLONESHOT watch can be fired again at restore (install.ts) when its target is ready
// for nothing. Only an event delivered by epoll_wait disarms a oneshot watch (ADD and MOD
// always arm it for EPOLLERR|EPOLLHUP at least), and the kernel polls the target again
// before delivering, so the target must really be ready while the task waits. The
// restorer holds the same open file description as the task (it opened it), so it can
// change the file's state and change it back, while every restored task is stopped:
//   pipe or FIFO, read side, empty:  write one byte through a new write description
//                                    (/proc/self/fd/N), read it back after the wait;
//   pipe or FIFO, write side, full:  F_SETPIPE_SZ to twice the size (room for a write),
//                                    then back to the size (the content still fits);
//   epoll:                           a private eventfd (count 1) added to it, then removed;
// other kinds (sockets, timerfd, signalfd, inotify...): not known, the caller falls back.
// What stays changed: a pipe's open counters (a FIFO reader opened while no writer ever
// existed may later see EPOLLHUP where it would not have), and waiters on the file in
// other epolls see one wakeup (an edge for their EPOLLET watches).
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { quietly } from '@amber/sys';

const { native } = sys;

/** Undoes what makeReady did. */
export type Undo = () => void;

/**
 * Makes the file behind the restorer's fd `fd` ready for a moment (see above); returns
 * how to undo it, or undefined when the file's kind is not known or nothing can be done.
 */
export function makeReady(fd: number): Undo | undefined {
  let mode: number;
  try {
    mode = native.statx(fd, '', sys.AT_EMPTY_PATH).mode & sys.S_IFMT;
  } catch {
    return undefined;
  }
  if (mode === sys.S_IFIFO) {
    const acc = native.fcntl(fd, sys.F_GETFL, 0) & sys.O_ACCMODE;
    if (acc === sys.O_RDONLY) return queueOneByte(fd);
    if (acc === sys.O_WRONLY) return makeRoom(fd);
    return undefined; // read-write: empty is writable, full is readable
  }
  let link: string;
  try {
    link = fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
  if (link === 'anon_inode:[eventpoll]') return addReadyWatch(fd);
  return undefined;
}

/** An empty pipe's read side: one byte queued, read back by the undo. */
function queueOneByte(fd: number): Undo | undefined {
  let w: number;
  try {
    w = native.open(`/proc/self/fd/${fd}`, sys.O_WRONLY | sys.O_NONBLOCK | sys.O_CLOEXEC, 0);
  } catch {
    return undefined;
  }
  try {
    native.write(w, Buffer.from('!'));
  } catch {
    native.close(w);
    return undefined; // full after all: it was ready
  }
  return () => {
    const fl = native.fcntl(fd, sys.F_GETFL, 0);
    try {
      if (!(fl & sys.O_NONBLOCK)) native.fcntl(fd, sys.F_SETFL, fl | sys.O_NONBLOCK);
      quietly(() => native.read(fd, Buffer.alloc(1)));
    } finally {
      if (!(fl & sys.O_NONBLOCK)) native.fcntl(fd, sys.F_SETFL, fl);
      native.close(w);
    }
  };
}

/** A full pipe's write side: the buffer doubled for the moment, then its size again. */
function makeRoom(fd: number): Undo | undefined {
  const size = native.fcntl(fd, sys.F_GETPIPE_SZ, 0);
  try {
    quietly(() => native.fcntl(fd, sys.F_SETPIPE_SZ, size * 2));
  } catch {
    return undefined; // above pipe-max-size without CAP_SYS_RESOURCE
  }
  return () => {
    native.fcntl(fd, sys.F_SETPIPE_SZ, size);
  };
}

/** An epoll with nothing ready: a private, readable eventfd watched for the moment. */
function addReadyWatch(fd: number): Undo | undefined {
  const efd = native.eventfd(1, sys.EFD_CLOEXEC);
  try {
    native.epollCtl(fd, sys.EPOLL_CTL_ADD, efd, sys.EPOLLIN, 0);
  } catch {
    native.close(efd);
    return undefined;
  }
  return () => {
    try {
      native.epollCtl(fd, sys.EPOLL_CTL_DEL, efd, 0, 0);
    } finally {
      native.close(efd);
    }
  };
}
