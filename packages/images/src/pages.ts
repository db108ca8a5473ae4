// Raw page images (pages-<id>.img: no header, page contents back to back)
// and the pagemap bookkeeping that locates a range inside them. Page data
// is streamed: nothing here holds a whole pages image in memory.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { AtomicFile, type WriteOptions } from './atomic';
import { ImageError } from './errors';
import type { PagemapEntry, PagemapHead } from './gen/types';
import { imageFileName } from './kinds';
import { readFully } from './source';

export const PAGE_SIZE = 4096;
/** pagemap_entry.flags bits. */
export const PE_PARENT = 1 << 0;
export const PE_LAZY = 1 << 1;
export const PE_PRESENT = 1 << 2;

export interface Pagemap {
  head: PagemapHead;
  entries: PagemapEntry[];
}

/** A pagemap entry as CRIU writes it today (nr_pages + flags, compat 0). */
export function pagemapEntry(vaddr: bigint, nrPages: number, flags: number = PE_PRESENT): PagemapEntry {
  return { vaddr, compat_nr_pages: 0, flags, nr_pages: BigInt(nrPages) };
}

/** Effective flags, applying CRIU's rules for images without `flags`. */
export function pagemapFlags(e: PagemapEntry): number {
  if (e.in_parent) return (e.flags ?? 0) | PE_PARENT;
  return e.flags ?? PE_PRESENT;
}

/** Effective page count (`nr_pages`, or `compat_nr_pages` in old images). */
export function pagemapNrPages(e: PagemapEntry): number {
  const n = e.nr_pages ?? BigInt(e.compat_nr_pages);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`pagemap entry at ${e.vaddr.toString(16)}: nr_pages ${n} is not plausible`);
  return Number(n);
}

export interface PagemapRange {
  vaddr: bigint;
  nrPages: number;
  flags: number;
  /** Byte offset in pages-<id>.img; only for PE_PRESENT ranges. */
  pagesOffset?: number;
}

/** Where each present range lives in the pages image (they are stored in order). */
export function pagemapLayout(entries: readonly PagemapEntry[], pageSize: number = PAGE_SIZE): { ranges: PagemapRange[]; presentBytes: number } {
  let offset = 0;
  const ranges = entries.map((e): PagemapRange => {
    const nrPages = pagemapNrPages(e);
    const flags = pagemapFlags(e);
    if (!(flags & PE_PRESENT)) return { vaddr: e.vaddr, nrPages, flags };
    const r = { vaddr: e.vaddr, nrPages, flags, pagesOffset: offset };
    offset += nrPages * pageSize;
    return r;
  });
  return { ranges, presentBytes: offset };
}

/**
 * What amber_pages_hash covers after the page bytes: each entry's vaddr and nr_pages
 * (u64 little-endian), so pages moved to other addresses are caught too.
 */
export function pagemapTrailer(entries: readonly PagemapEntry[]): Buffer {
  const b = Buffer.alloc(16 * entries.length);
  entries.forEach((e, i) => {
    b.writeBigUInt64LE(BigInt.asUintN(64, e.vaddr), i * 16);
    b.writeBigUInt64LE(BigInt.asUintN(64, BigInt(pagemapNrPages(e))), i * 16 + 8);
  });
  return b;
}

/** Streams page data into pages-<id>.img; the file appears only on close(). */
export class PagesWriter {
  private readonly file: AtomicFile;

  private constructor(file: AtomicFile) {
    this.file = file;
  }

  static create(dir: string, pagesId: number, opts: WriteOptions = {}): PagesWriter {
    return new PagesWriter(AtomicFile.create(dir, imageFileName.pages(pagesId), opts));
  }

  get path(): string {
    return this.file.finalPath;
  }

  get bytesWritten(): number {
    return this.file.bytesWritten;
  }

  /** Appends raw bytes (usually whole pages). */
  write(buf: Uint8Array): void {
    this.file.write(buf);
  }

  writev(bufs: readonly Uint8Array[]): void {
    this.file.writev(bufs);
  }

  /** Flush, fsync (unless disabled) and rename into place. */
  close(): void {
    this.file.commit();
  }

  /** Discard everything written. */
  abort(): void {
    this.file.abort();
  }

  /** True after close() or abort(). */
  get closed(): boolean {
    return this.file.closed;
  }
}

const CHUNK = 1024 * 1024;

/** Positional reads from a pages image of any size. */
export class PagesReader {
  readonly path: string;
  readonly size: number;
  private fd: number;

  private constructor(file: string, fd: number) {
    this.path = file;
    this.fd = fd;
    this.size = fs.fstatSync(fd).size;
  }

  static open(file: string): PagesReader {
    const fd = fs.openSync(file, 'r');
    try {
      return new PagesReader(file, fd);
    } catch (err) {
      fs.closeSync(fd);
      throw err;
    }
  }

  private check(offset: number, length: number): void {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new RangeError(`${this.path}: invalid range offset=${offset} length=${length}`);
    }
    if (offset + length > this.size) {
      throw new ImageError(path.basename(this.path), offset, `${length} bytes of page data`, `the file has only ${this.size} bytes`);
    }
  }

  /** Reads exactly `length` bytes at `offset` into a new buffer. */
  read(offset: number, length: number): Buffer {
    this.check(offset, length);
    const buf = Buffer.allocUnsafe(length);
    this.readInto(buf, offset);
    return buf;
  }

  /** Fills `target` completely from `offset`. */
  readInto(target: Uint8Array, offset: number): void {
    this.check(offset, target.length);
    const n = readFully(this.openFd(), target, 0, target.length, offset);
    if (n !== target.length) {
      throw new ImageError(path.basename(this.path), offset + n, `${target.length - n} more bytes of page data`, 'the file shrank while being read');
    }
  }

  /**
   * Streams a range in chunks of at most `chunkSize` bytes. The yielded
   * buffer is reused: consume it before asking for the next chunk.
   */
  *chunks(offset: number, length: number, chunkSize: number = CHUNK): Generator<Buffer> {
    this.check(offset, length);
    const buf = Buffer.allocUnsafe(Math.max(1, Math.min(chunkSize, length)));
    for (let done = 0; done < length;) {
      const n = Math.min(buf.length, length - done);
      const view = buf.subarray(0, n);
      this.readInto(view, offset + done);
      done += n;
      yield view;
    }
  }

  close(): void {
    if (this.fd >= 0) {
      fs.closeSync(this.fd);
      this.fd = -1;
    }
  }

  private openFd(): number {
    if (this.fd < 0) throw new Error(`${this.path}: reader is closed`);
    return this.fd;
  }
}
