// Pipe content: saved without consuming it, put back in order with its packet boundaries.
//
// The kernel keeps a pipe as a ring of buffers, each either stream data or one packet
// (PIPE_BUF_FLAG_PACKET: written through an O_DIRECT write end). A read() takes stream
// buffers until it meets a packet buffer, takes that one whole and stops; a packet that
// does not fit the read is cut and its rest dropped. A packet write into a pipe whose last
// buffer is stream data with room left merges into it (the packet is then stream data),
// so any mix can be queued: stream, packet, stream... A pipe's content is therefore a
// list of pieces, each stream or packet, and restore must recreate exactly that list.
//
// Dump: tee() duplicates the buffers into a private pipe (page references, flags kept;
// nothing leaves the original). One tee copies everything, so the private pipe is made at
// least as large as the dumped one. Reads of the copy then come cut at packet ends: each
// "chunk" is some stream bytes followed by one packet, except the last, which may be
// stream only. A stream byte written after the copy (a sentinel) tells which: a read takes
// it with the last chunk unless that chunk ends in a packet. Where a chunk's packet starts
// is found by probing single bytes (isPacketAt): tee the buffers up to the byte, splice
// away the bytes before it, splice the byte into a small pipe and write a stream byte
// after it; a read of that pipe stops after the byte if it was in a packet buffer. Within
// a chunk the answer is "stream" up to the packet and "packet" after, so a binary search
// finds the boundary (one probe for a chunk that is only a packet).
//
// Image: pipes-data.img / fifo-data.img, CRIU's pipe_data_entry {pipe_id, bytes, size}
// + `bytes` raw bytes, one entry per piece, in order (a stream pipe has exactly one
// entry, also when empty, as CRIU writes it). Which pieces are packets is the plugin's
// data of every description of the pipe (DumpedFile.data, JSON {"pieces": "sp..."}),
// written only when the pipe holds a packet (CRIU refuses packet pipes). An image without
// it (older Amber) reads as before: one entry is stream, several are packets.
//
// Restore: the new pipe gets the size first (F_SETPIPE_SZ, which cannot go above
// /proc/sys/fs/pipe-max-size without CAP_SYS_RESOURCE), then the pieces: packets one write
// each through an O_DIRECT write end; stream data with plain writes, except stream data
// followed by a packet, which is spliced in from a staging pipe (spliced buffers cannot be
// merged into, so the packet written next stays a packet, as it was).
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import type { ImageDir, PipeData } from '@amber/images';
import { PipeError } from './util';

const { native } = sys;

/** What a pipe holds: its buffer size and its content as stream and packet pieces, in order. */
export interface PipeContent {
  /** F_GETPIPE_SZ: the capacity in bytes. */
  size: number;
  /** The queued bytes, one piece per packet and per run of stream data. */
  chunks: Buffer[];
  /** packets[i]: chunks[i] is one packet (else stream data). */
  packets: boolean[];
}

export function contentBytes(c: PipeContent): number {
  return c.chunks.reduce((n, b) => n + b.length, 0);
}

/** Whether the content has a packet: then its layout travels in the plugin data. */
export function hasPackets(c: PipeContent): boolean {
  return c.packets.some(Boolean);
}

/** The layout for DumpedFile.data: 's' or 'p' per piece. */
export function layoutOf(c: PipeContent): string {
  return c.packets.map((p) => (p ? 'p' : 's')).join('');
}

export function pipeMaxSize(): number {
  try {
    return Number(fs.readFileSync('/proc/sys/fs/pipe-max-size', 'utf8').trim());
  } catch {
    return 1 << 20;
  }
}

const SENTINEL = Buffer.from('#');

/** A private pipe for tee: made large enough for the pipe being read, reused for every pipe of a dump. */
export class TeeBuffer {
  #r = -1;
  #w = -1;
  #cap = 0;
  /** The probe's small pipe and /dev/null (isPacketAt), made on first use. */
  #probe: { r: number; w: number; devnull: number } | undefined;

