// Restoring unix sockets, in two phases.
//
// open() (phase 1, in the restorer): the socket is made with whatever else must be made
// with it: both ends of a pair (socketpair), a listener with its accepted connections
// (the client connects to the re-bound listener, the restorer accepts at once) and then
// its connections not yet accepted, in accept order; names bound, options set.
//
// fill() (phase 2, once, at the first afterInstall: every file of every fd table is open
// by then): each receive queue is sent again, message by message, by the peer (or the
// named sender of a datagram), with its fds in flight and credentials; then shutdown
// state and SO_PEEK_OFF. Ends made only for the restore (the other end of a closed peer,
// temporary listeners and senders) are closed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RestoreContext } from '@amber/files';
import type { FileEntry, SkPacket, UnixSkEntry } from '@amber/images';
import * as sys from '@amber/sys';
import { AF_UNIX, SCM_RIGHTS, SOCK_DGRAM, applyCredentialFlags, applySkOpts, refuse, setBuffers } from '../common';
import { nameOfAddr, nameText, type Cred, type UnixExtra } from './dump';
import { TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN, unixSockets } from './udiag';

interface Sock {
  entry: UnixSkEntry;
  extra: UnixExtra;
}

export interface UnixRestoreState {
  loaded: boolean;
  byIno: Map<number, Sock>;
  byId: Map<number, Sock>;
  /** Listeners by name (hex), and established stream/seqpacket sockets by name: who was accepted from whom. */
  listeners: Map<string, Sock[]>;
  namedConnected: Map<string, Sock[]>;
  /** Restorer fds made and not yet handed to the registry (open() takes them). */
  made: Map<number, number>;
  /** Every socket's restorer fd, for phase 2 (the registry owns those it was given). */
  fdOf: Map<number, number>;
  /** Socket pairs made ahead, by one helper per peer credentials: first end's file id -> [a, b]. */
  premade: Map<number, [number, number]>;
  /** Fds made only for the restore, closed after phase 2. */
  temporary: number[];
  ctx?: RestoreContext;
  filled: boolean;
}

export function newRestoreState(): UnixRestoreState {
  return { loaded: false, byIno: new Map(), byId: new Map(), listeners: new Map(), namedConnected: new Map(), premade: new Map(), made: new Map(), fdOf: new Map(), temporary: [], filled: false };
}

function load(st: UnixRestoreState, ctx: RestoreContext): void {
  if (st.loaded) return;
  st.loaded = true;
  st.ctx = ctx;
  for (const f of ctx.images.readFiles()) {
    if (!f.usk || f.reg?.ext) continue;
    const data = ctx.dataOf(f.id);
    let extra: UnixExtra = {};
    if (data) {
      try {
        extra = JSON.parse(Buffer.from(data).toString('utf8')) as UnixExtra;
      } catch {
        throw refuse(`unix socket file ${f.id}: its plugin data is not JSON`);
      }
    }
    validate(f);
    const s = { entry: f.usk, extra };
    st.byIno.set(f.usk.ino, s);
    st.byId.set(f.id, s);
    const e = f.usk;
    if (e.name.length && e.type !== SOCK_DGRAM && (e.state === TCP_LISTEN || e.state === TCP_ESTABLISHED)) {
      const index = e.state === TCP_LISTEN ? st.listeners : st.namedConnected;
      const k = Buffer.from(e.name).toString('hex');
      const l = index.get(k) ?? [];
      l.push(s);
      index.set(k, l);
    }
  }
  premakePairs(st);
}

/** The socketpair makeOne() will ask for s (the same conditions), if any: its type. */
function pairTypeOf(st: UnixRestoreState, s: Sock): number | undefined {
  const e = s.entry;
  if (e.state !== TCP_ESTABLISHED) return undefined;
  if (e.peer === 0) return e.type === SOCK_DGRAM ? undefined : e.type;
  const peer = st.byIno.get(e.peer);
  if (!peer || peer.entry.peer !== e.ino || peer.entry.state !== TCP_ESTABLISHED || peer.entry.id < e.id) return undefined;
  if (e.type === SOCK_DGRAM) return e.type;
  if (listenerOf(st, s) || listenerOf(st, peer) || e.name.length || peer.entry.name.length) return undefined;
  return e.type;
}

/**
 * Makes every socket pair the image needs with peer credentials other than the restorer's,
 * by one helper per distinct credentials (a helper is a clone of this process: one per
 * pair would cost milliseconds each).
 */
