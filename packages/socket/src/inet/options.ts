// Socket options of an inet socket: read on the dumper's copy, applied on the new one.
// The options CRIU's images have fields for go there (sk_opts_entry, tcp_opts_entry,
// ip_opts_entry); the others a program can set go in the plugin's data as [level,
// option, value] triples, only where they differ from a fresh socket's default.
import { native } from '@amber/sys';
import type { InetSkEntry, SkOptsEntry } from '@amber/images';
import * as c from './consts';

export type OptionTriple = [level: number, option: number, value: number];

/** Options CRIU has no field for, by protocol: read, compared with a fresh socket, restored. */
const EXTRA_OPTIONS: Array<{ level: number; option: number; tcp?: true; udp?: true; v6?: true; v4?: true }> = [
  { level: c.IPPROTO_TCP, option: c.TCP_SYNCNT, tcp: true },
  { level: c.IPPROTO_TCP, option: c.TCP_LINGER2, tcp: true },
  { level: c.IPPROTO_TCP, option: c.TCP_DEFER_ACCEPT, tcp: true },
  { level: c.IPPROTO_TCP, option: c.TCP_WINDOW_CLAMP, tcp: true },
  { level: c.IPPROTO_TCP, option: c.TCP_USER_TIMEOUT, tcp: true },
  { level: c.IPPROTO_TCP, option: c.TCP_FASTOPEN, tcp: true },
  { level: c.IPPROTO_TCP, option: c.TCP_NOTSENT_LOWAT, tcp: true },
  { level: c.IPPROTO_IP, option: c.IP_MTU_DISCOVER },
  { level: c.IPPROTO_IP, option: c.IP_RECVERR },
  { level: c.IPPROTO_IP, option: c.IP_RECVTTL },
  { level: c.IPPROTO_IP, option: c.IP_RECVTOS },
  { level: c.IPPROTO_IP, option: c.IP_TRANSPARENT },
  { level: c.IPPROTO_IP, option: c.IP_BIND_ADDRESS_NO_PORT },
  { level: c.IPPROTO_IP, option: c.IP_MULTICAST_TTL, udp: true },
  { level: c.IPPROTO_IP, option: c.IP_MULTICAST_LOOP, udp: true },
  { level: c.IPPROTO_IPV6, option: c.IPV6_UNICAST_HOPS, v6: true },
  { level: c.IPPROTO_IPV6, option: c.IPV6_MULTICAST_HOPS, v6: true, udp: true },
  { level: c.IPPROTO_IPV6, option: c.IPV6_MULTICAST_LOOP, v6: true, udp: true },
  { level: c.IPPROTO_IPV6, option: c.IPV6_MTU_DISCOVER, v6: true },
  { level: c.IPPROTO_IPV6, option: c.IPV6_RECVERR, v6: true },
  { level: c.IPPROTO_IPV6, option: c.IPV6_RECVPKTINFO, v6: true },
  { level: c.IPPROTO_IPV6, option: c.IPV6_TCLASS, v6: true },
];

/** Options that must be in place before bind(). */
const BEFORE_BIND = new Set([
  `${c.SOL_SOCKET}:${c.SO_REUSEADDR}`,
  `${c.SOL_SOCKET}:${c.SO_REUSEPORT}`,
  `${c.IPPROTO_IP}:${c.IP_FREEBIND}`,
  `${c.IPPROTO_IP}:${c.IP_TRANSPARENT}`,
  `${c.IPPROTO_IP}:${c.IP_BIND_ADDRESS_NO_PORT}`,
]);

function getInt(fd: number, level: number, option: number): number | undefined {
  try {
    return native.getsockoptInt(fd, level, option);
  } catch {
    return undefined; // not an option of this family or protocol
  }
}

function getTimeval(fd: number, option: number): [bigint, bigint] {
  const b = native.getsockoptBytes(fd, c.SOL_SOCKET, option, 16);
  return [b.readBigInt64LE(0), b.readBigInt64LE(8)];
}

function timeval(sec: bigint, usec: bigint): Buffer {
  const b = Buffer.alloc(16);
  b.writeBigInt64LE(sec, 0);
  b.writeBigInt64LE(usec, 8);
  return b;
}