  /** Makes the private pipe able to take every buffer of a pipe of `size` bytes. */
  ensure(size: number, what: string): void {
    if (this.#r < 0) {
      [this.#r, this.#w] = native.pipe2(sys.O_CLOEXEC | sys.O_NONBLOCK);
      this.#cap = native.fcntl(this.#w, sys.F_GETPIPE_SZ, 0);
    }
    if (this.#cap >= size) return;
    try {
      this.#cap = native.fcntl(this.#w, sys.F_SETPIPE_SZ, size);
    } catch (e) {
      throw new PipeError(
        `${what}: its buffer is ${size} bytes, and a private pipe that large cannot be made to copy its content ` +
          `(/proc/sys/fs/pipe-max-size is ${pipeMaxSize()}; bigger needs CAP_SYS_RESOURCE): ${(e as Error).message}`,
        { cause: e },
      );
    }
  }

  /**
   * The content of the pipe read through `readFd` (a read end, or a read-write
   * description), without consuming it, cut into stream and packet pieces.
   */
  snapshot(readFd: number, what: string): PipeContent {
    const size = native.fcntl(readFd, sys.F_GETPIPE_SZ, 0);
    this.ensure(size, what);
    let n: number;
    try {
      n = sys.quietly(() => native.tee(readFd, this.#w, Math.max(size, this.#cap), sys.SPLICE_F_NONBLOCK));
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN')) return { size, chunks: [], packets: [] }; // an empty pipe
      throw new PipeError(`${what}: tee of its content failed: ${(e as Error).message}`, { cause: e });
    }
    // The sentinel needs a free slot in the private pipe; a full one is probed instead.
    let sentinel = true;
    try {
      sys.quietly(() => native.write(this.#w, SENTINEL));
    } catch (e) {
      if (!sys.isErrno(e, 'EAGAIN')) throw e;
      sentinel = false;
    }
    const total = n + (sentinel ? 1 : 0);
    const all = Buffer.allocUnsafe(total);
    const ends: number[] = []; // end offset of each chunk as read
    let got = 0;
    try {
      while (got < total) {
        const k = native.read(this.#r, all.subarray(got));
        if (k === 0) break;
        got += k;
        ends.push(got);
      }
    } catch (e) {
      this.drain();
      throw e;
    }
    if (got !== total) {
      this.drain();
      throw new PipeError(`${what}: tee copied ${n} bytes but ${got - (sentinel ? 1 : 0)} came back`);
    }
    // Does the last chunk of the content end in a packet (else it is stream data)?
    let lastIsPacket: boolean;
    if (sentinel) {
      lastIsPacket = ends.length >= 2 && ends[ends.length - 2] === n; // the sentinel came alone
      if (lastIsPacket) ends.pop();
      else ends[ends.length - 1] = n;
    } else {
      lastIsPacket = this.isPacketAt(readFd, n - 1, what);
    }
    const chunks: Buffer[] = [];
    const packets: boolean[] = [];
    let start = 0;
    ends.forEach((end, i) => {
      const endsInPacket = i < ends.length - 1 || lastIsPacket;
      const at = endsInPacket ? start + this.#packetStart(readFd, start, end, what) : end;
      if (at > start) {
        chunks.push(all.subarray(start, at));
        packets.push(false);
      }
      if (at < end) {
        chunks.push(all.subarray(at, end));
        packets.push(true);
      }
      start = end;
    });
    return { size, chunks, packets };
  }

  /** Where the packet that ends chunk [start, end) begins, relative to start (binary search). */
  #packetStart(readFd: number, start: number, end: number, what: string): number {
    const len = end - start;
    if (len === 1 || this.isPacketAt(readFd, start, what)) return 0;
    let stream = 0; // the highest offset known to be stream data
    let packet = len - 1; // the lowest known to be in the packet
    while (packet - stream > 1) {
      const mid = (stream + packet) >>> 1;
      if (this.isPacketAt(readFd, start + mid, what)) packet = mid;
      else stream = mid;
    }
    return packet;
  }

  /**
   * Whether byte `offset` of the pipe read through `readFd` is in a packet buffer, without
   * consuming anything: see the top of this file. The private pipe must be empty.
   */
  isPacketAt(readFd: number, offset: number, what: string): boolean {
    if (!this.#probe) {
      const [r, w] = native.pipe2(sys.O_CLOEXEC | sys.O_NONBLOCK);
      this.#probe = { r, w, devnull: native.open('/dev/null', sys.O_WRONLY | sys.O_CLOEXEC, 0) };
    }
    const p = this.#probe;
    try {
      const n = native.tee(readFd, this.#w, offset + 1, sys.SPLICE_F_NONBLOCK);
      if (n !== offset + 1) throw new Error(`tee copied ${n} bytes, not ${offset + 1}`);
      for (let skipped = 0; skipped < offset; ) skipped += native.splice(this.#r, -1, p.devnull, -1, offset - skipped, sys.SPLICE_F_NONBLOCK);
      native.splice(this.#r, -1, p.w, -1, 1, sys.SPLICE_F_NONBLOCK);
      native.write(p.w, SENTINEL);
      const b = Buffer.alloc(2);
      const k = native.read(p.r, b);
      if (k === 1) native.read(p.r, b); // the sentinel
      return k === 1;
    } catch (e) {
      this.drain();
      throw new PipeError(`${what}: cannot tell whether byte ${offset} of its content is in a packet: ${(e as Error).message}`, { cause: e });
    }
  }

  /** Empties the private pipes (after an error, so the next pipe starts clean). */
  drain(): void {
    const buf = Buffer.allocUnsafe(65536);
    for (const fd of [this.#r, this.#probe?.r ?? -1]) {
      if (fd < 0) continue;
      for (;;) {
        try {
          if (sys.quietly(() => native.read(fd, buf)) === 0) break;
        } catch {
          break;
        }
      }
    }
  }

  close(): void {
    if (this.#r >= 0) {
      native.close(this.#r);
      native.close(this.#w);
      this.#r = this.#w = -1;
      this.#cap = 0;
    }
    if (this.#probe) {
      for (const fd of [this.#probe.r, this.#probe.w, this.#probe.devnull]) native.close(fd);
      this.#probe = undefined;
    }
  }
}

/** Image records for one pipe: one per piece; one (empty) entry for an empty pipe. */
export function toRecords(pipeId: number, c: PipeContent): PipeData[] {
  if (c.chunks.length === 0) return [{ entry: { pipe_id: pipeId, bytes: 0, size: c.size }, data: Buffer.alloc(0) }];
  return c.chunks.map((data) => ({ entry: { pipe_id: pipeId, bytes: data.length, size: c.size }, data }));
}

/** Reads pipes-data.img / fifo-data.img into pipe_id -> content; a missing image is no data. */
export function readContents(images: ImageDir, kind: 'pipes' | 'fifo'): Map<number, PipeContent> {
  const name = kind === 'pipes' ? 'pipes-data.img' : 'fifo-data.img';
  const out = new Map<number, PipeContent>();
  if (!images.has(name)) return out;
  const records = kind === 'pipes' ? images.readPipesData() : images.readFifoData();
  for (const r of records) {
    let c = out.get(r.entry.pipe_id);
    if (!c) out.set(r.entry.pipe_id, (c = { size: 0, chunks: [], packets: [] }));
    if (r.entry.size !== undefined) c.size = r.entry.size;
    c.chunks.push(Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength));
  }
  for (const c of out.values()) {
    // A stream pipe's single entry may be empty; without a layout, several entries are packets.
    if (c.chunks.length === 1 && c.chunks[0]!.length === 0) c.chunks = [];
    c.packets = c.chunks.map(() => c.chunks.length > 1);
  }
  return out;
}

/**
 * The content of one pipe with the layout of its plugin data applied (`layout`: 's'/'p'
 * per piece, from DumpedFile.data). `what` names the pipe in errors.
 */
export function withLayout(c: PipeContent | undefined, layout: string | undefined, what: string): PipeContent | undefined {
  if (!c && layout) {
    throw new PipeError(`${what}: the image says it held ${layout.length} piece(s) of queued data, but the data image (pipes-data.img / fifo-data.img) has none for it: the image directory is damaged`);
  }
  if (!c || layout === undefined) return c;
  if (layout.length !== c.chunks.length || !/^[sp]*$/.test(layout)) {
    throw new PipeError(`${what}: the image's packet layout "${layout}" does not match its ${c.chunks.length} data entries`);
  }
  return { ...c, packets: [...layout].map((ch) => ch === 'p') };
}

/** The packet layout in a pipe or FIFO description's plugin data (undefined: none). */
export function layoutFromData(data: Uint8Array | undefined, what: string): string | undefined {
  if (!data || data.length === 0) return undefined;
  try {
    const v = JSON.parse(Buffer.from(data).toString('utf8')) as { pieces?: unknown };
    if (v.pieces === undefined) return undefined;
    if (typeof v.pieces !== 'string') throw new Error('"pieces" is not a string');
    return v.pieces;
  } catch (e) {
    throw new PipeError(`${what}: its plugin data is not valid: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * Gives a freshly created pipe (write side `w`) its size and content. `what` names it in
 * errors. Packets are written one per write with O_DIRECT set on `w` meanwhile; stream
 * data followed by a packet comes from a staging pipe by splice (see the top of this
 * file). The caller then sets each description's own flags.
 */
export function refill(w: number, c: PipeContent | undefined, what: string): void {
  if (!c) return;
  if (c.size > 0) {
    try {
      native.fcntl(w, sys.F_SETPIPE_SZ, c.size);
    } catch (e) {
      throw new PipeError(
        `${what}: cannot give the pipe its dumped buffer size of ${c.size} bytes (/proc/sys/fs/pipe-max-size is ${pipeMaxSize()}; ` +
          `more needs CAP_SYS_RESOURCE): ${(e as Error).message}`,
        { cause: e },
      );
    }
  }
  if (c.chunks.length === 0) return;
  // Non-blocking: content that does not fit (a bad image) fails instead of hanging.
  const fl = native.fcntl(w, sys.F_GETFL, 0);
  let now = fl;
  const mode = (packet: boolean) => {
    const want = ((fl | sys.O_NONBLOCK) & ~sys.O_DIRECT) | (packet ? sys.O_DIRECT : 0);
    if (want !== now) native.fcntl(w, sys.F_SETFL, (now = want));
  };
  try {
    c.chunks.forEach((chunk, i) => {
      const packet = c.packets[i] ?? false;
      mode(packet);
      if (!packet && c.packets[i + 1]) spliceIn(w, chunk);
      else writeAll(w, chunk);
    });
  } catch (e) {
    throw new PipeError(`${what}: cannot put its ${contentBytes(c)} bytes back (pipe size ${c.size}): ${(e as Error).message}`, { cause: e });
  } finally {
    if (now !== fl) native.fcntl(w, sys.F_SETFL, fl);
  }
}

function writeAll(w: number, data: Buffer): void {
  let done = 0;
  while (done < data.length) done += native.write(w, data.subarray(done));
}

/** Stream data as buffers no later write merges into: written to a staging pipe, spliced over. */
function spliceIn(w: number, data: Buffer): void {
  const [sr, sw] = native.pipe2(sys.O_CLOEXEC | sys.O_NONBLOCK);
  try {
    if (data.length > native.fcntl(sw, sys.F_GETPIPE_SZ, 0)) native.fcntl(sw, sys.F_SETPIPE_SZ, data.length);
    writeAll(sw, data);
    let done = 0;
    while (done < data.length) done += native.splice(sr, -1, w, -1, data.length - done, sys.SPLICE_F_NONBLOCK);
  } finally {
    native.close(sr);
    native.close(sw);
  }
}