function premakePairs(st: UnixRestoreState): void {
  const groups = new Map<string, { cred: Cred; socks: Array<{ s: Sock; type: number }> }>();
  for (const s of st.byId.values()) {
    const c = s.extra.peerCred;
    if (!c || c.pid <= 0 || isRestorer(c)) continue;
    const type = pairTypeOf(st, s);
    if (type === undefined) continue;
    const k = `${c.pid}:${c.uid}:${c.gid}`;
    const g = groups.get(k) ?? { cred: c, socks: [] };
    g.socks.push({ s, type });
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    const fds: number[] = [];
    const triples = Buffer.alloc(12 * g.socks.length);
    try {
      g.socks.forEach(({ type }, i) => {
        const a = sys.native.open('/dev/null', sys.O_RDONLY | sys.O_CLOEXEC, 0);
        fds.push(a);
        const b = sys.native.open('/dev/null', sys.O_RDONLY | sys.O_CLOEXEC, 0);
        fds.push(b);
        triples.writeInt32LE(type, 12 * i);
        triples.writeInt32LE(a, 12 * i + 4);
        triples.writeInt32LE(b, 12 * i + 8);
      });
      asHelper(g.cred, g.socks[0]!.s, 'socket pair', (c) => sys.native.socketAs(c.pid, c.uid, c.gid, 4, 0, 0, 0, triples), () => undefined);
    } catch (e) {
      for (const f of fds) sys.native.close(f);
      throw e;
    }
    g.socks.forEach(({ s }, i) => st.premade.set(s.entry.id, [fds[2 * i]!, fds[2 * i + 1]!]));
  }
}

function isRestorer(c: Cred): boolean {
  return c.pid === process.pid && c.uid === process.geteuid?.() && c.gid === process.getegid?.();
}

function validate(f: FileEntry): void {
  const u = f.usk!;
  const bad = (what: string) => refuse(`unix socket file ${f.id} (socket:[${u.ino}]) in files.img: ${what}`);
  if (![1, 2, 5].includes(u.type)) throw bad(`type ${u.type} is not stream, datagram or seqpacket`);
  if (![TCP_ESTABLISHED, TCP_CLOSE, TCP_LISTEN].includes(u.state)) throw bad(`state ${u.state} is not established, unconnected or listening`);
  if (u.name.length > 107) throw bad(`a name of ${u.name.length} bytes (at most 107)`);
  if (u.state === TCP_LISTEN && u.type === SOCK_DGRAM) throw bad('a listening datagram socket');
}

function sockaddr(name: Uint8Array): Buffer {
  const b = Buffer.alloc(2 + name.length);
  b.writeUInt16LE(AF_UNIX, 0);
  Buffer.from(name).copy(b, 2);
  return b;
}

function describe(s: Sock): string {
  return `unix socket:[${s.entry.ino}] (file ${s.entry.id}${s.entry.name.length ? `, ${nameText(s.entry.name)}` : ''})`;
}

function newSocket(type: number): number {
  return sys.native.socket(AF_UNIX, type | sys.SOCK_CLOEXEC, 0);
}

/** The directory of a bound name and the name to pass to bind() from there. */
function boundPath(e: UnixSkEntry): string {
  const name = Buffer.from(e.name).toString('latin1');
  return e.name_dir && !name.startsWith('/') ? path.join(e.name_dir, name) : name;
}

/** Runs fn with the working directory set to e.name_dir for a relative name. */
function inNameDir<T>(e: UnixSkEntry, fn: () => T): T {
  const name = Buffer.from(e.name).toString('latin1');
  if (!e.name_dir || name.startsWith('/')) return fn();
  const old = process.cwd();
  process.chdir(e.name_dir);
  try {
    return fn();
  } finally {
    process.chdir(old);
  }
}

/** A socket file at `full` that is a stale one: a socket no live socket is bound to. */
function staleSocketFile(full: string): boolean {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(full);
  } catch {
    return false;
  }
  if (!st.isSocket()) return false;
  for (const s of unixSockets().values()) if (s.vfs && s.vfs.ino === st.ino) return false;
  return true;
}

/**
 * Binds `fd` to the entry's name. A path: a stale socket file there (the dumped
 * process's, left when it was killed) is removed first; an unlinked one is bound at its
 * path and unlinked again; the file gets its mode and owner back.
 */