/** sk_opts_entry of a socket (SOL_SOCKET level). */
export function readSkOpts(fd: number): SkOptsEntry {
  const [sndSec, sndUsec] = getTimeval(fd, c.SO_SNDTIMEO);
  const [rcvSec, rcvUsec] = getTimeval(fd, c.SO_RCVTIMEO);
  const linger = native.getsockoptBytes(fd, c.SOL_SOCKET, c.SO_LINGER, 8);
  const dev = native.getsockoptBytes(fd, c.SOL_SOCKET, c.SO_BINDTODEVICE, 16).toString('latin1').replace(/\0.*$/s, '');
  const opts: SkOptsEntry = {
    so_sndbuf: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_SNDBUF),
    so_rcvbuf: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_RCVBUF),
    so_snd_tmo_sec: sndSec,
    so_snd_tmo_usec: sndUsec,
    so_rcv_tmo_sec: rcvSec,
    so_rcv_tmo_usec: rcvUsec,
    reuseaddr: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_REUSEADDR) !== 0,
    so_priority: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_PRIORITY),
    so_rcvlowat: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_RCVLOWAT),
    so_mark: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_MARK),
    so_dontroute: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_DONTROUTE) !== 0,
    so_no_check: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_NO_CHECK) !== 0,
    so_reuseport: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_REUSEPORT) !== 0,
    so_broadcast: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_BROADCAST) !== 0,
    so_keepalive: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_KEEPALIVE) !== 0,
    so_oobinline: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_OOBINLINE),
    so_buf_lock: native.getsockoptInt(fd, c.SOL_SOCKET, c.SO_BUF_LOCK),
  };
  if (linger.readInt32LE(0) !== 0) opts.so_linger = linger.readInt32LE(4);
  if (dev) opts.so_bound_dev = dev;
  return opts;
}

/** The TCP, IP and IPv6 options with fields in inet_sk_entry. */
export function readProtoOpts(fd: number, family: number, proto: number): Pick<InetSkEntry, 'tcp_opts' | 'ip_opts' | 'v6only'> {
  const out: Pick<InetSkEntry, 'tcp_opts' | 'ip_opts' | 'v6only'> = {};
  if (proto === c.IPPROTO_TCP) {
    out.tcp_opts = {
      cork: native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_CORK) !== 0,
      nodelay: native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_NODELAY) !== 0,
      keepcnt: native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_KEEPCNT),
      keepidle: native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_KEEPIDLE),
      keepintvl: native.getsockoptInt(fd, c.IPPROTO_TCP, c.TCP_KEEPINTVL),
    };
  }
  const ip: NonNullable<InetSkEntry['ip_opts']> = {};
  const freebind = getInt(fd, c.IPPROTO_IP, c.IP_FREEBIND);
  if (freebind !== undefined) ip.freebind = freebind !== 0;
  const pktinfo = getInt(fd, c.IPPROTO_IP, c.IP_PKTINFO);
  if (pktinfo !== undefined) ip.pktinfo = pktinfo !== 0;
  const tos = getInt(fd, c.IPPROTO_IP, c.IP_TOS);
  if (tos !== undefined) ip.tos = tos;
  const ttl = getInt(fd, c.IPPROTO_IP, c.IP_TTL);
  if (ttl !== undefined) ip.ttl = ttl;
  out.ip_opts = ip;
  if (family === c.AF_INET6) out.v6only = native.getsockoptInt(fd, c.IPPROTO_IPV6, c.IPV6_V6ONLY) !== 0;
  return out;
}

const defaultsCache = new Map<string, Map<string, number | undefined>>();

function freshDefaults(family: number, type: number, proto: number): Map<string, number | undefined> {
  const key = `${family}:${type}:${proto}`;
  let d = defaultsCache.get(key);
  if (!d) {
    d = new Map();
    const fd = native.socket(family, type | c.SOCK_CLOEXEC, proto);
    try {
      for (const o of EXTRA_OPTIONS) d.set(`${o.level}:${o.option}`, getInt(fd, o.level, o.option));
    } finally {
      native.close(fd);
    }
    defaultsCache.set(key, d);
  }
  return d;
}

