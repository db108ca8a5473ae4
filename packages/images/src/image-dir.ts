// An image directory: typed, atomic writers and validating readers for every
// image kind Amber uses. inventory.img is the completion marker: it is written
// last, and open() refuses a directory without it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fsyncDir, isTempName, writeAtomically, type WriteOptions } from './atomic';
import { ImageError, IncompleteImageError } from './errors';
import { readRecords, writeRecords, type ImageRecord, type ReadLimits } from './framing';
import type {
  SkPacketEntry,
  CoreEntry, FdinfoEntry, FileEntry, FsEntry, InventoryEntry, MmEntry, PstreeEntry, TaskKobjIdsEntry,
} from './gen/types';
import {
  pagemapRecords, pipeDataRecords, readSingle, recordsToPagemap, recordsToPipeData, type PipeData,
} from './images';
import { IMG_VERSION, imageFileName, type EntryOf, type ImageKind, type ListKind, type ShmemSpace } from './kinds';
import { PagesReader, PagesWriter, type Pagemap } from './pages';
import { FileSource } from './source';

export interface CreateOptions extends WriteOptions {
  /** Allow reusing a directory that already holds a complete image. */
  overwrite?: boolean;
}

export interface OpenOptions extends ReadLimits {
  /** Open even without inventory.img (inspecting a failed dump). */
  allowIncomplete?: boolean;
}

const INVENTORY = imageFileName.inventory();

function checkId(what: string, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
  return n;
}

function checkObjectId(id: bigint): bigint {
  if (typeof id !== 'bigint' || id < 0n) throw new RangeError(`a shared memory object id must be a non-negative bigint, got ${id}`);
  return id;
}

/** One message of a socket's receive queue (sk-queues.img). */
export interface SkPacket {
  entry: SkPacketEntry;
  data: Uint8Array;
}

export class ImageDir {
  readonly path: string;
  readonly writable: boolean;
  private readonly writeOpts: WriteOptions;
  private readonly limits: ReadLimits;
  private completed: boolean;
  private readonly pagesWriters: PagesWriter[] = [];

  private constructor(dir: string, writable: boolean, writeOpts: WriteOptions, limits: ReadLimits, completed: boolean) {
    this.path = dir;
    this.writable = writable;
    this.writeOpts = writeOpts;
    this.limits = limits;
    this.completed = completed;
  }

  /** Creates (or reuses an empty / unfinished) directory for a new dump. */
  static create(dir: string, opts: CreateOptions = {}): ImageDir {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const inv = path.join(dir, INVENTORY);
    if (fs.existsSync(inv)) {
      if (!opts.overwrite) {
        throw new Error(`image directory ${dir} already holds a complete image (inventory.img); pass { overwrite: true } to replace it`);
      }
      // Drop the marker first so a crash mid-dump leaves the directory incomplete.
      fs.unlinkSync(inv);
      if (opts.fsync ?? true) fsyncDir(dir);
    }
    return new ImageDir(dir, true, { fsync: opts.fsync ?? true, syncAll: opts.syncAll, startWriteback: opts.startWriteback }, {}, false);
  }

