import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as sys from '../src';

const { native } = sys;

test('socketpair + SCM_RIGHTS: a sent fd arrives as the same open file', () => {
  const [a, b] = sys.socketpair(sys.AF_UNIX, sys.SOCK_DGRAM);
  const [r, w] = sys.pipe();
  try {
    native.sendFds(a, Buffer.from('x'), [w], 0);
    const got = native.recvFds(b, Buffer.alloc(4), 4, 0);
    assert.equal(got.bytes, 1);
    assert.equal(got.fds.length, 1);
    const fd = got.fds[0]!;
    assert.equal(native.kcmp(process.pid, process.pid, sys.KCMP_FILE, fd, w), 0);
    assert.equal(native.fcntl(fd, sys.F_GETFD, 0) & sys.FD_CLOEXEC, sys.FD_CLOEXEC);
    native.write(fd, Buffer.from('via-scm'));
    const buf = Buffer.alloc(16);
    assert.equal(native.read(r, buf), 7);
    native.close(fd);
  } finally {
    for (const fd of [a, b, r, w]) native.close(fd);
  }
});

test('abstract bind/connect to self, SO_PEEK_OFF + MSG_PEEK read entries without dequeuing', () => {
  const sk = sys.socket(sys.AF_UNIX, sys.SOCK_DGRAM);
  const name = `amber-test-${process.pid}-${Date.now()}`;
  try {
    native.bindAbstract(sk, name);
    native.connectAbstract(sk, name);
    native.setsockoptInt(sk, sys.SOL_SOCKET, sys.SO_SNDBUF, 1 << 20);
    native.setsockoptInt(sk, sys.SOL_SOCKET, sys.SO_RCVBUF, 1 << 20);
    assert.ok(native.getsockoptInt(sk, sys.SOL_SOCKET, sys.SO_SNDBUF) >= 1 << 20);
    assert.ok(native.getsockoptInt(sk, sys.SOL_SOCKET, sys.SO_RCVBUF) >= 1 << 20);
    const files: number[] = [];
    for (let i = 0; i < 3; i++) {
      const fd = sys.openFile('/dev/null', sys.O_RDONLY);
      files.push(fd);
      native.sendFds(sk, Buffer.from([i]), [fd], 0);
    }
    // SO_PEEK_OFF counts bytes: entry i starts at offset i (one byte each).
    native.setsockoptInt(sk, sys.SOL_SOCKET, sys.SO_PEEK_OFF, 1);
    const second = native.recvFds(sk, Buffer.alloc(1), 1, sys.MSG_PEEK);
    assert.equal(second.fds.length, 1);
    assert.equal(native.kcmp(process.pid, process.pid, sys.KCMP_FILE, second.fds[0]!, files[1]!), 0);
    native.close(second.fds[0]!);
    // The entry is still there: peek it again.
    native.setsockoptInt(sk, sys.SOL_SOCKET, sys.SO_PEEK_OFF, 1);
    const again = native.recvFds(sk, Buffer.alloc(1), 1, sys.MSG_PEEK);
    assert.equal(native.kcmp(process.pid, process.pid, sys.KCMP_FILE, again.fds[0]!, files[1]!), 0);
    native.close(again.fds[0]!);
    for (const fd of files) native.close(fd);
    assert.throws(() => native.bindAbstract(sys.socket(sys.AF_UNIX, sys.SOCK_DGRAM), name), (e: unknown) => sys.isErrno(e, 'EADDRINUSE'));
  } finally {
    native.close(sk);
  }
});

test('epoll_create1 / epoll_ctl / epoll_wait deliver the registered data', () => {
  const ep = native.epollCreate1(sys.EPOLL_CLOEXEC);
  const [r, w] = sys.pipe();
  try {
    native.epollCtl(ep, sys.EPOLL_CTL_ADD, r, sys.EPOLLIN, 0xffff_ffff_ffff_fff0n);
    assert.deepEqual(native.epollWait(ep, 8, 0), []);
    native.write(w, Buffer.from('!'));
    const evs = native.epollWait(ep, 8, 1000);
    assert.equal(evs.length, 1);
    assert.equal(evs[0]!.events & sys.EPOLLIN, sys.EPOLLIN);
    assert.equal(evs[0]!.data, 0xffff_ffff_ffff_fff0n);
    assert.throws(() => native.epollCtl(ep, sys.EPOLL_CTL_ADD, r, sys.EPOLLIN, 0), (e: unknown) => sys.isErrno(e, 'EEXIST'));
    const fdinfo = fs.readFileSync(`/proc/self/fdinfo/${ep}`, 'utf8');
    assert.match(fdinfo, new RegExp(`tfd:\\s+${r} events:\\s+19`));
  } finally {
    for (const fd of [ep, r, w]) native.close(fd);
  }
});