function bindName(fd: number, s: Sock): void {
  const e = s.entry;
  if (!e.name.length) return;
  if (e.name[0] === 0) {
    bindOrExplain(s, () => sys.native.bind(fd, sockaddr(e.name)));
    return;
  }
  const full = boundPath(e);
  if (fs.existsSync(full) || isDanglingLink(full)) {
    if (e.deleted) throw refuse(`${describe(s)}: it was bound at ${full} and unlinked, and ${full} is now taken by another file`);
    if (!staleSocketFile(full)) throw refuse(`${describe(s)}: ${full} is taken: ${describeTaken(full)}`);
    fs.unlinkSync(full);
  }
  inNameDir(e, () => bindOrExplain(s, () => sys.native.bind(fd, sockaddr(e.name))));
  if (e.deleted) {
    fs.unlinkSync(full);
    return;
  }
  if (e.file_perms) {
    fs.chmodSync(full, e.file_perms.mode);
    fs.lchownSync(full, e.file_perms.uid, e.file_perms.gid);
  }
}

function isDanglingLink(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function describeTaken(full: string): string {
  try {
    const st = fs.lstatSync(full);
    return st.isSocket() ? 'a socket file a live socket is bound to' : `a ${st.isDirectory() ? 'directory' : 'file that is not a socket'}`;
  } catch {
    return 'a file';
  }
}

function bindOrExplain(s: Sock, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (sys.isErrno(e, 'EADDRINUSE')) throw refuse(`${describe(s)}: the name is taken by another socket now (EADDRINUSE)`);
    throw e;
  }
}

// Peer credentials: the kernel records the pid, uid and gid of the task that calls
// socketpair(), connect() or listen(). These calls are made by a helper process with the
// dumped values (sys.native.socketAs: clone3 with set_tid, sharing our fd table) while the
// pid is free: before the restored tasks exist.

function credText(c: Cred): string {
  return `pid ${c.pid}, uid ${c.uid}, gid ${c.gid}`;
}

function asHelper(c: Cred | undefined, s: Sock, what: string, fn: (c: Cred) => void, plainCall: () => void): void {
  // The restorer itself (a dumpee's socket it made): its own call gives exactly that.
  if (!c || c.pid <= 0 || isRestorer(c)) return plainCall();
  try {
    fn(c);
  } catch (e) {
    if (sys.isErrno(e, 'EEXIST')) {
      throw refuse(`${describe(s)}: its peer credentials name ${credText(c)}, and that pid is taken by another process now, so the ${what} cannot be made with them`);
    }
    throw e;
  }
}

/** A socketpair whose ends report `c` as their peer credentials. */
function pairAs(type: number, c: Cred | undefined, s: Sock, st?: UnixRestoreState): [number, number] {
  if (st) {
    const mine = st.premade.get(s.entry.id);
    if (mine) {
      st.premade.delete(s.entry.id);
      return mine;
    }
    const peerId = st.byIno.get(s.entry.peer)?.entry.id;
    const theirs = peerId === undefined ? undefined : st.premade.get(peerId);
    if (theirs) {
      st.premade.delete(peerId!);
      return [theirs[1], theirs[0]]; // made for the peer: its end first
    }
  }
  let out: [number, number] | undefined;
  asHelper(c, s, 'socket pair', (cred) => {
    const a = sys.native.open('/dev/null', sys.O_RDONLY | sys.O_CLOEXEC, 0);
    const b = sys.native.open('/dev/null', sys.O_RDONLY | sys.O_CLOEXEC, 0);
    try {
      sys.native.socketAs(cred.pid, cred.uid, cred.gid, 1, type, a, b);
    } catch (e) {
      sys.native.close(a);
      sys.native.close(b);
      throw e;
    }
    out = [a, b];
  }, () => {
    out = sys.native.socketpair(AF_UNIX, type | sys.SOCK_CLOEXEC, 0);
  });
  return out!;
}

function listenAs(fd: number, backlog: number, c: Cred | undefined, s: Sock): void {
  asHelper(c, s, 'listening socket', (cred) => sys.native.socketAs(cred.pid, cred.uid, cred.gid, 3, fd, backlog, 0), () => sys.native.listen(fd, backlog));
}

/** A socket with its options and name; not connected yet. */
function plain(s: Sock): number {
  const fd = newSocket(s.entry.type);
  try {
    applySkOpts(fd, s.entry.opts, false);
    bindName(fd, s);
  } catch (e) {
    sys.native.close(fd);
    throw e;
  }
  return fd;
}

function made(st: UnixRestoreState, s: Sock, fd: number): void {
  st.made.set(s.entry.id, fd);
  st.fdOf.set(s.entry.id, fd);
}

