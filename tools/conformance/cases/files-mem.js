// Files and memory fidelity (issue 18): unlinked files, file mappings, VMA flags.
'use strict';

module.exports = [
  {
    name: 'ghost-files',
    prog: 'ghostfiles',
    args: (ctx) => [ctx.scratch],
    dumpArgs: () => ['--ghost-limit', '2M'],
    what: 'unlinked files held open: 1.5 MiB of data (dumped with --ghost-limit 2M), a 3 MiB sparse one (holes kept; only data counts against the limit), mode 04751 owner 1234:5678 with atime/mtime to the nanosecond, one inode through two unlinked hard links, one linked back and unlinked again then resized, a write-only one shared with a child that reads it through /proc/self/fd (ghostfiles.c)',
  },
  {
    name: 'mem-layout',
    prog: 'memlayout',
    args: (ctx) => [ctx.scratch],
    what: 'VMAs split by mprotect, moved and grown by mremap, a MAP_FIXED hole in a file mapping, file mappings at a page offset and beyond EOF, a MAP_SHARED PROT_READ mapping of an O_RDWR file (mprotect to writable still works) and of an O_RDONLY one (still EACCES), PROT_NONE/EXEC/RWX, mseal, guard regions (MADV_GUARD_INSTALL) in anonymous and file memory: same VmFlags for every VMA, same bytes, same guard pages (memlayout.c)',
  },
  {
    name: 'opath-fds',
    prog: 'opath',
    args: (ctx) => [ctx.scratch],
    what: 'O_PATH fds of a regular file, a directory, a symlink itself (O_PATH|O_NOFOLLOW) and /dev/null with FD_CLOEXEC: still O_PATH, same type, usable with readlinkat/fstatat and /proc/self/fd reopening (opath.c)',
  },
  {
    name: 'link-remap',
    prog: 'linkremap',
    args: (ctx) => [ctx.scratch],
    what: 'files unlinked while another hard link is left (one in a subdirectory): same inode as the other name (reached through a file handle), "(deleted)" names, offsets, access modes, writes shared (linkremap.c)',
  },
];
