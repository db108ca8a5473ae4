// The conformance cases. Each names a test program of tools/testprogs and what the
// runner does around it; by default: start it, wait for "ready", dump and restore it
// with the amber command, compare the outside view, SIGTERM it and read its verdict
// (PASS, or FAIL: reason). Hooks, all optional:
//   args(ctx), env, newPidNs, setsid  how to start it (ctx.scratch is a scratch directory)
//   setup(ctx) -> {fds, close}        extra fds for the program ([ours, theirs]); ours to close after the start
//   ready                             the line that says it is set up (default /^ready\b/m)
//   plugins                           --plugin modules for dump and restore
//   dumpArgs(ctx, round)              more arguments for amber dump
//   restoreArgs(ctx, round) -> {args, fds, close}   more arguments for amber restore, fds it gets at 3, 4...
//   view                              outsideView options (ignorePos: fds whose offset moves; ignorePending)
//   verdict(ctx)                      the runner decides instead of the program (then no SIGTERM)
//   afterVerdict(ctx)                 more checks after a PASS
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const sys = require('@amber/sys');
const { sleep, waitExit, readText } = require('./lib');

const { native } = sys;

function readMem(pid, addr, length) {
  const fd = fs.openSync(`/proc/${pid}/mem`, 'r');
  try {
    const b = Buffer.alloc(length);
    fs.readSync(fd, b, 0, length, Number(addr));
    return b;
  } finally {
    fs.closeSync(fd);
  }
}

async function kill9(ctx) {
  native.kill(ctx.pid, sys.SIGKILL);
  await waitExit(ctx.pid, 10000);
}

/** Everything readable now from a non-blocking pipe read end ('' at EOF or when empty). */
function drain(fd) {
  let text = '';
  const buf = Buffer.alloc(65536);
  for (;;) {
    try {
      const n = native.read(fd, buf);
      if (n === 0) return text;
      text += buf.subarray(0, n).toString();
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN')) return text;
      throw e;
    }
  }
}

function nonblockingPipe() {
  const [r, w] = sys.pipe();
  native.fcntl(r, sys.F_SETFL, sys.O_NONBLOCK);
  return [r, w];
}

