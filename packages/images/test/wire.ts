// Hand-rolled protobuf wire-format builders for golden images. Deliberately
// independent of protobufjs and of the package's encoder.

export type Bytes = number[];

/** Unsigned LEB128 of the 64-bit two's complement of v. */
export function varint(v: bigint | number): Bytes {
  let x = BigInt.asUintN(64, BigInt(v));
  const out: Bytes = [];
  do {
    let byte = Number(x & 0x7fn);
    x >>= 7n;
    if (x !== 0n) byte |= 0x80;
    out.push(byte);
  } while (x !== 0n);
  return out;
}

export const tag = (field: number, wireType: number): Bytes => varint((field << 3) | wireType);

/** varint field: uint32/uint64/int32/int64/bool/enum (negative int32 -> 10 bytes). */
export const vf = (field: number, v: bigint | number | boolean): Bytes => [...tag(field, 0), ...varint(typeof v === 'boolean' ? (v ? 1 : 0) : v)];

/** zigzag varint field: sint32/sint64. */
export function zf(field: number, v: bigint | number): Bytes {
  const x = BigInt(v);
  return [...tag(field, 0), ...varint(x >= 0n ? x << 1n : (-x << 1n) - 1n)];
}

/** length-delimited field from raw bytes. */
export const lf = (field: number, bytes: Bytes): Bytes => [...tag(field, 2), ...varint(bytes.length), ...bytes];

export const sf = (field: number, s: string): Bytes => lf(field, [...Buffer.from(s, 'utf8')]);

/** embedded message field. */
export const mf = (field: number, ...parts: Bytes[]): Bytes => lf(field, parts.flat());

export function le32(n: number): Bytes {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** magic bytes (already little-endian, written out by hand) + framed entries (+ extras). */
export function image(magicBytes: Bytes, ...entries: (Bytes | { entry: Bytes; extra: Bytes })[]): Buffer {
  const out: Bytes = [...magicBytes];
  for (const e of entries) {
    const [entry, extra] = Array.isArray(e) ? [e, []] : [e.entry, e.extra];
    out.push(...le32(entry.length), ...entry, ...extra);
  }
  return Buffer.from(out);
}
