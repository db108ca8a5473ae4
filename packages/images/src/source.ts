// Random-access byte sources for the image reader: an in-memory buffer or
// an open file read through a small window (images are never slurped whole).

import * as fs from 'node:fs';

export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset` (fewer only if the source shrank). */
  read(offset: number, length: number): Buffer;
}

export class BufferSource implements ByteSource {
  readonly size: number;
  private readonly buf: Buffer;

  constructor(bytes: Uint8Array) {
    this.buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.size = this.buf.length;
  }

  read(offset: number, length: number): Buffer {
    return this.buf.subarray(offset, offset + length);
  }
}

const WINDOW = 256 * 1024;

/** Reads through a window so small entries cost one syscall per window, not per entry. */
export class FileSource implements ByteSource {
  readonly size: number;
  private readonly window = Buffer.allocUnsafe(WINDOW);
  private winStart = 0;
  private winLen = 0;

  private constructor(private fd: number) {
    this.size = fs.fstatSync(fd).size;
  }

  static open(path: string): FileSource {
    const fd = fs.openSync(path, 'r');
    try {
      return new FileSource(fd);
    } catch (err) {
      fs.closeSync(fd);
      throw err;
    }
  }

  read(offset: number, length: number): Buffer {
    if (offset >= this.winStart && offset + length <= this.winStart + this.winLen) {
      const at = offset - this.winStart;
      return Buffer.from(this.window.subarray(at, at + length)); // copy: the window is reused
    }
    if (length > WINDOW / 2) return this.readDirect(offset, length);
    this.winStart = offset;
    this.winLen = readFully(this.fd, this.window, 0, WINDOW, offset);
    return Buffer.from(this.window.subarray(0, Math.min(length, this.winLen)));
  }

  private readDirect(offset: number, length: number): Buffer {
    const buf = Buffer.allocUnsafe(length);
    const n = readFully(this.fd, buf, 0, length, offset);
    return n === length ? buf : buf.subarray(0, n);
  }

  close(): void {
    if (this.fd >= 0) {
      fs.closeSync(this.fd);
      this.fd = -1;
    }
  }
}

/** pread until `length` bytes or EOF; returns the count read. */
export function readFully(fd: number, buf: Uint8Array, at: number, length: number, position: number): number {
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buf, at + done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

/** write until everything is written (writeSync may write partially). */
export function writeFully(fd: number, buf: Uint8Array, position?: number): void {
  let done = 0;
  while (done < buf.length) {
    const pos = position === undefined ? null : position + done;
    done += fs.writeSync(fd, buf, done, buf.length - done, pos);
  }
}
