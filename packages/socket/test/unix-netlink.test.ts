// Netlink sockets (protocol, port id, groups, flags) dumped and restored; packet sockets
// and sockets no plugin handles refused with an error naming the pid, fd and kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdDumper, builtinRegistry } from '@amber/files';
import { ImageDir } from '@amber/images';
import { dump, grab, kill, roundTrip, stub, tempDir } from './harness';

const { native } = sys;
const AF_NETLINK = 16;
const SOL_NETLINK = 270;
const NETLINK_ROUTE = 0;
const NETLINK_GENERIC = 16;
const NETLINK_ADD_MEMBERSHIP = 1;
const NETLINK_LIST_MEMBERSHIPS = 9;
const NETLINK_NO_ENOBUFS = 5;

function nlAddr(portid: number, groups: number): Buffer {
  const b = Buffer.alloc(12);
  b.writeUInt16LE(AF_NETLINK, 0);
  b.writeUInt32LE(portid, 4);
  b.writeUInt32LE(groups, 8);
  return b;
}

function view(pid: number, fd: number) {
  const l = grab(pid, fd);
  try {
    const name = native.getsockname(l);
    const groups = native.getsockoptBytes(l, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, 64);
    return {
      protocol: native.getsockoptInt(l, sys.SOL_SOCKET, 38),
      type: native.getsockoptInt(l, sys.SOL_SOCKET, 3),
      portid: name.readUInt32LE(4),
      groups: [...groups].join(','),
      noEnobufs: native.getsockoptInt(l, SOL_NETLINK, NETLINK_NO_ENOBUFS),
      rcvbuf: native.getsockoptInt(l, sys.SOL_SOCKET, sys.SO_RCVBUF),
    };
  } finally {
    native.close(l);
  }
}

test('netlink: route socket bound to a port id with groups (one above 32), a generic socket, flags and buffers', () => {
  const route = native.socket(AF_NETLINK, 3 | sys.SOCK_CLOEXEC, NETLINK_ROUTE);
  const port = 0x7a000000 + (process.pid & 0xffff);
  native.bind(route, nlAddr(port, 0x1 | 0x10)); // RTMGRP_LINK | RTMGRP_IPV4_IFADDR
  const g = Buffer.alloc(4);
  g.writeUInt32LE(33); // a group above the first 32
  native.setsockoptBytes(route, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, g);
  native.setsockoptInt(route, SOL_NETLINK, NETLINK_NO_ENOBUFS, 1);
  native.setsockoptInt(route, sys.SOL_SOCKET, sys.SO_RCVBUFFORCE, 1 << 20);
  const generic = native.socket(AF_NETLINK, 2 | sys.SOCK_CLOEXEC, NETLINK_GENERIC);
  const p = stub([[route, 3], [generic, 4]]);
  native.close(route);
  native.close(generic);
  const before = [view(p, 3), view(p, 4)];
  assert.equal(before[0]!.portid, port);
  const q = roundTrip([p]).get(p)!;
  try {
    assert.deepEqual([view(q, 3), view(q, 4)], before);
  } finally {
    kill(q);
  }
});

test('a packet socket: the dump names pid, fd and "packet"; --external socket:[ino] leaves it out', () => {
  const pk = native.socket(17, 2 | sys.SOCK_CLOEXEC, 0); // AF_PACKET, no protocol: receives nothing
  const p = stub([[pk, 5]]);
  native.close(pk);
  const ino = fs.statSync(`/proc/${p}/fd/5`).ino;
  const dir = tempDir('usk-packet');
  try {
    assert.throws(() => dump([p], dir), new RegExp(`pid ${p} fd 5 \\(socket:\\[${ino}\\]\\): it is a packet \\(datagram\\) socket.*--external socket:\\[${ino}\\]`));
    const img = dump([p], dir, [`socket:[${ino}]`]);
    const f = img.readFiles();
    assert.equal(f.length, 1);
    assert.equal(f[0]!.type, 10, 'recorded as PACKETSK');
    assert.equal(f[0]!.reg?.ext, true);
  } finally {
    kill(p);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('without the socket plugins, the "no plugin" error says which socket: unix stream, tcp (IPv4)', () => {
  const [a, b] = native.socketpair(1, 1 | sys.SOCK_CLOEXEC, 0);
  const tcp = native.socket(2, 1 | sys.SOCK_CLOEXEC, 0);
  const p = stub([[a, 3], [tcp, 4]]);
  for (const f of [a, b, tcp]) native.close(f);
  try {
    for (const [fd, kind] of [[3, 'a unix stream socket, fd type UNIXSK \\(5\\)'], [4, 'a tcp socket \\(IPv4\\), fd type INETSK \\(4\\)']] as const) {
      const d = new FdDumper(builtinRegistry(), { pids: [p] });
      try {
        assert.throws(() => d.fileIdOf(p, fd), new RegExp(`cannot dump pid ${p} fd ${fd} .*it is ${kind}`));
      } finally {
        d.close();
      }
    }
  } finally {
    kill(p);
  }
  void ImageDir;
});