/** The options CRIU has no field for, where they differ from a fresh socket's. */
export function readExtraOpts(fd: number, family: number, type: number, proto: number): OptionTriple[] {
  const defaults = freshDefaults(family, type, proto);
  const out: OptionTriple[] = [];
  for (const o of EXTRA_OPTIONS) {
    if (o.tcp && proto !== c.IPPROTO_TCP) continue;
    if (o.udp && proto !== c.IPPROTO_UDP) continue;
    if (o.v6 && family !== c.AF_INET6) continue;
    const v = getInt(fd, o.level, o.option);
    if (v !== undefined && v !== defaults.get(`${o.level}:${o.option}`)) out.push([o.level, o.option, v]);
  }
  return out;
}

/** Reads the TCP congestion control algorithm (a name). */
export function readCongestion(fd: number): string {
  return native.getsockoptBytes(fd, c.IPPROTO_TCP, c.TCP_CONGESTION, 16).toString('latin1').replace(/\0.*$/s, '');
}

function setIfDifferent(fd: number, level: number, option: number, value: number, what: string): void {
  const now = getInt(fd, level, option);
  if (now === value) return;
  try {
    native.setsockoptInt(fd, level, option, value);
  } catch (e) {
    throw new Error(`setting ${what} (level ${level}, option ${option}) to ${value}: ${(e as Error).message}`, { cause: e });
  }
}

/** Every int option the entry asks for, as triples (CRIU fields and extras). */
type NamedOption = [level: number, option: number, value: number, name: string];

function wanted(entry: InetSkEntry, extras: readonly OptionTriple[]): NamedOption[] {
  const o = entry.opts;
  const list: NamedOption[] = [];
  const bool = (level: number, option: number, v: boolean | undefined, name: string) => {
    if (v !== undefined) list.push([level, option, v ? 1 : 0, name]);
  };
  const int = (level: number, option: number, v: number | undefined, name: string) => {
    if (v !== undefined) list.push([level, option, v, name]);
  };
  bool(c.SOL_SOCKET, c.SO_REUSEADDR, o.reuseaddr, 'SO_REUSEADDR');
  bool(c.SOL_SOCKET, c.SO_REUSEPORT, o.so_reuseport, 'SO_REUSEPORT');
  bool(c.IPPROTO_IP, c.IP_FREEBIND, entry.ip_opts?.freebind, 'IP_FREEBIND');
  // IP_TOS also sets the priority: TOS first, the priority the program set after.
  int(c.IPPROTO_IP, c.IP_TOS, entry.ip_opts?.tos, 'IP_TOS');
  int(c.SOL_SOCKET, c.SO_PRIORITY, o.so_priority, 'SO_PRIORITY');
  int(c.SOL_SOCKET, c.SO_RCVLOWAT, o.so_rcvlowat, 'SO_RCVLOWAT');
  int(c.SOL_SOCKET, c.SO_MARK, o.so_mark, 'SO_MARK');
  bool(c.SOL_SOCKET, c.SO_DONTROUTE, o.so_dontroute, 'SO_DONTROUTE');
  bool(c.SOL_SOCKET, c.SO_NO_CHECK, o.so_no_check, 'SO_NO_CHECK');
  bool(c.SOL_SOCKET, c.SO_BROADCAST, o.so_broadcast, 'SO_BROADCAST');
  bool(c.SOL_SOCKET, c.SO_KEEPALIVE, o.so_keepalive, 'SO_KEEPALIVE');
  int(c.SOL_SOCKET, c.SO_OOBINLINE, o.so_oobinline, 'SO_OOBINLINE');
  const t = entry.tcp_opts;
  if (entry.proto === c.IPPROTO_TCP && t) {
    bool(c.IPPROTO_TCP, c.TCP_NODELAY, t.nodelay, 'TCP_NODELAY');
    bool(c.IPPROTO_TCP, c.TCP_CORK, t.cork, 'TCP_CORK');
    int(c.IPPROTO_TCP, c.TCP_KEEPIDLE, t.keepidle, 'TCP_KEEPIDLE');
    int(c.IPPROTO_TCP, c.TCP_KEEPINTVL, t.keepintvl, 'TCP_KEEPINTVL');
    int(c.IPPROTO_TCP, c.TCP_KEEPCNT, t.keepcnt, 'TCP_KEEPCNT');
  }
  bool(c.IPPROTO_IP, c.IP_PKTINFO, entry.ip_opts?.pktinfo, 'IP_PKTINFO');
  int(c.IPPROTO_IP, c.IP_TTL, entry.ip_opts?.ttl, 'IP_TTL');
  for (const [level, option, value] of extras) list.push([level, option, value, `option ${option}`]);
  return list;
}

