// Unix sockets of real processes (restore stubs holding them), dumped and restored with the
// default socket plugins; checked with what the kernel reports before and after: sock_diag,
// getsockopt, and the queued data read back in order with its fds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { unixSocket } from '../src/unix/udiag';
import { dump, grab, kill, readAll, restore, roundTrip, send, stub, tempDir, unixAddr } from './harness';

const { native } = sys;
const AF_UNIX = 1;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const SOCK_SEQPACKET = 5;
const CLOEXEC = sys.SOCK_CLOEXEC;
const SO_PASSCRED = 16;

function inoOf(pid: number, fd: number): number {
  return Number(/socket:\[(\d+)\]/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))![1]);
}

/** sock_diag's view of a task's socket, without inode numbers (they change). */
function diag(pid: number, fd: number) {
  const info = unixSocket(inoOf(pid, fd))!;
  return { type: info.type, state: info.state, name: info.name.toString('latin1'), rqueue: info.rqueue, shutdown: info.shutdown, hasPeer: info.peer !== 0, icons: info.icons.length };
}

function peerOf(pid: number, fd: number): number {
  return unixSocket(inoOf(pid, fd))!.peer;
}

function opt(pid: number, fd: number, name: number): number {
  const l = grab(pid, fd);
  try {
    return native.getsockoptInt(l, sys.SOL_SOCKET, name);
  } finally {
    native.close(l);
  }
}

function drain(pid: number, fd: number, zeroIsEof = true) {
  const l = grab(pid, fd);
  try {
    return readAll(l, 1 << 20, zeroIsEof);
  } finally {
    native.close(l);
  }
}

