// Socket addresses: sockaddr_in / sockaddr_in6 bytes, CRIU's address words and text.
import { AF_INET, AF_INET6 } from './consts';

export interface InetAddress {
  family: number;
  /** 4 or 16 bytes, network order. */
  addr: Buffer;
  port: number;
  /** IPv6 scope id (link-local addresses). */
  scopeId?: number;
}

/** Parses getsockname/getpeername bytes. */
export function parseSockaddr(bytes: Buffer): InetAddress {
  const family = bytes.length >= 2 ? bytes.readUInt16LE(0) : 0;
  if (family === AF_INET && bytes.length >= 8) return { family, port: bytes.readUInt16BE(2), addr: Buffer.from(bytes.subarray(4, 8)) };
  if (family === AF_INET6 && bytes.length >= 28) return { family, port: bytes.readUInt16BE(2), addr: Buffer.from(bytes.subarray(8, 24)), scopeId: bytes.readUInt32LE(24) };
  throw new Error(`not an inet socket address (family ${family}, ${bytes.length} bytes)`);
}

export function buildSockaddr(a: InetAddress): Buffer {
  if (a.family === AF_INET) {
    const b = Buffer.alloc(16);
    b.writeUInt16LE(AF_INET, 0);
    b.writeUInt16BE(a.port, 2);
    a.addr.copy(b, 4, 0, 4);
    return b;
  }
  const b = Buffer.alloc(28);
  b.writeUInt16LE(AF_INET6, 0);
  b.writeUInt16BE(a.port, 2);
  a.addr.copy(b, 8, 0, 16);
  b.writeUInt32LE(a.scopeId ?? 0, 24);
  return b;
}

/** CRIU stores addresses as u32 words holding the network-order bytes (as memory reads them on x86). */
export function toWords(addr: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= addr.length; i += 4) out.push(addr.readUInt32LE(i));
  return out;
}

export function fromWords(family: number, words: readonly number[] | undefined, what: string): Buffer {
  const n = family === AF_INET ? 1 : 4;
  const w = words ?? [];
  if (w.length === 0) return Buffer.alloc(n * 4);
  if (w.length !== n) throw new Error(`${what}: ${w.length} address words for family ${family} (expected ${n})`);
  const b = Buffer.alloc(n * 4);
  w.forEach((x, i) => b.writeUInt32LE(x >>> 0, i * 4));
  return b;
}

export function isAnyAddress(addr: Buffer): boolean {
  return addr.every((x) => x === 0);
}

/** 127.0.0.1:80, [::1]:80 */
export function formatAddress(a: InetAddress): string {
  if (a.family === AF_INET) return `${[...a.addr].join('.')}:${a.port}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(a.addr.readUInt16BE(i).toString(16));
  // Compress the longest run of zero groups, as inet_ntop does.
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  let text = groups.join(':');
  if (best >= 0) text = `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
  if (a.addr.subarray(0, 12).equals(Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]))) text = `::ffff:${[...a.addr.subarray(12)].join('.')}`;
  return `[${text}]:${a.port}`;
}

/** The nft text of an address. */
export function nftAddress(family: number, addr: Buffer): string {
  return formatAddress({ family, addr, port: 0 }).replace(/^\[/, '').replace(/\]?:0$/, '');
}
