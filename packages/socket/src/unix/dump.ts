// Dumping unix sockets: the socket's state from sock_diag (one dump of every unix socket
// per Amber dump), its options from getsockopt, its receive queue peeked (queue.ts). Peers
// are checked once every task is dumped (finishDump): each must be a socket of the dump,
// a listener of the dump (a connection not accepted yet), or gone (a closed peer).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DumpContext, DumpedFile, FdProbe, FinishDumpContext } from '@amber/files';
import type { ImageDir, SkPacket, UnixSkEntry } from '@amber/images';
import * as sys from '@amber/sys';
import { NO_FOWN, SCM_RIGHTS, describeSocketKind, readSkOpts, refuse } from '../common';
import { peekQueue } from './queue';
import { TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, unixSocket, unixSockets, type UnixInfo } from './udiag';

const SO_PEERCRED = 17;

/** Plugin data (JSON) kept besides unix_sk_entry. */
export interface UnixExtra {
  /** SO_PEEK_OFF, when the program set one (-1 is the default). */
  peekOff?: number;
  /** A listener's connections not accepted yet, by the connecting socket's inode, in accept order. */
  icons?: number[];
  /**
   * SO_PEERCRED as the program sees it (a listener: its own, from listen()). Restore makes
   * the socket's connection from a helper with that pid, uid and gid.
   */
  peerCred?: Cred;
  /** A connection not accepted yet: who connected (the task holding this end, by guess). */
  connector?: Cred;
}

export interface Cred {
  pid: number;
  uid: number;
  gid: number;
}

/** A task's effective uid and gid (from /proc/PID/status) with its pid. */
function taskCred(pid: number): Cred {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'latin1');
  const uid = Number(/^Uid:\s+\d+\s+(\d+)/m.exec(status)?.[1] ?? 0);
  const gid = Number(/^Gid:\s+\d+\s+(\d+)/m.exec(status)?.[1] ?? 0);
  return { pid, uid, gid };
}

interface Dumped {
  pid: number;
  fd: number;
  info: UnixInfo;
  entry: UnixSkEntry;
}

export interface UnixDumpState {
  all?: Map<number, UnixInfo>;
  /** Connecting socket inode -> the listener whose accept queue holds its connection. */
  iconOf?: Map<number, number>;
  byIno: Map<number, Dumped>;
  /** The snapshot was taken again once (a peer missing from it). */
  refreshed?: boolean;
  packets: SkPacket[];
  /** The dumper's copies of fds in flight: kept open until the dump ends (their numbers name them). */
  inflight: number[];
}

export function newDumpState(): UnixDumpState {
  return { byIno: new Map(), packets: [], inflight: [] };
}

function snapshot(st: UnixDumpState): Map<number, UnixInfo> {
  if (!st.all) {
    st.all = unixSockets();
    st.iconOf = new Map();
    for (const s of st.all.values()) for (const c of s.icons) if (c) st.iconOf.set(c, s.ino);
  }
  return st.all;
}

/**
 * A socket by inode: from the snapshot, else asked alone. A netlink dump resumes by
 * position in the kernel's hash table, so while other processes open and close unix
 * sockets it can skip some: an inode missing from it is looked up exactly before
 * anything is concluded.
 */
function lookup(st: UnixDumpState, ino: number): UnixInfo | undefined {
  const all = snapshot(st);
  const known = all.get(ino);
  if (known) return known;
  const info = unixSocket(ino);
  if (info) {
    all.set(ino, info);
    for (const c of info.icons) if (c) st.iconOf!.set(c, info.ino);
  }
  return info;
}

/** How a message names the socket: "pid 12 fd 3 (unix stream socket:[4567], bound to /tmp/s)". */
export function describeUnix(pid: number, fd: number, info: UnixInfo): string {
  return `pid ${pid} fd ${fd} (${describeSocketKind({ domain: 1, type: info.type, protocol: 0 })} socket:[${info.ino}]${info.name.length ? `, ${nameText(info.name)}` : ''})`;
}

export function nameText(name: Uint8Array): string {
  const b = Buffer.from(name);
  return b[0] === 0 ? `abstract name @${b.subarray(1).toString('latin1')}` : `bound to ${b.toString('latin1')}`;
}

