// The two images this package writes itself, in CRIU's framing (u32 common magic, u32
// image magic, then u32 length + proto2 message per entry):
//
// amber-ghost-<id>.img: the content of a regular file that was unlinked while open
//   (ghost id <id>: the file id of the first fd that had it). CRIU's ghost-file image
//   layout and magic (GHOST_FILE 0x52583605), so `crit decode` reads it: one
//   ghost_file_entry, then its data in chunks (holes left out); see writeGhostImage.
//
// remap-fpath.img: CRIU's remap_file_path_entry per file id that is re-created from a
//   ghost (remap_type GHOST, remap_id the ghost id): fds of one unlinked inode share it.
//
// amber-file-data.img: DumpedFile.data of plugins without a file_entry field of their
//   own. Magic AMBER_FILE_DATA 0x41464434 (Amber's own; crit does not know it). Entries
//   amber_file_data {id=1 (uint32, the file id), plugin=2 (string), data=3 (bytes)}.
//
// The protobuf messages are tiny and fixed, so they are encoded here by hand.
import * as fs from 'node:fs';
import { IMG_COMMON_MAGIC, type ImageDir } from '@amber/images';
import { FilesError } from './errors';

export const GHOST_FILE_MAGIC = 0x52583605;
export const AMBER_FILE_DATA_MAGIC = 0x41464434;
export const FILE_DATA_IMAGE = 'amber-file-data.img';

export function ghostImageName(fileId: number): string {
  return `amber-ghost-${fileId}.img`;
}

// ---------------------------------------------------------------- protobuf --

type FieldValue = number | bigint | string | Uint8Array;

function varint(v: bigint, out: number[]): void {
  let x = BigInt.asUintN(64, v);
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
}

/** Encodes fields in order: numbers/bigints as varints, strings and bytes length-delimited. */
export function encodeFields(fields: ReadonlyArray<readonly [number, FieldValue | undefined]>): Buffer {
  const parts: Buffer[] = [];
  for (const [no, v] of fields) {
    if (v === undefined) continue;
    const head: number[] = [];
    if (typeof v === 'number' || typeof v === 'bigint') {
      varint(BigInt(no) << 3n, head);
      varint(BigInt(v), head);
      parts.push(Buffer.from(head));
    } else {
      const bytes = typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
      varint((BigInt(no) << 3n) | 2n, head);
      varint(BigInt(bytes.length), head);
      parts.push(Buffer.from(head), bytes);
    }
  }
  return Buffer.concat(parts);
}

/** Decodes varint (wire type 0) and length-delimited (2) fields; others are an error. */
export function decodeFields(buf: Buffer, what: string): Map<number, Array<bigint | Buffer>> {
  const out = new Map<number, Array<bigint | Buffer>>();
  let at = 0;
  const readVarint = (): bigint => {
    let v = 0n;
    let shift = 0n;
    for (;;) {
      if (at >= buf.length) throw new FilesError('BAD_IMAGE', `${what}: truncated varint`);
      const b = buf[at++]!;
      v |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return v;
      shift += 7n;
      if (shift > 63n) throw new FilesError('BAD_IMAGE', `${what}: varint too long`);
    }
  };
  while (at < buf.length) {
    const key = readVarint();
    const no = Number(key >> 3n);
    const wt = Number(key & 7n);
    let v: bigint | Buffer;
    if (wt === 0) v = readVarint();
    else if (wt === 2) {
      const len = Number(readVarint());
      if (at + len > buf.length) throw new FilesError('BAD_IMAGE', `${what}: field ${no} runs past the end`);
      v = buf.subarray(at, at + len);
      at += len;
    } else throw new FilesError('BAD_IMAGE', `${what}: unexpected wire type ${wt} for field ${no}`);
    const list = out.get(no) ?? [];
    list.push(v);
    out.set(no, list);
  }
  return out;
}

// ----------------------------------------------------------------- framing --

function header(magic: number): Buffer {
  const h = Buffer.alloc(8);
  h.writeUInt32LE(IMG_COMMON_MAGIC, 0);
  h.writeUInt32LE(magic >>> 0, 4);
  return h;
}

function lengthPrefix(msg: Buffer): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(msg.length, 0);
  return b;
}

function readImage(dir: ImageDir, name: string, magic: number): { bytes: Buffer; at: number } {
  const bytes = fs.readFileSync(dir.filePath(name));
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== IMG_COMMON_MAGIC || bytes.readUInt32LE(4) !== magic) {
    throw new FilesError('BAD_IMAGE', `${name}: not an image with magic 0x${magic.toString(16)}`);
  }
  return { bytes, at: 8 };
}

