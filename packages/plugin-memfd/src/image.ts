// amber-memfd-<id>.img: the content of the memfd that file id <id> opened.
//
// Layout, in CRIU's framing style so tools can tell it from other images by its magic:
//   u32 IMG_COMMON_MAGIC (0x54564319), u32 AMBER_MEMFD_MAGIC (0x414d4644, "AMFD" read
//   as a big-endian word), u64 content length (little-endian), then exactly that many
//   raw bytes to the end of the file.
// Written through ImageDir.writeRaw: atomically (a dot-named .tmp file, rename), with the
// directory's fsync setting, so a crashed dump never leaves a half-written image.
import * as fs from 'node:fs';
import { IMG_COMMON_MAGIC, type ImageDir } from '@amber/images';
import { FilesError } from '@amber/files';

export const AMBER_MEMFD_MAGIC = 0x414d4644;
const HEADER = 16;

export function memfdImageName(fileId: number): string {
  return `amber-memfd-${fileId}.img`;
}

export function writeMemfdImage(dir: ImageDir, fileId: number, content: Uint8Array): void {
  const head = Buffer.alloc(HEADER);
  head.writeUInt32LE(IMG_COMMON_MAGIC >>> 0, 0);
  head.writeUInt32LE(AMBER_MEMFD_MAGIC >>> 0, 4);
  head.writeBigUInt64LE(BigInt(content.length), 8);
  dir.writeRaw(memfdImageName(fileId), [head, content]);
}

export function readMemfdImage(dir: ImageDir, fileId: number): Buffer {
  const name = memfdImageName(fileId);
  if (!dir.has(name)) throw new FilesError('BAD_IMAGE', `memfd file ${fileId}: the image has no ${name} (its content)`);
  const bytes = fs.readFileSync(dir.filePath(name));
  if (bytes.length < HEADER || bytes.readUInt32LE(0) !== IMG_COMMON_MAGIC >>> 0 || bytes.readUInt32LE(4) !== AMBER_MEMFD_MAGIC) {
    throw new FilesError('BAD_IMAGE', `${name}: not a memfd content image (magic 0x${AMBER_MEMFD_MAGIC.toString(16)})`);
  }
  const len = bytes.readBigUInt64LE(8);
  if (len !== BigInt(bytes.length - HEADER)) {
    throw new FilesError('BAD_IMAGE', `${name}: its header says ${len} bytes of content, the file holds ${bytes.length - HEADER}`);
  }
  return bytes.subarray(HEADER);
}