/** Who holds socket:[ino] outside the dump, for messages: "pid 812 (nc) fd 3". */
export function holdersOf(ino: number, limit = 3): string[] {
  const target = `socket:[${ino}]`;
  const out: string[] = [];
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${p}/fd`);
    } catch {
      continue;
    }
    for (const f of fds) {
      try {
        if (fs.readlinkSync(`/proc/${p}/fd/${f}`) === target) {
          let comm = '?';
          try {
            comm = fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim();
          } catch {
            /* gone */
          }
          out.push(`pid ${p} (${comm}) fd ${f}`);
          if (out.length >= limit) return out;
        }
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return out;
}

/** Where a socket bound at a path is, and whether its file is still there. */
function boundFile(pid: number, info: UnixInfo, what: string): Pick<UnixSkEntry, 'name_dir' | 'deleted' | 'file_perms'> {
  const name = info.name.toString('latin1');
  let full = name;
  let nameDir: string | undefined;
  if (!name.startsWith('/')) {
    // A relative name was bound in the binder's working directory then; the task's
    // current one is the only candidate we can check (by inode).
    nameDir = fs.readlinkSync(`/proc/${pid}/cwd`);
    full = path.join(nameDir, name);
  }
  let st: fs.BigIntStats | undefined;
  try {
    st = fs.lstatSync(full, { bigint: true });
  } catch {
    st = undefined;
  }
  const same = st !== undefined && st.isSocket() && info.vfs !== undefined && Number(st.ino) === info.vfs.ino;
  if (!same && nameDir !== undefined) {
    throw refuse(`${what}: bound to the relative name '${name}', and the task's working directory ${nameDir} does not hold that socket file: Amber cannot tell where it was bound`);
  }
  if (!same) return { deleted: true, ...(nameDir ? { name_dir: nameDir } : {}) };
  return {
    ...(nameDir ? { name_dir: nameDir } : {}),
    file_perms: { mode: Number(st!.mode) & 0o7777, uid: Number(st!.uid), gid: Number(st!.gid) },
  };
}

export function dumpUnix(probe: FdProbe, ctx: DumpContext, st: UnixDumpState): DumpedFile {
  const ino = Number(probe.stat.ino);
  const info = lookup(st, ino);
  const where = `pid ${probe.pid} fd ${probe.fd} (unix socket:[${ino}])`;
  if (!info) {
    throw refuse(`${where}: sock_diag does not know this socket in Amber's network namespace: a task in another network namespace is not supported yet`);
  }
  const what = describeUnix(probe.pid, probe.fd, info);
  const fd = ctx.localFd;
  const opts = readSkOpts(fd);
  const extra: UnixExtra = {};
  const peekOff = sys.native.getsockoptInt(fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF);
  if (peekOff !== -1) extra.peekOff = peekOff;
  let peer = info.peer;
  let backlog = 0;
  if (info.state === TCP_LISTEN) {
    backlog = info.wqueue;
    if (info.icons.length) extra.icons = info.icons;
  } else if (info.state === TCP_ESTABLISHED) {
    let listener = st.iconOf!.get(ino);
    if (listener === undefined && peer !== 0 && info.type !== 2 && !st.refreshed && !lookup(st, peer)) {
      // A peer no fd holds: an embryo (a connection not accepted yet) of a listener the
      // snapshot may have skipped, or a closed socket. Take the snapshot again once.
      st.refreshed = true;
      st.all = undefined;
      snapshot(st);
      listener = st.iconOf!.get(ino);
    }
    if (listener !== undefined && info.type !== 2) {
      // Connected to a listener that has not accepted yet: the peer is an embryo no fd
      // holds. CRIU's convention: peer = the listener; restore connects again.
      if (info.wqueue > 0) {
        throw refuse(`${what}: it sent data on a connection that listener socket:[${listener}] has not accepted yet; Amber cannot read it without accepting the connection`);
      }
      peer = listener;
    } else if (peer !== 0 && !lookup(st, peer)) {
      if (info.type === 2) {
        throw refuse(`${what}: a datagram socket connected to socket:[${peer}], which was closed; Amber cannot connect to it again`);
      }
      peer = 0; // the peer was closed: only this end is left
    }
    if (listener !== undefined && info.type !== 2) extra.connector = taskCred(probe.pid);
  }
  if (info.state !== TCP_CLOSE) {
    const pc = sys.native.getsockoptBytes(fd, sys.SOL_SOCKET, SO_PEERCRED, 12);
    if (pc.length >= 12 && pc.readInt32LE(0) > 0) extra.peerCred = { pid: pc.readInt32LE(0), uid: pc.readUInt32LE(4), gid: pc.readUInt32LE(8) };
  }
  // A datagram socket in state established with no peer is one that another connected to.
  if (info.state === TCP_ESTABLISHED && peer === 0 && info.type !== 2 && (info.shutdown & 3) !== 3) {
    throw refuse(`${what}: connected, and its peer has no inode sock_diag can report`);
  }
  const entry: UnixSkEntry = {
    id: ctx.fileId,
    ino,
    type: info.type,
    state: info.state,
    flags: probe.flags,
    uflags: 0,
    backlog,
    peer,
    fown: NO_FOWN,
    opts,
    name: info.name,
    shutdown: (info.shutdown & 3) as UnixSkEntry['shutdown'],
  };
  if (info.name.length && info.name[0] !== 0 && info.vfs) Object.assign(entry, boundFile(probe.pid, info, what));
  st.byIno.set(ino, { pid: probe.pid, fd: probe.fd, info, entry });

  if (info.state !== TCP_LISTEN) {
    const messages = peekQueue(fd, info.type, info.rqueue, (info.shutdown & 1) !== 0, what);
    for (const m of messages) {
      for (const f of m.fds) st.inflight.push(f);
      const rights = m.fds.map((f) => ctx.fileIdOf(process.pid, f));
      const p: SkPacket = { entry: { id_for: ctx.fileId, length: m.data.length }, data: m.data };
      if (m.addr && m.addr.length > 2) p.entry.addr = m.addr;
      if (rights.length) p.entry.scm = [{ type: SCM_RIGHTS, rights }];
      if (m.creds) p.entry.ucred = m.creds;
      st.packets.push(p);
    }
  }
  const json = Object.keys(extra).length ? Buffer.from(JSON.stringify(extra)) : undefined;
  return json ? { entry: { usk: entry }, data: json } : { entry: { usk: entry } };
}

