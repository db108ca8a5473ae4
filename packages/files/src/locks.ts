// File locks held by the dumped tasks: flock, POSIX (fcntl F_SETLK), open file
// description (F_OFD_SETLK) locks and leases, read from the `lock:` lines of
// /proc/PID/fdinfo/N. The kernel lists there only the locks set through that open file
// description whose owner is the reader's fd table (POSIX) or the description itself
// (flock, OFD, lease), so a line says both who holds the lock and through which fd.
// /proc/locks, read once, says which inodes have locks at all, so only their fds are read.
import * as fs from 'node:fs';
import { SYS } from '@amber/sys';
import type { FileLockEntry } from '@amber/images';
import type { RemoteTask } from './plugin';

/** CRIU's file_lock_entry.flag values (the kernel's fl_flags bits). */
export const FL_POSIX = 1;
export const FL_FLOCK = 2;
export const FL_OFD = 4;
export const FL_LEASE = 8;
/** file_lock_entry.type: F_RDLCK, F_WRLCK, F_UNLCK; a breaking lease has LEASE_BREAKING too. */
export const F_RDLCK = 0;
export const F_WRLCK = 1;
export const F_UNLCK = 2;
export const LEASE_BREAKING = 4;

export interface HeldLock {
  /** FL_POSIX, FL_FLOCK, FL_OFD, FL_LEASE, or 0 for a kind Amber does not know (DELEG, ACCESS). */
  flag: number;
  /** The kernel's name of the kind: POSIX, FLOCK, OFDLCK, LEASE, DELEG... */
  kind: string;
  /** F_RDLCK, F_WRLCK or F_UNLCK (a lease being broken to nothing). */
  type: number;
  /** A lease the kernel is breaking (another open is waiting for it). */
  breaking: boolean;
  /** First byte, and length (0: to the end of the file). */
  start: bigint;
  len: bigint;
  /** The line as the kernel printed it, for messages. */
  line: string;
}

// "lock:\t1: POSIX  ADVISORY  WRITE 13497 fe:00:2146961 0 9"
// "lock:\t1: LEASE  BREAKING  UNLCK 13497 fe:00:2146961 0 EOF"
const LOCK_LINE = /^lock:\s+(?:\d+:\s+)?(\S+)\s+(\S+)\s+(\S+)\s+(-?\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s+(\d+)\s+(EOF|\d+)\s*$/;

const FLAGS: Record<string, number> = { POSIX: FL_POSIX, FLOCK: FL_FLOCK, OFDLCK: FL_OFD, LEASE: FL_LEASE };
const TYPES: Record<string, number> = { READ: F_RDLCK, WRITE: F_WRLCK, UNLCK: F_UNLCK };

/** The locks in an fdinfo text (its `lock:` lines). A line that does not parse is an error. */
export function parseLockLines(fdinfo: string): HeldLock[] {
  const out: HeldLock[] = [];
  for (const raw of fdinfo.split('\n')) {
    if (!raw.startsWith('lock:')) continue;
    const m = LOCK_LINE.exec(raw);
    if (!m) throw new Error(`cannot parse the fdinfo lock line '${raw}'`);
    const start = BigInt(m[6]!);
    const end = m[7] === 'EOF' ? undefined : BigInt(m[7]!);
    out.push({
      flag: FLAGS[m[1]!] ?? 0,
      kind: m[1]!,
      type: TYPES[m[3]!] ?? -1,
      breaking: m[2] === 'BREAKING' || m[2] === 'BREAKER',
      start,
      len: end === undefined ? 0n : end - start + 1n,
      line: raw.slice('lock:'.length).trim(),
    });
  }
  return out;
}

/** The inode numbers that have a lock of any kind now, from /proc/locks. */
export function lockedInodes(text: string = fs.readFileSync('/proc/locks', 'latin1')): Set<bigint> {
  const out = new Set<bigint>();
  for (const m of text.matchAll(/ [0-9a-f]+:[0-9a-f]+:(\d+) /g)) out.add(BigInt(m[1]!));
  return out;
}

/** "a POSIX write lock on bytes 0-9", "an flock shared lock", "a lease (read, being broken)". */
export function describeLock(l: { flag: number; type: number; start: bigint; len: bigint; kind?: string }): string {
  const rw = (l.type & 3) === F_WRLCK ? 'write' : (l.type & 3) === F_RDLCK ? 'read' : 'unlock';
  const range = l.len === 0n ? `from byte ${l.start} to the end of the file` : `on bytes ${l.start}-${l.start + l.len - 1n}`;
  switch (l.flag) {
    case FL_POSIX:
      return `a POSIX (fcntl F_SETLK) ${rw} lock ${range}`;
    case FL_OFD:
      return `an open file description (F_OFD_SETLK) ${rw} lock ${range}`;
    case FL_FLOCK:
      return `an flock ${rw === 'write' ? 'exclusive (LOCK_EX)' : 'shared (LOCK_SH)'} lock`;
    case FL_LEASE:
      return `a ${rw} lease (F_SETLEASE)${l.type & LEASE_BREAKING ? ', being broken' : ''}`;
    default:
      return `a lock of kind ${l.kind ?? '?'}`;
  }
}

// ---------------------------------------------------------------------------------
// Restore: each lock is taken again by the task that held it, through the same fd
// number, once its fd table is in place (remote fcntl / flock, never blocking: a lock
// someone else took since the dump fails the restore instead of waiting).

const F_SETLK = 6;
const F_OFD_SETLK = 37;
const LOCK_SH = 1;
const LOCK_EX = 2;
const LOCK_NB = 4;
const RESTORABLE = new Set([FL_POSIX, FL_FLOCK, FL_OFD]);

/** The problem with a file_lock_entry read from an image, or undefined if it can be taken. */
export function lockEntryProblem(l: FileLockEntry): string | undefined {
  if (l.flag === FL_LEASE) return 'a lease (Amber does not restore leases)';
  if (!RESTORABLE.has(l.flag)) return `an unknown kind of lock (flag ${l.flag})`;
  if (l.type !== F_RDLCK && l.type !== F_WRLCK) return `an unknown lock type ${l.type}`;
  if (l.fd < 0 || l.pid <= 0) return `a lock of pid ${l.pid} fd ${l.fd}`;
  if (l.start < 0n || l.len < 0n) return `a lock range starting at ${l.start} of length ${l.len}`;
  if (l.flag === FL_FLOCK && (l.start !== 0n || l.len !== 0n)) return 'an flock lock with a byte range';
  return undefined;
}

/** struct flock (x86_64): l_type, l_whence (shorts), l_start, l_len (off_t), l_pid. */
function flockStruct(l: FileLockEntry): Buffer {
  const b = Buffer.alloc(32);
  b.writeInt16LE(l.type, 0);
  b.writeInt16LE(0, 2); // SEEK_SET
  b.writeBigInt64LE(l.start, 8);
  b.writeBigInt64LE(l.len, 16);
  return b;
}

/** Takes lock `l` in `task` through its fd `l.fd` (remote syscalls). Throws SysError. */
export function takeLock(task: RemoteTask, l: FileLockEntry): void {
  if (l.flag === FL_FLOCK) {
    task.syscall(SYS.flock, l.fd, (l.type === F_WRLCK ? LOCK_EX : LOCK_SH) | LOCK_NB);
    return;
  }
  const addr = task.putScratch(flockStruct(l));
  task.syscall(SYS.fcntl, l.fd, l.flag === FL_OFD ? F_OFD_SETLK : F_SETLK, addr);
}
