// Pseudo-terminal pairs whose master is inside the dumped tree (a terminal multiplexer's
// server and its shell), for the terminal plugin (tty.ts). Dumped: the pty index, its
// lock and packet mode, the slave's termios, window size, owner, and the session whose
// controlling terminal it is with its foreground group; all read through the master
// (the kernel answers TCGETS2, TIOCGWINSZ, TIOCGSID and TIOCGPGRP on a master for its
// slave). Restored: the master by opening /dev/ptmx until the kernel hands out the
// dumped index (it gives the lowest free one; a taken index is an error), the slave by
// its path, and the controlling terminal by TIOCSCTTY and TIOCSPGRP inside the session
// leader once its fds are in place. Data queued in either direction cannot be read
// without consuming it: the dump refuses a pair with queued data, and a pair whose slave
// no task of the tree holds (its queue could only be seen by opening the slave, which
// changes the pty's state when closed again).
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { imageFileName, type FileEntry, type ImageDir, type TermiosEntry, type TtyInfoEntry } from '@amber/images';
import { FilesError } from './errors';
import type { DumpContext, FdProbe, RemoteTask } from './plugin';

// ioctl request numbers (x86_64, asm-generic).
const TCGETS2 = 0x802c542a;
const TCSETS2 = 0x402c542b;
const TIOCGWINSZ = 0x5413;
const TIOCSWINSZ = 0x5414;
const TIOCGPTN = 0x80045430;
const TIOCSPTLCK = 0x40045431;
const TIOCGPTLCK = 0x80045439;
const TIOCGPKT = 0x80045438;
const TIOCPKT = 0x5420;
const TIOCGEXCL = 0x80045440;
const TIOCINQ = 0x541b;
const TIOCOUTQ = 0x5411;
const TIOCGSID = 0x5429;
const TIOCSCTTY = 0x540e;
const TIOCSPGRP = 0x5410;
const TIOCEXCL = 0x540c;
const NCCS = 19;
const TTY_PTY = 1; // TtyType.PTY

export const PTMX_RDEV = (5n << 8n) | 2n;
const PTY_SLAVE_MAJOR = 136;

function ioctlInt(fd: number, request: number, value = 0): number {
  const b = Buffer.alloc(4);
  b.writeInt32LE(value);
  sys.native.ttyIoctl(fd, request, b);
  return b.readInt32LE(0);
}

function readTermios(fd: number): TermiosEntry {
  const b = Buffer.alloc(44);
  sys.native.ttyIoctl(fd, TCGETS2, b);
  return {
    c_iflag: b.readUInt32LE(0),
    c_oflag: b.readUInt32LE(4),
    c_cflag: b.readUInt32LE(8),
    c_lflag: b.readUInt32LE(12),
    c_line: b[16]!,
    c_cc: [...b.subarray(17, 17 + NCCS)],
    c_ispeed: b.readUInt32LE(36),
    c_ospeed: b.readUInt32LE(40),
  };
}

function writeTermios(fd: number, t: TermiosEntry): void {
  const b = Buffer.alloc(44);
  b.writeUInt32LE(t.c_iflag, 0);
  b.writeUInt32LE(t.c_oflag, 4);
  b.writeUInt32LE(t.c_cflag, 8);
  b.writeUInt32LE(t.c_lflag, 12);
  b[16] = t.c_line;
  (t.c_cc ?? []).slice(0, NCCS).forEach((c, i) => (b[17 + i] = c));
  b.writeUInt32LE(t.c_ispeed, 36);
  b.writeUInt32LE(t.c_ospeed, 40);
  sys.native.ttyIoctl(fd, TCSETS2, b);
}

/** Whether a character device is a pty master (/dev/ptmx or a devpts ptmx). */
export function isPtyMaster(rdev: bigint): boolean {
  return rdev === PTMX_RDEV;
}

export function ptySlaveIndex(rdev: bigint): number | undefined {
  const major = Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
  const minor = Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
  if (major < PTY_SLAVE_MAJOR || major >= PTY_SLAVE_MAJOR + 8) return undefined;
  return (major - PTY_SLAVE_MAJOR) * 256 + minor;
}

