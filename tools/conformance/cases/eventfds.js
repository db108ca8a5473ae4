// Event-like fds (@amber/eventfds), each program checking itself after two dump+restore rounds.
'use strict';

module.exports = [
  {
    name: 'eventfds',
    prog: 'eventfds',
    what: 'eventfds (a count above 32 bits, a non-blocking semaphore), a signalfd with a thread and a process signal pending, timerfds: relative, absolute with cancel-on-set, fired and unread, periodic (eventfds.c)',
  },
];
