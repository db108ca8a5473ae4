// crit-style JSON for any image: { magic: 'CORE', entries: [...] }, and the
// reverse encoder producing identical bytes. Differences from crit: 64-bit
// integers that crit prints as JSON numbers are decimal strings here (JSON
// numbers cannot hold them exactly in JavaScript), base64 has no line
// breaks, and fields unknown to Amber's schema are kept as base64 wire
// bytes under "$unknown" so re-encoding stays byte-identical.

import * as path from 'node:path';
import { bigintToLongBits, I64_MAX, I64_MIN, longToBigint, U64_MAX, type LongBitsLike } from './bigint';
import { encodeWire } from './codec';
import { checkEnum, checkUnknowns, enumValueByName, enumValueName, FIELD_NAMES, type WireMessage } from './convert';
import { describe, ImageEncodeError, ImageError, SchemaViolation } from './errors';
import { readFrames, readHeader, writeFrame, BufferSink, imageHeader, type FrameConverter, type ReadLimits } from './framing';
import { MESSAGES, type MessageName } from './gen/schema';
import { DICT_FIELDS, FLAG_FIELDS, HEX_FIELDS, type FlagTable } from './json-hints';
import { IMAGE_KINDS, isPagesFileName, kindByMagicName, type KindSpec } from './kinds';
import type { FieldSchema } from './schema-types';
import { BufferSource, FileSource, type ByteSource } from './source';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface ImageJson {
  /** crit's magic name, e.g. "CORE", "PAGEMAP", "PIPES_DATA". */
  magic: string;
  /** Entry objects; pipe/fifo data entries carry their payload as base64 "extra". */
  entries: JsonObject[];
}

export const UNKNOWN_KEY = '$unknown';
export const EXTRA_KEY = 'extra';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const is64 = (k: string): boolean => k.endsWith('64');
const isSigned = (k: string): boolean => k === 'int32' || k === 'sint32' || k === 'sfixed32' || k === 'int64' || k === 'sint64' || k === 'sfixed64';

// ------------------------------------------------------------ wire -> JSON --

