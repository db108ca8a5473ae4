// pidfd (fd type PIDFD = 20): `anon_inode:[pidfd]`.
//
// Dump, from fdinfo `Pid` and `NSpid`:
// - a task of the dumped tree: file_entry.pidfd {flags, nspid: its pid as seen from the
//   task holding the pidfd}. Restore: open() makes a stand-in, and afterInstall runs
//   pidfd_open(nspid) INSIDE the restored holder (all tasks of the tree exist by then)
//   and puts that pidfd at each of the file's fds, keeping FD_CLOEXEC.
// - a task that has exited and been reaped (Pid -1): nspid -1. Restore: a pidfd of a
//   throwaway child that is then killed and reaped, so it is a pidfd of a dead task.
// - a task outside the tree, or one the holder cannot see: refused, naming it.
// Two tasks sharing one pidfd description get one description each after restore (only
// its O_NONBLOCK flag is per description, and that is kept).
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, RestoreContext, TaskContext } from '@amber/files';
import { badImage, fownOf, need, refuse } from './common';

const { native } = sys;

export const PIDFD = FdTypes.PIDFD;
/** pidfd_open's PIDFD_THREAD (a pidfd of one thread): O_EXCL. */
export const PIDFD_THREAD = 0o200;
const KIND = 'pidfd';

function nsPids(text: string | undefined): number[] {
  return (text ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
}

function statusField(pid: number, name: string): string | undefined {
  try {
    const m = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1];
  } catch {
    return undefined;
  }
}

function checkedErrno(r: bigint, what: string): bigint {
  if (r < 0n && r > -4096n) throw new Error(`${what}: ${sys.errnoName(Number(-r))}`);
  return r;
}

/** A pidfd of a task that has exited and been reaped. */
function deadPidfd(flags: number): number {
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['amber-dead-pidfd'], envp: [] });
  let fd = -1;
  try {
    fd = native.pidfdOpen(pid, flags);
  } finally {
    native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);
  }
  return fd;
}

export const pidfdPlugin: FilePlugin = {
  type: PIDFD,
  name: 'pidfd',

  detect(probe: FdProbe): boolean {
    return probe.link === 'anon_inode:[pidfd]';
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const pid = Number(need(probe, probe.fdinfo, 'Pid', KIND));
    const ino = Number(probe.stat.ino & 0xffffffffn);
    const fown = fownOf(probe, ctx.localFd, KIND);
    const flags = probe.flags;
    if (pid === -1) return { entry: { pidfd: { id: ctx.fileId, ino, flags, nspid: -1, fown } } };
    if (pid === 0) {
      throw refuse(probe, KIND, 'it is a pidfd of a task in a pid namespace Amber cannot see', 'close it before the dump');
    }
    if (!ctx.pids.includes(pid)) {
      throw refuse(probe, KIND, `it is a pidfd of task ${pid} (${(statusField(pid, 'Name') ?? '?').trim()}), which is not in the dumped tree`, `close it before the dump, or dump a tree that holds task ${pid}`);
    }
    if (Number(statusField(pid, 'Tgid')) !== pid) {
      throw refuse(probe, KIND, `it is a pidfd of thread ${pid}, not of a process`, 'Amber restores pidfds of processes only');
    }
    // The target's pid as the holder sees it: its pid at the holder's namespace level.
    const holderLevel = nsPids(statusField(probe.pid, 'NSpid')).length;
    const target = nsPids(need(probe, probe.fdinfo, 'NSpid', KIND));
    const nspid = target[holderLevel - 1];
    if (nspid === undefined) {
      throw refuse(probe, KIND, `it is a pidfd of task ${pid}, which is outside the holder's pid namespace`, 'close it before the dump');
    }
    return { entry: { pidfd: { id: ctx.fileId, ino, flags, nspid, fown } } };
  },

  open(entry: FileEntry, _ctx: RestoreContext): number {
    const p = entry.pidfd;
    if (!p) throw badImage(entry, 'a PIDFD file_entry without its pidfd payload');
    if (p.flags & ~(sys.O_ACCMODE | sys.O_NONBLOCK | PIDFD_THREAD)) throw badImage(entry, `pidfd flags 0${p.flags.toString(8)}`);
    if (p.nspid < -1 || p.nspid === 0) throw badImage(entry, `pidfd of pid ${p.nspid}`);
    const flags = p.flags & (sys.O_NONBLOCK | PIDFD_THREAD);
    if (p.nspid === -1) return deadPidfd(flags);
    // A stand-in (a pidfd of the restorer): afterInstall replaces it in every task.
    return native.pidfdOpen(native.getpid(), 0);
  },

  afterInstall(entry: FileEntry, _fdInTask: number, ctx: TaskContext): void {
    const p = entry.pidfd;
    if (!p || p.nspid === -1) return;
    const task = ctx.task;
    const what = `pidfd file ${entry.id} (of pid ${p.nspid}) in task ${task.pid}`;
    const fresh = checkedErrno(sys.quietly(() => task.syscall(sys.SYS.pidfd_open, p.nspid, p.flags & (sys.O_NONBLOCK | PIDFD_THREAD))), `${what}: pidfd_open`);
    try {
      for (const fd of ctx.fdsOf(entry.id)) {
        const cloexec = (checkedErrno(task.syscall(sys.SYS.fcntl, fd, sys.F_GETFD, 0), `${what}: F_GETFD`) & 1n) !== 0n;
        checkedErrno(task.syscall(sys.SYS.dup3, fresh, fd, cloexec ? sys.O_CLOEXEC : 0), `${what}: dup3`);
      }
    } finally {
      task.syscall(sys.SYS.close, fresh);
    }
  },
};
