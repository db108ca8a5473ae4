// What every socket plugin needs: which family/type/protocol an fd is (SO_DOMAIN, SO_TYPE,
// SO_PROTOCOL on the dumper's copy), a name for it in messages, and the SOL_SOCKET
// options of sk_opts_entry, read at dump and set again at restore.
import { FilesError, type FdProbe } from '@amber/files';
import type { SkOptsEntry } from '@amber/images';
import * as sys from '@amber/sys';

export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const AF_NETLINK = 16;
export const AF_PACKET = 17;

export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const SOCK_SEQPACKET = 5;

export const SO_REUSEADDR = 2;
export const SO_TYPE = 3;
export const SO_DONTROUTE = 5;
export const SO_BROADCAST = 6;
export const SO_KEEPALIVE = 9;
export const SO_OOBINLINE = 10;
export const SO_NO_CHECK = 11;
export const SO_PRIORITY = 12;
export const SO_REUSEPORT = 15;
export const SO_PASSCRED = 16;
export const SO_PEERCRED = 17;
export const SO_RCVLOWAT = 18;
export const SO_RCVTIMEO = 20;
export const SO_SNDTIMEO = 21;
export const SO_PASSSEC = 34;
export const SO_MARK = 36;
export const SO_PROTOCOL = 38;
export const SO_DOMAIN = 39;
export const SCM_RIGHTS = 1;
export const SCM_CREDENTIALS = 2;

/** A socket's family, type and protocol. */
export interface SocketKind {
  domain: number;
  type: number;
  protocol: number;
}

const kindCache = new Map<string, SocketKind>();

/** The kind of the socket on `fd` (a local fd). */
export function socketKindOf(fd: number): SocketKind {
  return {
    domain: sys.native.getsockoptInt(fd, sys.SOL_SOCKET, SO_DOMAIN),
    type: sys.native.getsockoptInt(fd, sys.SOL_SOCKET, SO_TYPE),
    protocol: sys.native.getsockoptInt(fd, sys.SOL_SOCKET, SO_PROTOCOL),
  };
}

/**
 * The kind of a dumped task's socket fd, for detect(): looked up once per socket inode
 * (a pidfd_getfd copy, three getsockopt calls), undefined for anything not a socket.
 */
export function socketKindOfProbe(probe: FdProbe): SocketKind | undefined {
  if (!probe.link.startsWith('socket:[')) return undefined;
  const key = `${probe.stat.dev}:${probe.stat.ino}`;
  const known = kindCache.get(key);
  if (known) return known;
  let fd = -1;
  try {
    fd = copyOf(probe.pid, probe.fd);
    const kind = socketKindOf(fd);
    if (kindCache.size > 100_000) kindCache.clear();
    kindCache.set(key, kind);
    return kind;
  } catch {
    return undefined;
  } finally {
    if (fd >= 0) sys.native.close(fd);
  }
}

// The last task's pidfd: detect() runs for each fd of one task in a row.
let lastPidfd: { pid: number; fd: number } | undefined;

function copyOf(pid: number, fd: number): number {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!lastPidfd || lastPidfd.pid !== pid) {
      if (lastPidfd) sys.native.close(lastPidfd.fd);
      lastPidfd = undefined;
      lastPidfd = { pid, fd: sys.native.pidfdOpen(pid, 0) };
    }
    try {
      return sys.native.pidfdGetfd(lastPidfd.fd, fd, 0);
    } catch (e) {
      if (attempt > 0 || !sys.isErrno(e, 'ESRCH')) throw e;
      sys.native.close(lastPidfd.fd); // a pidfd of an earlier task with this pid
      lastPidfd = undefined;
    }
  }
  throw new Error('unreachable');
}

const NETLINK_PROTOCOLS: Record<number, string> = {
  0: 'route', 2: 'usersock', 4: 'sock_diag', 6: 'xfrm', 9: 'audit', 10: 'fib_lookup', 11: 'connector',
  12: 'netfilter', 15: 'kobject_uevent', 16: 'generic', 18: 'scsitransport', 19: 'ecryptfs', 20: 'rdma', 21: 'crypto',
};
const TYPE_NAMES: Record<number, string> = { 1: 'stream', 2: 'datagram', 3: 'raw', 4: 'rdm', 5: 'seqpacket', 10: 'packet' };

/** unix, tcp, udp, netlink or packet, with what qualifies it: "unix stream", "netlink route", "tcp (IPv6)". */
export function describeSocketKind(kind: SocketKind): string {
  const type = TYPE_NAMES[kind.type] ?? `type ${kind.type}`;
  switch (kind.domain) {
    case AF_UNIX:
      return `unix ${type}`;
    case AF_INET:
    case AF_INET6: {
      const v = kind.domain === AF_INET ? 'IPv4' : 'IPv6';
      if (kind.protocol === 6 || (kind.type === SOCK_STREAM && kind.protocol === 0)) return `tcp (${v})`;
      if (kind.protocol === 17 || (kind.type === SOCK_DGRAM && kind.protocol === 0)) return `udp (${v})`;
      if (kind.protocol === 1 || kind.protocol === 58) return `icmp (${v}, ${type})`;
      return `${v} ${type} protocol ${kind.protocol}`;
    }
    case AF_NETLINK:
      return `netlink ${NETLINK_PROTOCOLS[kind.protocol] ?? `protocol ${kind.protocol}`}`;
    case AF_PACKET:
      return `packet (${type})`;
    default:
      return `a socket of address family ${kind.domain} (${type})`;
  }
}

