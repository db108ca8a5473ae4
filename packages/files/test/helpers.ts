// Real processes and real fds for the file-layer tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { ImageDir } from '@amber/images';

/** The example plugin, built next to the tests (dist/examples/eventfd-plugin). */
export const EVENTFD_PLUGIN = path.resolve(__dirname, '..', 'examples', 'eventfd-plugin');

export function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `amber-files-${tag}-`));
}

/** A restore stub (loops on pause()) holding exactly `fds` ([fd here, fd there]). */
export function spawnStub(fds: Array<[number, number]> = []): number {
  return sys.spawnAt({ path: sys.restoreStubPath, argv: ['amber-stub'], envp: [], fds });
}

/** Kills and reaps a child of this process. */
export function killChild(pid: number): void {
  try {
    sys.native.kill(pid, sys.SIGKILL);
  } catch {
    /* gone */
  }
  try {
    sys.waitFor(pid);
  } catch {
    /* not ours / reaped */
  }
}

/** Runs `fn` on a task held with ptrace, then detaches. */
export function withTracee<T>(pid: number, fn: (t: sys.Tracee) => T): T {
  const t = sys.Tracee.seize(pid);
  try {
    return fn(t);
  } finally {
    t.detach();
  }
}

export function link(pid: number, fd: number): string {
  return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
}

export function fds(pid: number): number[] {
  return fs
    .readdirSync(`/proc/${pid}/fd`)
    .map(Number)
    .sort((a, b) => a - b);
}

export function fdinfo(pid: number, fd: number): { pos: bigint; flags: number; text: string } {
  const text = fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1');
  return {
    pos: BigInt(/^pos:\s*(\d+)/m.exec(text)![1]!),
    flags: parseInt(/^flags:\s*([0-7]+)/m.exec(text)![1]!, 8),
    text,
  };
}

/** Whether two fds (of any two tasks) share one open file description. */
export function sameFile(pid1: number, fd1: number, pid2: number, fd2: number): boolean {
  return sys.native.kcmp(pid1, pid2, sys.KCMP_FILE, fd1, fd2) === 0;
}

/** A file with `content`, opened with `flags` (O_CLOEXEC added). */
export function openWith(file: string, content: string | Buffer | undefined, flags: number): number {
  if (content !== undefined) fs.writeFileSync(file, content);
  return sys.openFile(file, flags, 0o644);
}

/** Writes inventory.img so that ImageDir.open() accepts the directory. */
export function finishImage(dir: ImageDir): void {
  dir.writeInventory({ img_version: 2 });
}

/** Closes local fds, ignoring ones already closed. */
export function closeAll(...list: number[]): void {
  for (const fd of list) {
    try {
      sys.native.close(fd);
    } catch {
      /* closed */
    }
  }
}