/** A sockaddr_in for 127.0.0.1:port (port 0: the kernel picks). */
function loopback4(port: number): Buffer {
  const a = Buffer.alloc(16);
  a.writeUInt16LE(2, 0); // AF_INET
  a.writeUInt16BE(port, 2);
  a.set([127, 0, 0, 1], 4);
  return a;
}

test('generic sockets: bind, listen, connect, accept4, names, sendmsg/recvmsg with MSG_PEEK, ioctl, options as bytes', () => {
  const SIOCINQ = 0x541b;
  const srv = sys.socket(2, sys.SOCK_STREAM);
  const cli = sys.socket(2, sys.SOCK_STREAM);
  let acc = -1;
  try {
    native.bind(srv, loopback4(0));
    native.listen(srv, 7);
    const name = native.getsockname(srv);
    const port = name.readUInt16BE(2);
    assert.ok(port > 0);
    assert.equal(native.connect(cli, loopback4(port)), 0);
    acc = native.accept4(srv, sys.SOCK_CLOEXEC);
    assert.deepEqual(native.getpeername(acc), native.getsockname(cli));
    assert.equal(native.sendmsg(cli, Buffer.from('hello'), null, [], 0), 5);
    // The data is there to peek, and peeking leaves it queued.
    const buf = Buffer.alloc(16);
    const MSG_PEEK = 2;
    for (;;) {
      if (native.ioctlGetInt(acc, SIOCINQ) === 5) break;
    }
    const peek = native.recvmsg(acc, buf, MSG_PEEK, 0);
    assert.equal(buf.subarray(0, peek.bytes).toString(), 'hello');
    assert.equal(native.ioctlGetInt(acc, SIOCINQ), 5);
    // SO_REUSEADDR through the byte interface reads back as an int.
    const one = Buffer.alloc(4);
    one.writeInt32LE(1);
    native.setsockoptBytes(srv, sys.SOL_SOCKET, 2, one);
    assert.equal(native.getsockoptBytes(srv, sys.SOL_SOCKET, 2, 4).readInt32LE(0), 1);
    native.shutdown(cli, 1);
    const got = native.recvmsg(acc, buf, 0, 0);
    assert.equal(got.bytes, 5);
    assert.equal(native.recvmsg(acc, buf, 0, 0).bytes, 0, 'EOF after the peer shut down writing');
  } finally {
    for (const fd of [srv, cli, acc]) if (fd >= 0) native.close(fd);
  }
});

test('generic sockets: recvmsg returns the sender address of a datagram and its control messages', () => {
  const [a, b] = sys.socketpair(sys.AF_UNIX, sys.SOCK_DGRAM);
  try {
    native.setsockoptInt(b, sys.SOL_SOCKET, 16, 1); // SO_PASSCRED
    native.sendmsg(a, Buffer.from('dg'), null, [], 0);
    const got = native.recvmsg(b, Buffer.alloc(8), 0, 0);
    assert.equal(got.bytes, 2);
    const cred = got.cmsgs.find((c) => c.level === sys.SOL_SOCKET && c.type === 2); // SCM_CREDENTIALS
    assert.ok(cred, 'SCM_CREDENTIALS arrived');
    assert.equal(cred.data.readInt32LE(0), process.pid);
    assert.ok(Buffer.isBuffer(got.addr));
  } finally {
    native.close(a);
    native.close(b);
  }
});

test('getsockoptBytes never returns more than asked for, even when the kernel reports the option\'s full size', () => {
  // NETLINK_LIST_MEMBERSHIPS copies what fits but reports the size of the whole group bitmap.
  const SOL_NETLINK = 270;
  const NETLINK_LIST_MEMBERSHIPS = 9;
  const sk = sys.socket(16, sys.SOCK_DGRAM, 0); // AF_NETLINK, NETLINK_ROUTE
  try {
    const addr = Buffer.alloc(12); // sockaddr_nl: joined to group 1, so the bitmap has route's size
    addr.writeUInt16LE(16, 0);
    addr.writeUInt32LE(1, 8);
    native.bind(sk, addr);
    assert.ok(native.getsockoptBytes(sk, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, 64).length > 4, 'route\'s group bitmap is longer than 4 bytes');
    assert.equal(native.getsockoptBytes(sk, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, 0).length, 0);
    assert.equal(native.getsockoptBytes(sk, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, 4).length, 4);
  } finally {
    native.close(sk);
  }
});
