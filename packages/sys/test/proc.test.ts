import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as sys from '../src';
import { freePid, startCat, stopChild, statusField } from './helpers';

const { native } = sys;

test('pidfd_open + pidfd_getfd copy an fd out of another process', async () => {
  const child = await startCat();
  try {
    const pidfd = native.pidfdOpen(child.pid!, 0);
    const fd = native.pidfdGetfd(pidfd, 0, 0);
    assert.equal(fs.readlinkSync(`/proc/self/fd/${fd}`), fs.readlinkSync(`/proc/${child.pid}/fd/0`));
    assert.equal(native.kcmp(process.pid, child.pid!, sys.KCMP_FILE, fd, 0), 0);
    assert.notEqual(native.kcmp(process.pid, child.pid!, sys.KCMP_FILE, fd, 1), 0);
    native.close(fd);
    native.close(pidfd);
  } finally {
    await stopChild(child);
  }
  assert.throws(() => native.pidfdOpen(child.pid!, 0), (e: unknown) => sys.isErrno(e, 'ESRCH') && (e as sys.SysError).details.pid === child.pid);
});

test('kcmp KCMP_EPOLL_TFD finds a watched file after its fd number was closed', () => {
  const ep = native.epollCreate1(sys.EPOLL_CLOEXEC);
  const [r, w] = sys.pipe();
  native.epollCtl(ep, sys.EPOLL_CTL_ADD, r, sys.EPOLLIN, 7);
  const moved = sys.dupFd(r, 300);
  native.close(r);
  // The watch still names fd r; the file lives on as `moved`.
  assert.equal(native.kcmpEpollTfd(process.pid, moved, process.pid, ep, r, 0), 0);
  assert.notEqual(native.kcmpEpollTfd(process.pid, w, process.pid, ep, r, 0), 0);
  for (const fd of [ep, moved, w]) native.close(fd);
});

test('process_vm_readv / writev with scatter lists, and /proc/PID/mem', async () => {
  const child = await startCat();
  const t = sys.Tracee.seize(child.pid!);
  try {
    const addr = t.scratch(8192);
    t.writeMem(addr, Buffer.from('hello-remote'));
    const a = Buffer.alloc(5);
    const b = Buffer.alloc(7);
    assert.equal(native.processVmReadv(child.pid!, [a, b], [[addr, 12]]), 12);
    assert.equal(a.toString() + b.toString(), 'hello-remote');
    assert.equal(native.processVmWritev(child.pid!, Buffer.from('AB'), [[addr, 1], [addr + 4096n, 1]]), 2);
    assert.equal(t.readMem(addr, 1).toString(), 'A');
    assert.equal(t.readMem(addr + 4096n, 1).toString(), 'B');
    assert.throws(() => native.processVmReadv(child.pid!, Buffer.alloc(8), [[8n, 8]]), (e: unknown) => sys.isErrno(e, 'EFAULT'));
  } finally {
    t.detach();
    await stopChild(child);
  }
});

test('prlimit reads and sets another process limit', async () => {
  const child = await startCat();
  try {
    const before = native.prlimit(child.pid!, sys.RLIMIT_NOFILE);
    assert.equal(typeof before.cur, 'bigint');
    native.prlimit(child.pid!, sys.RLIMIT_NOFILE, 123n, before.max);
    assert.match(fs.readFileSync(`/proc/${child.pid}/limits`, 'utf8'), /Max open files\s+123\s/);
    assert.equal(native.prlimit(child.pid!, sys.RLIMIT_CORE).max, sys.RLIM_INFINITY);
  } finally {
    await stopChild(child);
  }
});

test('spawnAt: exact pid with set_tid, exact fd set, kill/tgkill and waitpid(__WALL)', () => {
  const pid = freePid();
  const [r, w] = sys.pipe();
  // The restore stub opens nothing of its own, so its fd table is exactly what was asked.
  const got = sys.spawnAt({ path: sys.restoreStubPath, argv: ['stub'], envp: [], setTid: [pid], fds: [[w, 5], [r, 3]] });
  try {
    assert.equal(got, pid);
    assert.deepEqual(fs.readdirSync(`/proc/${pid}/fd`).map(Number).sort((x, y) => x - y), [3, 5]);
    assert.equal(fs.readlinkSync(`/proc/${pid}/fd/3`), fs.readlinkSync(`/proc/self/fd/${r}`));
    assert.equal(statusField(pid, 'PPid'), String(process.pid));
    assert.equal(sys.waitFor(pid, sys.WNOHANG).kind, 'none');
    native.tgkill(pid, pid, sys.SIGSTOP);
    assert.deepEqual(sys.waitFor(pid, sys.WUNTRACED), { kind: 'stopped', signal: sys.SIGSTOP, event: 0 });
    native.kill(pid, sys.SIGKILL);
    assert.deepEqual(sys.waitFor(pid), { kind: 'signaled', signal: sys.SIGKILL, coreDumped: false });
  } finally {
    native.close(r);
    native.close(w);
  }
  assert.equal(fs.existsSync(`/proc/${pid}`), false);
});

test('spawnAt: a pid in use is EEXIST naming the pid; a bad path is ENOENT from execve', () => {
  assert.throws(() => sys.spawnAt({ path: '/bin/true', argv: ['true'], envp: [], setTid: [process.pid] }), (e: unknown) => {
    assert.ok(sys.isErrno(e, 'EEXIST'));
    assert.deepEqual((e as sys.SysError).details.setTid, [process.pid]);
    return true;
  });
  assert.throws(() => sys.spawnAt({ path: '/nonexistent/amber', argv: ['x'], envp: [] }), (e: unknown) => {
    assert.ok(sys.isErrno(e, 'ENOENT'));
    assert.equal((e as sys.SysError).syscall, 'execve');
    return true;
  });
});

test('spawnAt: init of a new pid namespace sees itself as pid 1', async () => {
  const pid = sys.spawnAt({ path: '/bin/sleep', argv: ['sleep', '1000'], envp: [], newPidNs: true, setTid: [1] });
  try {
    assert.equal(statusField(pid, 'NSpid'), `${pid}\t1`);
  } finally {
    native.kill(pid, sys.SIGKILL);
    const s = await sys.waitForAsync(pid);
    assert.equal(s.kind, 'signaled');
  }
});

test('prctl(PR_SET_CHILD_SUBREAPER): an orphaned grandchild is re-parented to us', () => {
  sys.setChildSubreaper(true);
  try {
    // sh starts a sleep in the background and exits: the sleep is orphaned.
    const sh = sys.spawnAt({ path: '/bin/sh', argv: ['sh', '-c', 'sleep 30 & exit 0'], envp: [] });
    assert.deepEqual(sys.waitFor(sh), { kind: 'exited', code: 0 });
    // The orphan is named sh until it has exec'ed sleep: look for a while.
    let orphan: number | undefined;
    for (let i = 0; i < 200 && orphan === undefined; i++) {
      const kids = fs.readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
      orphan = kids.find((k) => fs.readFileSync(`/proc/${k}/comm`, 'utf8').trim() === 'sleep');
      if (orphan === undefined) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
    assert.ok(orphan, 'the orphaned sleep is now our child');
    assert.equal(statusField(orphan, 'PPid'), String(process.pid));
    native.kill(orphan, sys.SIGKILL);
    assert.equal(sys.waitFor(orphan).kind, 'signaled');
  } finally {
    sys.setChildSubreaper(false);
  }
});