function hexString(v: bigint): string {
  return v < 0n ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

function mapFlags(value: number, table: FlagTable): string {
  const names: string[] = [];
  let rest = value >>> 0;
  for (const [name, bit] of table) {
    if (bit !== 0 && (value & bit) !== 0) names.push(name);
    rest = (rest & ~bit) >>> 0;
  }
  if (rest) names.push(`0x${rest.toString(16)}`);
  return names.join(' | ');
}

function intToJson(f: FieldSchema, key: string, v: unknown, hex: boolean): JsonValue {
  if (is64(f.kind)) {
    const b = longToBigint(v as LongBitsLike | number, isSigned(f.kind));
    return hex ? hexString(b) : b.toString();
  }
  const n = v as number;
  if (hex) return hexString(BigInt(n));
  const flags = FLAG_FIELDS.get(key);
  if (flags) return mapFlags(n, flags);
  const dict = DICT_FIELDS.get(key);
  if (dict) return dict.get(n) ?? n;
  return n;
}

function leafToJson(type: MessageName, f: FieldSchema, v: unknown, hex: boolean, path: string): JsonValue {
  switch (f.kind) {
    case 'message':
      return wireToJson(f.ref as MessageName, v as WireMessage, hex, path);
    case 'enum':
      return enumValueName(f.ref as string, checkEnum(f, v, path)) as string;
    case 'bytes':
      return Buffer.from(v as Uint8Array).toString('base64');
    case 'bool':
    case 'string':
      return v as boolean | string;
    default:
      return intToJson(f, `${type}.${f.name}`, v, hex);
  }
}

/** One decoded protobufjs message -> crit-style JSON object. */
export function wireToJson(type: MessageName, msg: WireMessage, hexInherited = false, path: string = type): JsonObject {
  checkUnknowns(type, msg, path);
  const out: JsonObject = {};
  for (const f of MESSAGES[type]) {
    const v = hasOwn(msg, f.name) ? msg[f.name] : undefined;
    if (v === undefined || v === null) {
      if (f.rule === 'required') throw new SchemaViolation(`${path}.${f.name}`, 'a value for the required field', 'nothing');
      continue;
    }
    const hex = hexInherited || HEX_FIELDS.has(`${type}.${f.name}`);
    if (f.rule === 'repeated') {
      const arr = v as unknown[];
      if (arr.length) out[f.name] = arr.map((x, i) => leafToJson(type, f, x, hex, `${path}.${f.name}[${i}]`));
    } else {
      out[f.name] = leafToJson(type, f, v, hex, `${path}.${f.name}`);
    }
  }
  const unknown = msg.$unknowns as Uint8Array[] | undefined;
  if (unknown && unknown.length) out[UNKNOWN_KEY] = unknown.map((b) => Buffer.from(b).toString('base64'));
  return out;
}

const jsonConverter: FrameConverter<JsonObject> = (type, wire) => wireToJson(type, wire);

function sourceToJson(src: ByteSource, file: string, limits?: ReadLimits): ImageJson {
  if (isPagesFileName(file)) {
    throw new ImageError(file, 0, 'an image with a magic header', 'pages-<n>.img is a raw page image; read it with PagesReader');
  }
  const { kind, start } = readHeader(src, file);
  const entries: JsonObject[] = [];
  for (const frame of readFrames(src, file, kind, start, jsonConverter, limits)) {
    if (frame.extra !== undefined) frame.value[EXTRA_KEY] = frame.extra.toString('base64');
    entries.push(frame.value);
  }
  return { magic: IMAGE_KINDS[kind].magicName, entries };
}

/** Decodes any supported image (kind picked from its magic) to crit-style JSON. */
export function imageToJson(bytes: Uint8Array, opts: ReadLimits & { file?: string } = {}): ImageJson {
  return sourceToJson(new BufferSource(bytes), opts.file ?? '<buffer>', opts);
}

/** Same as imageToJson, reading the file entry by entry. */
export function imageFileToJson(file: string, limits: ReadLimits = {}): ImageJson {
  const src = FileSource.open(file);
  try {
    return sourceToJson(src, path.basename(file), limits);
  } finally {
    src.close();
  }
}

// ------------------------------------------------------------ JSON -> wire --

const NUMERIC = /^-?(0x[0-9a-f]+|0o[0-7]+|0b[01]+|\d+)$/i;

function parseNumericToken(s: string): bigint | undefined {
  if (!NUMERIC.test(s)) return undefined;
  const neg = s.startsWith('-');
  const v = BigInt(neg ? s.slice(1) : s);
  return neg ? -v : v;
}

function parseIntJson(v: unknown, key: string, path: string): bigint {
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return BigInt(v);
    throw new SchemaViolation(path, 'a safe integer (use a string for 64-bit values)', describe(v));
  }
  if (typeof v !== 'string') throw new SchemaViolation(path, 'an integer or integer string', describe(v));
  const s = v.trim();
  const dict = DICT_FIELDS.get(key);
  if (dict) for (const [n, name] of dict) if (name === s) return BigInt(n);
  const flags = FLAG_FIELDS.get(key);
  if (flags) {
    if (s === '') return 0n;
    let acc = 0n;
    for (const tok of s.split('|').map((t) => t.trim())) {
      const bit = flags.find(([name]) => name === tok);
      const n = bit ? BigInt(bit[1]) : parseNumericToken(tok);
      if (n === undefined || n < 0n) throw new SchemaViolation(path, `flag names of ${key} or numbers joined by "|"`, describe(v));
      acc |= n;
    }
    return acc;
  }
  const n = parseNumericToken(s);
  if (n === undefined) throw new SchemaViolation(path, 'an integer (decimal or 0x hex)', describe(v));
  return n;
}

