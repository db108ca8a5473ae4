// --shell-job at restore (CRIU's meaning: the tree's terminal is external). The dump left
// the shell's terminal out as `tty[RDEV:DEV]`; restore gives every such file amber's own
// terminal (the first of its stdin, stdout, stderr that is one) unless an --inherit-fd
// names it, and makes the restored job the terminal's foreground job when amber was, so
// it can read the terminal as it did before. The job joins amber's session: its session
// was led from outside the tree, so it is inherited from the restorer.
import * as fs from 'node:fs';
import * as tty from 'node:tty';
import type { AmberEmitter } from '@amber/engine';

/** The first of amber's fds 0, 1, 2 that is a terminal. */
export function terminalFd(): number | undefined {
  return [0, 1, 2].find((fd) => tty.isatty(fd));
}

/** The terminals the image left out (the keys of its external `tty[...]` files). */
function externalTerminals(imagesDir: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ImageDir } = require('@amber/images') as typeof import('@amber/images');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isTtyKey, normalizeKey } = require('@amber/files') as typeof import('@amber/files');
  let files;
  try {
    files = ImageDir.open(imagesDir).readFiles();
  } catch {
    return []; // the restore itself reports what is wrong with the directory
  }
  const keys = new Set<string>();
  for (const e of files) {
    if (!e.reg?.ext) continue;
    const key = normalizeKey(e.reg.name);
    if (isTtyKey(key)) keys.add(key);
  }
  return [...keys];
}

/**
 * The inherit-fds a restore uses: the ones given, plus (with --shell-job) amber's
 * terminal for each terminal the image left out. An external terminal with neither is
 * an error that says which flag to pass.
 */
export function shellJobInheritFds(imagesDir: string, given: string[], shellJob: boolean): string[] {
  const terminals = externalTerminals(imagesDir);
  if (terminals.length === 0) return given;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseInheritFd } = require('@amber/files') as typeof import('@amber/files');
  const named = new Set(given.map((g) => parseInheritFd(g).key));
  const missing = terminals.filter((k) => !named.has(k));
  if (missing.length === 0) return given;
  const list = missing.join(', ');
  if (!shellJob) {
    throw new Error(
      `${imagesDir} holds a shell job: its terminal ${list} was left out of the dump (dump --shell-job). ` +
        `Restore with --shell-job to give the job amber's terminal, or with --inherit-fd 'fd[N]:${missing[0]}' to give it fd N`,
    );
  }
  const fd = terminalFd();
  if (fd === undefined) {
    throw new Error(
      `--shell-job: the job needs a terminal in place of ${list}, and none of amber's stdin, stdout and stderr is one. ` +
        `Run amber restore from a terminal, or pass --inherit-fd 'fd[N]:${missing[0]}' with N an fd open on a terminal`,
    );
  }
  const own = reopenTerminal(fd);
  return [...given, ...missing.map((k) => `fd[${own}]:${k}`)];
}

/**
 * A new open file description of the terminal on `fd`, read-write and blocking, for the
 * job: not amber's own, whose flags Node may change (libuv makes the ttys it writes to
 * non-blocking) and which may be open for reading or writing only. Stays open until
 * amber exits.
 */
function reopenTerminal(fd: number): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sys = require('@amber/sys') as typeof import('@amber/sys');
  return sys.openFile(`/proc/self/fd/${fd}`, sys.O_RDWR | sys.O_NOCTTY);
}

interface ProcStat {
  pgrp: number;
  session: number;
}

function procStat(pid: number | 'self'): ProcStat {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
  const f = text.slice(text.lastIndexOf(')') + 2).split(' '); // state ppid pgrp session ...
  return { pgrp: Number(f[2]), session: Number(f[3]) };
}

/**
 * Makes the restored job (root `pid`) the foreground job of the terminal on `fd` if amber
 * is the foreground job there now and the job is in amber's session, in a group of its
 * own. Runs before the job is let go, so its first read finds the terminal its own.
 * Returns whether the foreground changed.
 */
export function makeForeground(fd: number, pid: number): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { native } = require('@amber/sys') as typeof import('@amber/sys');
  let foreground: number;
  try {
    foreground = native.tcgetpgrp(fd);
  } catch {
    return false; // not amber's controlling terminal
  }
  const self = procStat('self');
  const job = procStat(pid);
  if (foreground !== self.pgrp || job.session !== self.session || job.pgrp === self.pgrp) return false;
  native.tcsetpgrp(fd, job.pgrp);
  return true;
}

/** Hands the terminal to the restored job just before it runs (see makeForeground). */
export function foregroundOnResume(events: AmberEmitter): void {
  const fd = terminalFd();
  if (fd === undefined) return;
  events.on('pre-resume', ({ pid }) => {
    makeForeground(fd, pid);
  });
}