/** The last NSpid/NSpgid/NSsid value of a task: its id in its own pid namespace. */
function nsId(pid: number, field: 'NSpid' | 'NSpgid' | 'NSsid'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'latin1');
  const m = new RegExp(`^${field}:\\s*(.*)$`, 'm').exec(status);
  const ids = (m?.[1] ?? '').trim().split(/\s+/).map(Number);
  return ids[ids.length - 1] ?? 0;
}

/** Whether task `pid` has an fd on /dev/pts/`index`. */
function holdsSlave(pid: number, index: number): boolean {
  for (const n of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      if (fs.readlinkSync(`/proc/${pid}/fd/${n}`) === `/dev/pts/${index}`) return true;
    } catch {
      /* closed meanwhile */
    }
  }
  return false;
}

interface PairState {
  master: { pid: number; fd: number };
  masterInfo: number;
  slaveInfo: number;
}

/** Per-dump state of the pty code: masters of the tree by index, and the tty_info entries. */
export class PtyDump {
  readonly infos: TtyInfoEntry[] = [];
  #masters: Map<number, { pid: number; fd: number }> | undefined;
  /** A task's fd on each slave /dev/pts/N of the tree (by path; checked by rdev when used). */
  readonly #slaves = new Map<number, { pid: number; fd: number }>();
  readonly #pairs = new Map<number, PairState>();

