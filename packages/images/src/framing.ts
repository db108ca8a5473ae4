// CRIU image framing: [u32 common magic] u32 image magic, then entries of
// u32 little-endian length + protobuf message [+ extra payload] up to EOF.

import { encodeMessage, decodeWire } from './codec';
import { fromWire, type WireMessage } from './convert';
import { ImageEncodeError, ImageError, SchemaViolation } from './errors';
import type { MessageName } from './gen/schema';
import { hex32, IMAGE_KINDS, IMG_COMMON_MAGIC, IMG_SERVICE_MAGIC, kindByMagic, type ImageKind, type KindSpec } from './kinds';
import type { ByteSource } from './source';

export const DEFAULT_MAX_ENTRY_SIZE = 64 * 1024 * 1024;
export const DEFAULT_MAX_EXTRA_SIZE = 1024 * 1024 * 1024;

export interface ReadLimits {
  /** Largest protobuf entry accepted (default 64 MiB). */
  maxEntrySize?: number;
  /** Largest extra payload accepted (default 1 GiB). */
  maxExtraSize?: number;
}

/** One entry as stored: the message and, for pipe/fifo data, its payload. */
export interface ImageRecord<T = unknown> {
  value: T;
  extra?: Buffer;
}

export interface Frame<T> extends ImageRecord<T> {
  /** Offset of the entry's length word in the file. */
  offset: number;
  type: MessageName;
}

export function specOf(kind: ImageKind): KindSpec {
  return IMAGE_KINDS[kind];
}

function magicLabel(magic: number): string {
  const k = kindByMagic(magic);
  return k ? `${hex32(magic)} (${IMAGE_KINDS[k].magicName})` : hex32(magic);
}

function u32(src: ByteSource, offset: number): number {
  return src.read(offset, 4).readUInt32LE(0);
}

/**
 * Checks the header. With `expected`, the file must be that kind; without,
 * the kind is picked from the magic. Returns the kind and where entries start.
 */
