// tcp-stream-<ino>.img, CRIU's layout: u32 IMG_COMMON_MAGIC, u32 TCP_STREAM_MAGIC, one
// u32-length-prefixed tcp_stream_entry, then inq_len bytes of receive queue and outq_len
// bytes of send queue. crit decodes it.
import * as fs from 'node:fs';
import { IMG_COMMON_MAGIC, decodeMessage, encodeMessage, type ImageDir } from '@amber/images';
import type { TcpStream } from './tcp-repair';

export const TCP_STREAM_MAGIC = 0x51465506;
const MAX_QUEUE = 1 << 30;

export function streamImageName(ino: number): string {
  return `tcp-stream-${ino.toString(16)}.img`;
}

export function writeStreamImage(dir: ImageDir, ino: number, s: TcpStream): void {
  const msg = encodeMessage('tcp_stream_entry', s.entry);
  const head = Buffer.alloc(12);
  head.writeUInt32LE(IMG_COMMON_MAGIC >>> 0, 0);
  head.writeUInt32LE(TCP_STREAM_MAGIC, 4);
  head.writeUInt32LE(msg.length, 8);
  dir.writeRaw(streamImageName(ino), [head, msg, s.inq, s.outq]);
}

export function readStreamImage(dir: ImageDir, ino: number): TcpStream {
  const name = streamImageName(ino);
  if (!dir.has(name)) throw new Error(`the image has no ${name} (the connection's queues and sequence numbers)`);
  const b = fs.readFileSync(dir.filePath(name));
  if (b.length < 12 || b.readUInt32LE(0) !== IMG_COMMON_MAGIC >>> 0 || b.readUInt32LE(4) !== TCP_STREAM_MAGIC) {
    throw new Error(`${name}: not a TCP stream image (magic 0x${TCP_STREAM_MAGIC.toString(16)})`);
  }
  const len = b.readUInt32LE(8);
  if (12 + len > b.length) throw new Error(`${name}: its entry runs past the end of the file`);
  const entry = decodeMessage('tcp_stream_entry', b.subarray(12, 12 + len), name);
  if (entry.inq_len > MAX_QUEUE || entry.outq_len > MAX_QUEUE) throw new Error(`${name}: queues of ${entry.inq_len} and ${entry.outq_len} bytes`);
  const rest = b.subarray(12 + len);
  if (rest.length !== entry.inq_len + entry.outq_len) throw new Error(`${name}: ${rest.length} bytes of queue data, the entry says ${entry.inq_len} + ${entry.outq_len}`);
  return { entry, inq: Buffer.from(rest.subarray(0, entry.inq_len)), outq: Buffer.from(rest.subarray(entry.inq_len)) };
}
