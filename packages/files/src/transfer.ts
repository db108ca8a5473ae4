// Getting the restorer's fds into a stopped task, with syscalls run inside the task.
//
// Three ways:
//  - an fd store (seed 003, @amber/fdstore) whose socket the task holds: each file is
//    added to the store once (shared by every task that needs it), and the task peeks
//    its entries with a remote recvmsg(MSG_PEEK | MSG_CMSG_CLOEXEC), checking each
//    entry's record. The peek offset (SO_PEEK_OFF, id x RECORD_BYTES) is set here, on
//    our own fd of the store: it belongs to the socket, which the task's fd is too, so
//    a local setsockopt saves a remote one. Entries stay for the next task. When the
//    caller knows how entries share datagrams (StoreEntry, as FdRestorer.stock lays
//    them out), one peek takes every wanted entry of a datagram, up to 253 fds: one
//    remote syscall per 253 fds, as over a channel. Runs under the store's lock
//    (store.exclusive).
//  - a unix socket the task already holds (its end `taskFd`, ours `restorerFd`): we
//    send the fds with SCM_RIGHTS, up to 253 (SCM_MAX_FD) a message, and the task
//    receives each message with a remote recvmsg(MSG_CMSG_CLOEXEC). Works across pid
//    namespaces. (A task holding an fd store socket, seed 003, can peek the same
//    entries with SO_PEEK_OFF + MSG_PEEK instead; this module does the plain receive.)
//  - none: the task opens a pidfd of the restorer (remote pidfd_open) and copies each
//    fd with remote pidfd_getfd. Needs the restorer's pid to be visible in the task's
//    pid namespace and ptrace access from the task to the restorer (same creds, as for a
//    restore stub).
// Either way each fd arrives at whatever number the kernel picks, close-on-exec (over a
// store or a channel the caller may ask for inheritable fds instead: whichever flag most
// targets want saves an F_SETFD per fd that stays where it landed); the placement
// planner then moves them to their targets.
import * as fs from 'node:fs';
import { RECORD_BYTES, type FdStore } from '@amber/fdstore';
import * as sys from '@amber/sys';
import { FilesError } from './errors';
import type { RemoteTask } from './plugin';

const SYS_recvmsg = 47;
/** @amber/fdstore's record magic ("AFDS") at the start of every entry's record. */
const FDSTORE_MAGIC = 0x53444641;
const SYS_pidfd_open = 434;
const SYS_pidfd_getfd = sys.SYS.pidfd_getfd;
const MSG_CMSG_CLOEXEC = 0x40000000;
const SCM_RIGHTS = 1;
/** The kernel's SCM_MAX_FD: the most fds one message carries. */
export const SCM_MAX_FD = 253;

const MSGHDR = 56;
const IOV_AT = MSGHDR;
const DATA_AT = IOV_AT + 16;
/** Room for the records of a whole datagram (one per fd). */
const DATA_LEN = RECORD_BYTES * SCM_MAX_FD;
const CONTROL_AT = DATA_AT + DATA_LEN;
const CONTROL_LEN = 16 + Math.ceil((SCM_MAX_FD * 4) / 8) * 8;
const AREA = CONTROL_AT + CONTROL_LEN;

export interface Channel {
  /** The task's end of a unix socket (SOCK_DGRAM or SOCK_SEQPACKET), an fd number in the task. */
  taskFd: number;
  /** Our end of it, an fd in this process. */
  restorerFd: number;
}

function readRemote(pid: number, addr: bigint, len: number): Buffer {
  const buf = Buffer.alloc(len);
  const n = sys.native.processVmReadv(pid, buf, [[addr, len]]);
  if (n !== len) throw new FilesError('INSTALL', `task ${pid}: short read of its memory at 0x${addr.toString(16)} (${n} of ${len} bytes)`);
  return buf;
}

/** msghdr + iovec + data + control laid out in the task's scratch memory. */
class RemoteMsg {
  readonly base: bigint;
  readonly area = Buffer.alloc(AREA);