function nextMessage(name: string, img: { bytes: Buffer; at: number }): Buffer {
  const { bytes } = img;
  if (img.at + 4 > bytes.length) throw new FilesError('BAD_IMAGE', `${name}: truncated entry length at offset ${img.at}`);
  const len = bytes.readUInt32LE(img.at);
  const start = img.at + 4;
  if (start + len > bytes.length) throw new FilesError('BAD_IMAGE', `${name}: entry at offset ${img.at} runs past the end`);
  img.at = start + len;
  return bytes.subarray(start, start + len);
}

const num = (m: Map<number, Array<bigint | Buffer>>, no: number): number | undefined => {
  const v = m.get(no)?.[0];
  return typeof v === 'bigint' ? Number(v) : undefined;
};

// ------------------------------------------------------------------- ghost --

/** A file time with nanoseconds (CRIU's timeval keeps microseconds; Amber adds the rest). */
export interface GhostTime {
  sec: bigint;
  nsec: number;
}

/** A run of data between holes, at its file offset. */
export interface GhostChunk {
  off: bigint;
  data: Buffer;
}

export interface GhostFile {
  uid: number;
  gid: number;
  /** st_mode, file type bits included (CRIU's layout). */
  mode: number;
  dev?: bigint;
  ino?: bigint;
  atime?: GhostTime;
  mtime?: GhostTime;
  /** The file size; holes are what the chunks leave out. */
  size: bigint;
  chunks: GhostChunk[];
}

/** Amber's own ghost_file_entry fields: the nanoseconds of atim and mtim (timeval has microseconds). */
const ATIM_NSEC = 1001;
const MTIM_NSEC = 1002;
/** The most chunks an image may hold before it is called broken (one per page of a 4 GiB file). */
const MAX_CHUNKS = 1 << 20;

function timeval(t: GhostTime): Buffer {
  return encodeFields([[1, t.sec], [2, Math.floor(t.nsec / 1000)]]);
}

/**
 * amber-ghost-<ghostId>.img in CRIU's chunked layout: ghost_file_entry {uid, gid, mode,
 * dev, ino, atim, mtim, chunks=true, size}, then per run of data a ghost_chunk_entry
 * {len=1, off=2} followed by `len` raw bytes.
 */
export function writeGhostImage(dir: ImageDir, ghostId: number, g: GhostFile): void {
  const msg = encodeFields([
    [1, g.uid], [2, g.gid], [3, g.mode], [4, g.dev], [5, g.ino],
    [7, g.atime && timeval(g.atime)], [8, g.mtime && timeval(g.mtime)], [9, 1], [10, g.size],
    [ATIM_NSEC, g.atime?.nsec], [MTIM_NSEC, g.mtime?.nsec],
  ]);
  const parts: Buffer[] = [header(GHOST_FILE_MAGIC), lengthPrefix(msg), msg];
  for (const c of g.chunks) {
    const ce = encodeFields([[1, BigInt(c.data.length)], [2, c.off]]);
    parts.push(lengthPrefix(ce), ce, c.data);
  }
  dir.writeRaw(ghostImageName(ghostId), parts);
}

function readTime(m: Map<number, Array<bigint | Buffer>>, no: number, nsecNo: number, what: string): GhostTime | undefined {
  const v = m.get(no)?.[0];
  if (!Buffer.isBuffer(v)) return undefined;
  const tv = decodeFields(v, what);
  const sec = tv.get(1)?.[0];
  const usec = tv.get(2)?.[0];
  if (typeof sec !== 'bigint' || typeof usec !== 'bigint' || usec >= 1000000n) throw new FilesError('BAD_IMAGE', `${what}: a bad timeval`);
  const nsec = num(m, nsecNo);
  if (nsec !== undefined && (nsec < 0 || nsec >= 1e9 || Math.floor(nsec / 1000) !== Number(usec))) throw new FilesError('BAD_IMAGE', `${what}: nanoseconds ${nsec} do not match the timeval`);
  return { sec: BigInt.asIntN(64, sec), nsec: nsec ?? Number(usec) * 1000 };
}

