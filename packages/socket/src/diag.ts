// The kernel's sock_diag netlink interface (NETLINK_SOCK_DIAG), for every socket family.
//
//   const replies = sockDiag(request)          // one SOCK_DIAG_BY_FAMILY request
//   for (const r of replies) { r.header (the family's *_diag_msg), r.attrs (type -> bytes) }
//
// A request is the family's *_diag_req struct (unix_diag_req, inet_diag_req_v2,
// netlink_diag_req, packet_diag_req: the first byte is the family); `dump: true` asks for
// every matching socket (NLM_F_DUMP), otherwise one exact lookup. The family's message
// header length says where the attributes start (unix_diag_msg 16, inet_diag_msg 72,
// netlink_diag_msg 24, packet_diag_msg 16). Errors from the kernel are thrown as SysError.
import * as sys from '@amber/sys';

export const AF_NETLINK = 16;
export const NETLINK_SOCK_DIAG = 4;
const SOCK_DIAG_BY_FAMILY = 20;
const NLMSG_ERROR = 2;
const NLMSG_DONE = 3;
const NLM_F_REQUEST = 0x1;
const NLM_F_DUMP = 0x300;
const NLMSG_HDRLEN = 16;
const RECV_BUFFER = 256 * 1024;

/** One reply: the family's *_diag_msg header and its attributes (rtattr type -> payload). */
export interface DiagReply {
  header: Buffer;
  attrs: Map<number, Buffer>;
}

export interface DiagOptions {
  /** NLM_F_DUMP: every socket matching the request (default: an exact lookup). */
  dump?: boolean;
  /** Bytes of the family's *_diag_msg before the attributes. */
  headerLength: number;
}

let sequence = 1;

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Parses rtattrs (u16 len, u16 type, payload, padded to 4) from `buf` at `offset`. */
export function parseAttrs(buf: Buffer, offset: number): Map<number, Buffer> {
  const attrs = new Map<number, Buffer>();
  let at = offset;
  while (at + 4 <= buf.length) {
    const len = buf.readUInt16LE(at);
    const type = buf.readUInt16LE(at + 2) & 0x3fff; // without NLA_F_NESTED / NLA_F_NET_BYTEORDER
    if (len < 4 || at + len > buf.length) break;
    attrs.set(type, buf.subarray(at + 4, at + len));
    at += align4(len);
  }
  return attrs;
}

function kernelAddress(): Buffer {
  const a = Buffer.alloc(12); // sockaddr_nl: family, pad, pid 0 (the kernel), groups 0
  a.writeUInt16LE(AF_NETLINK, 0);
  return a;
}

/**
 * Sends one sock_diag request and returns the replies. The netlink socket is opened for
 * the call and closed after it (the caller's network namespace is the one asked).
 */
export function sockDiag(request: Uint8Array, options: DiagOptions): DiagReply[] {
  const fd = sys.native.socket(AF_NETLINK, sys.SOCK_DGRAM | sys.SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
  try {
    return sockDiagOn(fd, request, options);
  } finally {
    sys.native.close(fd);
  }
}

/** sockDiag on a NETLINK_SOCK_DIAG socket the caller holds (many requests, one socket). */
export function sockDiagOn(fd: number, request: Uint8Array, options: DiagOptions): DiagReply[] {
  const seq = sequence++ >>> 0;
  const msg = Buffer.alloc(NLMSG_HDRLEN + request.length);
  msg.writeUInt32LE(msg.length, 0);
  msg.writeUInt16LE(SOCK_DIAG_BY_FAMILY, 4);
  msg.writeUInt16LE(NLM_F_REQUEST | (options.dump ? NLM_F_DUMP : 0), 6);
  msg.writeUInt32LE(seq, 8);
  Buffer.from(request.buffer, request.byteOffset, request.byteLength).copy(msg, NLMSG_HDRLEN);
  sys.native.sendmsg(fd, msg, kernelAddress(), [], 0);
  const replies: DiagReply[] = [];
  const buf = Buffer.alloc(RECV_BUFFER);
  for (;;) {
    const r = sys.native.recvmsg(fd, buf, 0, 0);
    if (r.msgFlags & sys.MSG_TRUNC) throw new Error(`sock_diag: a reply longer than ${RECV_BUFFER} bytes`);
    let at = 0;
    while (at + NLMSG_HDRLEN <= r.bytes) {
      const len = buf.readUInt32LE(at);
      const type = buf.readUInt16LE(at + 4);
      const rseq = buf.readUInt32LE(at + 8);
      if (len < NLMSG_HDRLEN || at + len > r.bytes) throw new Error(`sock_diag: a malformed netlink message (length ${len})`);
      if (rseq !== seq) {
        at += align4(len);
        continue; // a late reply to an earlier request
      }
      if (type === NLMSG_DONE) return replies;
      if (type === NLMSG_ERROR) {
        const err = -buf.readInt32LE(at + NLMSG_HDRLEN);
        if (err === 0) return replies; // an ack
        throw new sys.SysError('sock_diag', err, {});
      }
      if (type === SOCK_DIAG_BY_FAMILY) {
        const body = Buffer.from(buf.subarray(at + NLMSG_HDRLEN, at + len));
        replies.push({ header: body.subarray(0, options.headerLength), attrs: parseAttrs(body, align4(options.headerLength)) });
        if (!options.dump) return replies;
      }
      at += align4(len);
    }
  }
}