export function readHeader(src: ByteSource, file: string, expected?: ImageKind): { kind: ImageKind; start: number } {
  if (src.size < 4) throw new ImageError(file, 0, 'a 4-byte image magic', `the file has only ${src.size} bytes`);
  const first = u32(src, 0);
  if (expected && !IMAGE_KINDS[expected].common) {
    const spec = IMAGE_KINDS[expected];
    if (first !== spec.magic) throw new ImageError(file, 0, `image magic ${magicLabel(spec.magic)}`, `found ${magicLabel(first)}`);
    return { kind: expected, start: 4 };
  }
  if (!expected && first === IMAGE_KINDS.inventory.magic) return { kind: 'inventory', start: 4 };
  if (first !== IMG_COMMON_MAGIC) {
    const what = first === IMG_SERVICE_MAGIC ? 'service magic (stats/irmap images are not supported)' : magicLabel(first);
    throw new ImageError(file, 0, `common image magic ${hex32(IMG_COMMON_MAGIC)}`, `found ${what}`);
  }
  if (src.size < 8) throw new ImageError(file, 4, 'a 4-byte image magic after the common magic', `the file has only ${src.size} bytes`);
  const second = u32(src, 4);
  if (expected) {
    const spec = IMAGE_KINDS[expected];
    if (second !== spec.magic) throw new ImageError(file, 4, `image magic ${magicLabel(spec.magic)}`, `found ${magicLabel(second)}`);
    return { kind: expected, start: 8 };
  }
  const kind = kindByMagic(second);
  if (!kind || !IMAGE_KINDS[kind].common) throw new ImageError(file, 4, 'a known image magic', `found ${hex32(second)}`);
  return { kind, start: 8 };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export type FrameConverter<T> = (type: MessageName, wire: WireMessage) => T;

/** Converter to Amber's public objects (bigint, Buffer). */
export const toPublic: FrameConverter<unknown> = (type, wire) => fromWire(type, wire);

/**
 * Iterates the entries of an image, validating as it goes. Every problem is
 * an ImageError naming the file and offset; allocations never exceed the
 * limits or the bytes actually present in the file.
 */
export function* readFrames<T>(
  src: ByteSource,
  file: string,
  kind: ImageKind,
  start: number,
  convert: FrameConverter<T>,
  limits: ReadLimits = {},
): Generator<Frame<T>> {
  const spec = specOf(kind);
  const maxEntry = limits.maxEntrySize ?? DEFAULT_MAX_ENTRY_SIZE;
  const maxExtra = limits.maxExtraSize ?? DEFAULT_MAX_EXTRA_SIZE;
  const size = src.size;
  let pos = start;
  for (let index = 0; pos < size; index++) {
    const offset = pos;
    if (size - pos < 4) {
      throw new ImageError(file, pos, 'a 4-byte entry length', `only ${size - pos} byte(s) before end of file (truncated header)`);
    }
    const len = u32(src, pos);
    if (len > maxEntry) {
      throw new ImageError(file, pos, `an entry length of at most ${maxEntry} bytes`, `found ${len}`);
    }
    if (len > size - pos - 4) {
      throw new ImageError(file, pos, `an entry of ${len} bytes`, `only ${size - pos - 4} byte(s) remain (truncated entry)`);
    }
    pos += 4;
    const payload = src.read(pos, len);
    if (payload.length !== len) throw new ImageError(file, pos, `${len} bytes of entry`, 'the file shrank while being read');
    const type: MessageName = index === 0 && spec.head ? spec.head : spec.entry;
    let wire: WireMessage;
    let value: T;
    try {
      wire = decodeWire(type, payload);
      value = convert(type, wire);
    } catch (err) {
      if (err instanceof SchemaViolation) {
        throw new ImageError(file, pos, `${err.path} to be ${err.expected} (entry ${index})`, `found ${err.found}`);
      }
      throw new ImageError(file, pos, `a valid ${type} message of ${len} bytes (entry ${index})`, errorText(err));
    }
    pos += len;
    let extra: Buffer | undefined;
    if (spec.extra) {
      const lengthField = (spec as KindSpec).extraLength ?? 'bytes';
      const n = wire[lengthField] as number;
      if (n > maxExtra) throw new ImageError(file, pos, `an extra payload of at most ${maxExtra} bytes`, `${type}.${lengthField} is ${n}`);
      if (n > size - pos) {
        throw new ImageError(file, pos, `${n} bytes of extra payload (${type}.${lengthField})`, `only ${size - pos} byte(s) remain`);
      }
      extra = src.read(pos, n);
      if (extra.length !== n) throw new ImageError(file, pos, `${n} bytes of extra payload`, 'the file shrank while being read');
      pos += n;
    }
    yield extra === undefined ? { offset, type, value } : { offset, type, value, extra };
  }
}

/** Reads a whole image of a known kind into records. */
export function readRecords(src: ByteSource, file: string, kind: ImageKind, limits?: ReadLimits): ImageRecord[] {
  const { start } = readHeader(src, file, kind);
  const out: ImageRecord[] = [];
  for (const f of readFrames(src, file, kind, start, toPublic, limits)) {
    out.push(f.extra === undefined ? { value: f.value } : { value: f.value, extra: f.extra });
  }
  return out;
}

// ------------------------------------------------------------------ write --

export interface Sink {
  write(chunk: Uint8Array): void;
}

/** Collects chunks in memory. */
export class BufferSink implements Sink {
  private readonly chunks: Uint8Array[] = [];
  write(chunk: Uint8Array): void {
    this.chunks.push(chunk);
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export function imageHeader(kind: ImageKind): Buffer {
  const spec = specOf(kind);
  const buf = Buffer.alloc(spec.common ? 8 : 4);
  if (spec.common) {
    buf.writeUInt32LE(IMG_COMMON_MAGIC, 0);
    buf.writeUInt32LE(spec.magic, 4);
  } else {
    buf.writeUInt32LE(spec.magic, 0);
  }
  return buf;
}

function u32le(n: number): Buffer {
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32LE(n, 0);
  return b;
}

/** Writes one length-prefixed frame (and payload) to the sink. */
export function writeFrame(sink: Sink, payload: Uint8Array, extra?: Uint8Array): void {
  sink.write(u32le(payload.length));
  sink.write(payload);
  if (extra && extra.length) sink.write(extra);
}

/** Encodes and writes a whole image. Throws ImageEncodeError on bad input. */
export function writeRecords(sink: Sink, file: string, kind: ImageKind, records: readonly ImageRecord[]): void {
  const spec = specOf(kind);
  if (spec.head && records.length === 0) {
    throw new ImageEncodeError(spec.head, `a ${spec.head} as the first entry`, 'no entries', file, 0);
  }
  sink.write(imageHeader(kind));
  records.forEach((rec, i) => {
    const type: MessageName = i === 0 && spec.head ? spec.head : spec.entry;
    let payload: Buffer;
    try {
      payload = encodeMessage(type, rec.value as never);
    } catch (err) {
      if (err instanceof ImageEncodeError) throw new ImageEncodeError(err.path, err.expected, err.found, file, i);
      throw err;
    }
    if (spec.extra) {
      const lengthField = (spec as KindSpec).extraLength ?? 'bytes';
      const bytes = (rec.value as Record<string, unknown>)[lengthField];
      if (!(rec.extra instanceof Uint8Array)) {
        throw new ImageEncodeError(`${type}`, 'an extra payload (Uint8Array) after the entry', String(rec.extra), file, i);
      }
      if (bytes !== rec.extra.length) {
        throw new ImageEncodeError(`${type}.${lengthField}`, `${rec.extra.length} (the length of the extra payload)`, String(bytes), file, i);
      }
    } else if (rec.extra !== undefined) {
      throw new ImageEncodeError(type, `no extra payload (${kind} entries have none)`, `${rec.extra.length} bytes`, file, i);
    }
    writeFrame(sink, payload, rec.extra);
  });
}