const cases = [
  {
    name: 'busyloop',
    prog: 'busyloop',
    what: 'a single-threaded busy loop (tools/testprogs/busyloop.c): after restore its counter still climbs and its 1 MiB heap pattern is intact (read through /proc/PID/mem)',
    ready: /^counter /m,
    async verdict(ctx) {
      const m = /^counter (0x[0-9a-f]+) heap (0x[0-9a-f]+)/m.exec(readText(ctx.out) ?? '');
      if (!m) throw new Error('busyloop did not print its addresses');
      const c1 = readMem(ctx.pid, BigInt(m[1]), 8).readBigUInt64LE(0);
      await sleep(50);
      const c2 = readMem(ctx.pid, BigInt(m[1]), 8).readBigUInt64LE(0);
      const heap = readMem(ctx.pid, BigInt(m[2]), 1 << 20);
      await kill9(ctx);
      if (c2 <= c1) throw new Error(`verdict: the counter stopped (${c1} then ${c2})`);
      for (let i = 0; i < heap.length; i++) if (heap[i] !== ((i * 7) & 0xff)) throw new Error(`verdict: heap byte ${i} is ${heap[i]}`);
    },
  },
  {
    name: 'counter',
    prog: 'counter',
    what: 'writes 1, 2, 3... to its stdout file every 2 ms (counter.c): after restore the lines go on without a gap or a repeat (the file offset survives)',
    ready: /^1$/m,
    view: { ignorePos: [1] },
    async verdict(ctx) {
      const before = (readText(ctx.out) ?? '').split('\n').filter(Boolean).length;
      await sleep(100);
      await kill9(ctx);
      const lines = (readText(ctx.out) ?? '').split('\n').filter(Boolean);
      lines.forEach((l, i) => {
        if (l !== String(i + 1)) throw new Error(`verdict: line ${i + 1} is "${l}" (lost or repeated output)`);
      });
      if (lines.length <= before) throw new Error('verdict: the counter stopped writing after restore');
    },
  },
  { name: 'sleepers', prog: 'sleepers', what: 'main thread asleep in read() on a pipe, another in nanosleep(); queued data in a 64 KiB pipe at the swapped fds 27/18 of seed 000 (sleepers.c)' },
  { name: 'syscalls', prog: 'syscalls', what: 'threads asleep in read, poll, select (60 s timeout), a futex, an absolute clock_nanosleep, epoll_wait, sigwaitinfo, waitpid; main in sigsuspend (syscalls.c)' },
  { name: 'fpu', prog: 'fpu', what: 'two threads spinning in an asm loop over zmm0-31 and k1-k7 (AVX-512; else xmm0-14), MXCSR and the x87 control word, each with its own values (fpu.c)' },
  {
    name: 'envargs',
    prog: 'envargs',
    args: () => ['alpha', 'beta gamma', '', 'tail'],
    env: { AMBER_CF_ENV: 'a value with spaces, = and ünïcode' },
    what: 'argv and environ (pointers and strings, argv edited in place, setenv), auxv, /proc/self/{cmdline,environ,auxv,exe}, arg/env bounds, comm (envargs.c)',
  },
  { name: 'signals', prog: 'signals', what: 'a handler with SA_ONSTACK and a mask, SIG_IGN, blocked pending SIGUSR2 and a queued SIGRTMIN+3 with its value, sigaltstack, ITIMER_REAL (signals.c)' },
  { name: 'itimers', prog: 'itimers', view: { ignorePending: true }, what: 'ITIMER_REAL every 30 ms, ITIMER_PROF every 10 ms of CPU, ITIMER_VIRTUAL one-shot 500 s away: intervals, values, still firing (itimers.c)' },
  { name: 'posix-timers', prog: 'posixtimers', view: { ignorePending: true }, what: 'timer_create: a periodic CLOCK_MONOTONIC timer with a signal value and a one-shot CLOCK_REALTIME timer 1000 s away (posixtimers.c)' },
  {
    name: 'posix-timers-kinds',
    prog: 'timers',
    view: { ignorePending: true },
    what: 'POSIX timers at sparse ids: periodic CLOCK_MONOTONIC, one-shot CLOCK_REALTIME, SIGEV_THREAD_ID at a second thread, disarmed, periodic on CLOCK_PROCESS_CPUTIME_ID, one whose blocked signal is pending (timers.c)',
  },
  {
    name: 'files',
    prog: 'files',
    args: (ctx) => [ctx.scratch],
    what: 'regular files: offsets, a dup sharing its offset, a second description, O_APPEND, FD_CLOEXEC, O_NONBLOCK|O_NOATIME, an open unlinked file with content (files.c)',
  },
  { name: 'devnull', prog: 'devnull', what: '/dev/null O_RDWR and O_WRONLY|O_APPEND, /dev/zero, /dev/urandom with FD_CLOEXEC, stdin on /dev/null (devnull.c)' },
  {
    name: 'pipes',
    prog: 'pipes',
    what: 'two tasks: crossed pipes between parent and child with queued data, a 256 KiB pipe with 100000 bytes and a second O_NONBLOCK description, a write end without reader, a read end without writer, swapped fds 27/18 (pipes.c)',
  },
  { name: 'fifo', prog: 'fifo', args: (ctx) => [ctx.scratch], what: 'a FIFO open three ways (O_RDONLY|O_NONBLOCK, O_WRONLY, O_RDWR), 128 KiB buffer, queued data; still the FIFO of its path (fifo.c)' },
  {
    name: 'epoll',
    prog: 'epoll',
    args: () => ['basic'],
    what: 'epoll: seed 002 (target dup\'ed and its fd number reused), a closed target, one file registered twice (one edge-triggered), a spent and an armed EPOLLONESHOT, an epoll nested in another (epoll.c basic)',
  },
  { name: 'epoll-escaped', prog: 'epoll', args: () => ['escaped'], what: 'an epoll watch whose target file is no longer in the task\'s fd table, only in its child\'s (epoll.c escaped)' },
  {
    name: 'epoll-states',
    prog: 'epollstate',
    what: 'epoll states fdinfo does not fully show: fired EPOLLONESHOT watches on an emptied pipe, a full pipe and an idle epoll (silent through a hang-up and an error until re-armed), an EPOLLET edge taken before the dump (not reported again) and one pending (reported once), EPOLLEXCLUSIVE on an idle and a ready pipe (MOD refused) (epollstate.c)',
  },
  {
    name: 'pipe-edges',
    prog: 'pipeedge',
    args: (ctx) => [ctx.scratch],
    what: 'a pipe mixing stream data and packets (O_DIRECT switched on and off), a single packet, an unlinked FIFO with both sides, the write side of an unlinked FIFO whose reader is gone (pipeedge.c)',
  },
  {
    name: 'inherit-fd',
    prog: 'inheritfd',
    what: 'seed 001: the program writes ticks into the runner\'s pipe; dumped with --external pipe:[ino], restored onto a new pipe with --inherit-fd fd[3]:pipe:[ino] while the task has a regular file at fd 3; the ticks go on in the new pipe (inheritfd.c)',
    setup(ctx) {
      const file = path.join(ctx.scratch, 'inherit.txt');
      fs.writeFileSync(file, 'inherit-fd test file\n');
      const f = sys.openFile(file, sys.O_RDONLY);
      const [r, w] = nonblockingPipe();
      ctx.data.readers = [r];
      ctx.fds.push(r);
      return { fds: [[f, 3], [w, 4]], close: [f, w] };
    },
    dumpArgs(ctx) {
      ctx.data.key = fs.readlinkSync(`/proc/${ctx.pid}/fd/4`);
      return ['--external', ctx.data.key];
    },
    restoreArgs(ctx) {
      const [r, w] = nonblockingPipe();
      ctx.data.readers.push(r);
      ctx.fds.push(r);
      return { args: ['--inherit-fd', `fd[3]:${ctx.data.key}`], fds: [w], close: [w] };
    },
    afterVerdict(ctx) {
      let next = 1;
      ctx.data.readers.forEach((r, i) => {
        const lines = drain(r).split('\n').filter(Boolean);
        if (lines.length === 0) throw new Error(`verdict: nothing came through pipe ${i + 1}`);
        for (const l of lines) {
          const m = /^(tick|bye) (\d+)$/.exec(l);
          if (!m || Number(m[2]) !== next) throw new Error(`verdict: pipe ${i + 1} carries "${l}", want number ${next}`);
          if (m[1] === 'bye' && i !== ctx.data.readers.length - 1) throw new Error(`verdict: "bye" came through pipe ${i + 1}, not the last one`);
          next++;
        }
        if (i === ctx.data.readers.length - 1 && !/^bye /.test(lines[lines.length - 1])) throw new Error('verdict: the last pipe does not end with "bye"');
      });
    },
  },
  { name: 'tree', prog: 'tree', what: 'a tree: a zombie (exit 7), a busy child, a session leader with a child leading its own group (tree.c)' },
  { name: 'chroot', prog: 'chroot', args: (ctx) => [ctx.scratch], what: 'a chroot\'ed process working in a directory of its root: the same root and cwd after restore (chroot.c)' },
  { name: 'session-dead-leader', prog: 'sessions', args: () => ['dead-leader'], what: 'a session and a process group whose leaders have exited and been reaped, their members alive (sessions.c dead-leader)' },
  { name: 'zombies', prog: 'sessions', args: () => ['zombies'], what: 'zombies: exit 7, killed by SIGKILL, a group leader with a live member (sessions.c zombies)' },
  { name: 'zombie-session-leader', prog: 'sessions', args: () => ['zombie-leader'], what: 'a zombie session leader (exit 42) with a live member of its session (sessions.c zombie-leader)' },
  { name: 'orphans', prog: 'sessions', args: () => ['orphans'], what: 'orphans reparented to the root, a child subreaper, one in its own group; a new orphan after restore (sessions.c orphans)' },
  {
    name: 'pidns-container',
    prog: 'pidns',
    args: () => ['container'],
    newPidNs: true,
    setsid: true,
    what: 'a container: pid 1 of a new pid namespace, leading its own session, with children at pids 2 and 3 (pidns.c container)',
  },
  { name: 'pidns-nested', prog: 'pidns', args: () => ['nested'], what: 'seed 004: nested pid namespaces, tasks with 2 and 3 pid numbers (pidns.c nested)' },
  { name: 'threads', prog: 'threads', what: 'four threads counting, with their tids and TLS (threads.c)' },
  { name: 'shmem-shared', prog: 'sharedanon', what: 'MAP_SHARED|MAP_ANONYMOUS memory shared by a parent and its child, and one of the parent alone: still one memory after restore (sharedanon.c)' },
  { name: 'vmas', prog: 'vmas', args: (ctx) => [path.join(ctx.scratch, 'vmas-file')], what: 'anonymous, file private and shared, guard pages, read-only, 1 GiB sparse, shared anonymous memory in one task (vmas.c)' },
  { name: 'vdso', prog: 'vdso', what: 'spinning in clock_gettime() through the vdso (often dumped inside it): vdso in place, clocks agree with the syscalls (vdso.c)' },
  { name: 'memfd', prog: 'memfd', plugins: ['@amber/plugin-memfd'], what: 'a sealed memfd with content, a dup and a second read-only description, through --plugin @amber/plugin-memfd (memfd.c)' },
  { name: 'madvise', prog: 'madvise', what: 'one mapping per madvise bit (DONTFORK, DONTDUMP, HUGEPAGE, NOHUGEPAGE, WIPEONFORK, MERGEABLE, SEQUENTIAL, RANDOM), mlock, mlock2 on fault, MAP_NORESERVE, MAP_GROWSDOWN: DONTFORK and WIPEONFORK still act on fork (madvise.c)' },
  { name: 'memfd-mappings', prog: 'memfdmap', what: 'a memfd mapped shared and private (a copied page), its fd closed, a part only the child maps: same name, content, one memfd (memfdmap.c)' },
  { name: 'sysv-shm', prog: 'sysvshm', what: 'two SysV segments (one keyed, one removed while attached) shared by a parent and its child: same shmids, key, size, mode, content, still shared (sysvshm.c)' },
  { name: 'tree-100', prog: 'forkmany', args: () => ['99'], what: 'a root and 99 children asleep in pause() (forkmany.c)' },
  { name: 'fds-10000', prog: 'manyfds', args: () => ['10000'], what: '10,000 fds of one /dev/null description, RLIMIT_NOFILE raised to its hard limit (manyfds.c)' },
];

// Cases of one family of state live in cases/<family>.js (module.exports = [case, ...]),
// so work on different families never edits the same file.
const familyDir = path.join(__dirname, 'cases');
if (fs.existsSync(familyDir)) {
  for (const file of fs.readdirSync(familyDir).filter((f) => f.endsWith('.js')).sort()) {
    cases.push(...require(path.join(familyDir, file)));
  }
}

module.exports = { cases, drain };