  /** Opens a finished image directory for reading. */
  static open(dir: string, opts: OpenOptions = {}): ImageDir {
    if (!fs.statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
    const complete = fs.existsSync(path.join(dir, INVENTORY));
    if (!complete && !opts.allowIncomplete) throw new IncompleteImageError(dir);
    const limits: ReadLimits = {};
    if (opts.maxEntrySize !== undefined) limits.maxEntrySize = opts.maxEntrySize;
    if (opts.maxExtraSize !== undefined) limits.maxExtraSize = opts.maxExtraSize;
    return new ImageDir(dir, false, {}, limits, complete);
  }

  /** True once inventory.img exists (written or found). */
  get complete(): boolean {
    return this.completed;
  }

  filePath(name: string): string {
    return path.join(this.path, name);
  }

  has(name: string): boolean {
    return fs.existsSync(this.filePath(name));
  }

  /** Image file names, without in-progress temp files. */
  list(): string[] {
    return fs.readdirSync(this.path).filter((n) => !isTempName(n)).sort();
  }

  // ------------------------------------------------------------- generic --

  writeEntries<K extends ListKind>(kind: K, name: string, entries: readonly EntryOf<K>[]): void {
    this.writeRecords(kind, name, entries.map((value) => ({ value })));
  }

  readEntries<K extends ListKind>(kind: K, name: string): EntryOf<K>[] {
    return this.readRecords(kind, name).map((r) => r.value as EntryOf<K>);
  }

  private checkWritable(name: string): void {
    if (!this.writable) throw new Error(`image directory ${this.path} was opened read-only; cannot write ${name}`);
    if (this.completed) throw new Error(`image directory ${this.path} is complete (inventory.img written); cannot write ${name}`);
  }

  /**
   * Writes a file of the directory's that is not protobuf records (a plugin's own format),
   * atomically and with the directory's fsync setting, like every other image.
   */
  writeRaw(name: string, chunks: readonly Uint8Array[]): void {
    this.checkWritable(name);
    writeAtomically(this.path, name, this.writeOpts, (sink) => sink.writev(chunks));
  }

  private writeRecords(kind: ImageKind, name: string, records: readonly ImageRecord[]): void {
    this.checkWritable(name);
    writeAtomically(this.path, name, this.writeOpts, (sink) => writeRecords(sink, name, kind, records));
  }

  private withSource<T>(name: string, fn: (src: FileSource) => T): T {
    let src: FileSource;
    try {
      src = FileSource.open(this.filePath(name));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ImageError(name, 0, 'the image file to exist', `${this.filePath(name)} is missing`);
      }
      throw err;
    }
    try {
      return fn(src);
    } finally {
      src.close();
    }
  }

  private readRecords(kind: ImageKind, name: string): ImageRecord[] {
    return this.withSource(name, (src) => readRecords(src, name, kind, this.limits));
  }

  private readOne<K extends ListKind>(kind: K, name: string): EntryOf<K> {
    return this.withSource(name, (src) => readSingle(src, name, kind, this.limits));
  }

  private writeOne<K extends ListKind>(kind: K, name: string, entry: EntryOf<K>): void {
    this.writeRecords(kind, name, [{ value: entry }]);
  }

  // ----------------------------------------------------------- inventory --

  /** Writes inventory.img, the completion marker. Must be the last write. */
  writeInventory(entry: InventoryEntry): void {
    this.checkWritable(INVENTORY);
    const open = this.pagesWriters.filter((w) => !w.closed);
    if (open.length) throw new Error(`cannot write inventory.img: ${open.map((w) => path.basename(w.path)).join(', ')} still open`);
    const fsync = this.writeOpts.fsync ?? true;
    // Every file and rename is durable before the marker appears.
    if (fsync && this.writeOpts.syncAll) this.writeOpts.syncAll(this.path);
    if (fsync) fsyncDir(this.path);
    this.writeOne('inventory', INVENTORY, entry);
    if (fsync) fsyncDir(this.path);
    this.completed = true;
  }

  readInventory(): InventoryEntry {
    const inv = this.readOne('inventory', INVENTORY);
    if (inv.img_version !== IMG_VERSION) {
      throw new ImageError(INVENTORY, 4, `img_version ${IMG_VERSION} (images with the common magic)`, `found ${inv.img_version}`);
    }
    return inv;
  }

  // ------------------------------------------------------- process tree --

  writePstree(entries: readonly PstreeEntry[]): void {
    this.writeEntries('pstree', imageFileName.pstree(), entries);
  }

  readPstree(): PstreeEntry[] {
    return this.readEntries('pstree', imageFileName.pstree());
  }

  writeCore(tid: number, entry: CoreEntry): void {
    this.writeOne('core', imageFileName.core(checkId('tid', tid)), entry);
  }

  readCore(tid: number): CoreEntry {
    return this.readOne('core', imageFileName.core(checkId('tid', tid)));
  }

  writeIds(pid: number, entry: TaskKobjIdsEntry): void {
    this.writeOne('ids', imageFileName.ids(checkId('pid', pid)), entry);
  }

  readIds(pid: number): TaskKobjIdsEntry {
    return this.readOne('ids', imageFileName.ids(checkId('pid', pid)));
  }

