import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdStore, FdStoreError, MAX_BATCH } from '../src';

const { native } = sys;

function sameFile(a: number, b: number): boolean {
  return native.kcmp(process.pid, process.pid, sys.KCMP_FILE, a, b) === 0;
}

function isCloexec(fd: number): boolean {
  return (native.fcntl(fd, sys.F_GETFD, 0) & sys.FD_CLOEXEC) !== 0;
}

function openFds(): number {
  return fs.readdirSync('/proc/self/fd').length;
}

function assertStoreError(code: string, pattern: RegExp): (e: unknown) => boolean {
  return (e: unknown) => {
    assert.ok(e instanceof FdStoreError, `expected an FdStoreError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, pattern);
    return true;
  };
}

test('add/get: ids are sequence numbers; get returns a new O_CLOEXEC fd of the same file, any number of times', () => {
  const store = FdStore.create();
  const [r, w] = sys.pipe();
  const f = sys.openFile('/proc/self/status', sys.O_RDONLY);
  try {
    assert.match(store.name, /^@amber-fdstore-\d+$/);
    assert.equal(store.add(r), 0);
    assert.equal(store.add(w), 1);
    assert.equal(store.add(f), 2);
    assert.equal(store.count, 3);
    for (let round = 0; round < 3; round++) {
      for (const [id, orig] of [[2, f], [0, r], [1, w]] as const) {
        const got = store.get(id);
        assert.notEqual(got, orig);
        assert.ok(sameFile(got, orig), `entry ${id} is the file it was added as`);
        assert.ok(isCloexec(got));
        native.close(got);
      }
    }
    // The store holds its own reference: closing ours does not lose the file.
    native.close(w);
    const w2 = store.get(1);
    native.write(w2, Buffer.from('through the store'));
    const buf = Buffer.alloc(64);
    assert.equal(buf.subarray(0, native.read(r, buf)).toString(), 'through the store');
    native.close(w2);
  } finally {
    native.close(r);
    native.close(f);
    store.close();
  }
});

test('the store is one fd: bound to an abstract name, connected to itself, close-on-exec, big buffers', () => {
  const before = openFds();
  const store = FdStore.create({ bufferBytes: 8 << 20 });
  try {
    assert.equal(openFds(), before + 1);
    assert.match(fs.readlinkSync(`/proc/self/fd/${store.fd}`), /^socket:\[\d+\]$/);
    assert.ok(isCloexec(store.fd));
    assert.equal(store.bufferBytes, 8 << 20);
    assert.equal(native.getsockoptInt(store.fd, sys.SOL_SOCKET, sys.SO_RCVBUF), 8 << 20);
    // /proc/net/unix lists the abstract name ('@' + name) for the socket's inode.
    const ino = /socket:\[(\d+)\]/.exec(fs.readlinkSync(`/proc/self/fd/${store.fd}`))![1];
    const line = fs.readFileSync('/proc/net/unix', 'utf8').split('\n').find((l) => l.split(/\s+/)[6] === ino);
    assert.ok(line?.endsWith(` ${store.name}`), `listed as ${store.name}: ${line}`);
    // Nobody else can send into it: a connected datagram socket only takes its peer's datagrams.
    const other = sys.socket(sys.AF_UNIX, sys.SOCK_DGRAM);
    try {
      assert.throws(() => native.connectAbstract(other, store.name.slice(1)), (e: unknown) => sys.isErrno(e, 'EPERM'));
    } finally {
      native.close(other);
    }
  } finally {
    store.close();
  }
});

test('a custom name; the same name twice is NAME_IN_USE; a bad bufferBytes is a TypeError', () => {
  const name = `amber-test-store-${process.pid}`;
  const a = FdStore.create({ name });
  try {
    assert.equal(a.name, `@${name}`);
    assert.throws(() => FdStore.create({ name }), assertStoreError('NAME_IN_USE', new RegExp(`@${name}.*already bound`)));
    assert.throws(() => FdStore.create({ bufferBytes: -1 }), TypeError);
  } finally {
    a.close();
  }
});

test('errors: unknown id, closed store and bad fd name the store, the id and the fix', () => {
  const store = FdStore.create();
  const [r, w] = sys.pipe();
  try {
    store.add(r);
    assert.throws(() => store.get(1), assertStoreError('UNKNOWN_ID', /fd store @amber-fdstore-\d+ has no entry 1: it holds 1 fds \(ids 0\.\.0\)/));
    assert.throws(() => store.get(1e9), assertStoreError('UNKNOWN_ID', /no entry 1000000000/));
    assert.throws(() => store.get(-1), TypeError);
    assert.throws(() => store.add(987654), assertStoreError('BAD_FD', /cannot add fd 987654: not an open fd/));
    assert.equal(store.count, 1);
    const fd = store.fd;
    store.close();
    store.close(); // idempotent
    assert.throws(() => native.fcntl(fd, sys.F_GETFD, 0), (e: unknown) => sys.isErrno(e, 'EBADF'));
    assert.throws(() => store.get(0), assertStoreError('CLOSED', /fd store @amber-fdstore-\d+ is closed in this process/));
    assert.throws(() => store.add(r), assertStoreError('CLOSED', /closed/));
  } finally {
    native.close(r);
    native.close(w);
    store.close();
  }
});

test('a full buffer is FULL after N fds, naming bufferBytes and addMany; the store stays usable', () => {
  const store = FdStore.create({ bufferBytes: 64 << 10 });
  const [r, w] = sys.pipe();
  try {
    let n = 0;
    let err: unknown;
    try {
      for (; n < 10_000; n++) store.add(r);
    } catch (e) {
      err = e;
    }
    assert.ok(n > 20 && n < 200, `a 64 KiB buffer took ${n} single adds`);
    assertStoreError('FULL', new RegExp(`is full after ${n} fds \\(socket buffer 65536 bytes.*larger \\{ bufferBytes \\}.*addMany`))(err);
    assert.equal(store.count, n);
    const got = store.get(n - 1);
    assert.ok(sameFile(got, r));
    native.close(got);
  } finally {
    native.close(r);
    native.close(w);
    store.close();
  }
});

test('10,000 fds: single adds in a 16 MiB buffer, batched adds in a 1 MiB one; every entry comes back right', () => {
  const files = Array.from({ length: 64 }, (_, i) => native.memfdCreate(`f${i}`, sys.MFD_CLOEXEC));
  const N = 10_000;
  const fds = Array.from({ length: N }, (_, i) => files[(i * 7) % files.length]!);
  try {
    const single = FdStore.create({ bufferBytes: 16 << 20 });
    try {
      for (let i = 0; i < N; i++) assert.equal(single.add(fds[i]!), i);
      for (const id of [0, 1, 4999, 9998, 9999]) {
        const got = single.get(id);
        assert.ok(sameFile(got, fds[id]!), `entry ${id}`);
        native.close(got);
      }
      const back = single.getMany([...Array(N).keys()]);
      back.forEach((fd, i) => assert.ok(sameFile(fd, fds[i]!)));
      back.forEach((fd) => native.close(fd));
    } finally {
      single.close();
    }

    // 253 fds a datagram: 40 datagrams of ~8.4 KB instead of 10,000 of 768 bytes.
    const batched = FdStore.create({ bufferBytes: 1 << 20 });
    try {
      const ids = batched.addMany(fds);
      assert.deepEqual(ids, [...Array(N).keys()]);
      for (const id of [0, 252, 253, 254, 5000, 9999]) {
        const before = openFds();
        const got = batched.get(id);
        assert.equal(openFds(), before + 1, 'get closes the other fds of the datagram');
        assert.ok(sameFile(got, fds[id]!), `entry ${id}`);
        native.close(got);
      }
      const some = [9999, 3, 3, 4000, 252, 253];
      const back = batched.getMany(some);
      some.forEach((id, i) => assert.ok(sameFile(back[i]!, fds[id]!), `getMany entry ${id}`));
      assert.notEqual(back[1], back[2], 'a repeated id gets its own fd');
      back.forEach((fd) => native.close(fd));
      const all = batched.getMany(ids);
      all.forEach((fd, i) => assert.ok(sameFile(fd, fds[i]!)));
      all.forEach((fd) => native.close(fd));
      assert.throws(() => batched.getMany([5, N]), assertStoreError('UNKNOWN_ID', new RegExp(`no entry ${N}`)));
      assert.equal(MAX_BATCH, 253);
    } finally {
      batched.close();
    }
  } finally {
    files.forEach((f) => native.close(f));
  }
});

test('fromSocket: a dup of the socket (as an exec or SCM_RIGHTS would give) sees the same entries and count', () => {
  const store = FdStore.create();
  const [r, w] = sys.pipe();
  try {
    const ids = store.addMany([r, w, r]);
    store.add(w);
    for (let i = 0; i < 300; i++) store.add(i % 2 ? r : w);
    const other = FdStore.fromSocket(sys.dupFd(store.fd));
    try {
      assert.equal(other.count, store.count);
      assert.equal(other.name, store.name);
      const got = other.get(ids[1]!);
      assert.ok(sameFile(got, w));
      native.close(got);
      // Entries added through one handle are visible through the other (refresh/get).
      const id = other.add(r);
      assert.equal(id, 304);
      assert.equal(store.refresh(), 305);
      const g2 = store.get(304);
      assert.ok(sameFile(g2, r));
      native.close(g2);
      // Closing one handle leaves the other working.
      store.close();
      const g3 = other.get(0);
      assert.ok(sameFile(g3, r));
      native.close(g3);
    } finally {
      other.close();
    }
    const notStore = sys.openFile('/proc/self/status', sys.O_RDONLY);
    assert.throws(() => FdStore.fromSocket(notStore), assertStoreError('BAD_SOCKET', /is not an fd store socket \(not a socket\)/));
    native.close(notStore);
  } finally {
    native.close(r);
    native.close(w);
    store.close();
  }
});

test('sendTo/receiveFrom: the store travels over a unix socket with its name', () => {
  const store = FdStore.create();
  const [a, b] = sys.socketpair(sys.AF_UNIX, sys.SOCK_SEQPACKET);
  const [r, w] = sys.pipe();
  try {
    store.add(r);
    store.add(w);
    store.sendTo(a);
    const got = FdStore.receiveFrom(b);
    try {
      assert.equal(got.count, 2);
      assert.equal(got.name, store.name);
      const fd = got.get(1);
      assert.ok(sameFile(fd, w));
      native.close(fd);
    } finally {
      got.close();
    }
    native.sendFds(a, Buffer.from('hello'), [], 0);
    assert.throws(() => FdStore.receiveFrom(b), assertStoreError('BAD_SOCKET', /not an fd store handover/));
  } finally {
    [a, b, r, w].forEach((fd) => native.close(fd));
    store.close();
  }
});

test('toEnv/fromEnv: the handover string; a missing or malformed one is BAD_SOCKET', () => {
  const store = FdStore.create();
  try {
    store.add(store.fd); // any fd will do, even the store's own socket
    assert.equal(store.toEnv(3), `fd=3;name=${store.name.slice(1)}`);
    const dup = sys.dupFd(store.fd);
    const other = FdStore.fromEnv(store.toEnv(dup));
    assert.equal(other.count, 1);
    other.close();
    assert.throws(() => FdStore.fromEnv(''), assertStoreError('BAD_SOCKET', /AMBER_FDSTORE is not set/));
    assert.throws(() => FdStore.fromEnv('fd=x'), assertStoreError('BAD_SOCKET', /malformed/));
  } finally {
    store.close();
  }
});

test('the entries outlive every fd of the files: closing the store releases them', () => {
  const store = FdStore.create();
  const [r, w] = sys.pipe();
  const ino = fs.readlinkSync(`/proc/self/fd/${r}`);
  store.add(w);
  native.close(w);
  // The write end lives only in the store: no EOF yet.
  native.fcntl(r, sys.F_SETFL, sys.O_NONBLOCK);
  assert.throws(() => native.read(r, Buffer.alloc(1)), (e: unknown) => sys.isErrno(e, 'EAGAIN'));
  store.close();
  // The last reference went with the socket: EOF now.
  assert.equal(native.read(r, Buffer.alloc(1)), 0);
  assert.match(ino, /^pipe:/);
  native.close(r);
});

test('the entry count lives on the socket (SO_RCVLOWAT); fromSocket and add repair it', () => {
  const SO_RCVLOWAT = 18;
  const store = FdStore.create();
  const [r, w] = sys.pipe();
  try {
    store.addMany([r, w, r, w, r]);
    assert.equal(native.getsockoptInt(store.fd, sys.SOL_SOCKET, SO_RCVLOWAT), 6);
    // Some other code cleared it: attaching finds the real end of the queue again.
    native.setsockoptInt(store.fd, sys.SOL_SOCKET, SO_RCVLOWAT, 1);
    const other = FdStore.fromSocket(sys.dupFd(store.fd));
    assert.equal(other.count, 5);
    assert.equal(store.refresh(), 5);
    // An adder killed between raising the count (marked "in progress") and sending: the
    // next add finds the real length and carries on from there.
    const PENDING = 0x40000000;
    native.setsockoptInt(store.fd, sys.SOL_SOCKET, SO_RCVLOWAT, (8 + 1) | PENDING);
    assert.equal(other.add(w), 5);
    assert.equal(native.getsockoptInt(store.fd, sys.SOL_SOCKET, SO_RCVLOWAT), 7);
    const got = other.get(5);
    assert.ok(sameFile(got, w));
    native.close(got);
    // A length too high without the mark (foreign code): ids are wasted, never shared
    // (each entry's label says which id it was added as).
    native.setsockoptInt(store.fd, sys.SOL_SOCKET, SO_RCVLOWAT, 10);
    assert.equal(other.add(w), 9);
    assert.throws(() => other.get(9), (e: unknown) => e instanceof FdStoreError && e.code === 'UNKNOWN_ID');
    assert.throws(() => other.get(6), (e: unknown) => e instanceof FdStoreError && e.code === 'CORRUPT' && /entry 6 is labelled 9/.test(e.message));
    other.close();
  } finally {
    native.close(r);
    native.close(w);
    store.close();
  }
});

test('exclusive(): a series of calls under one taking of the lock; nested calls do not deadlock', () => {
  const store = FdStore.create();
  const [r, w] = sys.pipe();
  try {
    const ids = store.exclusive(() => {
      const a = store.add(r);
      const b = store.add(w);
      const got = store.get(a);
      native.close(got);
      return [a, b];
    });
    assert.deepEqual(ids, [0, 1]);
    // While this process holds it, another handle (as another process would) times out.
    const other = FdStore.fromSocket(sys.dupFd(store.fd), { lockTimeoutMs: 50 });
    store.exclusive(() => {
      assert.throws(() => other.get(0), (e: unknown) => e instanceof FdStoreError && e.code === 'LOCK_TIMEOUT');
    });
    const fd = other.get(1);
    assert.ok(sameFile(fd, w));
    native.close(fd);
    other.close();
  } finally {
    native.close(r);
    native.close(w);
    store.close();
  }
});