export function readGhostImage(dir: ImageDir, ghostId: number): GhostFile {
  const name = ghostImageName(ghostId);
  const img = readImage(dir, name, GHOST_FILE_MAGIC);
  const m = decodeFields(nextMessage(name, img), name);
  const size = m.get(10)?.[0];
  const g: GhostFile = {
    uid: num(m, 1) ?? 0, gid: num(m, 2) ?? 0, mode: num(m, 3) ?? 0o600,
    atime: readTime(m, 7, ATIM_NSEC, name), mtime: readTime(m, 8, MTIM_NSEC, name),
    size: 0n, chunks: [],
  };
  const dev = m.get(4)?.[0];
  const ino = m.get(5)?.[0];
  if (typeof dev === 'bigint') g.dev = dev;
  if (typeof ino === 'bigint') g.ino = ino;
  if (num(m, 9)) {
    if (typeof size !== 'bigint') throw new FilesError('BAD_IMAGE', `${name}: a chunked ghost file without its size`);
    g.size = size;
    let end = 0n;
    while (img.at < img.bytes.length) {
      const ce = decodeFields(nextMessage(name, img), name);
      const len = ce.get(1)?.[0];
      const off = ce.get(2)?.[0];
      if (typeof len !== 'bigint' || typeof off !== 'bigint') throw new FilesError('BAD_IMAGE', `${name}: a ghost chunk without len or off`);
      if (off < end || off + len > size) throw new FilesError('BAD_IMAGE', `${name}: ghost chunk at ${off} (+${len}) overlaps another or runs past the size ${size}`);
      if (BigInt(img.at) + len > BigInt(img.bytes.length)) throw new FilesError('BAD_IMAGE', `${name}: ghost chunk at ${off} runs past the end of the image`);
      if (g.chunks.length >= MAX_CHUNKS) throw new FilesError('BAD_IMAGE', `${name}: more than ${MAX_CHUNKS} chunks`);
      g.chunks.push({ off, data: img.bytes.subarray(img.at, img.at + Number(len)) });
      img.at += Number(len);
      end = off + len;
    }
    return g;
  }
  // Unchunked (CRIU without holes, and Amber before them): the content runs to the end.
  const content = img.bytes.subarray(img.at);
  if (typeof size === 'bigint' && BigInt(content.length) !== size) {
    throw new FilesError('BAD_IMAGE', `${name}: the entry says ${String(size)} content bytes, the file holds ${content.length}`);
  }
  g.size = BigInt(content.length);
  if (content.length) g.chunks.push({ off: 0n, data: content });
  return g;
}

// ------------------------------------------------------------------- remap --

export const REMAP_FPATH_MAGIC = 0x59133954;
export const REMAP_FPATH_IMAGE = 'remap-fpath.img';
/** remap_type: the file is reached through another name (LINKED) or re-created from a ghost image (GHOST). */
export const REMAP_LINKED = 0;
export const REMAP_GHOST = 1;

export interface RemapEntry {
  origId: number;
  remapId: number;
  type: number;
}

/** remap-fpath.img (CRIU's): remap_file_path_entry {orig_id=1, remap_id=2, remap_type=3}. */
export function writeRemapImage(dir: ImageDir, entries: readonly RemapEntry[]): void {
  const parts: Buffer[] = [header(REMAP_FPATH_MAGIC)];
  for (const e of entries) {
    const msg = encodeFields([[1, e.origId], [2, e.remapId], [3, e.type]]);
    parts.push(lengthPrefix(msg), msg);
  }
  dir.writeRaw(REMAP_FPATH_IMAGE, parts);
}

export function readRemapImage(dir: ImageDir): Map<number, RemapEntry> {
  const out = new Map<number, RemapEntry>();
  if (!dir.has(REMAP_FPATH_IMAGE)) return out;
  const img = readImage(dir, REMAP_FPATH_IMAGE, REMAP_FPATH_MAGIC);
  while (img.at < img.bytes.length) {
    const m = decodeFields(nextMessage(REMAP_FPATH_IMAGE, img), REMAP_FPATH_IMAGE);
    const origId = num(m, 1);
    const remapId = num(m, 2);
    if (origId === undefined || remapId === undefined) throw new FilesError('BAD_IMAGE', `${REMAP_FPATH_IMAGE}: an entry without orig_id or remap_id`);
    out.set(origId, { origId, remapId, type: num(m, 3) ?? REMAP_LINKED });
  }
  return out;
}

// --------------------------------------------------------------- file data --

export interface FileData {
  id: number;
  plugin: string;
  data: Uint8Array;
}

export function writeFileDataImage(dir: ImageDir, records: readonly FileData[]): void {
  const chunks: Buffer[] = [header(AMBER_FILE_DATA_MAGIC)];
  for (const r of records) {
    const msg = encodeFields([[1, r.id], [2, r.plugin], [3, r.data]]);
    chunks.push(lengthPrefix(msg), msg);
  }
  dir.writeRaw(FILE_DATA_IMAGE, chunks);
}

export function readFileDataImage(dir: ImageDir): Map<number, FileData> {
  const out = new Map<number, FileData>();
  if (!dir.has(FILE_DATA_IMAGE)) return out;
  const img = readImage(dir, FILE_DATA_IMAGE, AMBER_FILE_DATA_MAGIC);
  while (img.at < img.bytes.length) {
    const m = decodeFields(nextMessage(FILE_DATA_IMAGE, img), FILE_DATA_IMAGE);
    const id = num(m, 1);
    const plugin = m.get(2)?.[0];
    const data = m.get(3)?.[0];
    if (id === undefined) throw new FilesError('BAD_IMAGE', `${FILE_DATA_IMAGE}: an entry without a file id`);
    out.set(id, {
      id,
      plugin: Buffer.isBuffer(plugin) ? plugin.toString('utf8') : '',
      data: Buffer.isBuffer(data) ? Buffer.from(data) : Buffer.alloc(0),
    });
  }
  return out;
}