  writeFs(pid: number, entry: FsEntry): void {
    this.writeOne('fs', imageFileName.fs(checkId('pid', pid)), entry);
  }

  readFs(pid: number): FsEntry {
    return this.readOne('fs', imageFileName.fs(checkId('pid', pid)));
  }

  // --------------------------------------------------------------- memory --

  writeMm(pid: number, entry: MmEntry): void {
    this.writeOne('mm', imageFileName.mm(checkId('pid', pid)), entry);
  }

  readMm(pid: number): MmEntry {
    return this.readOne('mm', imageFileName.mm(checkId('pid', pid)));
  }

  writePagemap(pid: number, head: Pagemap['head'], entries: Pagemap['entries']): void {
    this.writeRecords('pagemap', imageFileName.pagemap(checkId('pid', pid)), pagemapRecords({ head, entries }));
  }

  readPagemap(pid: number): Pagemap {
    const name = imageFileName.pagemap(checkId('pid', pid));
    return recordsToPagemap(this.readRecords('pagemap', name), name, 8);
  }

  /** The content of one shared memory object: pagemap_head, then entries whose vaddr is the offset in the object. */
  writeShmemPagemap(space: ShmemSpace, id: bigint, head: Pagemap['head'], entries: Pagemap['entries']): void {
    this.writeRecords('pagemap', imageFileName.shmemPagemap(space, checkObjectId(id)), pagemapRecords({ head, entries }));
  }

  /** null when the dump saved no content for the object (an image from before Amber saved it). */
  readShmemPagemap(space: ShmemSpace, id: bigint): Pagemap | null {
    const name = imageFileName.shmemPagemap(space, checkObjectId(id));
    if (!this.has(name)) return null;
    return recordsToPagemap(this.readRecords('pagemap', name), name, 8);
  }

  /** Starts pages-<id>.img; it appears in the directory on close(). */
  createPages(pagesId: number): PagesWriter {
    const name = imageFileName.pages(checkId('pagesId', pagesId));
    this.checkWritable(name);
    const w = PagesWriter.create(this.path, pagesId, this.writeOpts);
    this.pagesWriters.push(w);
    return w;
  }

  openPages(pagesId: number): PagesReader {
    return PagesReader.open(this.filePath(imageFileName.pages(checkId('pagesId', pagesId))));
  }

  // ---------------------------------------------------------------- files --

  writeFiles(entries: readonly FileEntry[]): void {
    this.writeEntries('files', imageFileName.files(), entries);
  }

  readFiles(): FileEntry[] {
    return this.readEntries('files', imageFileName.files());
  }

  writeFdinfo(filesId: number, entries: readonly FdinfoEntry[]): void {
    this.writeEntries('fdinfo', imageFileName.fdinfo(checkId('filesId', filesId)), entries);
  }

  readFdinfo(filesId: number): FdinfoEntry[] {
    return this.readEntries('fdinfo', imageFileName.fdinfo(checkId('filesId', filesId)));
  }

  writePipesData(records: readonly PipeData[]): void {
    this.writeRecords('pipes-data', imageFileName.pipesData(), pipeDataRecords(records));
  }

  readPipesData(): PipeData[] {
    return recordsToPipeData(this.readRecords('pipes-data', imageFileName.pipesData()));
  }

  writeFifoData(records: readonly PipeData[]): void {
    this.writeRecords('fifo-data', imageFileName.fifoData(), pipeDataRecords(records));
  }

  readFifoData(): PipeData[] {
    return recordsToPipeData(this.readRecords('fifo-data', imageFileName.fifoData()));
  }

  /** sk-queues.img: the data queued in sockets, one sk_packet_entry + `length` bytes per message. */
  writeSkQueues(packets: readonly SkPacket[]): void {
    this.writeRecords('sk-queues', imageFileName.skQueues(), packets.map((p) => ({ value: p.entry, extra: Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength) })));
  }

  /** The packets of sk-queues.img (none when the dump wrote no file). */
  readSkQueues(): SkPacket[] {
    if (!this.has(imageFileName.skQueues())) return [];
    return this.readRecords('sk-queues', imageFileName.skQueues()).map((r) => ({ entry: r.value as SkPacketEntry, data: r.extra ?? Buffer.alloc(0) }));
  }
}
