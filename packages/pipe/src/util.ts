// Small helpers shared by the pipe and FIFO plugins: open-file-description flags, the
// F_SETOWN/F_SETSIG owner, errors, /proc reopen.
import * as sys from '@amber/sys';
import type { FileEntry, FownEntry } from '@amber/images';

const { native } = sys;

/** The flags F_SETFL can change (the kernel's SETFL_MASK, with O_ASYNC = FASYNC). */
export const SETFL_MASK = sys.O_APPEND | sys.O_ASYNC | sys.O_DIRECT | sys.O_NOATIME | sys.O_NONBLOCK;

const F_SETOWN = 8;
const F_GETOWN = 9;
const F_SETSIG = 10;
const F_GETSIG = 11;
/** fown_entry.pid_type values (the kernel's F_OWNER_*). */
const F_OWNER_PID = 1;
const F_OWNER_PGRP = 2;

export const ZERO_FOWN: FownEntry = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };

/** A pipe plugin failure that names the file: dump (pid/fd) or restore (file id, pipe). */
export class PipeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PipeError';
  }
}

/**
 * The SIGIO owner of an open file description: F_GETOWN (a negative value is a process
 * group) and F_GETSIG. The owner's uids need F_GETOWNER_UIDS (a struct); they stay 0.
 */
export function readFown(fd: number): FownEntry {
  let owner = 0;
  let signum = 0;
  try {
    owner = native.fcntl(fd, F_GETOWN, 0);
    signum = native.fcntl(fd, F_GETSIG, 0);
  } catch {
    return ZERO_FOWN;
  }
  if (owner === 0 && signum === 0) return ZERO_FOWN;
  return { uid: 0, euid: 0, signum, pid_type: owner < 0 ? F_OWNER_PGRP : owner > 0 ? F_OWNER_PID : 0, pid: Math.abs(owner) };
}

/**
 * Puts the owner back, best effort: F_SETSIG, then F_SETOWN, which fails with ESRCH
 * while the owning task does not exist yet (the restored tree may not be there when
 * files are opened); that is ignored.
 */
export function applyFown(fd: number, fown: FownEntry | undefined): void {
  if (!fown) return;
  if (fown.signum) native.fcntl(fd, F_SETSIG, fown.signum);
  if (fown.pid) {
    try {
      native.fcntl(fd, F_SETOWN, fown.pid_type === F_OWNER_PGRP ? -fown.pid : fown.pid);
    } catch (e) {
      if (!sys.isErrno(e, 'ESRCH')) throw e;
    }
  }
}

/** Sets the F_SETFL-settable flags of a description to exactly those of `flags`. */
export function applyFlags(fd: number, flags: number): void {
  const want = flags & SETFL_MASK;
  const have = native.fcntl(fd, sys.F_GETFL, 0) & SETFL_MASK;
  if (want !== have) native.fcntl(fd, sys.F_SETFL, want);
}

export function accessMode(flags: number): number {
  return flags & sys.O_ACCMODE;
}

export function accessName(flags: number): string {
  const m = accessMode(flags);
  return m === sys.O_RDONLY ? 'read' : m === sys.O_WRONLY ? 'write' : 'read-write';
}

/**
 * A new open file description of the pipe or FIFO behind local fd `via`, opened through
 * /proc/self/fd with access mode `acc`. Always O_NONBLOCK at open (a blocking open of a
 * pipe for reading waits for a writer, for writing waits for a reader); the caller then
 * sets the real flags with F_SETFL. Opening for writing with no reader at all fails with
 * ENXIO even non-blocking: then a read-write description is held meanwhile.
 */
export function reopen(via: number, acc: number): number {
  const path = `/proc/self/fd/${via}`;
  const flags = acc | sys.O_NONBLOCK | sys.O_CLOEXEC;
  try {
    return native.open(path, flags, 0);
  } catch (e) {
    if (acc !== sys.O_WRONLY || !sys.isErrno(e, 'ENXIO')) throw e;
  }
  const both = native.open(path, sys.O_RDWR | sys.O_NONBLOCK | sys.O_CLOEXEC, 0);
  try {
    return native.open(path, flags, 0);
  } finally {
    native.close(both);
  }
}


export function closeQuietly(fd: number): void {
  try {
    native.close(fd);
  } catch {
    /* already closed */
  }
}

/** Entries of files.img with `type`, grouped by `key`, skipping external (inherit-fd) ones. */
export function groupEntries(entries: readonly FileEntry[], type: number, key: (e: FileEntry) => string | undefined): Map<string, FileEntry[]> {
  const out = new Map<string, FileEntry[]>();
  for (const e of entries) {
    if (e.type !== type || e.reg?.ext) continue;
    const k = key(e);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}