  /** The masters and slaves the tree's tasks hold, by pty index (scanned once). */
  #scan(ctx: DumpContext): Map<number, { pid: number; fd: number }> {
    if (this.#masters) return this.#masters;
    const masters = new Map<number, { pid: number; fd: number }>();
    for (const pid of ctx.pids) {
      let names: string[] = [];
      try {
        names = fs.readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const n of names) {
        let link = '';
        try {
          link = fs.readlinkSync(`/proc/${pid}/fd/${n}`);
        } catch {
          continue;
        }
        const slave = /^\/dev\/pts\/(\d+)$/.exec(link);
        if (slave) {
          if (!this.#slaves.has(Number(slave[1]))) this.#slaves.set(Number(slave[1]), { pid, fd: Number(n) });
          continue;
        }
        if (link !== '/dev/ptmx' && !link.endsWith('/ptmx')) continue;
        const fd = ctx.getFd(pid, Number(n));
        try {
          const st = sys.native.statx(fd, '', sys.AT_EMPTY_PATH);
          if (!isPtyMaster(st.rdev)) continue;
          const index = ioctlInt(fd, TIOCGPTN);
          if (!masters.has(index)) masters.set(index, { pid, fd: Number(n) });
        } finally {
          sys.native.close(fd);
        }
      }
    }
    return (this.#masters = masters);
  }

  /** Whether the master of slave `index` is held by a task of the tree. */
  hasMaster(index: number, ctx: DumpContext): boolean {
    return this.#scan(ctx).has(index);
  }

  /** The tty_info ids of the pair of pty `index` (dumping its state once, through master fd `masterFd` of the dumper). */
  #pair(index: number, ctx: DumpContext, masterFd: number | undefined): PairState {
    const known = this.#pairs.get(index);
    if (known) return known;
    const master = this.#scan(ctx).get(index);
    if (!master) throw new FilesError('UNSUPPORTED_FILE', `pty ${index}: its master is not held by a task of the tree`);
    const fd = masterFd ?? ctx.getFd(master.pid, master.fd);
    try {
      const where = `pid ${master.pid} fd ${master.fd} (the master of /dev/pts/${index})`;
      const slaveAt = this.#slaves.get(index);
      if (!slaveAt) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `cannot dump ${where}: no task of the tree holds its slave /dev/pts/${index}, so Amber can neither see what waits in the slave's queue ` +
            'nor give back a pty whose slave was closed (the master then reads EIO). Dump it while a task holds the slave, or close the master',
        );
      }
      const slaveFd = ctx.getFd(slaveAt.pid, slaveAt.fd);
      let slaveQueued: number;
      let exclusive: boolean;
      try {
        if (ptySlaveIndex(sys.native.statx(slaveFd, '', sys.AT_EMPTY_PATH).rdev) !== index) {
          throw new FilesError('FD_RACE', `pid ${slaveAt.pid} fd ${slaveAt.fd} is no longer /dev/pts/${index}: is the task frozen?`);
        }
        slaveQueued = ioctlInt(slaveFd, TIOCINQ);
        exclusive = ioctlInt(slaveFd, TIOCGEXCL) !== 0;
      } finally {
        sys.native.close(slaveFd);
      }
      const queued = ioctlInt(fd, TIOCINQ) + ioctlInt(fd, TIOCOUTQ);
      if (queued > 0 || slaveQueued > 0) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `cannot dump ${where}: ${queued > 0 ? `${queued} bytes wait to be read from the master` : `${slaveQueued} bytes wait to be read from the slave`}, ` +
            'and a terminal\'s queue cannot be read without taking the data from the program. Dump it when both sides have read what was written',
        );
      }
      let sid = 0;
      let pgrp = 0;
      try {
        sid = ioctlInt(fd, TIOCGSID);
        pgrp = sys.native.tcgetpgrp(fd);
      } catch (e) {
        if (!sys.isErrno(e, 'ENOTTY')) throw e; // no session has it as its controlling terminal
      }
      if (sid !== 0 && !ctx.pids.includes(sid)) {
        throw new FilesError('UNSUPPORTED_FILE', `cannot dump ${where}: /dev/pts/${index} is the controlling terminal of session ${sid}, whose leader is outside the dumped tree; dump the tree from that session's leader (or an ancestor)`);
      }
      if (sid !== 0 && !holdsSlave(sid, index)) {
        throw new FilesError(
          'UNSUPPORTED_FILE',
          `cannot dump ${where}: /dev/pts/${index} is the controlling terminal of session ${sid}, whose leader holds no fd on it; ` +
            'Amber makes it the controlling terminal again (TIOCSCTTY) through such an fd. Keep one open in the session leader',
        );
      }
      let st: sys.StatxResult | undefined;
      try {
        st = fs.existsSync(`/dev/pts/${index}`) ? sys.native.statx(-100, `/dev/pts/${index}`, 0) : undefined;
      } catch {
        st = undefined;
      }
      const base = { exclusive: false, packet_mode: false, locked: false, sid: 0, pgrp: 0, type: TTY_PTY as TtyInfoEntry['type'], pty: { index } };
      const masterInfo: TtyInfoEntry = { ...base, id: this.infos.length + 1, rdev: Number(PTMX_RDEV), locked: ioctlInt(fd, TIOCGPTLCK) !== 0, packet_mode: ioctlInt(fd, TIOCGPKT) !== 0 };
      const slaveInfo: TtyInfoEntry = {
        ...base,
        id: this.infos.length + 2,
        rdev: st ? Number(st.rdev) : 0,
        exclusive,
        sid: sid ? nsId(sid, 'NSpid') : 0,
        pgrp: pgrp ? this.#nsPgrp(pgrp, ctx) : 0,
        termios: readTermios(fd),
        winsize: this.#winsize(fd),
        uid: st?.uid,
        gid: st?.gid,
      };
      this.infos.push(masterInfo, slaveInfo);
      const pair = { master, masterInfo: masterInfo.id, slaveInfo: slaveInfo.id };
      this.#pairs.set(index, pair);
      return pair;
    } finally {
      if (masterFd === undefined) sys.native.close(fd);
    }
  }

  #winsize(fd: number): TtyInfoEntry['winsize'] {
    const b = Buffer.alloc(8);
    sys.native.ttyIoctl(fd, TIOCGWINSZ, b);
    return { ws_row: b.readUInt16LE(0), ws_col: b.readUInt16LE(2), ws_xpixel: b.readUInt16LE(4), ws_ypixel: b.readUInt16LE(6) };
  }

  /** A foreground group's id in the tree's pid namespace, from a dumped task in it. */
  #nsPgrp(pgrp: number, ctx: DumpContext): number {
    for (const pid of ctx.pids) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(f[2]) === pgrp) return nsId(pid, 'NSpgid');
      } catch {
        /* a task that vanished is reported elsewhere */
      }
    }
    throw new FilesError('UNSUPPORTED_FILE', `the foreground process group ${pgrp} of a pty of the tree has no task in the dumped tree`);
  }

  /** The file_entry payload of a master fd. */
  dumpMaster(probe: FdProbe, ctx: DumpContext): Pick<FileEntry, 'tty'> {
    const index = ioctlInt(ctx.localFd, TIOCGPTN);
    const pair = this.#pair(index, ctx, ctx.localFd);
    return { tty: { id: 0, tty_info_id: pair.masterInfo, flags: probe.flags, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 } } };
  }

  /** The file_entry payload of a slave fd whose master is in the tree; checks the session leader holds the slave. */
  dumpSlave(probe: FdProbe, index: number, ctx: DumpContext): Pick<FileEntry, 'tty'> {
    const pair = this.#pair(index, ctx, undefined);
    const masterFileId = ctx.fileIdOf(pair.master.pid, pair.master.fd);
    return { tty: { id: 0, tty_info_id: pair.slaveInfo, flags: probe.flags, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 }, regf_id: masterFileId } };
  }

  write(images: ImageDir): void {
    if (this.infos.length) images.writeEntries('tty-info', imageFileName.ttyInfo(), this.infos);
  }
}