  constructor(readonly task: RemoteTask) {
    this.base = task.putScratch(Buffer.alloc(AREA), 0);
    const { area, base } = this;
    area.writeBigUInt64LE(base + BigInt(IOV_AT), 16); // msg_iov
    area.writeBigUInt64LE(1n, 24); // msg_iovlen
    area.writeBigUInt64LE(base + BigInt(CONTROL_AT), 32); // msg_control
    area.writeBigUInt64LE(base + BigInt(DATA_AT), IOV_AT); // iov_base
    area.writeBigUInt64LE(BigInt(DATA_LEN), IOV_AT + 8); // iov_len
  }

  /**
   * Writes the header back (recvmsg changes msg_controllen and msg_flags), with room for
   * `maxFds`. Only those bytes: data and control are the kernel's to fill.
   */
  reset(maxFds: number): void {
    this.area.writeBigUInt64LE(BigInt(16 + Math.ceil((maxFds * 4) / 8) * 8), 40); // msg_controllen
    const at = this.task.putScratch(this.area.subarray(0, DATA_AT), 0);
    if (at !== this.base) throw new FilesError('INSTALL', `task ${this.task.pid}: its scratch memory moved between calls (0x${this.base.toString(16)} -> 0x${at.toString(16)})`);
  }

  /** Runs recvmsg(fd, msg, flags) in the task; returns the bytes, the data, the fds and msg_flags. */
  /** `dataWanted`: how many of the data bytes to read back (default all, up to DATA_LEN). */
  recv(fd: number, flags: number, hint?: string, dataWanted = DATA_LEN): { bytes: number; data: Buffer; fds: number[]; msgFlags: number } {
    let got: bigint;
    try {
      got = this.task.syscall(SYS_recvmsg, fd, this.base, flags);
    } catch (e) {
      throw new FilesError('INSTALL', `task ${this.task.pid}: recvmsg on its fd ${fd} failed${hint ? ` (${hint})` : ''}: ${(e as Error).message}`, { cause: e });
    }
    const pid = this.task.pid;
    const bytes = Number(got);
    const hdr = readRemote(pid, this.base, DATA_AT + Math.min(bytes, DATA_LEN, dataWanted));
    const controlLen = Number(hdr.readBigUInt64LE(40));
    const msgFlags = hdr.readInt32LE(48);
    const control = controlLen > 0 ? readRemote(pid, this.base + BigInt(CONTROL_AT), Math.min(controlLen, CONTROL_LEN)) : Buffer.alloc(0);
    const fds: number[] = [];
    for (let off = 0; off + 16 <= control.length; ) {
      const len = Number(control.readBigUInt64LE(off));
      const level = control.readInt32LE(off + 8);
      const type = control.readInt32LE(off + 12);
      if (len < 16) break;
      if (level === sys.SOL_SOCKET && type === SCM_RIGHTS) {
        for (let p = off + 16; p + 4 <= Math.min(off + len, control.length); p += 4) fds.push(control.readInt32LE(p));
      }
      off += Math.ceil(len / 8) * 8;
    }
    return { bytes, data: hdr.subarray(DATA_AT), fds, msgFlags };
  }
}

/** Sends `fds` (restorer fds) to the task over the channel; returns the task's fd numbers, in order. */
export function fetchOverChannel(task: RemoteTask, channel: Channel, fds: readonly number[], cloexec = true): number[] {
  const out: number[] = [];
  if (fds.length === 0) return out;
  const msg = new RemoteMsg(task);
  for (let i = 0; i < fds.length; i += SCM_MAX_FD) {
    const batch = fds.slice(i, i + SCM_MAX_FD);
    const header = Buffer.alloc(4);
    header.writeUInt32LE(batch.length, 0);
    sys.native.sendFds(channel.restorerFd, header, batch, 0);
    msg.reset(SCM_MAX_FD);
    const r = msg.recv(channel.taskFd, cloexec ? MSG_CMSG_CLOEXEC : 0);
    if (r.bytes !== 4 || (r.msgFlags & sys.MSG_CTRUNC) !== 0 || r.fds.length !== batch.length) {
      for (const fd of r.fds) task.syscall(sys.SYS.close, fd);
      throw new FilesError(
        'INSTALL',
        `task ${task.pid}: expected ${batch.length} fds in a 4-byte message on its fd ${channel.taskFd}, got ${r.fds.length} in ${r.bytes} bytes` +
          `${r.msgFlags & sys.MSG_CTRUNC ? ' (control data truncated: is RLIMIT_NOFILE too low?)' : ''}`,
      );
    }
    out.push(...r.fds);
  }
  return out;
}

