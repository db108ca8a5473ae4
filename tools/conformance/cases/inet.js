// TCP and UDP sockets (the inet plugin of @amber/socket), tools/testprogs/inet.c.
'use strict';

module.exports = [
  {
    name: 'inet-sockets',
    prog: 'inet',
    args: () => ['sockets'],
    what: 'TCP listeners (IPv4 with the options servers set, O_NONBLOCK and backlog; v6-only on ::1), an unbound TCP socket, bound and connected UDP sockets over IPv4 and IPv6 with options: names, peers and options unchanged, the listeners accept, datagrams flow (inet.c sockets)',
  },
  {
    name: 'inet-established',
    prog: 'inet',
    args: () => ['established'],
    ready: /^ready /m,
    dumpArgs: () => ['--tcp-established'],
    restoreArgs: () => ({ args: ['--tcp-established'] }),
    what: 'an established TCP connection between two sockets of the task, 14 bytes unread at one end and a send queue with unsent bytes at the other (dump --tcp-established): every byte arrives once and in order, and the connection goes on (inet.c established)',
  },
];
