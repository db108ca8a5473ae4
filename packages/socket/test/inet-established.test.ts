// Established TCP connections through repair mode, with the network lock: the peer (here
// the other end in this process) keeps the same connection, no byte lost or repeated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { native } from '@amber/sys';
import { until } from '@amber/testkit';
import * as k from '../src/inet/consts';
import { lockExists } from '../src/inet/netlock';
import { AF_INET, AF_INET6, Dump, SOCK_CLOEXEC, SOCK_STREAM, closeAll, portOf, sockaddr4, sockaddr6, tcpListener } from './support/inet-harness';

function pattern(from: number, len: number): Buffer {
  const b = Buffer.alloc(len);
  for (let i = 0; i < len; i++) b[i] = (from + i) % 251;
  return b;
}

/** Writes the pattern without blocking until the kernel takes no more; returns the count. */
function fill(fd: number): number {
  let total = 0;
  for (;;) {
    try {
      const n = native.sendmsg(fd, pattern(total, 65536), null, [], k.MSG_DONTWAIT);
      total += n;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return total;
      throw e;
    }
  }
}

/** Reads without blocking whatever is there. */
function drain(fd: number): Buffer {
  const parts: Buffer[] = [];
  const buf = Buffer.alloc(256 * 1024);
  for (;;) {
    try {
      const n = native.recvmsg(fd, buf, k.MSG_DONTWAIT, 0).bytes;
      if (n === 0) break;
      parts.push(Buffer.from(buf.subarray(0, n)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw e;
    }
  }
  return Buffer.concat(parts);
}

async function readExactly(fd: number, len: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  await until(() => {
    const b = drain(fd);
    parts.push(b);
    got += b.length;
    return got >= len;
  }, what, 60000);
  return Buffer.concat(parts);
}

for (const family of [AF_INET, AF_INET6]) {
  const v = family === AF_INET ? 'IPv4' : 'IPv6';
  test(`${v}: an established connection with data queued both ways survives dump and restore, the peer sending while it is down`, async () => {
    const addr = family === AF_INET ? sockaddr4 : sockaddr6;
    // Accepted connections inherit the listener's SO_REUSEADDR and SO_REUSEPORT.
    const listener = tcpListener(family, (l) => {
      native.setsockoptInt(l, k.SOL_SOCKET, k.SO_REUSEADDR, 1);
      native.setsockoptInt(l, k.SOL_SOCKET, k.SO_REUSEPORT, 1);
    });
    const client = native.socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    let server: number | undefined;
    let restored: number | undefined;
    const dump = new Dump({ tcpEstablished: true });
    try {
      // A small receive buffer at the client: the server's writes stay in its send queue, some unsent.
      native.setsockoptInt(client, k.SOL_SOCKET, k.SO_RCVBUF, 4096);
      native.connect(client, addr(portOf(listener)));
      server = native.accept4(listener, SOCK_CLOEXEC);
      native.setsockoptInt(server, k.IPPROTO_TCP, k.TCP_NODELAY, 1);
      native.setsockoptInt(server, k.SOL_SOCKET, k.SO_SNDBUF, 32768);
      native.setsockoptInt(server, k.SOL_SOCKET, k.SO_KEEPALIVE, 1);
      native.write(client, Buffer.from('client-before;'));
      await until(() => native.ioctlGetInt(server!, k.SIOCINQ) === 14, 'the server to receive');
      const sent = fill(server);
      await until(() => native.ioctlGetInt(server!, k.SIOCOUTQ) > 0, 'a send queue');
      assert.ok(native.ioctlGetInt(server, k.SIOCOUTQNSD) > 0, 'some of it not even sent yet');
      const names = [native.getsockname(server), native.getpeername(server)];

      // Without --tcp-established: refused, naming the connection and the flag.
      const plain = new Dump();
      try {
        assert.throws(() => plain.dump(server!), (e: Error) => {
          assert.match(e.message, new RegExp(`tcp6? socket of pid ${process.pid} fd ${server} \\(.*:${portOf(server!)} -> .*:${portOf(client)}`));
          assert.match(e.message, /--tcp-established/);
          return true;
        });
      } finally {
        plain.cleanup();
      }

      const id = dump.dump(server);
      const data = JSON.parse(Buffer.from(dump.files.get(id)!.data!).toString()) as { lock: string };
      assert.ok(lockExists(data.lock), 'the network lock is in place');
      dump.finish();
      dump.end('kill');
      native.close(server); // in repair mode: nothing reaches the client
      server = undefined;
      assert.ok(lockExists(data.lock), 'the lock outlives the dump');

      // The peer sends while the connection is down: dropped by the lock, retransmitted later.
      native.write(client, Buffer.from('during;'));
      assert.equal(native.getsockoptInt(client, k.SOL_SOCKET, 4 /* SO_ERROR */), 0, 'no reset');

      const r = dump.restorer({ tcpEstablished: true });
      restored = r.open(id);
      assert.deepEqual([native.getsockname(restored), native.getpeername(restored)], names);
      r.finish();
      assert.ok(!lockExists(data.lock), 'the lock is gone after the restore');
      assert.equal(native.getsockoptInt(restored, k.IPPROTO_TCP, k.TCP_NODELAY), 1);
      assert.equal(native.getsockoptInt(restored, k.SOL_SOCKET, k.SO_KEEPALIVE), 1);
      assert.equal(native.getsockoptInt(restored, k.SOL_SOCKET, k.SO_REUSEADDR), 1);
      assert.equal(native.getsockoptInt(restored, k.SOL_SOCKET, k.SO_REUSEPORT), 1);

      // Everything the server had queued reaches the client, once, in order.
      const got = await readExactly(client, sent, 'the server\'s queued bytes at the client');
      assert.equal(got.length, sent, 'no byte repeated');
      assert.ok(got.equals(pattern(0, sent)), 'the bytes are the ones written, in order');
      // And the client's bytes, before and during the dump, reach the restored server.
      const fromClient = await readExactly(restored, 21, 'the client\'s bytes at the restored server');
      assert.equal(fromClient.toString(), 'client-before;during;');
      // The connection goes on both ways.
      native.write(client, Buffer.from('after'));
      assert.equal((await readExactly(restored, 5, 'a new request')).toString(), 'after');
      native.write(restored, Buffer.from('reply'));
      assert.equal((await readExactly(client, 5, 'a new reply')).toString(), 'reply');
    } finally {
      closeAll([listener, client, server, restored]);
      dump.cleanup();
    }
  });
}

test('--leave-running (endDump resume): the connection leaves repair mode, the lock goes, the socket keeps SO_REUSEADDR', async () => {
  const listener = tcpListener(AF_INET);
  const client = native.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  let server: number | undefined;
  const dump = new Dump({ tcpEstablished: true });
  try {
    native.connect(client, sockaddr4(portOf(listener)));
    server = native.accept4(listener, SOCK_CLOEXEC);
    native.setsockoptInt(server, k.SOL_SOCKET, k.SO_REUSEADDR, 1);
    const id = dump.dump(server);
    const data = JSON.parse(Buffer.from(dump.files.get(id)!.data!).toString()) as { lock: string };
    native.write(client, Buffer.from('x'));
    dump.finish();
    dump.end('resume');
    assert.ok(!lockExists(data.lock));
    assert.equal(native.getsockoptInt(server, k.SOL_SOCKET, k.SO_REUSEADDR), 1);
    assert.equal((await readExactly(server, 1, 'the byte sent during the dump')).toString(), 'x');
    native.write(server, Buffer.from('y'));
    assert.equal((await readExactly(client, 1, 'the reply')).toString(), 'y');
  } finally {
    closeAll([listener, client, server]);
    dump.cleanup();
  }
});

test('a restore without --tcp-established of an image holding a connection is refused', () => {
  const listener = tcpListener(AF_INET);
  const client = native.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  let server: number | undefined;
  const dump = new Dump({ tcpEstablished: true });
  try {
    native.connect(client, sockaddr4(portOf(listener)));
    server = native.accept4(listener, SOCK_CLOEXEC);
    const id = dump.dump(server);
    dump.finish();
    assert.throws(() => dump.restorer().open(id), /restore with --tcp-established/);
    dump.end('resume');
  } finally {
    closeAll([listener, client, server]);
    dump.cleanup();
  }
});

test('a half-closed connection is refused clearly', async () => {
  const listener = tcpListener(AF_INET);
  const client = native.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  let server: number | undefined;
  const dump = new Dump({ tcpEstablished: true });
  try {
    native.connect(client, sockaddr4(portOf(listener)));
    server = native.accept4(listener, SOCK_CLOEXEC);
    native.shutdown(client, 1 /* SHUT_WR */);
    await until(() => native.getsockoptBytes(server!, k.IPPROTO_TCP, k.TCP_INFO, 8)[0] === 8, 'CLOSE_WAIT');
    assert.throws(() => dump.dump(server!), /in state CLOSE_WAIT.*dump again once it is closed or established/);
  } finally {
    closeAll([listener, client, server]);
    dump.cleanup();
  }
});
