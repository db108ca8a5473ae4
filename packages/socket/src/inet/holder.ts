// Who holds a port: the sockets bound to it (inet_diag), and the processes whose fds
// are those sockets (/proc/*/fd), for an error that says what to stop.
import * as fs from 'node:fs';
import { diagDump } from './diag';
import { AF_INET, AF_INET6 } from './consts';

export interface PortHolder {
  inode: number;
  pid?: number;
  fd?: number;
  comm?: string;
}

export function portHolders(protocol: number, port: number): PortHolder[] {
  const inodes = new Set<number>();
  for (const family of [AF_INET, AF_INET6]) {
    for (const s of diagDump(family, protocol)) if (s.srcPort === port && s.inode !== 0) inodes.add(s.inode);
  }
  const out: PortHolder[] = [];
  const found = new Set<number>();
  for (const p of safeList('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    for (const f of safeList(`/proc/${p}/fd`)) {
      let link: string;
      try {
        link = fs.readlinkSync(`/proc/${p}/fd/${f}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m && inodes.has(Number(m[1]))) {
        out.push({ inode: Number(m[1]), pid: Number(p), fd: Number(f), comm: readComm(Number(p)) });
        found.add(Number(m[1]));
      }
    }
  }
  for (const ino of inodes) if (!found.has(ino)) out.push({ inode: ino });
  return out;
}

export function describeHolders(holders: PortHolder[]): string {
  if (holders.length === 0) return 'no socket on it was found (it may be in TIME_WAIT, or held in another network namespace)';
  return holders
    .map((h) => (h.pid !== undefined ? `pid ${h.pid} (${h.comm ?? '?'}) fd ${h.fd} (socket:[${h.inode}])` : `socket:[${h.inode}] (no process of this pid namespace holds it)`))
    .join(', ');
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function readComm(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}
