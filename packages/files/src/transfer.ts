// Getting the restorer's fds into a stopped task, with syscalls run inside the task.
//
// Three ways:
//  - an fd store (seed 003, @amber/fdstore) whose socket the task holds: each file is
//    added to the store once (shared by every task that needs it), and the task peeks
//    its entry with remote setsockopt(SO_PEEK_OFF, id x RECORD_BYTES) +
//    recvmsg(MSG_PEEK | MSG_CMSG_CLOEXEC), checking the entry's record. The entry stays
//    for the next task. Runs under the store's lock (store.exclusive).
//  - a unix socket the task already holds (its end `taskFd`, ours `restorerFd`): we
//    send the fds with SCM_RIGHTS, up to 253 (SCM_MAX_FD) a message, and the task
//    receives each message with a remote recvmsg(MSG_CMSG_CLOEXEC). Works across pid
//    namespaces. (A task holding an fd store socket, seed 003, can peek the same
//    entries with SO_PEEK_OFF + MSG_PEEK instead; this module does the plain receive.)
//  - none: the task opens a pidfd of the restorer (remote pidfd_open) and copies each
//    fd with remote pidfd_getfd. Needs the restorer's pid to be visible in the task's
//    pid namespace and ptrace access from the task to the restorer (same creds, as for a
//    restore stub).
// Either way each fd arrives at whatever number the kernel picks, close-on-exec; the
// placement planner then moves them to their targets.
import * as fs from 'node:fs';
import { RECORD_BYTES, type FdStore } from '@amber/fdstore';
import * as sys from '@amber/sys';
import { FilesError } from './errors';
import type { RemoteTask } from './plugin';

const SYS_recvmsg = 47;
const SYS_setsockopt = 54;
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
const DATA_LEN = RECORD_BYTES;
const CONTROL_AT = DATA_AT + DATA_LEN;
const CONTROL_LEN = 16 + Math.ceil((SCM_MAX_FD * 4) / 8) * 8;
const OPTVAL_AT = CONTROL_AT + CONTROL_LEN;
const AREA = OPTVAL_AT + 8;

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

/** msghdr + iovec + data + control (+ an int for setsockopt) laid out in the task's scratch memory. */
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

  /** Writes the area back (recvmsg changes msg_controllen and msg_flags), with room for `maxFds`. */
  reset(maxFds: number, optval = 0): void {
    this.area.writeBigUInt64LE(BigInt(16 + Math.ceil((maxFds * 4) / 8) * 8), 40); // msg_controllen
    this.area.writeInt32LE(optval, OPTVAL_AT);
    const at = this.task.putScratch(this.area, 0);
    if (at !== this.base) throw new FilesError('INSTALL', `task ${this.task.pid}: its scratch memory moved between calls (0x${this.base.toString(16)} -> 0x${at.toString(16)})`);
  }

  get optval(): bigint {
    return this.base + BigInt(OPTVAL_AT);
  }

  /** Runs recvmsg(fd, msg, flags) in the task; returns the bytes, the data, the fds and msg_flags. */
  recv(fd: number, flags: number): { bytes: number; data: Buffer; fds: number[]; msgFlags: number } {
    let got: bigint;
    try {
      got = this.task.syscall(SYS_recvmsg, fd, this.base, flags);
    } catch (e) {
      throw new FilesError('INSTALL', `task ${this.task.pid}: recvmsg on its fd ${fd} failed: ${(e as Error).message}`, { cause: e });
    }
    const pid = this.task.pid;
    const hdr = readRemote(pid, this.base, DATA_AT + DATA_LEN);
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
    const bytes = Number(got);
    return { bytes, data: hdr.subarray(DATA_AT, DATA_AT + Math.min(bytes, DATA_LEN)), fds, msgFlags };
  }
}

/** Sends `fds` (restorer fds) to the task over the channel; returns the task's fd numbers, in order. */
export function fetchOverChannel(task: RemoteTask, channel: Channel, fds: readonly number[]): number[] {
  const out: number[] = [];
  if (fds.length === 0) return out;
  const msg = new RemoteMsg(task);
  for (let i = 0; i < fds.length; i += SCM_MAX_FD) {
    const batch = fds.slice(i, i + SCM_MAX_FD);
    const header = Buffer.alloc(4);
    header.writeUInt32LE(batch.length, 0);
    sys.native.sendFds(channel.restorerFd, header, batch, 0);
    msg.reset(SCM_MAX_FD);
    const r = msg.recv(channel.taskFd, MSG_CMSG_CLOEXEC);
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
 * Fetches store entries `ids` into the task: remote SO_PEEK_OFF + recvmsg(MSG_PEEK) per
 * entry, checking each record, under the store's lock. Returns the task's fd numbers.
 */
export function fetchFromStore(task: RemoteTask, t: StoreTransport, ids: readonly number[]): number[] {
  const out: number[] = [];
  if (ids.length === 0) return out;
  const msg = new RemoteMsg(task);
  const closeAll = (fds: number[]): void => {
    for (const fd of fds) task.syscall(sys.SYS.close, fd);
  };
  return t.store.exclusive(() => {
    try {
      for (const id of ids) {
        msg.reset(SCM_MAX_FD, id * RECORD_BYTES);
        try {
          task.syscall(SYS_setsockopt, t.taskFd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, msg.optval, 4);
        } catch (e) {
          throw new FilesError('INSTALL', `task ${task.pid}: setsockopt(SO_PEEK_OFF) on its fd ${t.taskFd} failed (is it the fd store socket?): ${(e as Error).message}`, { cause: e });
        }
        const r = msg.recv(t.taskFd, sys.MSG_PEEK | sys.MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
        const rec = r.data;
        const ok = rec.length === RECORD_BYTES && rec.readUInt32LE(0) === FDSTORE_MAGIC && rec.readUInt32LE(4) === id;
        const index = ok ? rec.readUInt16LE(8) : -1;
        if (!ok || index >= r.fds.length) {
          closeAll(r.fds);
          throw new FilesError('INSTALL', `task ${task.pid}: fd store entry ${id} peeked on its fd ${t.taskFd} is not what was stored there (${ok ? `fd ${index} of its datagram missing` : 'wrong record'})`);
        }
        // A datagram of several entries (addMany) comes whole: keep ours, close the rest.
        closeAll(r.fds.filter((_, k) => k !== index));
        out.push(r.fds[index]!);
      }
      return out;
    } catch (e) {
      closeAll(out);
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
