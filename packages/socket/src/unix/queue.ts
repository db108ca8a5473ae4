// Reading a unix socket's receive queue without consuming it: MSG_PEEK from the dumper's
// copy, with SO_PEEK_OFF walking the queue (set to 0 for the walk, then back to what the
// program had). Stream: one piece per recvmsg, which the kernel ends where fds are
// attached or the sender's credentials change, so fds stay at their byte. Datagram and
// seqpacket: exactly one message per recvmsg (MSG_TRUNC tells its real length; a
// truncated one is read again whole).
import * as sys from '@amber/sys';
import { SCM_CREDENTIALS, SOCK_SEQPACKET, SOCK_STREAM, refuse } from '../common';

export interface QueuedMessage {
  data: Buffer;
  /** The sender's sockaddr bytes (datagram sockets). */
  addr?: Buffer;
  /** Fds in flight (copies in the dumper, O_CLOEXEC; the caller closes them). */
  fds: number[];
  /** SCM_CREDENTIALS, when the socket has SO_PASSCRED. */
  creds?: { pid: number; uid: number; gid: number };
}

const MAX_FDS = 253;
const FIRST_BUFFER = 64 * 1024;
let shared = Buffer.alloc(FIRST_BUFFER);

/**
 * Peeks every message queued for reading on `fd`. `total`: the bytes queued (sock_diag's
 * rqueue); `shutdownRead`: the socket cannot receive more (its end of file is a
 * zero-length read, for seqpacket like a zero-length message); `what` names the socket.
 */
export function peekQueue(fd: number, type: number, total: number, shutdownRead: boolean, what: string): QueuedMessage[] {
  const out: QueuedMessage[] = [];
  const stream = type === SOCK_STREAM;
  // A stream's queue is exactly `total` bytes: nothing to walk when it is empty.
  if (stream && total === 0) return out;
  const saved = sys.native.getsockoptInt(fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF);
  let offset = 0;
  let buf = shared;
  const opened: number[] = [];
  sys.native.setsockoptInt(fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, 0);
  try {
    for (;;) {
      if (stream && offset >= total) break; // every queued byte is read (no EAGAIN round trip)
      let r: sys.RecvMsgResult;
      try {
        r = sys.native.recvmsg(fd, buf, sys.MSG_PEEK | sys.MSG_DONTWAIT | (stream ? 0 : sys.MSG_TRUNC), MAX_FDS);
      } catch (e) {
        if (sys.isErrno(e, 'EAGAIN')) break;
        throw e;
      }
      for (const f of r.fds) opened.push(f);
      if (r.msgFlags & sys.MSG_CTRUNC) throw refuse(`${what}: a queued message carries more than ${MAX_FDS} fds or control data Amber cannot read`);
      if (!stream && r.bytes > buf.length) {
        // Truncated: read it again whole (the peek offset moved by what was copied).
        for (const f of r.fds) sys.native.close(f);
        opened.length -= r.fds.length;
        buf = shared = Buffer.alloc(r.bytes);
        sys.native.setsockoptInt(fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, offset);
        continue;
      }
      if (stream && r.bytes === 0) break; // end of file: nothing more queued
      // Seqpacket after shutdown: a zero-length read past the queued bytes is the end of file.
      if (type === SOCK_SEQPACKET && shutdownRead && r.bytes === 0 && offset >= total && r.fds.length === 0) break;
      const msg: QueuedMessage = { data: Buffer.from(buf.subarray(0, r.bytes)), fds: r.fds };
      if (!stream && r.addr.length > 0) msg.addr = Buffer.from(r.addr);
      for (const c of r.cmsgs) {
        if (c.level === sys.SOL_SOCKET && c.type === SCM_CREDENTIALS && c.data.length >= 12) {
          msg.creds = { pid: c.data.readInt32LE(0), uid: c.data.readUInt32LE(4), gid: c.data.readUInt32LE(8) };
        } else if (c.level === sys.SOL_SOCKET) {
          throw refuse(`${what}: a queued message carries a control message (SOL_SOCKET type ${c.type}) Amber cannot restore`);
        }
      }
      out.push(msg);
      offset += r.bytes;
      if (out.length > 10_000_000) throw refuse(`${what}: more than ten million queued messages`);
    }
  } catch (e) {
    for (const f of opened) sys.native.close(f);
    throw e;
  } finally {
    sys.native.setsockoptInt(fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, saved);
  }
  return out;
}