test('stream socketpair: ends in two tasks, data queued both ways, an fd in flight, options, shutdown', () => {
  const [a, b] = native.socketpair(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
  const [pr, pw] = native.pipe2(sys.O_CLOEXEC);
  native.write(pw, Buffer.from('through the pipe'));
  send(a, 'hello ');
  send(a, 'with fd', [pr]);
  send(a, ' tail');
  send(b, 'back to a');
  native.setsockoptInt(b, sys.SOL_SOCKET, SO_PASSCRED, 1);
  native.setsockoptInt(a, sys.SOL_SOCKET, sys.SO_SNDBUFFORCE, 100_000);
  native.setsockoptInt(b, sys.SOL_SOCKET, sys.SO_PEEK_OFF, 3);
  native.fcntl(a, sys.F_SETFL, sys.O_NONBLOCK);
  native.shutdown(a, 1); // SHUT_WR: b sees end of file after the data
  const p1 = stub([[a, 3]]);
  const p2 = stub([[b, 4]]);
  for (const f of [a, b, pr, pw]) native.close(f);
  const before = { a: diag(p1, 3), b: diag(p2, 4), sndbuf: opt(p1, 3, sys.SO_SNDBUF), pass: opt(p2, 4, SO_PASSCRED), peek: opt(p2, 4, sys.SO_PEEK_OFF) };
  const m = roundTrip([p1, p2]);
  const [q1, q2] = [m.get(p1)!, m.get(p2)!];
  try {
    assert.deepEqual({ a: diag(q1, 3), b: diag(q2, 4), sndbuf: opt(q1, 3, sys.SO_SNDBUF), pass: opt(q2, 4, SO_PASSCRED), peek: opt(q2, 4, sys.SO_PEEK_OFF) }, before);
    assert.equal(peerOf(q1, 3), inoOf(q2, 4), 'the restored ends are each other\'s peers');
    assert.equal(fs.readFileSync(`/proc/${q1}/fdinfo/3`, 'latin1').match(/^flags:\s*(\d+)/m)![1]!.slice(-5, -3), '04', 'O_NONBLOCK kept');
    const l2 = grab(q2, 4);
    native.setsockoptInt(l2, sys.SOL_SOCKET, sys.SO_PEEK_OFF, -1);
    const got = readAll(l2);
    native.close(l2);
    const text = got.map((g) => g.data).join('');
    assert.equal(text, 'hello with fd tail');
    const withFd = got.find((g) => g.fds.length);
    assert.ok(withFd && withFd.data.endsWith('with fd'), 'the fd arrives with the bytes it was sent with (a read stops after them)');
    const buf = Buffer.alloc(64);
    assert.equal(buf.subarray(0, native.read(withFd.fds[0]!, buf)).toString(), 'through the pipe');
    for (const g of got) for (const f of g.fds) native.close(f);
    assert.deepEqual(drain(q1, 3).map((g) => g.data), ['back to a']);
  } finally {
    kill(q1);
    kill(q2);
  }
});

test('datagram and seqpacket pairs: message boundaries, empty messages, credentials', () => {
  for (const type of [SOCK_DGRAM, SOCK_SEQPACKET]) {
    const [a, b] = native.socketpair(AF_UNIX, type | CLOEXEC, 0);
    native.setsockoptInt(b, sys.SOL_SOCKET, SO_PASSCRED, 1);
    for (const m of ['one', '', 'three three', 'x'.repeat(70_000)]) send(a, m);
    send(b, 'reply');
    const p = stub([[a, 5], [b, 6]]);
    native.close(a);
    native.close(b);
    const m = roundTrip([p]);
    const q = m.get(p)!;
    try {
      const got = drain(q, 6, false);
      assert.deepEqual(got.map((g) => g.data.length), [3, 0, 11, 70_000], `type ${type}: one message per read, boundaries kept`);
      assert.equal(got[2]!.data, 'three three');
      assert.equal(got[0]!.creds?.pid, process.pid, 'credentials of the sender as queued');
      assert.deepEqual(drain(q, 5).map((g) => g.data), ['reply']);
      assert.equal(peerOf(q, 5), inoOf(q, 6));
    } finally {
      kill(q);
    }
  }
});

test('a listener bound at a path: backlog, an accepted connection with data, a connection not accepted yet', () => {
  const dir = tempDir('usk-listen');
  const where = path.join(dir, 'srv.sock');
  const l = native.socket(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
  native.bind(l, unixAddr(where));
  fs.chmodSync(where, 0o640);
  native.listen(l, 7);
  const c1 = native.socket(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
  native.connect(c1, unixAddr(where));
  const s1 = native.accept4(l, CLOEXEC);
  send(c1, 'request');
  send(s1, 'response');
  const c2 = native.socket(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
  native.connect(c2, unixAddr(where)); // not accepted
  const server = stub([[l, 3], [s1, 4]]);
  const client = stub([[c1, 3], [c2, 4]]);
  for (const f of [l, c1, s1, c2]) native.close(f);
  const before = { l: diag(server, 3), s1: diag(server, 4), c1: diag(client, 3), c2: diag(client, 4) };
  assert.equal(before.l.icons, 1);
  try {
    const m = roundTrip([server, client]);
    const [sv, cl] = [m.get(server)!, m.get(client)!];
    try {
      assert.deepEqual({ l: diag(sv, 3), s1: diag(sv, 4), c1: diag(cl, 3), c2: diag(cl, 4) }, before);
      assert.equal(fs.statSync(where).mode & 0o777, 0o640, 'the socket file keeps its mode');
      assert.equal(peerOf(sv, 4), inoOf(cl, 3));
      assert.deepEqual(drain(sv, 4).map((g) => g.data), ['request']);
      assert.deepEqual(drain(cl, 3).map((g) => g.data), ['response']);
      const ll = grab(sv, 3);
      const s2 = native.accept4(ll, CLOEXEC);
      assert.equal(peerOf(cl, 4), unixSocket(Number(fs.statSync(`/proc/self/fd/${s2}`).ino))!.ino === 0 ? -1 : peerOf(cl, 4));
      send(s2, 'late');
      assert.deepEqual(drain(cl, 4).map((g) => g.data), ['late'], 'the pending connection is accepted after restore');
      native.close(s2);
      native.close(ll);
      const c3 = native.socket(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
      native.connect(c3, unixAddr(where));
      native.close(c3);
    } finally {
      kill(sv);
      kill(cl);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('abstract names, named datagram sockets, a bound socket whose file was unlinked, a stale socket file', () => {
  const dir = tempDir('usk-names');
  const tag = `amber-test-${process.pid}-${Date.now()}`;
  const gone = path.join(dir, 'gone.sock');
  const stale = path.join(dir, 'stale.sock');
  try {
    const l = native.socket(AF_UNIX, SOCK_SEQPACKET | CLOEXEC, 0);
    native.bind(l, unixAddr(`\0${tag}-listen`));
    native.listen(l, 3);
    const c = native.socket(AF_UNIX, SOCK_SEQPACKET | CLOEXEC, 0);
    native.connect(c, unixAddr(`\0${tag}-listen`));
    const s = native.accept4(l, CLOEXEC);
    send(c, 'first');
    send(c, 'second');
    const rx = native.socket(AF_UNIX, SOCK_DGRAM | CLOEXEC, 0);
    native.bind(rx, unixAddr(stale));
    const tx = native.socket(AF_UNIX, SOCK_DGRAM | CLOEXEC, 0);
    native.bind(tx, unixAddr(`\0${tag}-tx`));
    const anon = native.socket(AF_UNIX, SOCK_DGRAM | CLOEXEC, 0);
    send(tx, 'from tx', [], unixAddr(stale));
    send(anon, 'from nobody', [], unixAddr(stale));
    const u = native.socket(AF_UNIX, SOCK_DGRAM | CLOEXEC, 0);
    native.bind(u, unixAddr(gone));
    fs.unlinkSync(gone);
    native.connect(tx, unixAddr(stale)); // tx is connected one way to rx
    const p = stub([[l, 3], [c, 4], [s, 5], [rx, 6], [tx, 7], [u, 8]]);
    for (const f of [l, c, s, rx, tx, anon, u]) native.close(f);
    const before = [3, 4, 5, 6, 7, 8].map((f) => diag(p, f));
    const q = roundTrip([p]).get(p)!;
    try {
      assert.deepEqual([3, 4, 5, 6, 7, 8].map((f) => diag(q, f)), before);
      assert.ok(fs.lstatSync(stale).isSocket(), 'the stale socket file was replaced by the restored socket\'s');
      assert.ok(!fs.existsSync(gone), 'the unlinked socket stays unlinked');
      assert.deepEqual(drain(q, 5).map((g) => g.data), ['first', 'second']);
      const got = drain(q, 6, false);
      assert.deepEqual(got.map((g) => g.data), ['from tx', 'from nobody']);
      assert.equal(got[0]!.addr.subarray(2).toString('latin1'), `\0${tag}-tx`, 'the sender\'s name comes with the datagram');
      assert.equal(got[1]!.addr.length <= 2, true, 'an unnamed sender stays unnamed');
      assert.equal(peerOf(q, 7), inoOf(q, 6));
    } finally {
      kill(q);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a unix socket in flight only (SCM_RIGHTS in a queue) comes back with its own queue', () => {
  const [a, b] = native.socketpair(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
  const [c, d] = native.socketpair(AF_UNIX, SOCK_DGRAM | CLOEXEC, 0);
  send(d, 'inside the passed socket');
  send(a, 'carrier', [c]);
  const p = stub([[b, 3], [d, 4], [a, 5]]);
  for (const f of [a, b, c, d]) native.close(f);
  const q = roundTrip([p]).get(p)!;
  try {
    const got = drain(q, 3);
    assert.equal(got.length, 1);
    assert.equal(got[0]!.fds.length, 1);
    const passed = got[0]!.fds[0]!;
    assert.deepEqual(readAll(passed, 1 << 16, false).map((g) => g.data), ['inside the passed socket']);
    assert.equal(unixSocket(Number(fs.fstatSync(passed).ino))!.peer, inoOf(q, 4), 'the passed socket is still the peer of the task\'s');
    native.close(passed);
  } finally {
    kill(q);
  }
});

test('a peer outside the dumped tree: refused naming both; --external unix:[ino] then --inherit-fd', () => {
  const [a, b] = native.socketpair(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
  const p = stub([[a, 3]]);
  native.close(a);
  const ino = inoOf(p, 3);
  const dir = tempDir('usk-ext');
  try {
    assert.throws(() => dump([p], dir), (e: Error) => {
      assert.match(e.message, new RegExp(`pid ${p} fd 3 \\(unix stream socket:\\[${ino}\\]\\)`));
      assert.match(e.message, /its peer socket:\[\d+\] \(held by pid \d+/);
      assert.match(e.message, new RegExp(`--external unix:\\[${ino}\\]`));
      return true;
    });
    dump([p], dir, [`unix:[${ino}]`]);
    kill(p);
    const stand = native.socket(AF_UNIX, SOCK_STREAM | CLOEXEC, 0);
    const keep = sys.dupFd(stand, 40);
    native.close(stand);
    const [q] = [...restore([p], dir, [`fd[${keep}]:unix:[${ino}]`]).values()];
    native.close(keep);
    try {
      assert.equal(inoOf(q!, 3), Number(fs.statSync(`/proc/${q}/fd/3`).ino));
      assert.match(fs.readlinkSync(`/proc/${q}/fd/3`), /^socket:/);
    } finally {
      kill(q!);
    }
  } finally {
    native.close(b);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** SO_PEERCRED of a task's socket: [pid, uid, gid]. */
function peerCred(pid: number, fd: number): number[] {
  const l = grab(pid, fd);
  try {
    const b = native.getsockoptBytes(l, sys.SOL_SOCKET, 17, 12);
    return [b.readInt32LE(0), b.readUInt32LE(4), b.readUInt32LE(8)];
  } finally {
    native.close(l);
  }
}

test('peer credentials are those of the tasks that made the connections, as before the dump', () => {
  // Made inside the stubs (remote syscalls), so the kernel records the stubs' pids.
  const maker = stub();
  const listener = stub();
  const t = sys.Tracee.seize(maker);
  const tl = sys.Tracee.seize(listener);
  const dir = tempDir('usk-cred');
  const where = path.join(dir, 'l.sock');
  try {
    const sv = t.scratch(8);
    assert.equal(t.syscall(53, AF_UNIX, SOCK_STREAM, 0, sv), 0n); // socketpair
    const [a, b] = [t.readMem(sv, 8).readInt32LE(0), t.readMem(sv, 8).readInt32LE(4)];
    const addr = unixAddr(where);
    const lfd = Number(tl.syscall(sys.SYS.socket, AF_UNIX, SOCK_STREAM, 0));
    assert.equal(tl.syscall(49, lfd, tl.putScratch(addr), addr.length), 0n); // bind
    assert.equal(tl.syscall(50, lfd, 4), 0n); // listen
    const c = Number(t.syscall(sys.SYS.socket, AF_UNIX, SOCK_STREAM, 0));
    assert.equal(t.syscall(42, c, t.putScratch(addr), addr.length), 0n); // connect (not accepted)
    t.detach();
    tl.detach();
    const before = { a: peerCred(maker, a), b: peerCred(maker, b), c: peerCred(maker, c), l: peerCred(listener, lfd) };
    assert.deepEqual(before.a, [maker, 0, 0]);
    assert.deepEqual(before.c, [listener, 0, 0], 'a client sees the listener\'s credentials');
    const m = roundTrip([maker, listener]);
    const [q, ql] = [m.get(maker)!, m.get(listener)!];
    try {
      assert.deepEqual({ a: peerCred(q, a), b: peerCred(q, b), c: peerCred(q, c), l: peerCred(ql, lfd) }, before);
      const ll = grab(ql, lfd);
      const s = native.accept4(ll, CLOEXEC);
      const pc = native.getsockoptBytes(s, sys.SOL_SOCKET, 17, 12);
      assert.equal(pc.readInt32LE(0), maker, 'the pending connection was made by the task that holds its client end');
      native.close(s);
      native.close(ll);
    } finally {
      kill(q);
      kill(ql);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
