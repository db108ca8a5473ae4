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
  /**
   * With fsync: makes everything written in `dir` durable at once (syncfs(2), injected by
   * the caller: this package has no native code). Files are then not fsynced one by one;
   * ImageDir.writeInventory calls it before the completion marker appears.
   */
  syncAll?: (dir: string) => void;
  /** With fsync: starts writeback of a range just written (sync_file_range), so the final sync has little left to wait for. */
  startWriteback?: (fd: number, offset: number, length: number) => void;
}

/** Bytes written between two startWriteback calls. */
const WRITEBACK_STEP = 8 * 1024 * 1024;

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
  private writebackFrom = 0;
  private readonly fsync: boolean;
  private readonly opts: WriteOptions;

  private constructor(dir: string, name: string, opts: WriteOptions) {
    this.finalPath = path.join(dir, name);
    this.tempPath = path.join(dir, `.${name}.${process.pid}.${++tempSeq}.tmp`);
    this.fsync = opts.fsync ?? true;
    this.opts = opts;
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
      this.kickWriteback();
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
    this.kickWriteback();
  }

  private kickWriteback(): void {
    if (!this.fsync || !this.opts.startWriteback || this.written - this.writebackFrom < WRITEBACK_STEP) return;
    this.opts.startWriteback(this.fd, this.writebackFrom, this.written - this.writebackFrom);
    this.writebackFrom = this.written;
  }

  /** Flush, fsync (if enabled), close and rename into place. */
  commit(): void {
    this.checkOpen();
    try {
      this.flush();
      // With syncAll, durability comes once for the whole directory, before its marker.
      if (this.fsync && !this.opts.syncAll) fs.fsyncSync(this.fd);
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
