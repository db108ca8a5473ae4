// What the plugins of this package share: refusals, fown, image validation, fdinfo numbers.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FilesError, fdinfoField, type FdProbe } from '@amber/files';
import type { FileEntry, FownEntry } from '@amber/images';

const { native } = sys;

export const F_GETOWN = 9;
export const F_SETSIG = 10;
export const F_GETSIG = 11;

/** fown_entry of a file without an owner (Amber refuses files that have one). */
export const NO_FOWN: FownEntry = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };

/** The dump cannot keep this state: names the pid, fd, kind and the way out. */
export function refuse(probe: FdProbe, kind: string, what: string, wayOut: string): FilesError {
  return new FilesError('UNSUPPORTED_FILE', `cannot dump pid ${probe.pid} fd ${probe.fd} (${probe.link}, ${kind}): ${what}; ${wayOut}`);
}

/** A file_entry of this package's types that does not say what it must. */
export function badImage(entry: FileEntry, what: string): FilesError {
  return new FilesError('BAD_IMAGE', `file ${entry.id} (fd type ${entry.type}): ${what}`);
}

/**
 * The signal-driven I/O owner (F_SETOWN) and signal (F_SETSIG) of the description. An
 * owner names a process Amber would have to re-point after restore: refused; the signal
 * number alone is kept in fown.signum.
 */
export function fownOf(probe: FdProbe, localFd: number, kind: string): FownEntry {
  const owner = native.fcntl(localFd, F_GETOWN, 0);
  if (owner !== 0 || (probe.flags & sys.O_ASYNC) !== 0) {
    throw refuse(probe, kind, `it has signal-driven I/O set (F_SETOWN ${owner}, O_ASYNC ${(probe.flags & sys.O_ASYNC) !== 0}), which Amber does not keep for this kind`, 'clear it (fcntl F_SETOWN 0, F_SETFL without O_ASYNC) before the dump');
  }
  return { ...NO_FOWN, signum: native.fcntl(localFd, F_GETSIG, 0) };
}

/** Sets F_SETSIG on a re-created file when the dumped one had one. */
export function applyFown(fd: number, fown: FownEntry | undefined): void {
  if (fown && fown.signum) native.fcntl(fd, F_SETSIG, fown.signum);
}

/** A fresh read of the fdinfo of the dumper's own copy (same description, state as of now). */
export function localFdinfo(localFd: number): string {
  return fs.readFileSync(`/proc/self/fdinfo/${localFd}`, 'utf8');
}

/** A required fdinfo field, or a refusal saying the kernel does not show it. */
export function need(probe: FdProbe, text: string, name: string, kind: string): string {
  const v = fdinfoField(text, name);
  if (v === undefined) throw refuse(probe, kind, `its fdinfo has no '${name}' line (this kernel does not show that state)`, 'Amber needs a kernel that does');
  return v;
}

/** Only the O_* flags a re-created description of these kinds can carry. */
export function checkFlags(entry: FileEntry, flags: number, allowed: number): void {
  const extra = flags & ~(allowed | sys.O_ACCMODE);
  if (extra) throw badImage(entry, `open flags 0${flags.toString(8)} carry bits (0${extra.toString(8)}) such a file cannot have`);
}
