// UDP sockets: bound and connected, IPv4 and IPv6, with their options; queued datagrams
// are refused (their senders' addresses cannot be given back).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { native } from '@amber/sys';
import { until } from '@amber/testkit';
import * as k from '../src/inet/consts';
import { AF_INET, AF_INET6, Dump, SOCK_CLOEXEC, SOCK_DGRAM, closeAll, portOf, sockaddr4, sockaddr6 } from './support/inet-harness';

const UDP_OPTIONS: Array<[number, number, number]> = [
  [k.SOL_SOCKET, k.SO_REUSEADDR, 1],
  [k.SOL_SOCKET, k.SO_BROADCAST, 1],
  [k.SOL_SOCKET, k.SO_PRIORITY, 5],
  [k.IPPROTO_IP, k.IP_TOS, 0x08],
  [k.IPPROTO_IP, k.IP_TTL, 17],
  [k.IPPROTO_IP, k.IP_PKTINFO, 1],
  [k.IPPROTO_IP, k.IP_RECVERR, 1],
  [k.IPPROTO_IP, k.IP_MULTICAST_TTL, 4],
  [k.IPPROTO_IP, k.IP_MULTICAST_LOOP, 0],
];

test('bound and connected UDP sockets (IPv4, IPv6) come back with their addresses and options, and carry datagrams', async () => {
  for (const family of [AF_INET, AF_INET6]) {
    const addr = family === AF_INET ? sockaddr4 : sockaddr6;
    const dump = new Dump();
    const peer = native.socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    let bound: number | undefined = native.socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    let connected: number | undefined = native.socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const restored: number[] = [];
    try {
      native.bind(peer, addr(0));
      const opts = family === AF_INET ? UDP_OPTIONS : [...UDP_OPTIONS.slice(0, 3), [k.IPPROTO_IPV6, k.IPV6_UNICAST_HOPS, 9] as [number, number, number], [k.IPPROTO_IPV6, k.IPV6_TCLASS, 0x20] as [number, number, number]];
      // IP_TOS sets the priority too: the program sets TOS first, then its own priority.
      for (const [level, option, value] of [...opts].reverse()) native.setsockoptInt(bound, level, option, value);
      native.bind(bound, addr(0));
      native.connect(connected, addr(portOf(peer)));
      const before = opts.map(([level, option]) => native.getsockoptInt(bound!, level, option));
      assert.equal(before[2], 5, 'SO_PRIORITY');
      const names = [native.getsockname(bound), native.getsockname(connected)];
      const peerName = native.getpeername(connected);
      const ids = [dump.dump(bound), dump.dump(connected)];
      dump.finish();
      dump.end('kill');
      native.close(bound);
      native.close(connected);
      bound = connected = undefined;
      const r = dump.restorer();
      restored.push(...ids.map((id) => r.open(id)));
      const [b, c] = restored as [number, number];
      assert.deepEqual([native.getsockname(b), native.getsockname(c)], names);
      assert.deepEqual(native.getpeername(c), peerName);
      assert.deepEqual(opts.map(([level, option]) => native.getsockoptInt(b, level, option)), before);
      // Datagrams flow: connected -> peer, peer -> bound.
      native.write(c, Buffer.from('ping'));
      const buf = Buffer.alloc(16);
      await until(() => native.ioctlGetInt(peer, k.SIOCINQ) > 0, 'the datagram at the peer');
      assert.equal(native.recvmsg(peer, buf, 0, 0).bytes, 4);
      assert.equal(buf.subarray(0, 4).toString(), 'ping');
      native.sendmsg(peer, Buffer.from('pong'), native.getsockname(b), [], 0);
      await until(() => native.ioctlGetInt(b, k.SIOCINQ) > 0, 'the datagram at the restored socket');
      assert.equal(buf.subarray(0, native.recvmsg(b, buf, 0, 0).bytes).toString(), 'pong');
    } finally {
      closeAll([peer, bound, connected, ...restored]);
      dump.cleanup();
    }
  }
});

test('a UDP socket with datagrams queued is refused, naming it and the way out', async () => {
  const dump = new Dump();
  const a = native.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  const b = native.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  try {
    native.bind(a, sockaddr4(0));
    native.sendmsg(b, Buffer.from('queued'), sockaddr4(portOf(a)), [], 0);
    await until(() => native.ioctlGetInt(a, k.SIOCINQ) > 0, 'the datagram to be queued');
    assert.throws(() => dump.dump(a), (e: Error) => {
      assert.match(e.message, new RegExp(`udp socket of pid ${process.pid} fd ${a} \\(127\\.0\\.0\\.1:${portOf(a)}`));
      assert.match(e.message, /bytes of datagrams are queued/);
      assert.match(e.message, /dump when the program has read them/);
      return true;
    });
  } finally {
    closeAll([a, b]);
    dump.cleanup();
  }
});

test('a socket with an owner for SIGIO (F_SETOWN) is refused rather than restored without it', () => {
  const dump = new Dump();
  const a = native.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  try {
    native.fcntl(a, 8 /* F_SETOWN */, process.pid);
    assert.throws(() => dump.dump(a), new RegExp(`udp socket of pid ${process.pid} fd ${a} .*an owner for SIGIO/SIGURG \\(F_SETOWN\\)`));
  } finally {
    closeAll([a]);
    dump.cleanup();
  }
});
