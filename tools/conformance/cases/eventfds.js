// Event-like fds (@amber/eventfds), each program checking itself after two dump+restore rounds.
'use strict';

module.exports = [
  {
    name: 'eventfds',
    prog: 'eventfds',
    args: (ctx) => [ctx.scratch],
    what: 'eventfds (a count above 32 bits, a non-blocking semaphore), a signalfd with a thread and a process signal pending, timerfds (relative, absolute with cancel-on-set, fired and unread, periodic), inotify watches with a wd gap, pidfds of a child and of a reaped child, its own pid and net namespace fds (eventfds.c)',
  },
  { name: 'memfd-default', prog: 'memfd', what: 'the memfd program through a plain amber dump and restore, no --plugin: @amber/plugin-memfd is registered by default (memfd.c)' },
];