function intFromJson(f: FieldSchema, key: string, v: unknown, path: string): number | LongBitsLike {
  const n = parseIntJson(v, key, path);
  const signed = isSigned(f.kind);
  if (is64(f.kind)) {
    if (signed ? n < I64_MIN || n > I64_MAX : n < 0n || n > U64_MAX) throw new SchemaViolation(path, `a ${f.kind}`, describe(v));
    return bigintToLongBits(n, signed);
  }
  if (signed ? n < -0x80000000n || n > 0x7fffffffn : n < 0n || n > 0xffffffffn) throw new SchemaViolation(path, `a ${f.kind}`, describe(v));
  return Number(n);
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

function base64FromJson(v: unknown, path: string): Buffer {
  if (typeof v !== 'string' || !BASE64.test(v)) throw new SchemaViolation(path, 'a base64 string', describe(v));
  return Buffer.from(v, 'base64');
}

function leafFromJson(type: MessageName, f: FieldSchema, v: unknown, path: string): unknown {
  switch (f.kind) {
    case 'message':
      return jsonToWire(f.ref as MessageName, v, path);
    case 'enum': {
      const n = typeof v === 'string' ? enumValueByName(f.ref as string, v) : v;
      return checkEnum(f, n ?? v, path);
    }
    case 'bytes':
      return base64FromJson(v, path);
    case 'bool':
      if (typeof v !== 'boolean') throw new SchemaViolation(path, 'a boolean', describe(v));
      return v;
    case 'string':
      if (typeof v !== 'string') throw new SchemaViolation(path, 'a string', describe(v));
      return v;
    default:
      return intFromJson(f, `${type}.${f.name}`, v, path);
  }
}

/** crit-style JSON object -> protobufjs message (including $unknown bytes). */
export function jsonToWire(type: MessageName, obj: unknown, path: string = type): WireMessage {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new SchemaViolation(path, `a ${type} object`, describe(obj));
  const src = obj as { [key: string]: unknown };
  const names = FIELD_NAMES.get(type) as ReadonlySet<string>;
  for (const k of Object.keys(src)) {
    if (!names.has(k) && k !== UNKNOWN_KEY) throw new SchemaViolation(`${path}.${k}`, `a field of ${type}`, 'an unknown field');
  }
  const out: WireMessage = {};
  for (const f of MESSAGES[type]) {
    const v = src[f.name];
    if (v === undefined || v === null) {
      if (f.rule === 'required') throw new SchemaViolation(`${path}.${f.name}`, 'a value for the required field', 'nothing');
      continue;
    }
    if (f.rule === 'repeated') {
      if (!Array.isArray(v)) throw new SchemaViolation(`${path}.${f.name}`, 'an array', describe(v));
      if (v.length) out[f.name] = v.map((x, i) => leafFromJson(type, f, x, `${path}.${f.name}[${i}]`));
    } else {
      out[f.name] = leafFromJson(type, f, v, `${path}.${f.name}`);
    }
  }
  const unknown = src[UNKNOWN_KEY];
  if (unknown !== undefined) {
    if (!Array.isArray(unknown)) throw new SchemaViolation(`${path}.${UNKNOWN_KEY}`, 'an array of base64 strings', describe(unknown));
    out.$unknowns = unknown.map((u, i) => base64FromJson(u, `${path}.${UNKNOWN_KEY}[${i}]`));
  }
  return out;
}

/** crit-style JSON -> image bytes. Throws ImageEncodeError. */
export function imageFromJson(json: ImageJson): Buffer {
  const file = '<json>';
  if (typeof json !== 'object' || json === null) throw new ImageEncodeError('image', 'an object { magic, entries }', describe(json), file);
  const kind = typeof json.magic === 'string' ? kindByMagicName(json.magic) : undefined;
  if (!kind) throw new ImageEncodeError('magic', 'a supported magic name (e.g. "CORE")', describe(json.magic), file);
  if (!Array.isArray(json.entries)) throw new ImageEncodeError('entries', 'an array', describe(json.entries), file);
  const spec = IMAGE_KINDS[kind];
  const sink = new BufferSink();
  sink.write(imageHeader(kind));
  json.entries.forEach((entry, i) => {
    const type: MessageName = i === 0 && 'head' in spec ? spec.head : spec.entry;
    try {
      let extra: Buffer | undefined;
      let body: unknown = entry;
      if ('extra' in spec && typeof entry === 'object' && entry !== null) {
        const { [EXTRA_KEY]: e, ...rest } = entry;
        body = rest;
        extra = e === undefined ? Buffer.alloc(0) : base64FromJson(e, `${type}.${EXTRA_KEY}`);
      }
      const wire = jsonToWire(type, body);
      const lengthField = (spec as KindSpec).extraLength ?? 'bytes';
      if (extra && wire[lengthField] !== extra.length) {
        throw new SchemaViolation(`${type}.${lengthField}`, `${extra.length} (the length of "extra")`, describe(wire[lengthField]));
      }
      writeFrame(sink, encodeWire(type, wire), extra);
    } catch (err) {
      if (err instanceof SchemaViolation) throw new ImageEncodeError(err.path, err.expected, err.found, file, i);
      throw err;
    }
  });
  return sink.toBuffer();
}
