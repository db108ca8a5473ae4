// Listening and unconnected TCP sockets: dumped, closed, re-created; what the kernel
// reports before and after (getsockname, getsockopt, inet_diag) is the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { native } from '@amber/sys';
import { until } from '@amber/testkit';
import { diagDump } from '../src/inet/diag';
import * as k from '../src/inet/consts';
import { AF_INET, AF_INET6, Dump, SOCK_CLOEXEC, SOCK_STREAM, closeAll, portOf, sockaddr4, sockaddr6, tcpListener } from './support/inet-harness';

/** Every option a program may set on a listener, as [level, option, value]. */
const LISTENER_OPTIONS: Array<[number, number, number]> = [
  [k.SOL_SOCKET, k.SO_REUSEADDR, 1],
  [k.SOL_SOCKET, k.SO_REUSEPORT, 1],
  [k.SOL_SOCKET, k.SO_KEEPALIVE, 1],
  [k.IPPROTO_TCP, k.TCP_NODELAY, 1],
  [k.IPPROTO_TCP, k.TCP_KEEPIDLE, 77],
  [k.IPPROTO_TCP, k.TCP_KEEPINTVL, 13],
  [k.IPPROTO_TCP, k.TCP_KEEPCNT, 4],
  [k.IPPROTO_TCP, k.TCP_DEFER_ACCEPT, 9],
  [k.IPPROTO_TCP, k.TCP_FASTOPEN, 32],
  [k.IPPROTO_TCP, k.TCP_USER_TIMEOUT, 12345],
  [k.IPPROTO_TCP, k.TCP_NOTSENT_LOWAT, 65536],
  [k.SOL_SOCKET, k.SO_PRIORITY, 3],
  [k.SOL_SOCKET, k.SO_RCVLOWAT, 10],
  [k.IPPROTO_IP, k.IP_TOS, 0x10],
  [k.IPPROTO_IP, k.IP_TTL, 33],
];

function options(fd: number, list: Array<[number, number, number]>): number[] {
  return list.map(([level, option]) => native.getsockoptInt(fd, level, option));
}

function linger(fd: number): [number, number] {
  const b = native.getsockoptBytes(fd, k.SOL_SOCKET, k.SO_LINGER, 8);
  return [b.readInt32LE(0), b.readInt32LE(4)];
}

/** ::ffff:127.0.0.1 */
function mapped(port: number): Buffer {
  const b = sockaddr6(port, false);
  b[18] = 0xff;
  b[19] = 0xff;
  Buffer.from([127, 0, 0, 1]).copy(b, 20);
  return b;
}

function diagOf(family: number, fd: number) {
  const ino = Number(native.statx(fd, '', 0x1000).ino);
  return diagDump(family, k.IPPROTO_TCP).find((s) => s.inode === ino);
}

test('an IPv4 listener comes back with its address, port, backlog and every option it set', async () => {
  const dump = new Dump();
  let fd: number | undefined = tcpListener(AF_INET, (s) => {
    for (const [level, option, value] of LISTENER_OPTIONS) native.setsockoptInt(s, level, option, value);
    native.setsockoptInt(s, k.SOL_SOCKET, k.SO_SNDBUF, 50000);
    native.setsockoptInt(s, k.SOL_SOCKET, k.SO_RCVBUF, 60000);
    const l = Buffer.alloc(8);
    l.writeInt32LE(1, 0);
    l.writeInt32LE(7, 4);
    native.setsockoptBytes(s, k.SOL_SOCKET, k.SO_LINGER, l);
  }, 37);
  let restored: number | undefined;
  try {
    native.fcntl(fd, k.F_SETFL, native.fcntl(fd, k.F_GETFL, 0) | k.O_NONBLOCK);
    const before = {
      name: native.getsockname(fd),
      opts: options(fd, LISTENER_OPTIONS),
      snd: native.getsockoptInt(fd, k.SOL_SOCKET, k.SO_SNDBUF),
      rcv: native.getsockoptInt(fd, k.SOL_SOCKET, k.SO_RCVBUF),
      linger: linger(fd),
      diag: diagOf(AF_INET, fd)!,
    };
    assert.equal(before.diag.wqueue, 37, 'inet_diag reports the backlog');
    const id = dump.dump(fd);
    dump.finish();
    dump.end('kill');
    native.close(fd);
    fd = undefined;
    restored = dump.restorer().open(id);
    assert.deepEqual(native.getsockname(restored), before.name);
    assert.deepEqual(options(restored, LISTENER_OPTIONS), before.opts);
    assert.equal(native.getsockoptInt(restored, k.SOL_SOCKET, k.SO_SNDBUF), before.snd);
    assert.equal(native.getsockoptInt(restored, k.SOL_SOCKET, k.SO_RCVBUF), before.rcv);
    assert.deepEqual(linger(restored), before.linger);
    assert.ok(native.fcntl(restored, k.F_GETFL, 0) & k.O_NONBLOCK, 'O_NONBLOCK');
    const after = diagOf(AF_INET, restored)!;
    assert.equal(after.state, k.TCP_LISTEN);
    assert.equal(after.wqueue, 37, 'the same backlog');
    // It accepts connections (TCP_DEFER_ACCEPT: once the client has sent something).
    const c = native.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    try {
      native.connect(c, sockaddr4(portOf(restored)));
      native.write(c, Buffer.from('x'));
      let s = -1;
      await until(() => {
        try {
          s = native.accept4(restored!, SOCK_CLOEXEC);
          return true;
        } catch {
          return false;
        }
      }, 'the restored listener to accept', 30000);
      closeAll([s]);
    } finally {
      closeAll([c]);
    }
  } finally {
    closeAll([fd, restored]);
    dump.cleanup();
  }
});