/** Connects `fd` to `name`, as the task `c` when given (the accepted end's peer credentials). */
function connectTo(fd: number, name: Uint8Array, who: Sock, to: string, c?: Cred): void {
  try {
    asHelper(c, who, 'connection', (cred) => sys.native.socketAs(cred.pid, cred.uid, cred.gid, 2, fd, 0, 0, sockaddr(name)), () => {
      sys.native.connect(fd, sockaddr(name));
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'UNSUPPORTED_FILE') throw e;
    throw refuse(`${describe(who)}: cannot connect it again to ${to}: ${(e as Error).message}`);
  }
}

/** The listener, its accepted connections, then its connections not accepted yet. */
function makeListener(st: UnixRestoreState, l: Sock): void {
  const lfd = plain(l);
  made(st, l, lfd);
  listenAs(lfd, l.entry.backlog, l.extra.peerCred, l);
  for (const s of st.namedConnected.get(Buffer.from(l.entry.name).toString('hex')) ?? []) {
    if (s === l || !acceptedFrom(st, s, l)) continue;
    const client = st.byIno.get(s.entry.peer)!;
    const cfd = plain(client);
    made(st, client, cfd);
    connectTo(cfd, l.entry.name, client, `its listener ${describe(l)}`, s.extra.peerCred);
    const sfd = sys.native.accept4(lfd, sys.SOCK_CLOEXEC);
    applySkOpts(sfd, s.entry.opts, false);
    made(st, s, sfd);
  }
  for (const ino of l.extra.icons ?? []) {
    const client = st.byIno.get(ino);
    if (!client) throw refuse(`${describe(l)}: a connection not accepted yet comes from socket:[${ino}], which is not in the image`);
    const cfd = plain(client);
    made(st, client, cfd);
    connectTo(cfd, l.entry.name, client, `its listener ${describe(l)}`, client.extra.connector);
  }
}

/** s is the server end of a connection accepted from listener l (same name, same type). */
function acceptedFrom(st: UnixRestoreState, s: Sock, l: Sock): boolean {
  const e = s.entry;
  if (e.state !== TCP_ESTABLISHED || e.type !== l.entry.type || e.type === SOCK_DGRAM) return false;
  if (!e.name.length || Buffer.compare(Buffer.from(e.name), Buffer.from(l.entry.name)) !== 0) return false;
  const peer = st.byIno.get(e.peer);
  return peer !== undefined && peer.entry.peer === e.ino && peer.entry.state === TCP_ESTABLISHED;
}

function listenerOf(st: UnixRestoreState, s: Sock): Sock | undefined {
  if (!s.entry.name.length) return undefined;
  for (const l of st.listeners.get(Buffer.from(s.entry.name).toString('hex')) ?? []) if (acceptedFrom(st, s, l)) return l;
  return undefined;
}

/** A connected stream/seqpacket pair whose ends are named but no listener of the image has that name. */
function makeNamedPair(st: UnixRestoreState, server: Sock, client: Sock): void {
  // A temporary listener at the server's name gives the accepted end that name.
  const l: Sock = { entry: { ...server.entry, state: TCP_LISTEN, file_perms: undefined }, extra: {} };
  const full = server.entry.name[0] !== 0 ? boundPath(server.entry) : undefined;
  const existed = full !== undefined && fs.existsSync(full);
  const lfd = newSocket(server.entry.type);
  try {
    bindName(lfd, l);
    listenAs(lfd, 1, client.extra.peerCred, client);
    const cfd = plain(client);
    made(st, client, cfd);
    connectTo(cfd, server.entry.name, client, `its peer's name`, server.extra.peerCred);
    const sfd = sys.native.accept4(lfd, sys.SOCK_CLOEXEC);
    applySkOpts(sfd, server.entry.opts, false);
    made(st, server, sfd);
  } finally {
    sys.native.close(lfd);
    if (full !== undefined && !existed && !server.entry.deleted) {
      // The listener that had this name was closed and its file removed before the dump.
      try {
        fs.unlinkSync(full);
      } catch {
        /* already gone */
      }
    }
  }
}

function makeOne(st: UnixRestoreState, s: Sock): void {
  const e = s.entry;
  if (e.state === TCP_LISTEN) return makeListener(st, s);
  if (e.state === TCP_CLOSE) return made(st, s, plain(s));
  // Established. A datagram socket with no peer is one others connected to: their
  // connect makes it established again.
  if (e.peer === 0 && e.type === SOCK_DGRAM) return made(st, s, plain(s));
  if (e.peer === 0) {
    // Its peer was closed: a pair whose other end is closed after the queue is filled.
    const [a, b] = pairAs(e.type, s.extra.peerCred, s, st);
    applySkOpts(a, e.opts, false);
    bindName(a, s);
    made(st, s, a);
    st.temporary.push(b);
    st.fdOf.set(-e.id, b); // the closed peer's stand-in, the sender of this queue
    return;
  }
  const peer = st.byIno.get(e.peer);
  if (!peer) throw refuse(`${describe(s)}: its peer socket:[${e.peer}] is not in the image`);
  if (peer.entry.state === TCP_LISTEN) return makeListener(st, peer); // not accepted yet
  const mutual = peer.entry.peer === e.ino;
  if (e.type !== SOCK_DGRAM) {
    if (!mutual) throw refuse(`${describe(s)}: connected to ${describe(peer)}, which is connected elsewhere`);
    const l = listenerOf(st, s) ?? listenerOf(st, peer);
    if (l) return makeListener(st, l);
    if (!e.name.length && !peer.entry.name.length) {
      const [a, b] = pairAs(e.type, s.extra.peerCred, s, st);
      applySkOpts(a, e.opts, false);
      applySkOpts(b, peer.entry.opts, false);
      made(st, s, a);
      made(st, peer, b);
      return;
    }
    return e.name.length ? makeNamedPair(st, s, peer) : makeNamedPair(st, peer, s);
  }
  // Datagram.
  if (mutual && !e.name.length && !peer.entry.name.length) {
    const [a, b] = pairAs(SOCK_DGRAM, s.extra.peerCred, s, st);
    applySkOpts(a, e.opts, false);
    applySkOpts(b, peer.entry.opts, false);
    made(st, s, a);
    made(st, peer, b);
    return;
  }
  if (mutual) {
    // A named pair: a socketpair whose ends are then bound (bind works on a connected socket).
    const [a, b] = pairAs(SOCK_DGRAM, s.extra.peerCred, s, st);
    applySkOpts(a, e.opts, false);
    applySkOpts(b, peer.entry.opts, false);
    bindName(a, s);
    bindName(b, peer);
    made(st, s, a);
    made(st, peer, b);
    return;
  }
  // Connected one way, to a named socket.
  if (!peer.entry.name.length) throw refuse(`${describe(s)}: connected to ${describe(peer)}, which has no name to connect to again`);
  ensure(st, peer);
  const fd = plain(s);
  made(st, s, fd);
  connectTo(fd, peer.entry.name, s, describe(peer));
}

/** Makes s (and what comes with it) if it is not made yet. */
function ensure(st: UnixRestoreState, s: Sock): void {
  if (st.fdOf.has(s.entry.id)) return;
  makeOne(st, s);
  if (!st.fdOf.has(s.entry.id)) throw refuse(`${describe(s)}: Amber made its connection but not the socket itself (a bug)`);
}

export function openUnix(entry: FileEntry, ctx: RestoreContext, st: UnixRestoreState): number {
  load(st, ctx);
  const s = st.byId.get(entry.id);
  if (!s) throw refuse(`unix socket file ${entry.id}: not in files.img`);
  ensure(st, s);
  const fd = st.made.get(entry.id);
  if (fd === undefined) throw refuse(`${describe(s)}: opened twice`);
  st.made.delete(entry.id);
  // The file's own flags (O_NONBLOCK); FD_CLOEXEC is per fd and set by the registry.
  sys.native.fcntl(fd, sys.F_SETFL, entry.usk!.flags & sys.O_NONBLOCK);
  return fd;
}

// ----------------------------------------------------------------- phase 2 --

function fdFor(st: UnixRestoreState, id: number): number {
  const have = st.fdOf.get(id);
  if (have !== undefined) return have;
  return st.ctx!.fdOf(id); // a file only in flight: made now (its plugin's open)
}

/** Who sends s's queued message again: its peer, a named sender, or a temporary socket. */
function senderFor(st: UnixRestoreState, s: Sock, p: SkPacket): { fd: number; to: Buffer | null } {
  const e = s.entry;
  if (e.type !== SOCK_DGRAM) {
    const id = e.peer === 0 ? -e.id : st.byIno.get(e.peer)?.entry.id;
    const fd = id === undefined ? undefined : st.fdOf.get(id);
    if (fd === undefined) throw refuse(`${describe(s)}: no peer to send its queued data again`);
    return { fd, to: null };
  }
  const name = nameOfAddr(p.entry.addr);
  const toUs = e.name.length ? sockaddr(e.name) : null;
  for (const o of st.byId.values()) {
    if (o === s || o.entry.type !== SOCK_DGRAM) continue;
    const same = name.length ? Buffer.compare(Buffer.from(o.entry.name), name) === 0 : !o.entry.name.length;
    if (!same) continue;
    if (o.entry.peer === e.ino) return { fd: fdFor(st, o.entry.id), to: null };
    if (name.length && toUs) return { fd: fdFor(st, o.entry.id), to: toUs };
  }
  if (!name.length && toUs) {
    const fd = newSocket(SOCK_DGRAM);
    st.temporary.push(fd);
    return { fd, to: toUs };
  }
  throw refuse(`${describe(s)}: a queued datagram ${name.length ? `from ${nameText(name)}` : 'from an unnamed socket'} has no sender Amber can send it from again`);
}

function send(st: UnixRestoreState, s: Sock, p: SkPacket): void {
  const { fd, to } = senderFor(st, s, p);
  const fds: number[] = [];
  for (const scm of p.entry.scm ?? []) {
    if (scm.type !== SCM_RIGHTS) throw refuse(`${describe(s)}: a queued message with control message type ${scm.type}`);
    for (const id of scm.rights ?? []) fds.push(fdFor(st, id));
  }
  const flags = sys.MSG_DONTWAIT | 0x4000; // MSG_NOSIGNAL
  const data = Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength);
  for (let attempt = 0; ; attempt++) {
    try {
      const c = p.entry.ucred;
      const n = c && c.pid !== 0 ? sys.native.sendmsgCreds(fd, data, to, fds, [c.pid, c.uid, c.gid], flags) : sys.native.sendmsg(fd, data, to, fds, flags);
      if (n !== data.length) throw refuse(`${describe(s)}: ${n} of ${data.length} queued bytes went back in`);
      return;
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN') && attempt < 8) {
        // The restored queue is accounted differently (fewer, bigger buffers): make room;
        // the dumped sizes are set again after the fill.
        const size = Math.max(sys.native.getsockoptInt(fd, sys.SOL_SOCKET, sys.SO_SNDBUF), data.length) * 4;
        sys.native.setsockoptInt(fd, sys.SOL_SOCKET, sys.SO_SNDBUFFORCE, size);
        const rfd = st.fdOf.get(s.entry.id)!;
        sys.native.setsockoptInt(rfd, sys.SOL_SOCKET, sys.SO_RCVBUFFORCE, size);
        continue;
      }
      if (sys.isErrno(e, 'ESRCH') && p.entry.ucred) {
        throw refuse(`${describe(s)}: a queued message was sent by pid ${p.entry.ucred.pid}, which no longer exists; its credentials cannot be attached again`);
      }
      throw e;
    }
  }
}

