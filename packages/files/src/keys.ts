// File keys, inherit-fd and external files (seed 001).
//
// A key names one open file of a dumped process tree so that the caller can say
// "this one is outside the dump" (dump: --external KEY) and "give the restored tasks my
// fd N in its place" (restore: --inherit-fd fd[N]:KEY). Keys:
//
//   pipe:[INODE]     a pipe, as /proc/PID/fd shows it (both ends share the key)
//   socket:[INODE]   a socket (even of a type no plugin handles: it is never dumped)
//   unix:[INODE]     a unix socket (CRIU's --ext-unix-sk spelling; socket:[INODE] names it too)
//   /a/path          a file by path; "a/path" (no leading slash, as CRIU's docs show it)
//                    means the same thing: paths are relative to the task's root
//   tty[RDEV:DEV]    a terminal, by its device and file-system numbers in hex (CRIU's
//                    spelling); --shell-job makes the shell's terminal one of these
//   fd[M]            whatever file fd M of the dumped root task holds (CRIU cannot do
//                    this; users keep asking for it)
//   TYPE:[...]       any other /proc link text (anon_inode:[eventfd]...), matched as is
//
// Unlike CRIU, a key that matches no file is an error (CRIU ignores it silently), and so
// is a file dumped as external that gets no inherit-fd at restore.
import * as path from 'node:path';
import { FilesError } from './errors';

/** A restore-side inherit-fd: the restorer's fd `fd` stands in for the file `key`. */
export interface InheritFd {
  /** An fd open in the restoring process (Amber's), e.g. 3 for `3<&...` in a shell. */
  fd: number;
  /** The normalized key (see normalizeKey). */
  key: string;
  /** The argument as given, for messages. */
  arg: string;
}

const MAX_FD = 0x7fffffff;
const FD_KEY = /^fd\[(\d+)\]$/;
const LINK_KEY = /^([a-z_]+):(.*)$/;
const INODE_TYPES = new Set(['pipe', 'socket', 'net', 'unix']);

function badKey(arg: string, what: string, expected: string): FilesError {
  return new FilesError('BAD_KEY', `malformed ${what} ${JSON.stringify(arg)}: ${expected}`);
}

function fdNumber(text: string, arg: string, what: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n > MAX_FD) {
    throw badKey(arg, what, `fd number ${JSON.stringify(text)} is not an integer between 0 and ${MAX_FD}`);
  }
  return n;
}

/** The key naming fd `fd` of the dumped root task. */
export function fdKey(fd: number): string {
  return `fd[${fd}]`;
}

/** If `key` is an fd[M] key, M. */
export function fdOfKey(key: string): number | undefined {
  const m = FD_KEY.exec(key);
  return m ? Number(m[1]) : undefined;
}

/**
 * The canonical form of a key: `pipe:[N]` and `socket:[N]` checked and kept, `fd[M]`
 * checked, paths made absolute and normalized (`tmp//old/` -> `/tmp/old`). Throws
 * FilesError BAD_KEY for a malformed key; `what` names the argument in the message.
 */
export function normalizeKey(key: string, what = 'key'): string {
  if (typeof key !== 'string' || key.length === 0) throw badKey(String(key), what, 'the key is empty');
  if (key.includes('\0')) throw badKey(key, what, 'a key cannot contain a NUL byte');
  if (key.startsWith('fd[') || /^fd\d/.test(key)) {
    const m = FD_KEY.exec(key);
    if (!m) throw badKey(key, what, 'an fd key is fd[M], M the fd number in the dumped root task, e.g. fd[4]');
    return fdKey(fdNumber(m[1]!, key, what));
  }
  if (key.startsWith('tty[')) {
    const m = /^tty\[([0-9a-fA-F]+):([0-9a-fA-F]+)\]$/.exec(key);
    if (!m) throw badKey(key, what, 'a terminal key is tty[RDEV:DEV], the device and file-system numbers in hex (as amber show --fds lists them), e.g. tty[8801:19]');
    return `tty[${BigInt(`0x${m[1]}`).toString(16)}:${BigInt(`0x${m[2]}`).toString(16)}]`;
  }
  const link = LINK_KEY.exec(key);
  if (link && !key.startsWith('/')) {
    const [, type, rest] = link;
    if (INODE_TYPES.has(type!)) {
      const m = /^\[(\d+)\]$/.exec(rest!);
      if (!m) throw badKey(key, what, `expected ${type}:[INODE] as /proc/PID/fd shows it, e.g. ${type}:[823441]`);
      return `${type}:[${BigInt(m[1]!)}]`;
    }
    if (rest!.startsWith('[') && !rest!.endsWith(']')) throw badKey(key, what, `unbalanced brackets; expected ${type}:[...] as /proc/PID/fd shows it`);
    return key;
  }
  // A path, relative to the task's root with or without the leading slash.
  const p = path.posix.normalize(`/${key}`);
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

/** The key of a /proc/PID/fd link text (a path, `pipe:[N]`...), or undefined if it has none. */
export function keyOfLink(link: string): string | undefined {
  try {
    return normalizeKey(link.endsWith(' (deleted)') ? link.slice(0, -' (deleted)'.length) : link);
  } catch {
    return undefined;
  }
}

/**
 * Parses a restore-side `--inherit-fd` argument: `fd[N]:KEY`. Throws FilesError BAD_KEY
 * with what is wrong and an example of the right form.
 */
export function parseInheritFd(arg: string): InheritFd {
  const what = 'inherit-fd';
  const example = "expected fd[N]:KEY, N an fd open in the restoring process and KEY a file of the image, e.g. fd[3]:pipe:[823441] or 'fd[1]:/tmp/log'";
  if (typeof arg !== 'string' || arg.length === 0) throw badKey(String(arg), what, example);
  if (!arg.startsWith('fd[')) {
    const m = /^fd(\d+):/.exec(arg);
    if (m) throw badKey(arg, what, `the fd number goes in brackets: fd[${m[1]}]:${arg.slice(m[0].length)}`);
    if (/^debug\[/.test(arg)) throw badKey(arg, what, 'debug[N]:TEXT is not supported');
    throw badKey(arg, what, `${example}${arg.includes(':[') || arg.startsWith('/') ? ' (a bare KEY is the dump-side form, --external KEY)' : ''}`);
  }
  const close = arg.indexOf(']');
  if (close < 0) throw badKey(arg, what, `missing "]" after the fd number; ${example}`);
  const fd = fdNumber(arg.slice(3, close), arg, what);
  if (arg[close + 1] !== ':') throw badKey(arg, what, `missing ":KEY" after fd[${fd}]; ${example}`);
  const key = arg.slice(close + 2);
  if (key.length === 0) throw badKey(arg, what, `the KEY after fd[${fd}]: is empty; ${example}`);
  return { fd, key: normalizeKey(key, what), arg };
}

/** Parses a dump-side external key (`--external KEY` / CRIU's dump-time --inherit-fd KEY). */
export function parseExternalKey(arg: string): string {
  const what = 'external file key';
  if (typeof arg === 'string' && /^fd\[\d*\]:/.test(arg)) {
    throw badKey(arg, what, `fd[N]:KEY is the restore-side form (--inherit-fd); at dump pass only the KEY: ${arg.slice(arg.indexOf(':') + 1)}`);
  }
  return normalizeKey(arg, what);
}

/** How to pass an inherit-fd for `key`, for error messages. */
export function inheritFdHint(key: string): string {
  return `--inherit-fd 'fd[N]:${key}' (N: an fd of the restoring process that stands in for it)`;
}
