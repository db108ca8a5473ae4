// Reading /proc/PID/fdinfo/N text (for plugins too).
import { O_CLOEXEC } from '@amber/sys';

export interface FdinfoCommon {
  /** File position (`pos:`). */
  pos: bigint;
  /** Open-file-description flags (`flags:`, octal), with O_CLOEXEC when the fd has FD_CLOEXEC. */
  rawFlags: number;
  /** rawFlags without O_CLOEXEC. */
  flags: number;
  /** Whether the fd has FD_CLOEXEC. */
  cloexec: boolean;
  /** `mnt_id:`, or -1 if absent. */
  mntId: number;
  /** `ino:` (the inode number), if shown. */
  ino: bigint | undefined;
}

/** The value of the first `name:` line, trimmed, or undefined. */
export function fdinfoField(text: string, name: string): string | undefined {
  const at = text.startsWith(`${name}:`) ? 0 : text.indexOf(`\n${name}:`) + 1;
  if (at <= 0 && !text.startsWith(`${name}:`)) return undefined;
  const start = at + name.length + 1;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).trim();
}

export function parseFdinfo(text: string): FdinfoCommon {
  const pos = fdinfoField(text, 'pos');
  const flags = fdinfoField(text, 'flags');
  const mnt = fdinfoField(text, 'mnt_id');
  const ino = fdinfoField(text, 'ino');
  const rawFlags = flags === undefined ? 0 : parseInt(flags, 8);
  return {
    pos: BigInt(pos ?? '0'),
    rawFlags,
    flags: rawFlags & ~O_CLOEXEC,
    cloexec: (rawFlags & O_CLOEXEC) !== 0,
    mntId: mnt === undefined ? -1 : Number(mnt),
    ino: ino === undefined ? undefined : BigInt(ino),
  };
}