/** An fd store the task holds at `taskFd` (the same socket as `store`, in the task). */
export interface StoreTransport {
  store: FdStore;
  taskFd: number;
}

/**
 * Where an entry sits in an fd store: its id, and its datagram (the id of the
 * datagram's first entry, and this entry's index in it; addMany puts up to 253 in one).
 */
export interface StoreEntry {
  id: number;
  first: number;
  index: number;
}

/**
 * Fetches store entries into the task: remote SO_PEEK_OFF + recvmsg(MSG_PEEK), checking
 * each record, under the store's lock. Entries given as StoreEntry come one datagram per
 * peek (every wanted entry of it at once); a bare id is peeked on its own. Returns the
 * task's fd numbers, in the order of `entries`; close-on-exec unless `cloexec` is false.
 */
export function fetchFromStore(task: RemoteTask, t: StoreTransport, entries: ReadonlyArray<number | StoreEntry>, cloexec = true): number[] {
  if (entries.length === 0) return [];
  const msg = new RemoteMsg(task);
  const flags = sys.MSG_PEEK | sys.MSG_DONTWAIT | (cloexec ? MSG_CMSG_CLOEXEC : 0);
  const out: number[] = new Array<number>(entries.length);
  const taken: number[] = [];
  const close = (fds: number[]): void => {
    for (const fd of fds) task.syscall(sys.SYS.close, fd);
  };
  const indexOf = (at: number): number => (entries[at] as StoreEntry).index;
  // Positions of the wanted entries by datagram, in order of first appearance (the order
  // fds are installed in). A bare id, or an entry listed twice, is peeked on its own.
  const datagrams = new Map<number, number[]>();
  const alone: number[] = [];
  entries.forEach((e, at) => {
    if (typeof e === 'number') return void alone.push(at);
    const group = datagrams.get(e.first);
    if (group) group.push(at);
    else datagrams.set(e.first, [at]);
  });
  /** Peeks at entry `id` with room for `maxFds` fds and `records` records. */
  const peek = (id: number, maxFds: number, records: number): ReturnType<RemoteMsg['recv']> => {
    msg.reset(maxFds);
    sys.native.setsockoptInt(t.store.fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, id * RECORD_BYTES);
    return msg.recv(t.taskFd, flags, 'is it the fd store socket?', records * RECORD_BYTES);
  };
  const wrong = (id: number, why: string): FilesError =>
    new FilesError('INSTALL', `task ${task.pid}: fd store entry ${id} peeked on its fd ${t.taskFd} is not what was stored there (${why})`);
  /** The record at byte `off` of a peek: its index in the datagram, or -1 unless it is entry `id`'s. */
  const recordIndex = (data: Buffer, off: number, id: number): number =>
    off + RECORD_BYTES <= data.length && data.readUInt32LE(off) === FDSTORE_MAGIC && data.readUInt32LE(off + 4) === id ? data.readUInt16LE(off + 8) : -1;
  return t.store.exclusive(() => {
    try {
      for (const group of datagrams.values()) {
        let sorted = true;
        for (let k = 1; k < group.length; k++) if (indexOf(group[k]!) <= indexOf(group[k - 1]!)) sorted = false;
        if (!sorted) {
          group.sort((x, y) => indexOf(x) - indexOf(y));
          // The same entry twice: the second copy is fetched on its own.
          for (let k = group.length - 1; k > 0; k--) if (indexOf(group[k]!) === indexOf(group[k - 1]!)) alone.push(...group.splice(k, 1));
        }
        const low = indexOf(group[0]!);
        const high = indexOf(group[group.length - 1]!);
        const r = peek((entries[group[0]!] as StoreEntry).id, high + 1, high - low + 1);
        const kept = new Uint8Array(r.fds.length);
        let bad: FilesError | undefined;
        for (const at of group) {
          const e = entries[at] as StoreEntry;
          // The records start at the peeked entry's: e's is (index - low) further.
          const index = recordIndex(r.data, (e.index - low) * RECORD_BYTES, e.id);
          if (index !== e.index || index >= r.fds.length) {
            bad = wrong(e.id, index === e.index ? `fd ${index} of its datagram missing` : 'wrong record');
            break;
          }
          out[at] = r.fds[index]!;
          kept[index] = 1;
        }
        // Fds of the datagram nobody here wants (before the first wanted one, between).
        close(r.fds.filter((_, k) => !kept[k]));
        for (let k = 0; k < kept.length; k++) if (kept[k]) taken.push(r.fds[k]!);
        if (bad) throw bad;
      }
      for (const at of alone) {
        const e = entries[at]!;
        const id = typeof e === 'number' ? e : e.id;
        // Its index is unknown until its record is read: room for a whole datagram.
        const r = peek(id, SCM_MAX_FD, 1);
        const index = recordIndex(r.data, 0, id);
        const fd = index >= 0 ? r.fds[index] : undefined;
        close(r.fds.filter((x) => x !== fd));
        if (fd === undefined) throw wrong(id, index >= 0 ? `fd ${index} of its datagram missing` : 'wrong record');
        taken.push(fd);
        out[at] = fd;
      }
      return out;
    } catch (e) {
      close(taken);
      throw e;
    }
  });
}

