// Schema-driven conversion between Amber's public message objects (bigint,
// Buffer, only present fields) and protobufjs' wire objects (Long, $unknowns).
// Both directions validate: required fields, integer ranges, enum values.

import { bigintToLongBits, I64_MAX, I64_MIN, longToBigint, U64_MAX, type LongBitsLike } from './bigint';
import { describe, SchemaViolation } from './errors';
import { ENUMS, MESSAGES, type EnumName, type MessageName } from './gen/schema';
import type { MessageTypes } from './gen/types';
import type { FieldSchema } from './schema-types';

/** A decoded protobufjs message or an object handed to protobufjs' encoder. */
export type WireMessage = { [field: string]: unknown };

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export const FIELD_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(MESSAGES).map(([name, fields]) => [name, new Set(fields.map((f) => f.name))]),
);

export const ENUM_VALUES: ReadonlyMap<string, ReadonlySet<number>> = new Map(
  Object.entries(ENUMS).map(([name, values]) => [name, new Set(Object.values(values))]),
);

const ENUM_NAMES: ReadonlyMap<string, ReadonlyMap<number, string>> = new Map(
  Object.entries(ENUMS).map(([name, values]) => [
    name,
    new Map(Object.entries(values).map(([k, v]) => [v, k])),
  ]),
);

const FIELD_BY_ID: ReadonlyMap<string, ReadonlyMap<number, FieldSchema>> = new Map(
  Object.entries(MESSAGES).map(([name, fields]) => [name, new Map(fields.map((f) => [f.id, f]))]),
);

