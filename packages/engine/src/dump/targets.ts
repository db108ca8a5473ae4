// Trees Amber must not dump, refused before anything is frozen: a zombie root, amber
// itself or a tree holding it (pid 1 included), a task another tracer holds (a debugger,
// or a second amber dumping the same tree).
import * as fs from 'node:fs';
import { DumpError } from '../errors';
import { readStat, readStatus } from '../proc';

function comm(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'latin1').trim();
  } catch {
    return '?';
  }
}

function isAmber(pid: number): boolean {
  try {
    return /(^|\/)(amber|main\.js)\0/.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1')) || pid === process.pid;
  } catch {
    return false;
  }
}

/** Amber's own pid and its ancestors, up to pid 1 of its namespace. */
function ancestorsOfAmber(): Set<number> {
  const out = new Set<number>();
  let pid = process.pid;
  while (pid > 0 && !out.has(pid)) {
    out.add(pid);
    try {
      pid = readStat(pid).ppid;
    } catch {
      break;
    }
  }
  return out;
}

/** The error for a task some other tracer holds, naming it. */
export function tracedError(root: number, pid: number): DumpError | null {
  let tracer = 0;
  try {
    tracer = Number(readStatus(pid).get('TracerPid') ?? '0');
  } catch {
    return null;
  }
  if (tracer === 0 || tracer === process.pid) return null;
  const who = isAmber(tracer)
    ? `another amber (pid ${tracer}, ${comm(tracer)}) is dumping it; wait for that dump to finish`
    : `it is traced by pid ${tracer} (${comm(tracer)}); detach that debugger or tracer (gdb, strace) first`;
  return new DumpError(root, 'check', `task ${pid} cannot be frozen: ${who}`);
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'latin1').trim();
      if (text) out.push(...text.split(' ').map(Number));
    }
  } catch {
    /* gone meanwhile: the freeze sees it again */
  }
  return out;
}

/**
 * Checks the tree rooted at `root` as it is now, without stopping anything. The freeze
 * checks tracers again as it goes (a tree can change between the two).
 */
export function checkDumpTarget(root: number): void {
  if (!fs.existsSync(`/proc/${root}`)) throw new DumpError(root, 'check', `no process with pid ${root}`);
  const mine = ancestorsOfAmber();
  if (root === process.pid) throw new DumpError(root, 'check', `pid ${root} is amber itself; amber cannot dump the process running it`);
  if (mine.has(root)) {
    const what = root === 1 ? `pid 1 (${comm(1)}) is init of amber's pid namespace, so its tree` : `the tree of pid ${root} (${comm(root)})`;
    throw new DumpError(root, 'check', `${what} holds amber itself (pid ${process.pid}); dump a tree that does not contain the dumper`);
  }
  const stat = readStat(root);
  if (stat.state === 'Z') {
    throw new DumpError(root, 'check', `pid ${root} is a zombie (it exited; its parent ${stat.ppid} has not reaped it): there is nothing to dump`);
  }
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const traced = tracedError(root, pid);
    if (traced) throw traced;
    queue.push(...childrenOf(pid));
  }
}
