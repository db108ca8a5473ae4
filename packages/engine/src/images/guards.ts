// amber-guards-<pid>.img: the guard regions (madvise MADV_GUARD_INSTALL) of a task's
// VMAs, which CRIU's images have no place for. Amber's own image: the common magic, the
// magic AMBER_GUARDS, then (start, end) pairs of little-endian u64 page addresses.
import * as fs from 'node:fs';
import { IMG_COMMON_MAGIC, type ImageDir } from '@amber/images';
import { RestoreError } from '../errors';
import type { VmaDump } from '../model';

export const AMBER_GUARDS_MAGIC = 0x41475244;
/** The most guard runs one image may hold (one per page of 16 GiB of address space). */
const MAX_RUNS = 1 << 22;

export function guardsImageName(pid: number): string {
  return `amber-guards-${pid}.img`;
}

/** Writes the image when any VMA of the task has guard regions. */
export function writeGuards(dir: ImageDir, pid: number, vmas: readonly VmaDump[]): void {
  const runs = vmas.flatMap((v) => v.guards ?? []);
  if (runs.length === 0) return;
  const b = Buffer.alloc(8 + runs.length * 16);
  b.writeUInt32LE(IMG_COMMON_MAGIC, 0);
  b.writeUInt32LE(AMBER_GUARDS_MAGIC, 4);
  runs.forEach((r, i) => {
    b.writeBigUInt64LE(r.start, 8 + i * 16);
    b.writeBigUInt64LE(r.end, 16 + i * 16);
  });
  dir.writeRaw(guardsImageName(pid), [b]);
}

/** Gives each VMA its guard runs from the image, if there is one; every run must lie page-aligned inside one VMA. */
export function readGuards(dir: ImageDir, pid: number, vmas: VmaDump[]): void {
  const name = guardsImageName(pid);
  if (!dir.has(name)) return;
  const b = fs.readFileSync(dir.filePath(name));
  const bad = (why: string): RestoreError => new RestoreError(pid, 'images', `${name}: ${why}`);
  if (b.length < 8 || b.readUInt32LE(0) !== IMG_COMMON_MAGIC || b.readUInt32LE(4) !== AMBER_GUARDS_MAGIC) throw bad('not a guard image');
  if ((b.length - 8) % 16 !== 0 || (b.length - 8) / 16 > MAX_RUNS) throw bad(`${b.length} bytes is not a whole number of runs (or too many)`);
  for (let at = 8; at < b.length; at += 16) {
    const start = b.readBigUInt64LE(at);
    const end = b.readBigUInt64LE(at + 8);
    if (start >= end || start % 4096n !== 0n || end % 4096n !== 0n) throw bad(`a bad run 0x${start.toString(16)}-0x${end.toString(16)}`);
    const v = vmas.find((x) => x.start <= start && end <= x.end);
    if (!v) throw bad(`the run 0x${start.toString(16)}-0x${end.toString(16)} lies in no VMA`);
    (v.guards ??= []).push({ start, end });
  }
}
