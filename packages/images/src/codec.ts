// Thin typed layer over the generated protobufjs static module (gen/pb.js).
//
// protobufjs and the generated module (400 KB) are loaded on the first encode or decode,
// not when @amber/images is imported: most importers only want its types, enums and
// constants (FdTypes...), and a command that never touches an image file (amber plugins,
// amber check) should not pay for them.

import type { Reader } from 'protobufjs/minimal';
import { checkUnknowns, fromWire, toWire, type WireMessage } from './convert';
import { ImageEncodeError, ImageError, SchemaViolation } from './errors';
import { MESSAGES, type MessageName } from './gen/schema';
import type { MessageTypes } from './gen/types';

interface StaticCodec {
  encode(message: WireMessage): { finish(): Uint8Array };
  decode(reader: Uint8Array | Reader): WireMessage;
}

interface Protobuf {
  Reader: typeof Reader;
  codecs: ReadonlyMap<string, StaticCodec>;
}

let loaded: Protobuf | undefined;

function protobuf(): Protobuf {
  if (loaded) return loaded;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const minimal = require('protobufjs/minimal') as typeof import('protobufjs/minimal');
  const pb = require('./gen/pb') as unknown as { [name: string]: StaticCodec | undefined };
  /* eslint-enable @typescript-eslint/no-require-imports */
  // protobufjs decodes 64-bit fields to numbers (losing precision) when the
  // `long` package is not loadable; refuse to run rather than corrupt addresses.
  if (!minimal.util.Long) {
    throw new Error('@amber/images: protobufjs has no Long support (package "long" not found); 64-bit fields would lose precision');
  }
  const codecs = new Map(
    (Object.keys(MESSAGES) as MessageName[]).map((name) => {
      const codec = pb[name];
      if (!codec || typeof codec.encode !== 'function') throw new Error(`gen/pb.js lacks ${name}; run npm run gen`);
      return [name, codec] as const;
    }),
  );
  loaded = { Reader: minimal.Reader, codecs };
  return loaded;
}

function codecOf(type: MessageName): StaticCodec {
  return protobuf().codecs.get(type) as StaticCodec;
}

/** Encodes an already-converted wire object. */
export function encodeWire(type: MessageName, wire: WireMessage): Buffer {
  const out = codecOf(type).encode(wire).finish();
  return Buffer.isBuffer(out) ? out : Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * Decodes one protobuf message; errors are raw protobufjs errors. Fields
 * protobufjs cannot place are kept as raw bytes in `$unknowns` (set per
 * reader, so protobufjs' global default stays untouched): the converters
 * reject bad enum values / wire types found there and `show` keeps the rest.
 */
export function decodeWire(type: MessageName, bytes: Uint8Array): WireMessage {
  const reader = protobuf().Reader.create(bytes);
  reader.discardUnknown = false;
  try {
    return codecOf(type).decode(reader);
  } catch (err) {
    throw betterDecodeError(err);
  }
}

/**
 * A required enum field holding an unknown value surfaces from protobufjs as
 * "missing required"; report the real cause when the partial message shows it.
 */
function betterDecodeError(err: unknown): unknown {
  const instance = (err as { instance?: unknown }).instance;
  if (typeof instance !== 'object' || instance === null) return err;
  for (const [name, codec] of protobuf().codecs) {
    if (instance instanceof (codec as unknown as new () => object)) {
      try {
        checkUnknowns(name as MessageName, instance as WireMessage);
      } catch (violation) {
        return violation;
      }
      break;
    }
  }
  return err;
}

/** Public object -> protobuf bytes (no framing). Throws ImageEncodeError. */
export function encodeMessage<T extends MessageName>(type: T, value: MessageTypes[T]): Buffer {
  let wire: WireMessage;
  try {
    wire = toWire(type, value);
  } catch (err) {
    if (err instanceof SchemaViolation) throw new ImageEncodeError(err.path, err.expected, err.found);
    throw err;
  }
  return encodeWire(type, wire);
}

/**
 * Protobuf bytes (no framing) -> public object. Problems are ImageErrors
 * with offset 0 (the message start) and file `name` (default "<message>").
 */
export function decodeMessage<T extends MessageName>(type: T, bytes: Uint8Array, name = '<message>'): MessageTypes[T] {
  try {
    return fromWire(type, decodeWire(type, bytes));
  } catch (err) {
    if (err instanceof SchemaViolation) throw new ImageError(name, 0, `${err.path} to be ${err.expected}`, `found ${err.found}`);
    throw new ImageError(name, 0, `a valid ${type} message of ${bytes.length} bytes`, err instanceof Error ? err.message : String(err));
  }
}
