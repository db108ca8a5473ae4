// File locks and terminals. File locks (tools/testprogs/locks.c): each kind held by the program, checked by a
// process of its own after the restores (F_GETLK, F_OFD_GETLK, flock LOCK_NB from outside).
'use strict';

module.exports = [
  { name: 'locks-posix', prog: 'locks', args: (ctx) => [ctx.scratch, 'posix'], what: 'POSIX (fcntl F_SETLK) locks: a write lock on [0,10) and a read lock from 100 to EOF, owned by the task (locks.c posix)' },
  { name: 'locks-ofd', prog: 'locks', args: (ctx) => [ctx.scratch, 'ofd'], what: 'an open file description (F_OFD_SETLK) write lock on [5,25) (locks.c ofd)' },
  { name: 'locks-flock', prog: 'locks', args: (ctx) => [ctx.scratch, 'flock'], what: 'flock: LOCK_EX on one file, LOCK_SH on another whose description a child shares (locks.c flock)' },
];

// Terminals (tools/testprogs/ptypair.c): a pty pair with both ends inside the tree.
module.exports.push({
  name: 'pty-pair',
  prog: 'ptypair',
  what: 'a pty pair inside the tree: the master in the parent, a child session leader with the slave as its controlling terminal (raw termios, VINTR 7, IUTF8, 9600 baud), a grandchild as the foreground group, window 33x101; same /dev/pts index after restore (ptypair.c)',
});
