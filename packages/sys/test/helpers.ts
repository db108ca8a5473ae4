import * as fs from 'node:fs';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';

/** A pid that is free right now, well above the last one handed out. */
export function freePid(): number {
  const last = Number(fs.readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
  const max = Number(fs.readFileSync('/proc/sys/kernel/pid_max', 'utf8'));
  for (let p = last + 200 + Math.floor(Math.random() * 1000); ; p++) {
    const pid = p % max;
    if (pid > 300 && !fs.existsSync(`/proc/${pid}`)) return pid;
  }
}

/** `cat` with piped stdio: blocked in read(0) until fed, and echoes what it gets. */
export async function startCat(): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn('cat', [], { stdio: 'pipe' });
  await once(child, 'spawn');
  // Wait until it sits in read(): its wchan says so once it is blocked.
  for (let i = 0; i < 200; i++) {
    const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    if (stat.split(') ')[1]!.startsWith('S')) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  return child;
}

export async function echoRoundTrip(child: ChildProcessWithoutNullStreams, text: string): Promise<string> {
  const got = once(child.stdout, 'data');
  child.stdin.write(text);
  const [chunk] = (await got) as [Buffer];
  return chunk.toString();
}

export async function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

export function fdTarget(pid: number, fd: number): string {
  return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
}

export function statusField(pid: number, field: string): string {
  const m = new RegExp(`^${field}:\\s*(.*)$`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
  return m[1]!;
}