/** Reads a varint at `pos`; returns [value, next position] or undefined if malformed. */
function readVarint(b: Uint8Array, pos: number): [bigint, number] | undefined {
  let v = 0n;
  for (let shift = 0n; pos < b.length && shift < 70n; shift += 7n) {
    const byte = b[pos++];
    v |= BigInt(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return [v, pos];
  }
  return undefined;
}

/**
 * protobufjs files fields it could not use under `$unknowns`: unknown field
 * numbers (fine: newer producers), but also known fields with an unknown
 * enum value (proto2 closed enums) or the wrong wire type. The latter two
 * are errors; this finds them and reports the field.
 */
export function checkUnknowns(type: MessageName, msg: WireMessage, path: string = type): void {
  const unknowns = msg.$unknowns as Uint8Array[] | undefined;
  if (!unknowns || unknowns.length === 0) return;
  const byId = FIELD_BY_ID.get(type) as ReadonlyMap<number, FieldSchema>;
  for (const raw of unknowns) {
    const tag = readVarint(raw, 0);
    if (!tag) continue;
    const f = byId.get(Number(tag[0] >> 3n));
    if (!f) continue;
    const wireType = Number(tag[0] & 7n);
    const value = wireType === 0 ? readVarint(raw, tag[1]) : undefined;
    if (f.kind === 'enum' && value) {
      throw new SchemaViolation(`${path}.${f.name}`, `a known ${f.ref} value`, `${BigInt.asIntN(32, value[0])}`);
    }
    throw new SchemaViolation(`${path}.${f.name}`, `the ${f.kind} wire type`, `wire type ${wireType}`);
  }
}

export function isMessageName(name: string): name is MessageName {
  return hasOwn(MESSAGES, name);
}

export function enumValueName(enumName: string, value: number): string | undefined {
  return ENUM_NAMES.get(enumName)?.get(value);
}

export function enumValueByName(enumName: string, name: string): number | undefined {
  const values: { readonly [name: string]: number } | undefined = ENUMS[enumName as EnumName];
  return values && hasOwn(values, name) ? values[name] : undefined;
}

export function checkEnum(f: FieldSchema, v: unknown, path: string): number {
  if (typeof v !== 'number' || !ENUM_VALUES.get(f.ref as string)?.has(v)) {
    throw new SchemaViolation(path, `a known ${f.ref} value`, describe(v));
  }
  return v;
}

// ---------------------------------------------------------------- decode --

/** protobufjs message -> public object; throws SchemaViolation. */
export function fromWire<T extends MessageName>(type: T, msg: WireMessage, path: string = type): MessageTypes[T] {
  checkUnknowns(type, msg, path);
  const out: { [field: string]: unknown } = {};
  for (const f of MESSAGES[type]) {
    const v = hasOwn(msg, f.name) ? msg[f.name] : undefined;
    if (v === undefined || v === null) {
      if (f.rule === 'required') throw new SchemaViolation(`${path}.${f.name}`, 'a value for the required field', 'nothing');
      continue;
    }
    if (f.rule === 'repeated') {
      const arr = v as unknown[];
      if (arr.length === 0) continue;
      const res = new Array<unknown>(arr.length);
      for (let i = 0; i < arr.length; i++) res[i] = leafFromWire(f, arr[i], path);
      out[f.name] = res;
    } else {
      out[f.name] = leafFromWire(f, v, path);
    }
  }
  return out as unknown as MessageTypes[T];
}

function leafFromWire(f: FieldSchema, v: unknown, path: string): unknown {
  switch (f.kind) {
    case 'uint64':
    case 'fixed64':
      return longToBigint(v as LongBitsLike | number, false);
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return longToBigint(v as LongBitsLike | number, true);
    case 'bytes':
      return Buffer.from(v as Uint8Array); // copy: never alias the read buffer
    case 'enum':
      return checkEnum(f, v, `${path}.${f.name}`);
    case 'message':
      return fromWire(f.ref as MessageName, v as WireMessage, `${path}.${f.name}`);
    default:
      return v;
  }
}

// ---------------------------------------------------------------- encode --

/** Public object -> protobufjs message; throws SchemaViolation. */
export function toWire(type: MessageName, obj: unknown, path: string = type): WireMessage {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj) || obj instanceof Uint8Array) {
    throw new SchemaViolation(path, `a ${type} object`, describe(obj));
  }
  const src = obj as { [field: string]: unknown };
  const names = FIELD_NAMES.get(type) as ReadonlySet<string>;
  for (const k of Object.keys(src)) {
    if (!names.has(k) && src[k] !== undefined) throw new SchemaViolation(`${path}.${k}`, `a field of ${type}`, 'an unknown field');
  }
  const out: WireMessage = {};
  for (const f of MESSAGES[type]) {
    const v = src[f.name];
    if (v === undefined || v === null) {
      if (f.rule === 'required') throw new SchemaViolation(`${path}.${f.name}`, `a value for the required field (${f.kind})`, 'nothing');
      continue;
    }
    if (f.rule === 'repeated') {
      if (!Array.isArray(v)) throw new SchemaViolation(`${path}.${f.name}`, 'an array', describe(v));
      if (v.length === 0) continue;
      const res = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) res[i] = leafToWire(f, v[i], `${path}.${f.name}[${i}]`);
      out[f.name] = res;
    } else {
      out[f.name] = leafToWire(f, v, `${path}.${f.name}`);
    }
  }
  return out;
}

function leafToWire(f: FieldSchema, v: unknown, path: string): unknown {
  switch (f.kind) {
    case 'uint32':
    case 'fixed32':
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff) return v;
      throw new SchemaViolation(path, `a ${f.kind} (integer 0..2^32-1)`, describe(v));
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      if (typeof v === 'number' && Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) return v;
      throw new SchemaViolation(path, `an ${f.kind} (integer -2^31..2^31-1)`, describe(v));
    case 'uint64':
    case 'fixed64':
      if (typeof v === 'bigint' && v >= 0n && v <= U64_MAX) return bigintToLongBits(v, false);
      throw new SchemaViolation(path, `a ${f.kind} (bigint 0..2^64-1)`, describe(v));
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      if (typeof v === 'bigint' && v >= I64_MIN && v <= I64_MAX) return bigintToLongBits(v, true);
      throw new SchemaViolation(path, `an ${f.kind} (bigint -2^63..2^63-1)`, describe(v));
    case 'bool':
      if (typeof v === 'boolean') return v;
      throw new SchemaViolation(path, 'a boolean', describe(v));
    case 'string':
      if (typeof v === 'string') return v;
      throw new SchemaViolation(path, 'a string', describe(v));
    case 'bytes':
      if (v instanceof Uint8Array) return v;
      throw new SchemaViolation(path, 'a Uint8Array', describe(v));
    case 'enum':
      return checkEnum(f, v, path);
    case 'message':
      return toWire(f.ref as MessageName, v, path);
  }
}