function optInt(fd: number, name: number): number {
  return sys.native.getsockoptInt(fd, sys.SOL_SOCKET, name);
}

function timeval(fd: number, name: number): { sec: bigint; usec: bigint } {
  const b = sys.native.getsockoptBytes(fd, sys.SOL_SOCKET, name, 16);
  return { sec: b.readBigInt64LE(0), usec: b.readBigInt64LE(8) };
}

/** The SOL_SOCKET options of sk_opts_entry that a unix or netlink socket has. */
export function readSkOpts(fd: number): SkOptsEntry {
  const snd = timeval(fd, SO_SNDTIMEO);
  const rcv = timeval(fd, SO_RCVTIMEO);
  return {
    so_sndbuf: optInt(fd, sys.SO_SNDBUF),
    so_rcvbuf: optInt(fd, sys.SO_RCVBUF),
    so_snd_tmo_sec: snd.sec,
    so_snd_tmo_usec: snd.usec,
    so_rcv_tmo_sec: rcv.sec,
    so_rcv_tmo_usec: rcv.usec,
    so_priority: optInt(fd, SO_PRIORITY),
    so_rcvlowat: optInt(fd, SO_RCVLOWAT),
    so_mark: optInt(fd, SO_MARK),
    so_passcred: optInt(fd, SO_PASSCRED) !== 0,
    so_passsec: optInt(fd, SO_PASSSEC) !== 0,
  };
}

function setInt(fd: number, name: number, value: number): void {
  sys.native.setsockoptInt(fd, sys.SOL_SOCKET, name, value);
}

function setTimeval(fd: number, name: number, sec: bigint, usec: bigint): void {
  const b = Buffer.alloc(16);
  b.writeBigInt64LE(sec, 0);
  b.writeBigInt64LE(usec, 8);
  sys.native.setsockoptBytes(fd, sys.SOL_SOCKET, name, b);
}

/**
 * Sets sk_opts_entry's options on a restored socket. Buffer sizes: the kernel reports
 * twice what was set, so half of the dumped value is set (with SO_*BUFFORCE: root, not
 * capped by net.core.*mem_max), giving back exactly the dumped value.
 */
export function applySkOpts(fd: number, o: SkOptsEntry, credentialFlags = true): void {
  setBuffers(fd, o.so_sndbuf, o.so_rcvbuf);
  if (o.so_snd_tmo_sec || o.so_snd_tmo_usec) setTimeval(fd, SO_SNDTIMEO, o.so_snd_tmo_sec, o.so_snd_tmo_usec);
  if (o.so_rcv_tmo_sec || o.so_rcv_tmo_usec) setTimeval(fd, SO_RCVTIMEO, o.so_rcv_tmo_sec, o.so_rcv_tmo_usec);
  if (o.so_priority) setInt(fd, SO_PRIORITY, o.so_priority);
  if (o.so_rcvlowat !== undefined && o.so_rcvlowat !== 1) setInt(fd, SO_RCVLOWAT, o.so_rcvlowat);
  if (o.so_mark) setInt(fd, SO_MARK, o.so_mark);
  if (credentialFlags) applyCredentialFlags(fd, o);
}

/**
 * SO_PASSCRED and SO_PASSSEC. A unix socket restore sets them only after its queues are
 * filled: with either set on either end, the kernel attaches the restorer's credentials
 * to messages that were queued without any.
 */
export function applyCredentialFlags(fd: number, o: SkOptsEntry): void {
  if (o.so_passcred) setInt(fd, SO_PASSCRED, 1);
  if (o.so_passsec) setInt(fd, SO_PASSSEC, 1);
}

/** Sets both buffer sizes to what getsockopt reported at dump. */
export function setBuffers(fd: number, sndbuf: number, rcvbuf: number): void {
  if (sys.native.getsockoptInt(fd, sys.SOL_SOCKET, sys.SO_SNDBUF) !== sndbuf) setInt(fd, sys.SO_SNDBUFFORCE, Math.floor(sndbuf / 2));
  if (sys.native.getsockoptInt(fd, sys.SOL_SOCKET, sys.SO_RCVBUF) !== rcvbuf) setInt(fd, sys.SO_RCVBUFFORCE, Math.floor(rcvbuf / 2));
}

/** The zero fown_entry (sockets with F_SETOWN are refused where it matters). */
export const NO_FOWN = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };

/** A socket the dump cannot save, or a restore that cannot give it back exactly. */
export function refuse(message: string): FilesError {
  return new FilesError('UNSUPPORTED_FILE', message);
}
