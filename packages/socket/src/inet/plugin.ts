// The inet plugin (INETSK = 4): TCP and UDP sockets over IPv4 and IPv6.
//
// Dump: family, type and protocol from getsockopt, state, shutdown and queue lengths from
// inet_diag, addresses from getsockname/getpeername, options from getsockopt, all on the
// dumper's copy. Established TCP connections (only with --tcp-established) are locked
// (netlock.ts), put in repair mode and read (tcp-repair.ts). Restore re-creates the
// socket in the restorer: options, bind, listen or connect, or the repair-mode dance.
import * as fs from 'node:fs';
import { native, type StatxResult } from '@amber/sys';
import { FilesError, type DumpContext, type FdProbe, type FilePlugin, type RestoreContext, type FinishDumpContext } from '@amber/files';
import type { FileEntry, ImageDir, InetSkEntry } from '@amber/images';
import * as c from './consts';
import { buildSockaddr, formatAddress, fromWords, isAnyAddress, parseSockaddr, toWords, type InetAddress } from './addr';
import { diagDump, type DiagSocket } from './diag';
import { applyAfterBind, applyBeforeBind, readCongestion, readExtraOpts, readProtoOpts, readSkOpts, type OptionTriple } from './options';
import { readStream, repairOff, repairOn, restoreStream, setSequences, validateStream, type TcpStream } from './tcp-repair';
import { readStreamImage, writeStreamImage } from './stream-image';
import { isLockName, lockConnections, newLockName, unlock, type LockedConnection } from './netlock';
import { describeHolders, portHolders } from './holder';

export interface InetOptions {
  /** CRIU's --tcp-established: dump and restore established TCP connections. */
  tcpEstablished?: boolean;
}

/** What the image's file data holds for an inet socket (JSON). */
interface InetData {
  v: 1;
  /** Options without a CRIU field, where they differ from a fresh socket's. */
  extras: OptionTriple[];
  congestion?: string;
  /** The network lock (nft table) holding this connection's packets. */
  lock?: string;
  /** The task and fd it was dumped from, for errors at restore. */
  owner: { pid: number; fd: number };
}

interface Repaired {
  fd: number;
  reuseaddr: boolean;
}

interface DumpState {
  diag: Map<string, DiagSocket[]>;
  lock?: string;
  locked: Set<number>;
  repaired: Repaired[];
  streams: Map<number, TcpStream>;
}

interface RestoreState {
  repaired: Repaired[];
  locks: Set<string>;
  listeners?: InetSkEntry[];
}

const newRestoreState = (): RestoreState => ({ repaired: [], locks: new Set() });

const SOCKET_LINK = /^socket:\[(\d+)\]$/;

function protoName(proto: number, family: number): string {
  return `${proto === c.IPPROTO_TCP ? 'tcp' : proto === c.IPPROTO_UDP ? 'udp' : `ip protocol ${proto}`}${family === c.AF_INET6 ? '6' : ''}`;
}

/** Family, type, protocol of a socket fd of task `pid`, or undefined if it is not inet. */
function inetKind(pid: number, fd: number): { family: number; type: number; proto: number } | undefined {
  const pidfd = native.pidfdOpen(pid, 0);
  try {
    const local = native.pidfdGetfd(pidfd, fd, 0);
    try {
      const family = native.getsockoptInt(local, c.SOL_SOCKET, c.SO_DOMAIN);
      if (family !== c.AF_INET && family !== c.AF_INET6) return undefined;
      return { family, type: native.getsockoptInt(local, c.SOL_SOCKET, c.SO_TYPE), proto: native.getsockoptInt(local, c.SOL_SOCKET, c.SO_PROTOCOL) };
    } finally {
      native.close(local);
    }
  } finally {
    native.close(pidfd);
  }
}

function diagOf(state: DumpState, family: number, proto: number, ino: number, fresh = false): DiagSocket | undefined {
  const key = `${family}:${proto}`;
  let list = state.diag.get(key);
  if (!list || fresh) state.diag.set(key, (list = diagDump(family, proto)));
  const found = list.find((s) => s.inode === ino);
  return found ?? (fresh ? undefined : diagOf(state, family, proto, ino, true));
}

