// The fd table of a task. This slice handles files opened by path (regular files,
// directories, character devices); pipes, epoll and the rest come from @amber/files.
import * as fs from 'node:fs';
import { O_CLOEXEC, S_IFCHR, S_IFDIR, S_IFMT, S_IFREG } from '@amber/sys';
import type { FdDump } from '../model';
import { DumpError } from '../errors';

export function parseFdinfo(text: string): { pos: bigint; flags: number } {
  const pos = /^pos:\s*(\d+)/m.exec(text);
  const flags = /^flags:\s*([0-7]+)/m.exec(text);
  return { pos: BigInt(pos?.[1] ?? '0'), flags: parseInt(flags?.[1] ?? '0', 8) };
}

export function dumpFds(pid: number): FdDump[] {
  const fds = fs.readdirSync(`/proc/${pid}/fd`).map(Number).sort((a, b) => a - b);
  return fds.map((fd) => {
    const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
    const st = fs.statSync(`/proc/${pid}/fd/${fd}`, { bigint: true });
    const type = Number(st.mode) & S_IFMT;
    if ((type !== S_IFREG && type !== S_IFDIR && type !== S_IFCHR) || !link.startsWith('/') || link.endsWith(' (deleted)')) {
      throw new DumpError(pid, 'files', `fd ${fd} (${link}) is of a type this build cannot dump yet`);
    }
    const info = parseFdinfo(fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1'));
    return {
      fd,
      cloexec: (info.flags & O_CLOEXEC) !== 0,
      flags: info.flags & ~O_CLOEXEC,
      pos: info.pos,
      kind: 'reg' as const,
      path: link,
      size: st.size,
      mode: Number(st.mode),
    };
  });
}
