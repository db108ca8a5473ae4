// UNIX_DIAG: what the kernel says about unix sockets (linux/unix_diag.h), through the
// generic sock_diag reader.
import { sockDiag } from '../diag';
import { AF_UNIX } from '../common';

const UDIAG_SHOW_NAME = 0x01;
const UDIAG_SHOW_VFS = 0x02;
const UDIAG_SHOW_PEER = 0x04;
const UDIAG_SHOW_ICONS = 0x08;
const UDIAG_SHOW_RQLEN = 0x10;
const UDIAG_SHOW_UID = 0x40;

const UNIX_DIAG_NAME = 0;
const UNIX_DIAG_VFS = 1;
const UNIX_DIAG_PEER = 2;
const UNIX_DIAG_ICONS = 3;
const UNIX_DIAG_RQLEN = 4;
const UNIX_DIAG_SHUTDOWN = 6;
const UNIX_DIAG_UID = 7;

export const TCP_ESTABLISHED = 1;
export const TCP_CLOSE = 7;
export const TCP_LISTEN = 10;

/** One unix socket as sock_diag reports it. */
export interface UnixInfo {
  ino: number;
  type: number;
  state: number;
  /** sun_path as bound (abstract: a leading NUL; paths without the trailing NUL); empty if unnamed. */
  name: Buffer;
  /** The bound socket file's inode and device (kernel encoding), for sockets bound at a path. */
  vfs?: { ino: number; dev: number };
  /** The peer's inode (0: none, or a peer with no inode left). */
  peer: number;
  /** A listener's connections not yet accepted, in accept order: the connecting sockets' inodes. */
  icons: number[];
  /** Not listening: bytes queued to read and bytes sent but not yet read by the peer (kernel accounting). Listening: pending connections and the backlog. */
  rqueue: number;
  wqueue: number;
  /** sk_shutdown: RCV_SHUTDOWN 1 | SEND_SHUTDOWN 2. */
  shutdown: number;
  uid?: number;
}

function request(ino: number, show: number): Buffer {
  const r = Buffer.alloc(24); // unix_diag_req
  r.writeUInt8(AF_UNIX, 0);
  r.writeUInt32LE(0xffffffff, 4); // every state
  r.writeUInt32LE(ino >>> 0, 8);
  r.writeUInt32LE(show, 12);
  r.writeUInt32LE(0xffffffff, 16); // no cookie
  r.writeUInt32LE(0xffffffff, 20);
  return r;
}

const SHOW_ALL = UDIAG_SHOW_NAME | UDIAG_SHOW_VFS | UDIAG_SHOW_PEER | UDIAG_SHOW_ICONS | UDIAG_SHOW_RQLEN | UDIAG_SHOW_UID;

function parse(header: Buffer, attrs: Map<number, Buffer>): UnixInfo {
  let name = attrs.get(UNIX_DIAG_NAME) ?? Buffer.alloc(0);
  if (name.length && name[0] !== 0) {
    const nul = name.indexOf(0);
    if (nul >= 0) name = name.subarray(0, nul);
  }
  const vfs = attrs.get(UNIX_DIAG_VFS);
  const peer = attrs.get(UNIX_DIAG_PEER);
  const icons = attrs.get(UNIX_DIAG_ICONS);
  const rq = attrs.get(UNIX_DIAG_RQLEN);
  const sh = attrs.get(UNIX_DIAG_SHUTDOWN);
  const uid = attrs.get(UNIX_DIAG_UID);
  const iconList: number[] = [];
  if (icons) for (let i = 0; i + 4 <= icons.length; i += 4) iconList.push(icons.readUInt32LE(i));
  return {
    ino: header.readUInt32LE(4),
    type: header.readUInt8(1),
    state: header.readUInt8(2),
    name: Buffer.from(name),
    vfs: vfs && vfs.length >= 8 ? { ino: vfs.readUInt32LE(0), dev: vfs.readUInt32LE(4) } : undefined,
    peer: peer && peer.length >= 4 ? peer.readUInt32LE(0) : 0,
    icons: iconList,
    rqueue: rq && rq.length >= 8 ? rq.readUInt32LE(0) : 0,
    wqueue: rq && rq.length >= 8 ? rq.readUInt32LE(4) : 0,
    shutdown: sh && sh.length >= 1 ? sh.readUInt8(0) : 0,
    uid: uid && uid.length >= 4 ? uid.readUInt32LE(0) : undefined,
  };
}

/** Every unix socket of the caller's network namespace, by inode. */
export function unixSockets(): Map<number, UnixInfo> {
  const out = new Map<number, UnixInfo>();
  for (const r of sockDiag(request(0, SHOW_ALL), { dump: true, headerLength: 16 })) {
    const info = parse(r.header, r.attrs);
    out.set(info.ino, info);
  }
  return out;
}

/** One unix socket by inode, or undefined if the kernel does not know it here. */
export function unixSocket(ino: number): UnixInfo | undefined {
  try {
    const r = sockDiag(request(ino, SHOW_ALL), { headerLength: 16 });
    return r.length ? parse(r[0]!.header, r[0]!.attrs) : undefined;
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}
