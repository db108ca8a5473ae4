// The terminal plugin (fd type TTY = 11, name 'tty'): fds on terminals (/dev/pts/N,
// /dev/ttyN, /dev/ttySN, /dev/console, /dev/tty). Built on the public plugin API only,
// like any third-party plugin; the engine registers it in its default registry.
//
// A job started from a shell holds the shell's terminal: its session and the pty master
// belong to the world outside the dumped tree (the shell, sshd, the terminal emulator).
// Such a terminal cannot be dumped; it can only be left out and replaced at restore by
// another one, which is what CRIU's --shell-job means. So:
//
//   - a terminal that is the controlling terminal of a session led from outside the tree
//     (the task's tty_nr is this device, or the fd is /dev/tty, and the session leader
//     is not a dumped task) is recorded as external with the key `tty[RDEV:DEV]` (CRIU's
//     spelling: st_rdev and st_dev in hex) when the plugin was made with `shellJob`, and
//     is an error naming the task, the fd, the terminal and --shell-job otherwise;
//   - a pty pair whose master a task of the tree holds is re-created (pty.ts): the
//     master at the same index, the slave by path, termios, window size, the session's
//     controlling terminal and foreground group;
//   - any other terminal (a pty slave whose master is outside the tree, a console) is
//     reopened by path at restore, as the regular-file plugin would do.
//
// At restore, the external terminals need an inherit-fd: `amber restore --shell-job`
// gives every `tty[...]` key the terminal on amber's own stdin, stdout or stderr.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry, type TtyInfoEntry } from '@amber/images';
import { FilesError } from './errors';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, RestoreContext, TaskContext } from './plugin';
import { PtyDump, afterInstallTty, applyPairState, isPtyMaster, openMasterAt, ptySlaveIndex, readTtyInfos, PTMX_RDEV } from './pty';
import { regPlugin } from './reg';

export interface TtyPluginOptions {
  /**
   * The tree is a shell job (CRIU's --shell-job): terminals of sessions led from outside
   * the tree are recorded as external (`tty[RDEV:DEV]`) instead of refused.
   */
  shellJob?: boolean;
}

const TTY_MAJOR = 4; // /dev/ttyN, /dev/ttySN
const TTYAUX_MAJOR = 5; // /dev/tty (minor 0), /dev/console (1); /dev/ptmx (2) is a master
const UNIX98_PTY_SLAVE_MAJOR = 136; // /dev/pts/N: majors 136..143
const UNIX98_PTY_SLAVE_MAJORS = 8;

