// Netlink sockets (NETLINKSK = 13): protocol, bound port id, groups (the full membership
// bitmap from NETLINK_LIST_MEMBERSHIPS), the destination of a connected socket, and the
// SOL_NETLINK flags a program can see. Messages queued to read are not saved: a socket
// with any is refused (a dump is usually taken while programs sit in poll, with none).
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, RestoreContext } from '@amber/files';
import type { FileEntry } from '@amber/images';
import * as sys from '@amber/sys';
import { AF_NETLINK, NO_FOWN, applySkOpts, describeSocketKind, readSkOpts, refuse, socketKindOf, socketKindOfProbe } from '../common';

export const NETLINKSK = 13;
const SOL_NETLINK = 270;
const NETLINK_ADD_MEMBERSHIP = 1;
const NETLINK_LIST_MEMBERSHIPS = 9;
/** Boolean SOL_NETLINK options: PKTINFO, BROADCAST_ERROR, NO_ENOBUFS, LISTEN_ALL_NSID, CAP_ACK, EXT_ACK, GET_STRICT_CHK. */
const FLAG_OPTIONS = [3, 4, 5, 8, 10, 11, 12];

interface NetlinkExtra {
  type: number;
  options: Record<string, number>;
}

function sockaddrNl(portid: number, groups: number): Buffer {
  const b = Buffer.alloc(12);
  b.writeUInt16LE(AF_NETLINK, 0);
  b.writeUInt32LE(portid >>> 0, 4);
  b.writeUInt32LE(groups >>> 0, 8);
  return b;
}

function queued(fd: number): boolean {
  try {
    sys.native.recvmsg(fd, Buffer.alloc(1), sys.MSG_PEEK | sys.MSG_DONTWAIT | sys.MSG_TRUNC, 0);
    return true;
  } catch (e) {
    if (sys.isErrno(e, 'EAGAIN')) return false;
    throw e;
  }
}

function dumpNetlink(probe: FdProbe, ctx: DumpContext): DumpedFile {
  const fd = ctx.localFd;
  const kind = socketKindOf(fd);
  const what = `pid ${probe.pid} fd ${probe.fd} (${describeSocketKind(kind)} ${probe.link})`;
  if (queued(fd)) throw refuse(`${what}: it has netlink messages queued to read, which Amber does not save; dump it when the program has read them`);
  const local = sys.native.getsockname(fd);
  let dst = { portid: 0, group: 0 };
  try {
    const p = sys.native.getpeername(fd);
    dst = { portid: p.readUInt32LE(4), group: p.readUInt32LE(8) };
  } catch {
    /* not connected */
  }
  const groups: number[] = [];
  const bitmap = sys.native.getsockoptBytes(fd, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, 4096);
  for (let i = 0; i + 4 <= bitmap.length; i += 4) groups.push(bitmap.readUInt32LE(i));
  while (groups.length && groups[groups.length - 1] === 0) groups.pop();
  const options: Record<string, number> = {};
  for (const o of FLAG_OPTIONS) {
    try {
      const v = sys.native.getsockoptInt(fd, SOL_NETLINK, o);
      if (v) options[o] = v;
    } catch {
      /* an option this kernel lacks */
    }
  }
  const extra: NetlinkExtra = { type: kind.type, options };
  return {
    entry: {
      nlsk: {
        id: ctx.fileId,
        ino: Number(probe.stat.ino),
        protocol: kind.protocol,
        state: dst.portid || dst.group ? 1 : 7,
        flags: probe.flags,
        portid: local.readUInt32LE(4),
        groups,
        dst_portid: dst.portid,
        dst_group: dst.group,
        fown: NO_FOWN,
        opts: readSkOpts(fd),
      },
    },
    data: Buffer.from(JSON.stringify(extra)),
  };
}

function openNetlink(entry: FileEntry, ctx: RestoreContext): number {
  const e = entry.nlsk;
  if (!e) throw refuse(`netlink file ${entry.id}: no netlink_sk_entry in files.img`);
  const raw = ctx.dataOf(entry.id);
  const extra: NetlinkExtra = raw ? (JSON.parse(Buffer.from(raw).toString('utf8')) as NetlinkExtra) : { type: 3, options: {} };
  if (![2, 3].includes(extra.type)) throw refuse(`netlink file ${entry.id}: socket type ${extra.type} is not SOCK_RAW or SOCK_DGRAM`);
  const fd = sys.native.socket(AF_NETLINK, extra.type | sys.SOCK_CLOEXEC, e.protocol);
  try {
    applySkOpts(fd, e.opts);
    for (const [o, v] of Object.entries(extra.options)) sys.native.setsockoptInt(fd, SOL_NETLINK, Number(o), v);
    const groups = e.groups ?? [];
    if (e.portid || groups.length) {
      try {
        sys.native.bind(fd, sockaddrNl(e.portid, groups[0] ?? 0));
      } catch (err) {
        if (sys.isErrno(err, 'EADDRINUSE')) throw refuse(`netlink socket:[${e.ino}] (protocol ${e.protocol}): port id ${e.portid} is taken by another socket now`);
        throw err;
      }
      for (let w = 1; w < groups.length; w++) {
        for (let bit = 0; bit < 32; bit++) {
          if ((groups[w]! >>> bit) & 1) {
            const g = Buffer.alloc(4);
            g.writeUInt32LE(w * 32 + bit + 1);
            sys.native.setsockoptBytes(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, g);
          }
        }
      }
    }
    if (e.dst_portid || e.dst_group) sys.native.connect(fd, sockaddrNl(e.dst_portid, e.dst_group));
    sys.native.fcntl(fd, sys.F_SETFL, e.flags & sys.O_NONBLOCK);
    return fd;
  } catch (err) {
    sys.native.close(fd);
    throw err;
  }
}

export function netlinkPlugin(): FilePlugin {
  return {
    type: NETLINKSK,
    name: 'netlink',
    detect: (probe) => socketKindOfProbe(probe)?.domain === AF_NETLINK,
    key: (probe) => `socket:[${probe.stat.ino}]`,
    keyOf: (entry) => (entry.nlsk ? `socket:[${entry.nlsk.ino}]` : undefined),
    dump: dumpNetlink,
    open: openNetlink,
  };
}