/** Whether `pid` lives in a pid namespace other than ours (NSpid has more than one level). */
function inNestedPidNs(pid: number): boolean {
  try {
    const m = /^NSpid:\s*(.*)$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'latin1'));
    return !!m && m[1]!.trim().split(/\s+/).length > 1;
  } catch {
    return false;
  }
}

/** The task copies `fds` (restorer fds) itself with remote pidfd_open + pidfd_getfd. */
export function fetchWithPidfd(task: RemoteTask, fds: readonly number[]): number[] {
  if (fds.length === 0) return [];
  if (inNestedPidNs(task.pid)) {
    throw new FilesError('INSTALL', `task ${task.pid} is in a child pid namespace, where the restorer's pid is not visible: pass a channel (a unix socket the task holds) to installInto`);
  }
  let pidfd: bigint;
  try {
    pidfd = task.syscall(SYS_pidfd_open, process.pid, 0);
  } catch (e) {
    throw new FilesError('INSTALL', `task ${task.pid}: pidfd_open of the restorer (pid ${process.pid}) failed: ${(e as Error).message}`, { cause: e });
  }
  const out: number[] = [];
  try {
    for (const fd of fds) {
      try {
        out.push(Number(task.syscall(SYS_pidfd_getfd, pidfd, fd, 0)));
      } catch (e) {
        throw new FilesError('INSTALL', `task ${task.pid}: pidfd_getfd of the restorer's fd ${fd} failed: ${(e as Error).message}`, { cause: e });
      }
    }
  } catch (e) {
    for (const fd of out) task.syscall(sys.SYS.close, fd);
    throw e;
  } finally {
    task.syscall(sys.SYS.close, pidfd);
  }
  return out;
}

/** RLIMIT_NOFILE's soft limit of a task. */
export function nofileLimit(pid: number): number {
  const r = sys.native.prlimit(pid, sys.RLIMIT_NOFILE);
  return r.cur > 0x7fffffffn ? 0x7fffffff : Number(r.cur);
}

/** The fds open in a task right now. */
export function openFds(pid: number): number[] {
  return fs
    .readdirSync(`/proc/${pid}/fd`)
    .map(Number)
    .sort((a, b) => a - b);
}
