// The network lock: while a dumped tree is down, packets of its TCP connections are
// dropped by nftables rules, so that the peers' packets meet neither a closed port (which
// would answer with a reset) nor a half-restored socket. One table of Amber's own per
// dump, named in the image, holding exactly the dumped connections' 4-tuples; added
// before any connection's state is read, removed after the restore (or when a dump fails
// or leaves the tree running). The rules live in the kernel: they hold between
// `amber dump` and `amber restore`, whatever happens to either command.
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { AF_INET } from './consts';
import { nftAddress } from './addr';

export interface LockedConnection {
  family: number;
  local: Buffer;
  localPort: number;
  peer: Buffer;
  peerPort: number;
}

/** A fresh table name: amber_lock_<12 hex digits>. */
export function newLockName(): string {
  return `amber_lock_${crypto.randomBytes(6).toString('hex')}`;
}

export function isLockName(name: unknown): name is string {
  return typeof name === 'string' && /^amber_lock_[0-9a-f]{12}$/.test(name);
}

function nft(script: string | null, args: string[] = ['-f', '-']): string {
  try {
    return execFileSync('nft', args, { input: script ?? undefined, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error('the network lock needs the nft command (Debian package nftables; tools/preflight.js installs it)', { cause: e });
    throw new Error(`nft ${args.join(' ')}: ${(err.stderr ?? err.message).trim()}`, { cause: e });
  }
}

function element(c: LockedConnection): string {
  return `${nftAddress(c.family, c.local)} . ${c.localPort} . ${nftAddress(c.family, c.peer)} . ${c.peerPort}`;
}

/**
 * Creates table `name` (if needed) and drops every packet of the given connections, in
 * both directions (input: peer to local; output: local to peer). One nft run.
 */
export function lockConnections(name: string, conns: readonly LockedConnection[]): void {
  const v4 = conns.filter((c) => c.family === AF_INET).map(element);
  const v6 = conns.filter((c) => c.family !== AF_INET).map(element);
  const lines = [
    `table inet ${name} {`,
    '  set conns4 { type ipv4_addr . inet_service . ipv4_addr . inet_service; }',
    '  set conns6 { type ipv6_addr . inet_service . ipv6_addr . inet_service; }',
    '  chain input { type filter hook input priority -150; policy accept;',
    '    ip daddr . tcp dport . ip saddr . tcp sport @conns4 drop',
    '    ip6 daddr . tcp dport . ip6 saddr . tcp sport @conns6 drop; }',
    '  chain output { type filter hook output priority -150; policy accept;',
    '    ip saddr . tcp sport . ip daddr . tcp dport @conns4 drop',
    '    ip6 saddr . tcp sport . ip6 daddr . tcp dport @conns6 drop; }',
    '}',
  ];
  // The chains are created once; the elements of later calls are added to the sets.
  const exists = lockExists(name);
  const script = (exists ? [] : lines)
    .concat(v4.length ? [`add element inet ${name} conns4 { ${v4.join(', ')} }`] : [])
    .concat(v6.length ? [`add element inet ${name} conns6 { ${v6.join(', ')} }`] : []);
  if (script.length) nft(script.join('\n') + '\n');
}

export function lockExists(name: string): boolean {
  try {
    nft(null, ['list', 'table', 'inet', name]);
    return true;
  } catch (e) {
    if (/nft command/.test((e as Error).message)) throw e;
    return false;
  }
}

/** Removes the lock; a table already gone is fine (a restore after a --leave-running dump). */
export function unlock(name: string): void {
  if (!isLockName(name)) throw new Error(`not a network lock name: ${JSON.stringify(name)}`);
  if (lockExists(name)) nft(null, ['delete', 'table', 'inet', name]);
}
