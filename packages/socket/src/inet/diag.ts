// inet_diag over NETLINK_SOCK_DIAG: the kernel's own list of TCP and UDP sockets, with
// state, addresses, queue lengths, shutdown and v6only, without touching any socket.
import { native } from '@amber/sys';
import { AF_INET6, AF_NETLINK, SOCK_CLOEXEC, SOCK_DGRAM } from './consts';

const NETLINK_SOCK_DIAG = 4;
const SOCK_DIAG_BY_FAMILY = 20;
const NLM_F_REQUEST = 1;
const NLM_F_DUMP = 0x300;
const NLMSG_ERROR = 2;
const NLMSG_DONE = 3;
const INET_DIAG_SHUTDOWN = 8;
const INET_DIAG_SKV6ONLY = 11;
const NLMSG_HDR = 16;
const DIAG_MSG = 72;

export interface DiagSocket {
  family: number;
  protocol: number;
  state: number;
  srcPort: number;
  dstPort: number;
  src: Buffer;
  dst: Buffer;
  /** Listeners: connections waiting in the accept queue; others: bytes to read. */
  rqueue: number;
  /** Listeners: the backlog; others: bytes in the send queue. */
  wqueue: number;
  inode: number;
  uid: number;
  shutdown?: number;
  v6only?: boolean;
}

let seq = 1;

/** Every socket of one family and protocol (IPPROTO_TCP, IPPROTO_UDP), in every state. */
export function diagDump(family: number, protocol: number): DiagSocket[] {
  const fd = native.socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
  try {
    const req = Buffer.alloc(NLMSG_HDR + 56);
    req.writeUInt32LE(req.length, 0);
    req.writeUInt16LE(SOCK_DIAG_BY_FAMILY, 4);
    req.writeUInt16LE(NLM_F_REQUEST | NLM_F_DUMP, 6);
    const mySeq = seq++;
    req.writeUInt32LE(mySeq, 8);
    req.writeUInt8(family, NLMSG_HDR);
    req.writeUInt8(protocol, NLMSG_HDR + 1);
    req.writeUInt8(0, NLMSG_HDR + 2); // no extensions: shutdown and v6only come anyway
    req.writeUInt32LE(0xffffffff, NLMSG_HDR + 4); // every state
    const kernel = Buffer.alloc(12);
    kernel.writeUInt16LE(AF_NETLINK, 0);
    native.sendmsg(fd, req, kernel, [], 0);
    const out: DiagSocket[] = [];
    const buf = Buffer.alloc(256 * 1024);
    for (;;) {
      const r = native.recvmsg(fd, buf, 0, 0);
      let off = 0;
      while (off + NLMSG_HDR <= r.bytes) {
        const len = buf.readUInt32LE(off);
        const type = buf.readUInt16LE(off + 4);
        if (len < NLMSG_HDR || off + len > r.bytes) throw new Error(`inet_diag: a malformed netlink message (length ${len})`);
        if (buf.readUInt32LE(off + 8) === mySeq) {
          if (type === NLMSG_DONE) return out;
          if (type === NLMSG_ERROR) {
            const err = -buf.readInt32LE(off + NLMSG_HDR);
            if (err === 0) return out;
            throw new Error(`inet_diag (family ${family}, protocol ${protocol}): the kernel answered errno ${err}`);
          }
          if (type === SOCK_DIAG_BY_FAMILY && len >= NLMSG_HDR + DIAG_MSG) out.push(parseDiag(buf.subarray(off + NLMSG_HDR, off + len), protocol));
        }
        off += (len + 3) & ~3;
      }
      if (r.bytes === 0) return out;
    }
  } finally {
    native.close(fd);
  }
}

function parseDiag(m: Buffer, protocol: number): DiagSocket {
  const family = m.readUInt8(0);
  const alen = family === AF_INET6 ? 16 : 4;
  const s: DiagSocket = {
    family,
    protocol,
    state: m.readUInt8(1),
    srcPort: m.readUInt16BE(4),
    dstPort: m.readUInt16BE(6),
    src: Buffer.from(m.subarray(8, 8 + alen)),
    dst: Buffer.from(m.subarray(24, 24 + alen)),
    rqueue: m.readUInt32LE(56),
    wqueue: m.readUInt32LE(60),
    uid: m.readUInt32LE(64),
    inode: m.readUInt32LE(68),
  };
  for (let off = DIAG_MSG; off + 4 <= m.length; ) {
    const len = m.readUInt16LE(off);
    const type = m.readUInt16LE(off + 2);
    if (len < 4) break;
    if (type === INET_DIAG_SHUTDOWN && len >= 5) s.shutdown = m.readUInt8(off + 4);
    if (type === INET_DIAG_SKV6ONLY && len >= 5) s.v6only = m.readUInt8(off + 4) !== 0;
    off += (len + 3) & ~3;
  }
  return s;
}

/** The diag entry of the socket with inode `ino`, or undefined. */
export function diagFind(family: number, protocol: number, ino: number): DiagSocket | undefined {
  return diagDump(family, protocol).find((s) => s.inode === ino);
}
