// Pipe content: saved without consuming it, put back in order.
//
// Dump: tee() duplicates the buffers queued in the pipe into a private pipe (it takes
// references to the same pages; nothing leaves the original pipe), then the private pipe
// is read. One tee call copies every queued buffer (a second one would copy the same
// buffers again from the head), so the private pipe is first made at least as large as
// the dumped one. tee keeps each buffer's packet flag (PIPE_BUF_FLAG_PACKET, set by
// writes through an O_DIRECT write end), and a read() stops at the end of a packet
// buffer, so the reads give the content cut at packet boundaries: one chunk for a
// stream pipe, one chunk per packet for a packet pipe ("chunks"; a run of stream data
// followed by a packet reads as one chunk, and is restored as one packet).
//
// Image: pipes-data.img / fifo-data.img, CRIU's pipe_data_entry {pipe_id, bytes, size}
// + `bytes` raw bytes. A stream pipe has exactly one entry (also when empty: it keeps
// the size), as CRIU writes it. A pipe whose content has packet boundaries has one entry
// per packet, in order (CRIU cannot dump packet pipes at all); every entry carries the
// size.
//
// Restore: the new pipe gets the size first (F_SETPIPE_SZ, which cannot go above
// /proc/sys/fs/pipe-max-size without CAP_SYS_RESOURCE), then the content: one write for
// a stream pipe, one write per packet through an O_DIRECT write end for a packet pipe.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import type { ImageDir, PipeData } from '@amber/images';
import { PipeError, quietly } from './util';

const { native } = sys;

/** What a pipe holds: its buffer size and its content cut at packet boundaries. */
export interface PipeContent {
  /** F_GETPIPE_SZ: the capacity in bytes. */
  size: number;
  /** The queued bytes; more than one chunk means packet boundaries (one per packet). */
  chunks: Buffer[];
}

export function contentBytes(c: PipeContent): number {
  return c.chunks.reduce((n, b) => n + b.length, 0);
}

export function pipeMaxSize(): number {
  try {
    return Number(fs.readFileSync('/proc/sys/fs/pipe-max-size', 'utf8').trim());
  } catch {
    return 1 << 20;
  }
}

/** A private pipe for tee: made large enough for the pipe being read, reused for every pipe of a dump. */
export class TeeBuffer {
  #r = -1;
  #w = -1;
  #cap = 0;

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
   * description), without consuming it.
   */
  snapshot(readFd: number, what: string): PipeContent {
    const size = native.fcntl(readFd, sys.F_GETPIPE_SZ, 0);
    this.ensure(size, what);
    let n: number;
    try {
      n = quietly(() => native.tee(readFd, this.#w, Math.max(size, this.#cap), sys.SPLICE_F_NONBLOCK));
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN')) return { size, chunks: [] }; // an empty pipe
      throw new PipeError(`${what}: tee of its content failed: ${(e as Error).message}`, { cause: e });
    }
    const all = Buffer.allocUnsafe(n);
    const chunks: Buffer[] = [];
    let got = 0;
    try {
      while (got < n) {
        const k = native.read(this.#r, all.subarray(got));
        if (k === 0) break;
        chunks.push(all.subarray(got, got + k));
        got += k;
      }
    } catch (e) {
      this.drain();
      throw e;
    }
    if (got !== n) {
      this.drain();
      throw new PipeError(`${what}: tee copied ${n} bytes but ${got} came back`);
    }
    return { size, chunks };
  }

  /** Empties the private pipe (after an error, so the next pipe starts clean). */
  drain(): void {
    const buf = Buffer.allocUnsafe(65536);
    for (;;) {
      try {
        if (native.read(this.#r, buf) === 0) return;
      } catch {
        return;
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
  }
}

/** Image records for one pipe: one entry for a stream pipe, one per packet otherwise. */
export function toRecords(pipeId: number, c: PipeContent): PipeData[] {
  if (c.chunks.length <= 1) {
    const data = c.chunks[0] ?? Buffer.alloc(0);
    return [{ entry: { pipe_id: pipeId, bytes: data.length, size: c.size }, data }];
  }
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
    if (!c) out.set(r.entry.pipe_id, (c = { size: 0, chunks: [] }));
    if (r.entry.size !== undefined) c.size = r.entry.size;
    c.chunks.push(Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength));
  }
  // A stream pipe's single entry may be empty; drop empty chunks so "packets" stays meaningful.
  for (const c of out.values()) if (c.chunks.length === 1 && c.chunks[0]!.length === 0) c.chunks = [];
  return out;
}

/**
 * Gives a freshly created pipe (write side `w`) its size and content. `what` names it
 * in errors. Packet content is written one packet per write with O_DIRECT set on `w`
 * meanwhile; the caller then sets each description's own flags.
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
  const packets = c.chunks.length > 1;
  // Non-blocking: content that does not fit (a bad image) fails instead of hanging.
  const fl = native.fcntl(w, sys.F_GETFL, 0);
  const want = (fl | sys.O_NONBLOCK | (packets ? sys.O_DIRECT : 0)) & ~(packets ? 0 : sys.O_DIRECT);
  if (want !== fl) native.fcntl(w, sys.F_SETFL, want);
  try {
    for (const chunk of c.chunks) {
      let done = 0;
      while (done < chunk.length) done += native.write(w, chunk.subarray(done));
    }
  } catch (e) {
    throw new PipeError(`${what}: cannot put its ${contentBytes(c)} bytes back (pipe size ${c.size}): ${(e as Error).message}`, { cause: e });
  } finally {
    if (want !== fl) native.fcntl(w, sys.F_SETFL, fl);
  }
}