/**
 * Options to set before bind(): v6only, reuse, freebind, the bound device. `entry`
 * comes from an image: every value is checked by the kernel, and a refusal is an error.
 */
export function applyBeforeBind(fd: number, entry: InetSkEntry, extras: readonly OptionTriple[]): void {
  if (entry.family === c.AF_INET6 && entry.v6only !== undefined) setIfDifferent(fd, c.IPPROTO_IPV6, c.IPV6_V6ONLY, entry.v6only ? 1 : 0, 'IPV6_V6ONLY');
  if (entry.opts.so_bound_dev) native.setsockoptBytes(fd, c.SOL_SOCKET, c.SO_BINDTODEVICE, Buffer.from(entry.opts.so_bound_dev + '\0', 'latin1'));
  for (const [level, option, value, name] of wanted(entry, extras)) {
    if (BEFORE_BIND.has(`${level}:${option}`)) setIfDifferent(fd, level, option, value, name);
  }
}

/** The other options: buffers (when the program fixed them), timeouts, linger, TCP... */
export function applyAfterBind(fd: number, entry: InetSkEntry, extras: readonly OptionTriple[], congestion?: string, exactBuffers = false): void {
  const o = entry.opts;
  // A buffer size the program never set is the kernel's to tune: only locked sizes are set
  // (getsockopt gives twice what setsockopt takes), unless `exactBuffers` (an established
  // connection, whose sizes the kernel had tuned): then both are set and SO_BUF_LOCK
  // below gives the kernel back the ones the program never fixed.
  if (exactBuffers || (o.so_buf_lock ?? 0) & 1) native.setsockoptInt(fd, c.SOL_SOCKET, c.SO_SNDBUFFORCE, Math.floor(o.so_sndbuf / 2));
  if (exactBuffers || (o.so_buf_lock ?? 0) & 2) native.setsockoptInt(fd, c.SOL_SOCKET, c.SO_RCVBUFFORCE, Math.floor(o.so_rcvbuf / 2));
  if (o.so_buf_lock !== undefined) setIfDifferent(fd, c.SOL_SOCKET, c.SO_BUF_LOCK, o.so_buf_lock, 'SO_BUF_LOCK');
  if (o.so_snd_tmo_sec || o.so_snd_tmo_usec) native.setsockoptBytes(fd, c.SOL_SOCKET, c.SO_SNDTIMEO, timeval(o.so_snd_tmo_sec, o.so_snd_tmo_usec));
  if (o.so_rcv_tmo_sec || o.so_rcv_tmo_usec) native.setsockoptBytes(fd, c.SOL_SOCKET, c.SO_RCVTIMEO, timeval(o.so_rcv_tmo_sec, o.so_rcv_tmo_usec));
  if (o.so_linger !== undefined) {
    const l = Buffer.alloc(8);
    l.writeInt32LE(1, 0);
    l.writeInt32LE(o.so_linger, 4);
    native.setsockoptBytes(fd, c.SOL_SOCKET, c.SO_LINGER, l);
  }
  if (congestion && readCongestion(fd) !== congestion) native.setsockoptBytes(fd, c.IPPROTO_TCP, c.TCP_CONGESTION, Buffer.from(congestion, 'latin1'));
  for (const [level, option, value, name] of wanted(entry, extras)) {
    if (!BEFORE_BIND.has(`${level}:${option}`)) setIfDifferent(fd, level, option, value, name);
  }
}