/** The inodes of every socket fd the dumped tasks hold. */
function socketInodes(pids: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = SOCKET_LINK.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) out.add(Number(m[1]));
      } catch {
        /* closed meanwhile: the task is frozen, so not one of ours */
      }
    }
  }
  return out;
}

/**
 * The number of instructions of the socket's filter (0: none). The kernel reads the
 * buffer length as a count of instructions and copies 8 bytes each: a buffer larger than
 * 8 × BPF_MAXINSNS (4096) is always big enough. It answers with the count as the length.
 * An eBPF filter (SO_ATTACH_BPF) cannot be read back: EACCES, counted as a filter.
 */
function filterLength(fd: number): number {
  try {
    return native.getsockoptBytes(fd, c.SOL_SOCKET, c.SO_GET_FILTER, 8 * 4096 + 8).length;
  } catch {
    return 1;
  }
}

/** What inet_diag would say of a socket never bound (it lists hashed sockets only). */
function unhashed(fd: number, family: number, proto: number, ino: number): DiagSocket {
  const zero = Buffer.alloc(family === c.AF_INET ? 4 : 16);
  const state = proto === c.IPPROTO_TCP ? native.getsockoptBytes(fd, c.IPPROTO_TCP, c.TCP_INFO, 8).readUInt8(0) : c.TCP_CLOSE;
  const rqueue = proto === c.IPPROTO_UDP ? native.ioctlGetInt(fd, c.SIOCINQ) : 0;
  return { family, protocol: proto, state, srcPort: 0, dstPort: 0, src: zero, dst: zero, rqueue, wqueue: 0, inode: ino, uid: 0 };
}

function connectionOf(s: DiagSocket): LockedConnection {
  return { family: s.family, local: s.src, localPort: s.srcPort, peer: s.dst, peerPort: s.dstPort };
}

/**
 * Locks every established TCP connection of the dumped tasks at once (one nft run), the
 * first time the dump meets one; a connection found later is locked on its own.
 */
function ensureLocked(state: DumpState, pids: readonly number[], s: DiagSocket): string {
  if (!state.lock) {
    state.lock = newLockName();
    const mine = socketInodes(pids);
    const all: DiagSocket[] = [];
    for (const family of [c.AF_INET, c.AF_INET6]) {
      const list = diagDump(family, c.IPPROTO_TCP);
      state.diag.set(`${family}:${c.IPPROTO_TCP}`, list);
      all.push(...list.filter((d) => d.state === c.TCP_ESTABLISHED && mine.has(d.inode)));
    }
    lockConnections(state.lock, all.map(connectionOf));
    for (const d of all) state.locked.add(d.inode);
  }
  if (!state.locked.has(s.inode)) {
    lockConnections(state.lock, [connectionOf(s)]);
    state.locked.add(s.inode);
  }
  return state.lock;
}

/** Leaves repair mode on sockets we put in it, and gives SO_REUSEADDR back (repair off clears it). */
function releaseRepaired(list: Repaired[], close: boolean): void {
  for (const r of list) {
    try {
      repairOff(r.fd);
      if (r.reuseaddr) native.setsockoptInt(r.fd, c.SOL_SOCKET, c.SO_REUSEADDR, 1);
    } finally {
      if (close) native.close(r.fd);
    }
  }
  list.length = 0;
}

function dupCloexec(fd: number): number {
  return native.fcntl(fd, c.F_DUPFD_CLOEXEC, 0);
}