function majorOf(dev: bigint): number {
  return Number(((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn));
}

function minorOf(dev: bigint): number {
  return Number((dev & 0xffn) | ((dev >> 12n) & ~0xffn));
}

/** Whether a character device number is a terminal (not a pty master). */
export function isTerminalDevice(rdev: bigint): boolean {
  const major = majorOf(rdev);
  const minor = minorOf(rdev);
  if (major === TTY_MAJOR) return true;
  if (major === TTYAUX_MAJOR) return minor === 0 || minor === 1;
  return major >= UNIX98_PTY_SLAVE_MAJOR && major < UNIX98_PTY_SLAVE_MAJOR + UNIX98_PTY_SLAVE_MAJORS;
}

function isCurrentTty(rdev: bigint): boolean {
  return majorOf(rdev) === TTYAUX_MAJOR && minorOf(rdev) === 0;
}

/** CRIU's key of a terminal: `tty[RDEV:DEV]`, stat's st_rdev and st_dev in hex. */
export function ttyKey(stat: { rdev: bigint; dev: bigint }): string {
  return `tty[${stat.rdev.toString(16)}:${stat.dev.toString(16)}]`;
}

/** Whether a key names a terminal (`tty[RDEV:DEV]`). */
export function isTtyKey(key: string): boolean {
  return /^tty\[[0-9a-f]+:[0-9a-f]+\]$/.test(key);
}

/** The session and controlling terminal (kernel dev_t encoding, 0 for none) of a task. */
export function sessionOf(pid: number): { sid: number; ttyNr: bigint } {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch (e) {
    throw new FilesError('FD_RACE', `cannot read /proc/${pid}/stat: ${(e as Error).message}`, { cause: e });
  }
  // Fields after "(comm)": state ppid pgrp session tty_nr ...
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { sid: Number(f[3]), ttyNr: kernelToUserDev(Number(f[4])) };
}

/** /proc/PID/stat's tty_nr is the kernel's encoding (minor bits 0-7 and 20-31); statx gives glibc's. */
function kernelToUserDev(nr: number): bigint {
  const major = (nr >> 8) & 0xfff;
  const minor = (nr & 0xff) | ((nr >>> 20) << 8);
  return (BigInt(major & 0xfff) << 8n) | BigInt(minor & 0xff) | (BigInt(minor & ~0xff) << 12n);
}

export function ttyPlugin(options: TtyPluginOptions = {}): FilePlugin {
  const byPath = regPlugin();
  // The tty_info of each re-created pty file, for afterInstall (which has no image access).
  const infoOf = new WeakMap<FileEntry, { info: TtyInfoEntry; master: boolean }>();
  const infosOf = (ctx: RestoreContext) => ctx.state(() => readTtyInfos(ctx.images));
  return {
    type: FdTypes.TTY,
    name: 'tty',

    detect(probe: FdProbe): boolean {
      return (probe.stat.mode & sys.S_IFMT) === sys.S_IFCHR && (isTerminalDevice(probe.stat.rdev) || isPtyMaster(probe.stat.rdev));
    },

    key(probe: FdProbe): string {
      return ttyKey(probe.stat);
    },

    keyOf(entry: FileEntry): string | undefined {
      return entry.reg?.name;
    },

    dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
      const pty = ctx.state(() => new PtyDump());
      if (isPtyMaster(probe.stat.rdev)) return { entry: pty.dumpMaster(probe, ctx) };
      const index = ptySlaveIndex(probe.stat.rdev);
      if (index !== undefined && pty.hasMaster(index, ctx)) return { entry: pty.dumpSlave(probe, index, ctx) };
      const { sid, ttyNr } = sessionOf(probe.pid);
      const cttyIndex = ttyNr === 0n ? undefined : ptySlaveIndex(ttyNr);
      if (isCurrentTty(probe.stat.rdev) && cttyIndex !== undefined && pty.hasMaster(cttyIndex, ctx)) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `pid ${probe.pid} fd ${probe.fd} is on /dev/tty, whose terminal is /dev/pts/${cttyIndex} of a pty pair inside the tree: ` +
            `Amber re-creates the pair but not yet an fd on /dev/tty (it would reopen the restorer's own terminal). Open /dev/pts/${cttyIndex} instead, or close the fd before dumping`,
        );
      }
      const controlling = ttyNr !== 0n && (ttyNr === probe.stat.rdev || isCurrentTty(probe.stat.rdev));
      if (!controlling || ctx.pids.includes(sid)) return byPath.dump(probe, ctx);
      const key = ttyKey(probe.stat);
      if (!options.shellJob) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `pid ${probe.pid} fd ${probe.fd} is on the terminal ${probe.link} (${key}), the controlling terminal of session ${sid}, ` +
            `whose leader is outside the dumped tree (a shell's terminal): dump it as a shell job with --shell-job ` +
            `(restore --shell-job then gives it the restoring terminal), or leave it out with --external '${key}'`,
        );
      }
      return { entry: { reg: { id: 0, flags: probe.flags, pos: 0n, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 }, name: key, ext: true } } };
    },

    finishDump(images, ctx): void {
      ctx.state(() => new PtyDump()).write(images);
    },

    dependsOn(entry: FileEntry): number[] {
      return entry.tty?.regf_id ? [entry.tty.regf_id] : [];
    },

    open(entry: FileEntry, ctx: RestoreContext): number {
      if (!entry.tty) return byPath.open(entry, ctx);
      const infos = infosOf(ctx);
      const info = infos.get(entry.tty.tty_info_id);
      if (!info?.pty) throw new FilesError('BAD_IMAGE', `file ${entry.id}: tty-info.img has no pty ${entry.tty.tty_info_id}`);
      const index = info.pty.index;
      const master = BigInt(info.rdev) === PTMX_RDEV;
      let fd: number;
      if (master) {
        fd = openMasterAt(index, entry.tty.flags);
        const slave = [...infos.values()].find((i) => i.pty?.index === index && BigInt(i.rdev) !== PTMX_RDEV);
        try {
          applyPairState(fd, info, slave);
        } catch (e) {
          sys.native.close(fd);
          throw e;
        }
      } else {
        if (!entry.tty.regf_id) throw new FilesError('BAD_IMAGE', `file ${entry.id}: the slave of pty ${index} names no master`);
        ctx.fdOf(entry.tty.regf_id); // the master is open (a dependency), so /dev/pts/N is ours
        fd = sys.openFile(`/dev/pts/${index}`, (entry.tty.flags & ~sys.O_CLOEXEC) | sys.O_NOCTTY);
      }
      infoOf.set(entry, { info, master });
      return fd;
    },

    afterInstall(entry: FileEntry, fdInTask: number, ctx: TaskContext): void {
      const known = infoOf.get(entry);
      if (known) afterInstallTty(ctx.task, known.info, known.master, fdInTask);
    },
  };
}
