// Unix sockets (tools/testprogs/unixsk.c): a parent and a child talking over stream,
// datagram and seqpacket pairs, a listener at a path with an accepted connection and one
// not accepted yet, an abstract datagram name, data queued in every direction (an fd in
// flight, credentials, an empty datagram, a shutdown), checked by both after each round.
'use strict';

module.exports = [
  {
    name: 'sockets-unix',
    prog: 'unixsk',
    args: (ctx) => [ctx.scratch],
    what:
      'unix sockets between a parent and a child: stream/datagram/seqpacket pairs with data queued both ways, a pipe in flight (SCM_RIGHTS), ' +
      'SO_PASSCRED credentials, an empty datagram, shutdown(SHUT_WR), O_NONBLOCK and SO_SNDBUF, a listener at a path with an accepted ' +
      'connection and one to accept after restore, an abstract datagram name (unixsk.c)',
  },
];
