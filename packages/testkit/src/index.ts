import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { native, openFile, spawnAt, waitForAsync, O_CREAT, O_RDWR, O_TRUNC, O_WRONLY, SIGKILL, type WaitStatus } from '@amber/sys';

/** The compiled C test programs (tools/testprogs, built by its Nx project). */
export const testprogs = path.resolve(__dirname, '..', '..', '..', '..', 'tools', 'testprogs', 'bin');

export interface Started {
  pid: number;
  out: string;
  /**
   * Reaps it once dead. Call only after any dump of it is over: a wait on another
   * thread would steal the ptrace stops of the dump.
   */
  reap(): Promise<WaitStatus>;
}

/**
 * Starts a test program with exactly fds 0-2 (stdin /dev/null, stdout to a file) and
 * waits for its first line. It is this test's child, reaped by `reaped`.
 */
export interface StartOptions {
  /** Start it as init (pid 1) of a new pid namespace. */
  newPidNs?: boolean;
  /** Start it as the leader of a new session. */
  setsid?: boolean;
}

export async function startProgram(name: string, outFile: string, args: string[] = [], opts: StartOptions = {}): Promise<Started> {
  const out = openFile(outFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  const devnull = openFile('/dev/null', O_RDWR);
  let pid: number;
  try {
    const envp = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
    pid = spawnAt({
      path: path.join(testprogs, name),
      argv: [name, ...args],
      envp,
      fds: [[devnull, 0], [out, 1], [devnull, 2]],
      newPidNs: opts.newPidNs ?? false,
      setTid: opts.newPidNs ? [1] : [],
      setsid: opts.setsid ?? false,
    });
  } finally {
    native.close(out);
    native.close(devnull);
  }
  for (let i = 0; i < 400 && fs.statSync(outFile).size === 0; i++) await sleep(5);
  return { pid, out: outFile, reap: () => waitForAsync(pid) };
}

/** Kills and reaps a process this test restored (so it is our child, not libuv's). */
export async function killRestored(pid: number): Promise<void> {
  try {
    native.kill(pid, SIGKILL);
  } catch {
    return;
  }
  await waitForAsync(pid);
}

export function procState(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

export function readU64(pid: number, addr: bigint): bigint {
  const fd = fs.openSync(`/proc/${pid}/mem`, 'r');
  try {
    const b = Buffer.alloc(8);
    fs.readSync(fd, b, 0, 8, Number(addr));
    return b.readBigUInt64LE(0);
  } finally {
    fs.closeSync(fd);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Runs a command and returns its exit code, stdout and stderr (never throws on failure). */
export function run(cmd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { code: r.status ?? 128 + (r.signal ? 9 : 0), stdout: r.stdout, stderr: r.stderr };
}

/** Waits until `pred` holds, polling; throws with `what` after `ms`. */
export async function until(pred: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Reaps the zombies among this process's children: a test that is a child subreaper
 * inherits the orphans of the trees it kills, and must not leave them behind.
 */
export async function reapOrphans(settleMs = 200): Promise<number[]> {
  const reaped: number[] = [];
  const end = Date.now() + settleMs;
  do {
    const kids = fs.readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
    for (const k of kids) {
      if (procState(k) === 'Z') {
        await waitForAsync(k);
        reaped.push(k);
      }
    }
    await sleep(10);
  } while (Date.now() < end);
  return reaped;
}

/** The pid and every descendant of it, parents first (from /proc/PID/task/TID/children). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (!fs.existsSync(`/proc/${p}`)) continue;
    out.push(p);
    for (const tid of fs.readdirSync(`/proc/${p}/task`)) {
      try {
        const kids = fs.readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').trim();
        if (kids) queue.push(...kids.split(' ').map(Number));
      } catch {
        /* the thread is gone */
      }
    }
  }
  return out;
}

/**
 * Kills a whole tree this test started or restored, and reaps what comes back to us
 * (the root, and orphans re-parented to this subreaper): nothing outlives a failed test.
 */
export async function killTree(pid: number): Promise<void> {
  const all = descendants(pid);
  for (const p of all) {
    try {
      native.kill(p, SIGKILL);
    } catch {
      /* gone */
    }
  }
  await killRestored(pid);
  await reapOrphans();
}