/** Phase 2: every queue, then shutdown state and peek offsets; temporary ends closed. */
export function fillUnix(st: UnixRestoreState): void {
  if (st.filled || !st.ctx) return;
  st.filled = true;
  const packets = st.ctx.images.readSkQueues();
  for (const p of packets) {
    const s = st.byId.get(p.entry.id_for);
    if (!s) throw refuse(`sk-queues.img: a message for file ${p.entry.id_for}, which is not a unix socket of the image`);
    if (!st.fdOf.has(s.entry.id)) continue; // a socket no task holds and nothing carries
    send(st, s, p);
  }
  for (const s of st.byId.values()) {
    const fd = st.fdOf.get(s.entry.id);
    if (fd === undefined) continue;
    setBuffers(fd, s.entry.opts.so_sndbuf, s.entry.opts.so_rcvbuf);
    applyCredentialFlags(fd, s.entry.opts);
    const how = (s.entry.shutdown ?? 0) & 3;
    if (how && s.entry.peer !== 0) sys.native.shutdown(fd, how - 1); // RCV 1 -> SHUT_RD 0, SEND 2 -> SHUT_WR 1, both -> SHUT_RDWR 2
    if (s.extra.peekOff !== undefined) sys.native.setsockoptInt(fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, s.extra.peekOff);
  }
  for (const fd of st.temporary) sys.native.close(fd);
  st.temporary.length = 0;
  for (const [a, b] of st.premade.values()) {
    sys.native.close(a);
    sys.native.close(b);
  }
  st.premade.clear();
  for (const [id, fd] of st.made) {
    sys.native.close(fd); // made with a peer but never asked for
    st.fdOf.delete(id);
  }
  st.made.clear();
}