/** Checks every peer (all tasks are dumped now), writes sk-queues.img, closes in-flight copies. */
export function finishUnixDump(images: ImageDir, ctx: FinishDumpContext): void {
  const st = ctx.state(newDumpState);
  try {
    for (const d of st.byIno.values()) {
      const e = d.entry;
      if (e.state === TCP_LISTEN) {
        for (const c of d.info.icons) {
          if (!st.byIno.has(c)) {
            const who = c ? holdersOf(c) : [];
            throw refuse(
              `${describeUnix(d.pid, d.fd, d.info)}: a connection not accepted yet comes from socket:[${c}], ` +
                `${who.length ? `held by ${who.join(', ')}, ` : ''}outside the dumped tree; ` +
                `dump the client's tree too, or let the server accept it first`,
            );
          }
        }
        continue;
      }
      if (e.state !== TCP_ESTABLISHED || e.peer === 0 || st.byIno.has(e.peer)) continue;
      const who = holdersOf(e.peer);
      throw refuse(
        `${describeUnix(d.pid, d.fd, d.info)}: its peer socket:[${e.peer}]` +
          `${who.length ? ` (held by ${who.join(', ')})` : ''} is outside the dumped tree. ` +
          `Dump the peer's tree too, or mark this socket external with --external unix:[${e.ino}] and give it back at restore with --inherit-fd 'fd[N]:unix:[${e.ino}]'`,
      );
    }
    checkSenders(st);
    if (st.packets.length) images.writeSkQueues(st.packets);
  } finally {
    for (const f of st.inflight) sys.native.close(f);
    st.inflight.length = 0;
  }
}

/** The name in a sender's sockaddr_un bytes (empty: unnamed). */
export function nameOfAddr(addr: Uint8Array | undefined): Buffer {
  if (!addr || addr.length <= 2) return Buffer.alloc(0);
  let name = Buffer.from(addr).subarray(2);
  if (name[0] !== 0) {
    const nul = name.indexOf(0);
    if (nul >= 0) name = name.subarray(0, nul);
  }
  return name;
}

/** A queued datagram from a named socket can only be sent again by that socket: it must be dumped. */
function checkSenders(st: UnixDumpState): void {
  const names = new Set<string>();
  for (const d of st.byIno.values()) if (d.entry.name.length) names.add(Buffer.from(d.entry.name).toString('hex'));
  const byId = new Map<number, Dumped>();
  for (const d of st.byIno.values()) byId.set(d.entry.id, d);
  for (const p of st.packets) {
    const name = nameOfAddr(p.entry.addr);
    if (name.length === 0 || names.has(name.toString('hex'))) continue;
    const d = byId.get(p.entry.id_for);
    throw refuse(
      `${d ? describeUnix(d.pid, d.fd, d.info) : `unix socket file ${p.entry.id_for}`}: a queued datagram was sent by a socket ${nameText(name)} ` +
        'that is not part of the dump; Amber cannot send it again from that name',
    );
  }
}