// ---------------------------------------------------------------------------------
// Restore

/** tty-info.img, by id, validated. */
export function readTtyInfos(images: ImageDir): Map<number, TtyInfoEntry> {
  const out = new Map<number, TtyInfoEntry>();
  const name = imageFileName.ttyInfo();
  if (!images.has(name)) return out;
  for (const i of images.readEntries('tty-info', name)) {
    if (i.type !== TTY_PTY || !i.pty) throw new FilesError('BAD_IMAGE', `${name}: tty ${i.id} is not a pty (type ${i.type}); Amber re-creates only pty pairs`);
    if ((i.termios?.c_cc?.length ?? 0) > NCCS) throw new FilesError('BAD_IMAGE', `${name}: tty ${i.id} has more than ${NCCS} control characters`);
    out.set(i.id, i);
  }
  return out;
}

/** Opens a new master at pty `index`: /dev/ptmx until the kernel gives that index. */
export function openMasterAt(index: number, flags: number): number {
  const extra: number[] = [];
  try {
    for (;;) {
      const fd = sys.openFile('/dev/ptmx', (flags & ~sys.O_CLOEXEC) | sys.O_NOCTTY);
      const got = ioctlInt(fd, TIOCGPTN);
      if (got === index) return fd;
      extra.push(fd);
      if (got > index) {
        throw new FilesError('FILE_CHANGED', `pty ${index} (/dev/pts/${index}) is taken on this machine by another terminal, and the restored programs expect their slave at that path: close that terminal (or restore where /dev/pts/${index} is free)`);
      }
    }
  } finally {
    for (const fd of extra) sys.native.close(fd);
  }
}

/** Sets a re-created pair's state through its master (termios, window size, packet mode, owner). */
export function applyPairState(masterFd: number, master: TtyInfoEntry, slave: TtyInfoEntry | undefined): void {
  ioctlInt(masterFd, TIOCSPTLCK, 0); // unlocked until every slave is open; locked again in afterInstall
  if (master.packet_mode) ioctlInt(masterFd, TIOCPKT, 1);
  if (!slave) return;
  if (slave.termios) writeTermios(masterFd, slave.termios);
  if (slave.winsize) {
    const b = Buffer.alloc(8);
    b.writeUInt16LE(slave.winsize.ws_row, 0);
    b.writeUInt16LE(slave.winsize.ws_col, 2);
    b.writeUInt16LE(slave.winsize.ws_xpixel, 4);
    b.writeUInt16LE(slave.winsize.ws_ypixel, 6);
    sys.native.ttyIoctl(masterFd, TIOCSWINSZ, b);
  }
  if (slave.uid !== undefined && slave.gid !== undefined) fs.chownSync(`/dev/pts/${master.pty!.index}`, slave.uid, slave.gid);
}

/** In the task, once its fds are in place: a locked master locked again; a slave made its session leader's controlling terminal. */
export function afterInstallTty(task: RemoteTask, info: TtyInfoEntry, isMaster: boolean, fd: number): void {
  if (isMaster) {
    if (info.locked) {
      const addr = task.putScratch(Buffer.from([1, 0, 0, 0]));
      task.syscall(sys.SYS.ioctl, fd, TIOCSPTLCK, addr);
    }
    return;
  }
  if (info.exclusive) task.syscall(sys.SYS.ioctl, fd, TIOCEXCL, 0);
  if (info.sid === 0) return;
  const pid = Number(task.syscall(sys.SYS.getpid));
  if (pid !== info.sid) return;
  task.syscall(sys.SYS.ioctl, fd, TIOCSCTTY, 0);
  if (info.pgrp) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(info.pgrp);
    task.syscall(sys.SYS.ioctl, fd, TIOCSPGRP, task.putScratch(b));
  }
}
