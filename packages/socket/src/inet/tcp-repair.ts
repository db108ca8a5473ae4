// An established TCP connection through TCP repair mode (TCP_REPAIR): the dumper's copy
// of the socket is put in repair mode (from then on the kernel sends nothing for it), its
// sequence numbers, queues, window and negotiated options are read; at restore a new
// socket in repair mode takes them, connect() makes it established without a packet,
// and repair mode is left once the whole tree is back.
import { native } from '@amber/sys';
import type { TcpStreamEntry } from '@amber/images';
import * as c from './consts';

export interface TcpStream {
  entry: TcpStreamEntry;
  /** The receive queue: bytes the peer sent that the program has not read. */
  inq: Buffer;
  /** The send queue: unacknowledged bytes, then unsent ones. */
  outq: Buffer;
}

export function repairOn(fd: number): void {
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR, 1);
}

/** Leaves repair mode; `probe` sends a window probe so the peer learns our window at once. */
export function repairOff(fd: number, probe = true): void {
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR, probe ? 0 : -1);
}

function queueSeq(fd: number, queue: number): number {
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, queue);
  return native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_QUEUE_SEQ) >>> 0;
}

function peekQueue(fd: number, queue: number, len: number, what: string): Buffer {
  const buf = Buffer.alloc(len);
  if (len === 0) return buf;
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, queue);
  const r = native.recvmsg(fd, buf, c.MSG_PEEK | c.MSG_DONTWAIT, 0);
  if (r.bytes !== len) throw new Error(`peeking the ${what} queue gave ${r.bytes} of its ${len} bytes`);
  return buf;
}

/** Reads a connection's state; the socket must be in repair mode (repairOn). */
export function readStream(fd: number): TcpStream {
  const info = native.getsockoptBytes(fd, c.IPPROTO_TCP, c.TCP_INFO, 104);
  const options = info.readUInt8(5);
  const wscale = info.readUInt8(6);
  const inqLen = native.ioctlGetInt(fd, c.SIOCINQ);
  const outqLen = native.ioctlGetInt(fd, c.SIOCOUTQ);
  const unsentLen = native.ioctlGetInt(fd, c.SIOCOUTQNSD);
  const inqSeq = queueSeq(fd, c.TCP_RECV_QUEUE);
  const outqSeq = queueSeq(fd, c.TCP_SEND_QUEUE);
  const inq = peekQueue(fd, c.TCP_RECV_QUEUE, inqLen, 'receive');
  const outq = peekQueue(fd, c.TCP_SEND_QUEUE, outqLen, 'send');
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, 0);
  const win = native.getsockoptBytes(fd, c.IPPROTO_TCP, c.TCP_REPAIR_WINDOW, 20);
  const entry: TcpStreamEntry = {
    inq_len: inqLen,
    inq_seq: inqSeq,
    outq_len: outqLen,
    outq_seq: outqSeq,
    opt_mask: options,
    snd_wscale: wscale & 0xf,
    rcv_wscale: wscale >> 4,
    mss_clamp: native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_MAXSEG),
    unsq_len: unsentLen,
    snd_wl1: win.readUInt32LE(0),
    snd_wnd: win.readUInt32LE(4),
    max_window: win.readUInt32LE(8),
    rcv_wnd: win.readUInt32LE(12),
    rcv_wup: win.readUInt32LE(16),
  };
  if (options & c.TCPI_OPT_TIMESTAMPS) entry.timestamp = native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_TIMESTAMP) >>> 0;
  return { entry, inq, outq };
}

/** Checks a stream read from an image against itself before any of it reaches the kernel. */
export function validateStream(s: TcpStream, what: string): void {
  const e = s.entry;
  if (s.inq.length !== e.inq_len || s.outq.length !== e.outq_len) throw new Error(`${what}: the queues hold ${s.inq.length} and ${s.outq.length} bytes, the entry says ${e.inq_len} and ${e.outq_len}`);
  if ((e.unsq_len ?? 0) > e.outq_len) throw new Error(`${what}: ${e.unsq_len} unsent bytes in a send queue of ${e.outq_len}`);
  if (e.snd_wscale > 14 || (e.rcv_wscale ?? 0) > 14) throw new Error(`${what}: window scale ${e.snd_wscale}/${e.rcv_wscale} (at most 14)`);
}

