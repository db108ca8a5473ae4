// Typed whole-image encode/decode on in-memory buffers, shared by ImageDir.

import { ImageError } from './errors';
import { BufferSink, readRecords, writeRecords, type ImageRecord, type ReadLimits } from './framing';
import type { PagemapEntry, PagemapHead, PipeDataEntry } from './gen/types';
import { IMAGE_KINDS, type EntryOf, type ImageKind, type ListKind } from './kinds';
import type { Pagemap } from './pages';
import { BufferSource, type ByteSource } from './source';

export interface DecodeOptions extends ReadLimits {
  /** Name used in error messages (default "<buffer>"). */
  file?: string;
}

/** Pipe or FIFO content: the entry and the bytes that follow it. */
export interface PipeData {
  entry: PipeDataEntry;
  /** Exactly entry.bytes bytes (a Buffer when decoded). */
  data: Uint8Array;
}

export type PipeDataKind = 'pipes-data' | 'fifo-data';

function encodeRecords(kind: ImageKind, records: readonly ImageRecord[], file: string): Buffer {
  const sink = new BufferSink();
  writeRecords(sink, file, kind, records);
  return sink.toBuffer();
}

const FILE_OF_KIND = (kind: ImageKind): string => `<${kind} image>`;

export function encodeImage<K extends ListKind>(kind: K, entries: readonly EntryOf<K>[]): Buffer {
  return encodeRecords(kind, entries.map((value) => ({ value })), FILE_OF_KIND(kind));
}

export function decodeImage<K extends ListKind>(kind: K, bytes: Uint8Array, opts: DecodeOptions = {}): EntryOf<K>[] {
  return readRecords(new BufferSource(bytes), opts.file ?? '<buffer>', kind, opts).map((r) => r.value as EntryOf<K>);
}

export function pagemapRecords(p: Pagemap): ImageRecord[] {
  return [{ value: p.head }, ...p.entries.map((value) => ({ value }))];
}

export function recordsToPagemap(records: readonly ImageRecord[], file: string, headerSize: number): Pagemap {
  if (records.length === 0) throw new ImageError(file, headerSize, 'a pagemap_head entry', 'end of file');
  return {
    head: records[0].value as PagemapHead,
    entries: records.slice(1).map((r) => r.value as PagemapEntry),
  };
}

export function encodePagemap(pagemap: Pagemap): Buffer {
  return encodeRecords('pagemap', pagemapRecords(pagemap), FILE_OF_KIND('pagemap'));
}

export function decodePagemap(bytes: Uint8Array, opts: DecodeOptions = {}): Pagemap {
  const file = opts.file ?? '<buffer>';
  return recordsToPagemap(readRecords(new BufferSource(bytes), file, 'pagemap', opts), file, 8);
}

export function pipeDataRecords(records: readonly PipeData[]): ImageRecord[] {
  return records.map((r) => ({ value: r.entry, extra: r.data as Buffer }));
}

export function recordsToPipeData(records: readonly ImageRecord[]): PipeData[] {
  return records.map((r) => ({ entry: r.value as PipeDataEntry, data: r.extra ?? Buffer.alloc(0) }));
}

export function encodePipeData(kind: PipeDataKind, records: readonly PipeData[]): Buffer {
  return encodeRecords(kind, pipeDataRecords(records), FILE_OF_KIND(kind));
}

export function decodePipeData(kind: PipeDataKind, bytes: Uint8Array, opts: DecodeOptions = {}): PipeData[] {
  return recordsToPipeData(readRecords(new BufferSource(bytes), opts.file ?? '<buffer>', kind, opts));
}

/** Reads an image that must hold exactly one entry (core, mm, ids, fs, inventory). */
export function readSingle<K extends ListKind>(src: ByteSource, file: string, kind: K, limits?: ReadLimits): EntryOf<K> {
  const records = readRecords(src, file, kind, limits);
  if (records.length !== 1) {
    const headerSize = IMAGE_KINDS[kind].common ? 8 : 4;
    throw new ImageError(file, headerSize, `exactly one ${IMAGE_KINDS[kind].entry}`, `found ${records.length} entries`);
  }
  return records[0].value as EntryOf<K>;
}
