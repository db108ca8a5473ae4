// Atomic file creation: write a hidden temp file in the target directory,
// optionally fsync it, then rename it over the final name. Readers never
// see a half-written image.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Sink } from './framing';
import { writeFully } from './source';

export interface WriteOptions {
  /** fsync files (and the directory after renames). Default true. */
  fsync?: boolean;
}

const BUFFER_SIZE = 1024 * 1024;
/** Images hold process memory and credentials: owner-only, like CRIU. */
const FILE_MODE = 0o600;
let tempSeq = 0;

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

export function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export class AtomicFile implements Sink {
  readonly finalPath: string;
  readonly tempPath: string;
  private fd: number;
  private readonly buf = Buffer.allocUnsafe(BUFFER_SIZE);
  private used = 0;
  private written = 0;
  private readonly fsync: boolean;

  private constructor(dir: string, name: string, opts: WriteOptions) {
    this.finalPath = path.join(dir, name);
    this.tempPath = path.join(dir, `.${name}.${process.pid}.${++tempSeq}.tmp`);
    this.fsync = opts.fsync ?? true;
    this.fd = fs.openSync(this.tempPath, 'wx', FILE_MODE);
  }

  static create(dir: string, name: string, opts: WriteOptions = {}): AtomicFile {
    if (name.includes('/') || name === '' || name === '.' || name === '..') throw new Error(`invalid image file name ${JSON.stringify(name)}`);
    return new AtomicFile(dir, name, opts);
  }

  /** Bytes accepted so far (buffered or written). */
  get bytesWritten(): number {
    return this.written + this.used;
  }

  write(chunk: Uint8Array): void {
    this.checkOpen();
    if (chunk.length >= BUFFER_SIZE / 4) {
      // large chunks go straight to the file: no copy
      this.flush();
      writeFully(this.fd, chunk);
      this.written += chunk.length;
      return;
    }
    if (this.used + chunk.length > BUFFER_SIZE) this.flush();
    this.buf.set(chunk, this.used);
    this.used += chunk.length;
  }

  writev(chunks: readonly Uint8Array[]): void {
    for (const c of chunks) this.write(c);
  }

  private flush(): void {
    if (this.used === 0) return;
    writeFully(this.fd, this.buf.subarray(0, this.used));
    this.written += this.used;
    this.used = 0;
  }

  /** Flush, fsync (if enabled), close and rename into place. */
  commit(): void {
    this.checkOpen();
    try {
      this.flush();
      if (this.fsync) fs.fsyncSync(this.fd);
    } catch (err) {
      this.abort();
      throw err;
    }
    fs.closeSync(this.fd);
    this.fd = -1;
    fs.renameSync(this.tempPath, this.finalPath);
  }

  /** Drop the temp file; the final name is left untouched. */
  abort(): void {
    if (this.fd < 0) return;
    try {
      fs.closeSync(this.fd);
    } finally {
      this.fd = -1;
      fs.rmSync(this.tempPath, { force: true });
    }
  }

  get closed(): boolean {
    return this.fd < 0;
  }

  private checkOpen(): void {
    if (this.fd < 0) throw new Error(`${this.finalPath}: already closed`);
  }
}

/** Write a complete file atomically from a producer callback. */
export function writeAtomically(dir: string, name: string, opts: WriteOptions, produce: (sink: AtomicFile) => void): void {
  const f = AtomicFile.create(dir, name, opts);
  try {
    produce(f);
  } catch (err) {
    f.abort();
    throw err;
  }
  f.commit();
}