/** Sequence numbers of a new socket in repair mode, before connect(). */
export function setSequences(fd: number, e: TcpStreamEntry): void {
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, c.TCP_RECV_QUEUE);
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_QUEUE_SEQ, (e.inq_seq - e.inq_len) | 0);
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, c.TCP_SEND_QUEUE);
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_QUEUE_SEQ, (e.outq_seq - e.outq_len) | 0);
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, 0);
  // connect() sizes segments from the clamp it finds (536 by default, repair options come
  // too late for that): the dumped clamp as the user MSS first, so segments keep their size
  // (the kernel takes at most 32767 there; loopback's 65483 becomes that).
  if (e.mss_clamp >= 88) native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_MAXSEG, Math.min(e.mss_clamp, 32767));
}

/** After connect(): negotiated options, window, timestamp, then both queues. */
export function restoreStream(fd: number, s: TcpStream): void {
  const e = s.entry;
  const opts: Array<[number, number]> = [[c.TCPOPT_MAXSEG, e.mss_clamp]];
  if (e.opt_mask & c.TCPI_OPT_WSCALE) opts.push([c.TCPOPT_WINDOW, e.snd_wscale | ((e.rcv_wscale ?? 0) << 16)]);
  if (e.opt_mask & c.TCPI_OPT_SACK) opts.push([c.TCPOPT_SACK_PERM, 0]);
  if (e.opt_mask & c.TCPI_OPT_TIMESTAMPS) opts.push([c.TCPOPT_TIMESTAMP, 0]);
  const raw = Buffer.alloc(opts.length * 8);
  opts.forEach(([code, val], i) => {
    raw.writeUInt32LE(code, i * 8);
    raw.writeUInt32LE(val >>> 0, i * 8 + 4);
  });
  native.setsockoptBytes(fd, c.IPPROTO_TCP, c.TCP_REPAIR_OPTIONS, raw);
  if (e.timestamp !== undefined) native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_TIMESTAMP, e.timestamp | 0);
  // A new socket's buffers may be smaller than what the dumped one had grown to: room for
  // both queues first (the caller sets the dumped sizes back afterwards).
  const room = (len: number) => Math.min(len * 2 + 256 * 1024, 0x3fffffff);
  if (s.inq.length) native.setsockoptInt(fd, c.SOL_SOCKET, c.SO_RCVBUFFORCE, room(s.inq.length));
  if (s.outq.length) native.setsockoptInt(fd, c.SOL_SOCKET, c.SO_SNDBUFFORCE, room(s.outq.length));
  fillQueue(fd, c.TCP_RECV_QUEUE, s.inq);
  // In repair mode the send queue counts as sent: the kernel retransmits what the peer has
  // not acknowledged once repair mode is off, unsent bytes included.
  fillQueue(fd, c.TCP_SEND_QUEUE, s.outq);
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, 0);
  // The window last: the kernel checks it against rcv_nxt, which the receive queue moved.
  if (e.snd_wl1 !== undefined && e.snd_wnd !== undefined && e.max_window !== undefined && e.rcv_wnd !== undefined && e.rcv_wup !== undefined) {
    const win = Buffer.alloc(20);
    [e.snd_wl1, e.snd_wnd, e.max_window, e.rcv_wnd, e.rcv_wup].forEach((v, i) => win.writeUInt32LE(v >>> 0, i * 4));
    native.setsockoptBytes(fd, c.IPPROTO_TCP, c.TCP_REPAIR_WINDOW, win);
  }
}

function fillQueue(fd: number, queue: number, data: Buffer): void {
  if (data.length === 0) return;
  native.setsockoptInt(fd, c.IPPROTO_TCP, c.TCP_REPAIR_QUEUE, queue);
  const chunk = 64 * 1024;
  for (let off = 0; off < data.length; ) {
    const n = native.sendmsg(fd, data.subarray(off, Math.min(off + chunk, data.length)), null, [], c.MSG_DONTWAIT);
    if (n <= 0) throw new Error(`filling the ${queue === c.TCP_RECV_QUEUE ? 'receive' : 'send'} queue: sendmsg wrote ${n} bytes`);
    off += n;
  }
}
