// The two images this package writes itself, in CRIU's framing (u32 common magic, u32
// image magic, then u32 length + proto2 message per entry):
//
// amber-ghost-<id>.img: the content of a regular file that was unlinked while open
//   (file id <id>). CRIU's ghost-file image layout and magic (GHOST_FILE 0x52583605),
//   so `crit decode` reads it: one ghost_file_entry {uid=1, gid=2, mode=3, size=10},
//   then exactly `size` raw content bytes to the end of the file.
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

export interface GhostFile {
  uid: number;
  gid: number;
  mode: number;
  content: Buffer;
}

export function writeGhostImage(dir: ImageDir, fileId: number, g: GhostFile): void {
  const msg = encodeFields([[1, g.uid], [2, g.gid], [3, g.mode], [10, BigInt(g.content.length)]]);
  dir.writeRaw(ghostImageName(fileId), [header(GHOST_FILE_MAGIC), lengthPrefix(msg), msg, g.content]);
}

export function readGhostImage(dir: ImageDir, fileId: number): GhostFile {
  const name = ghostImageName(fileId);
  const img = readImage(dir, name, GHOST_FILE_MAGIC);
  const m = decodeFields(nextMessage(name, img), name);
  const size = m.get(10)?.[0];
  const content = img.bytes.subarray(img.at);
  if (typeof size !== 'bigint' || BigInt(content.length) !== size) {
    throw new FilesError('BAD_IMAGE', `${name}: the entry says ${String(size)} content bytes, the file holds ${content.length}`);
  }
  return { uid: num(m, 1) ?? 0, gid: num(m, 2) ?? 0, mode: num(m, 3) ?? 0o600, content };
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