export function inetPlugin(options: InetOptions = {}): FilePlugin {
  const newDumpState = (): DumpState => ({ diag: new Map(), locked: new Set(), repaired: [], streams: new Map() });

  return {
    type: 4,
    name: 'inet',

    detect(probe: FdProbe): boolean {
      if (!SOCKET_LINK.test(probe.link)) return false;
      try {
        const k = inetKind(probe.pid, probe.fd);
        return k !== undefined && ((k.type === c.SOCK_STREAM && k.proto === c.IPPROTO_TCP) || (k.type === c.SOCK_DGRAM && k.proto === c.IPPROTO_UDP));
      } catch {
        return false;
      }
    },

    key(probe: FdProbe): string | undefined {
      return SOCKET_LINK.test(probe.link) ? probe.link : undefined;
    },

    keyOf(entry: FileEntry): string | undefined {
      return entry.isk ? `socket:[${entry.isk.ino}]` : undefined;
    },

    dump(probe: FdProbe, ctx: DumpContext) {
      const state = ctx.state(newDumpState);
      const fd = ctx.localFd;
      const ino = Number((probe.stat as StatxResult).ino);
      const family = native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_DOMAIN);
      const type = native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_TYPE);
      const proto = native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_PROTOCOL);
      const local = parseSockaddr(native.getsockname(fd));
      let peer: InetAddress | undefined;
      try {
        peer = parseSockaddr(native.getpeername(fd));
      } catch {
        peer = undefined; // not connected
      }
      const kind = protoName(proto, family);
      const what = `${kind} socket of pid ${probe.pid} fd ${probe.fd} (${formatAddress(local)}${peer ? ` -> ${formatAddress(peer)}` : ''}, socket:[${ino}])`;
      const refuse = (why: string) => new FilesError('UNSUPPORTED_FILE', `${what}: ${why}`);
      // inet_diag lists hashed sockets only: one never bound is not there, and has no state but CLOSE.
      const d = diagOf(state, family, proto, ino) ?? (local.port === 0 && !peer ? unhashed(fd, family, proto, ino) : undefined);
      if (!d) throw refuse('the kernel does not list it in inet_diag (another network namespace?)');

      // State Amber does not restore is refused, never dropped.
      if (filterLength(fd) > 0) {
        throw refuse('it has a socket filter (SO_ATTACH_FILTER / BPF), which Amber does not restore');
      }
      if (native.fcntl(fd, c.F_GETOWN, 0) !== 0) throw refuse('it has an owner for SIGIO/SIGURG (F_SETOWN), which Amber does not restore');
      if (probe.flags & c.O_ASYNC) throw refuse('it is in O_ASYNC mode, which Amber does not restore');

      const entry: InetSkEntry = {
        id: ctx.fileId,
        ino,
        family,
        type,
        proto,
        state: d.state,
        src_port: local.port,
        dst_port: peer?.port ?? 0,
        flags: probe.flags,
        backlog: 0,
        src_addr: toWords(local.addr),
        dst_addr: peer ? toWords(peer.addr) : [],
        fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 },
        opts: readSkOpts(fd),
        ...readProtoOpts(fd, family, proto),
      };
      if (d.shutdown) entry.shutdown = d.shutdown as InetSkEntry['shutdown'];
      const data: InetData = { v: 1, extras: readExtraOpts(fd, family, type, proto), owner: { pid: probe.pid, fd: probe.fd } };
      if (proto === c.IPPROTO_TCP) data.congestion = readCongestion(fd);

      if (proto === c.IPPROTO_UDP) {
        if (d.rqueue > 0) {
          throw refuse(`${d.rqueue} bytes of datagrams are queued for it to read; Amber does not restore queued datagrams (their senders' addresses cannot be given back): dump when the program has read them`);
        }
        if (d.shutdown) throw refuse('it was shut down (shutdown()); Amber does not restore the shutdown state of UDP sockets');
      } else if (d.state === c.TCP_LISTEN) {
        if (d.rqueue > 0) {
          throw refuse(`${d.rqueue} connection(s) wait in its accept queue, not yet accepted; Amber cannot restore connections the program has not accepted: dump again once it has accepted them`);
        }
        entry.backlog = d.wqueue;
      } else if (d.state === c.TCP_ESTABLISHED) {
        if (!options.tcpEstablished) {
          throw refuse('an established TCP connection; dump with --tcp-established to save it (the connection then survives the dump and restore), or close it first');
        }
        if (d.shutdown) throw refuse(`an established connection shut down for ${d.shutdown === 1 ? 'reading' : d.shutdown === 2 ? 'writing' : 'both'} (half-closed); Amber does not restore half-closed connections yet`);
        data.lock = ensureLocked(state, ctx.pids, d);
        const mine = dupCloexec(fd);
        const rec: Repaired = { fd: mine, reuseaddr: entry.opts.reuseaddr === true };
        try {
          repairOn(mine);
        } catch (e) {
          native.close(mine);
          throw refuse(`cannot enter TCP repair mode (needs CAP_NET_ADMIN): ${(e as Error).message}`);
        }
        state.repaired.push(rec);
        try {
          state.streams.set(ino, readStream(mine));
        } catch (e) {
          throw refuse(`reading the connection in repair mode: ${(e as Error).message}`);
        }
      } else if (d.state !== c.TCP_CLOSE) {
        throw refuse(`a TCP connection in state ${c.TCP_STATE_NAMES[d.state] ?? d.state}; Amber restores listening, unconnected and established (--tcp-established) TCP sockets only: dump again once it is closed or established`);
      }
      return { entry: { isk: entry }, data: Buffer.from(JSON.stringify(data)) };
    },

    finishDump(images: ImageDir, ctx: FinishDumpContext): void {
      const state = ctx.state(newDumpState);
      for (const [ino, s] of state.streams) writeStreamImage(images, ino, s);
    },

    endDump(outcome, ctx): void {
      const state = ctx.state(newDumpState);
      if (outcome === 'kill') {
        // The tasks are gone: closing our copies in repair mode sends nothing; the lock stays for the restore.
        for (const r of state.repaired) native.close(r.fd);
        state.repaired.length = 0;
        return;
      }
      // The tree runs on: its connections leave repair mode and their packets flow again.
      try {
        releaseRepaired(state.repaired, true);
      } finally {
        if (state.lock) unlock(state.lock);
      }
    },

    dependsOn(entry: FileEntry, ctx: RestoreContext): number[] {
      // An accepted connection shares its listener's port: the listener binds first.
      const isk = entry.isk;
      if (!isk || isk.state !== c.TCP_ESTABLISHED) return [];
      return restoreListeners(ctx).filter((l) => l.family === isk.family && l.src_port === isk.src_port).map((l) => l.id);
    },

    open(entry: FileEntry, ctx: RestoreContext): number {
      const isk = entry.isk;
      if (!isk) throw new FilesError('BAD_IMAGE', `file ${entry.id}: an INETSK file_entry without its isk payload`);
      const data = parseData(ctx.dataOf(entry.id), entry.id);
      const local: InetAddress = { family: isk.family, addr: fromWords(isk.family, isk.src_addr, `file ${entry.id}`), port: isk.src_port };
      const peer: InetAddress = { family: isk.family, addr: fromWords(isk.family, isk.dst_addr, `file ${entry.id}`), port: isk.dst_port };
      validateEntry(isk, entry.id);
      const what = `${protoName(isk.proto, isk.family)} socket ${formatAddress(local)}${isk.state === c.TCP_ESTABLISHED ? ` -> ${formatAddress(peer)}` : ''} (file ${entry.id}, pid ${data.owner.pid} fd ${data.owner.fd} at dump)`;
      const established = isk.proto === c.IPPROTO_TCP && isk.state === c.TCP_ESTABLISHED;
      if (established && !options.tcpEstablished) {
        throw new FilesError('UNSUPPORTED_FILE', `${what}: the image holds an established TCP connection (dumped with --tcp-established): restore with --tcp-established`);
      }
      const state = ctx.state(newRestoreState);
      const fd = native.socket(isk.family, isk.type | c.SOCK_CLOEXEC, isk.proto);
      try {
        if (established) {
          const stream = readStreamImage(ctx.images, isk.ino);
          validateStream(stream, what);
          repairOn(fd);
          state.repaired.push({ fd, reuseaddr: isk.opts.reuseaddr === true });
          if (isk.family === c.AF_INET6) native.setsockoptInt(fd, c.IPPROTO_IPV6, c.IPV6_V6ONLY, isk.v6only ? 1 : 0);
          setSequences(fd, stream.entry);
          bindOrExplain(fd, local, isk.proto, what);
          native.connect(fd, buildSockaddr(peer));
          restoreStream(fd, stream);
          // What the connection inherited from its listener (SO_REUSEPORT...); SO_REUSEADDR
          // is cleared by leaving repair mode, and set again then.
          applyBeforeBind(fd, isk, data.extras);
          if (data.lock) state.locks.add(data.lock);
        } else {
          applyBeforeBind(fd, isk, data.extras);
          if (isk.src_port !== 0 || !isAnyAddress(local.addr)) bindOrExplain(fd, local, isk.proto, what);
        }
        applyAfterBind(fd, isk, data.extras, data.congestion, established);
        if (isk.proto === c.IPPROTO_TCP && isk.state === c.TCP_LISTEN) native.listen(fd, isk.backlog);
        if (isk.proto === c.IPPROTO_UDP && isk.state === c.TCP_ESTABLISHED) native.connect(fd, buildSockaddr(peer));
        if (isk.flags & c.O_NONBLOCK) native.fcntl(fd, c.F_SETFL, native.fcntl(fd, c.F_GETFL, 0) | c.O_NONBLOCK);
      } catch (e) {
        // Still in repair mode if it was put there: closing it sends nothing to the peer.
        const i = state.repaired.findIndex((r) => r.fd === fd);
        if (i >= 0) state.repaired.splice(i, 1);
        native.close(fd);
        if (e instanceof FilesError) throw e;
        throw new FilesError('UNSUPPORTED_FILE', `restoring the ${what}: ${(e as Error).message}`, { cause: e });
      }
      return fd;
    },

    finishRestore(ctx): void {
      const state = ctx.state(newRestoreState);
      try {
        releaseRepaired(state.repaired, false); // the restorer's fds are closed by the restorer
      } finally {
        for (const lock of state.locks) unlock(lock);
        state.locks.clear();
      }
    },
  };
}