test('IPv6 listeners: v6-only on ::1, dual-stack on ::ffff:127.0.0.1', () => {
  // Binding to ::1 makes a socket v6-only whatever it asked: dual-stack needs a v4-mapped address here.
  for (const v6only of [1, 0]) {
    const dump = new Dump();
    let fd: number | undefined = native.socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
    native.setsockoptInt(fd, k.IPPROTO_IPV6, k.IPV6_V6ONLY, v6only);
    native.bind(fd, v6only ? sockaddr6(0) : mapped(0));
    native.listen(fd, 8);
    let restored: number | undefined;
    try {
      const name = native.getsockname(fd);
      const id = dump.dump(fd);
      dump.finish();
      dump.end('kill');
      native.close(fd);
      fd = undefined;
      restored = dump.restorer().open(id);
      assert.deepEqual(native.getsockname(restored), name);
      assert.equal(native.getsockoptInt(restored, k.IPPROTO_IPV6, k.IPV6_V6ONLY), v6only);
      assert.equal(diagOf(AF_INET6, restored)?.v6only, v6only === 1);
      const c = native.socket(v6only ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      native.connect(c, v6only ? sockaddr6(portOf(restored)) : sockaddr4(portOf(restored)));
      closeAll([c, native.accept4(restored, SOCK_CLOEXEC)]);
    } finally {
      closeAll([fd, restored]);
      dump.cleanup();
    }
  }
});

test('unbound and bound-but-unconnected TCP sockets come back as they were', () => {
  const dump = new Dump();
  const fresh: number | undefined = native.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  let bound: number | undefined = native.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const out: number[] = [];
  try {
    native.setsockoptInt(fresh, k.IPPROTO_TCP, k.TCP_NODELAY, 1);
    native.bind(bound, sockaddr4(0));
    const name = native.getsockname(bound);
    const ids = [dump.dump(fresh), dump.dump(bound)];
    dump.finish();
    dump.end('kill');
    native.close(bound);
    bound = undefined;
    const r = dump.restorer();
    out.push(...ids.map((id) => r.open(id)));
    assert.equal(native.getsockname(out[0]!).readUInt16BE(2), 0, 'still unbound');
    assert.equal(native.getsockoptInt(out[0]!, k.IPPROTO_TCP, k.TCP_NODELAY), 1);
    assert.deepEqual(native.getsockname(out[1]!), name, 'bound to the same port');
  } finally {
    closeAll([fresh, bound, ...out]);
    dump.cleanup();
  }
});

test('a listener with connections in its accept queue is refused, naming the count and the way out', () => {
  const dump = new Dump();
  const l = tcpListener();
  const c = native.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  try {
    native.connect(c, sockaddr4(portOf(l)));
    assert.throws(() => dump.dump(l), (e: Error) => {
      assert.match(e.message, new RegExp(`tcp socket of pid ${process.pid} fd ${l} \\(127\\.0\\.0\\.1:${portOf(l)}`));
      assert.match(e.message, /1 connection\(s\) wait in its accept queue/);
      return true;
    });
  } finally {
    closeAll([l, c]);
    dump.cleanup();
  }
});

test('a port taken by another process at restore: an error naming the port and the process, nothing left open', async () => {
  const dump = new Dump();
  let fd: number | undefined = tcpListener();
  const port = portOf(fd);
  const id = dump.dump(fd);
  dump.finish();
  dump.end('kill');
  native.close(fd);
  fd = undefined;
  const squatter = spawn('python3', ['-c', `import socket,time\ns=socket.socket()\ns.bind(('127.0.0.1', ${port}))\ns.listen()\nprint('up', flush=True)\ntime.sleep(600)`], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let up = false;
    squatter.stdout!.on('data', () => (up = true));
    await until(() => up, 'the squatter to listen', 30000);
    const fdsBefore = native.fcntl(0, k.F_DUPFD_CLOEXEC, 0);
    native.close(fdsBefore);
    assert.throws(() => dump.restorer().open(id), (e: Error) => {
      assert.match(e.message, new RegExp(`port ${port} \\(tcp\\) is taken: held by pid ${squatter.pid} \\(python3\\) fd \\d+`));
      return true;
    });
    const fdsAfter = native.fcntl(0, k.F_DUPFD_CLOEXEC, 0);
    native.close(fdsAfter);
    assert.equal(fdsAfter, fdsBefore, 'no socket left open by the failed restore');
  } finally {
    squatter.kill('SIGKILL');
    closeAll([fd]);
    dump.cleanup();
  }
});