function restoreListeners(ctx: RestoreContext): InetSkEntry[] {
  return (ctx.state(newRestoreState).listeners ??= allListeners(ctx));
}

function allListeners(ctx: RestoreContext): InetSkEntry[] {
  return ctx.images
    .readFiles()
    .map((f) => f.isk)
    .filter((s): s is InetSkEntry => s !== undefined && s.proto === c.IPPROTO_TCP && s.state === c.TCP_LISTEN);
}

function bindOrExplain(fd: number, addr: InetAddress, proto: number, what: string): void {
  try {
    native.bind(fd, buildSockaddr(addr));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE' || /EADDRINUSE/.test((e as Error).message)) {
      throw new FilesError('UNSUPPORTED_FILE', `restoring the ${what}: port ${addr.port} (${protoName(proto, addr.family)}) is taken: held by ${describeHolders(portHolders(proto, addr.port))}; stop it and restore again`, { cause: e });
    }
    throw e;
  }
}

function validateEntry(isk: InetSkEntry, id: number): void {
  const bad = (why: string) => new FilesError('BAD_IMAGE', `file ${id}: inet socket ${why}`);
  if (isk.family !== c.AF_INET && isk.family !== c.AF_INET6) throw bad(`of family ${isk.family}`);
  if (!((isk.type === c.SOCK_STREAM && isk.proto === c.IPPROTO_TCP) || (isk.type === c.SOCK_DGRAM && isk.proto === c.IPPROTO_UDP))) throw bad(`of type ${isk.type} protocol ${isk.proto}`);
  if (isk.src_port > 0xffff || isk.dst_port > 0xffff) throw bad(`with port ${isk.src_port}/${isk.dst_port}`);
  if (![c.TCP_ESTABLISHED, c.TCP_LISTEN, c.TCP_CLOSE].includes(isk.state)) throw bad(`in state ${isk.state}`);
  if (isk.proto === c.IPPROTO_UDP && isk.state === c.TCP_LISTEN) throw bad('listening over UDP');
}

function parseData(bytes: Uint8Array | undefined, id: number): InetData {
  const bad = (why: string) => new FilesError('BAD_IMAGE', `file ${id}: inet socket data ${why}`);
  if (!bytes) throw bad('is missing (amber-file-data.img)');
  let d: InetData;
  try {
    d = JSON.parse(Buffer.from(bytes).toString('utf8')) as InetData;
  } catch {
    throw bad('is not JSON');
  }
  if (d?.v !== 1 || !Array.isArray(d.extras) || !d.extras.every((t) => Array.isArray(t) && t.length === 3 && t.every((x) => Number.isInteger(x)))) throw bad('is malformed');
  if (d.lock !== undefined && !isLockName(d.lock)) throw bad(`names a network lock ${JSON.stringify(d.lock)}`);
  if (d.congestion !== undefined && !/^[a-z0-9_]{1,15}$/.test(d.congestion)) throw bad('names a bad congestion algorithm');
  if (typeof d.owner?.pid !== 'number' || typeof d.owner?.fd !== 'number') throw bad('has no owner');
  return d;
}
