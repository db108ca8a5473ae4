// Dump a stub holding fds made here, restore its table into a new stub: what the
// plugin tests compare (the kernel's view of the fd before and after).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { ImageDir } from '@amber/images';
import { FdDumper, FdRestorer, builtinRegistry, type FileRegistry } from '@amber/files';
import { register } from '../src';

const { native } = sys;

export function registry(): FileRegistry {
  const r = builtinRegistry();
  register(r);
  return r;
}

export function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `amber-eventfds-${tag}-`));
}

/** A restore stub (loops on pause()) holding exactly `fds` ([fd here, fd there]). */
export function spawnStub(fds: Array<[number, number]> = []): number {
  return sys.spawnAt({ path: sys.restoreStubPath, argv: ['amber-stub'], envp: [], fds });
}

export function killChild(pid: number): void {
  try {
    native.kill(pid, sys.SIGKILL);
  } catch {
    return;
  }
  try {
    sys.waitFor(pid);
  } catch {
    /* reaped */
  }
}

export const fdinfo = (pid: number, fd: number): string => fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1');
export const link = (pid: number, fd: number): string => fs.readlinkSync(`/proc/${pid}/fd/${fd}`);

/** fdinfo without the lines that differ between two equal files (pos, mnt_id, ino, ids). */
export function stateLines(text: string, drop: RegExp[] = []): string {
  return text
    .split('\n')
    .filter((l) => l && !/^(pos|mnt_id|ino|eventfd-id):/.test(l) && !drop.some((r) => r.test(l)))
    .join('\n');
}

/** A copy of fd `fd` of task `pid` (pidfd_getfd); the caller closes it. */
export function grab(pid: number, fd: number): number {
  const pidfd = native.pidfdOpen(pid, 0);
  try {
    return native.pidfdGetfd(pidfd, fd, 0);
  } finally {
    native.close(pidfd);
  }
}

/** Dumps task `pid`'s fds into a fresh image directory. */
export function dumpTask(reg: FileRegistry, pid: number, tag: string): string {
  const dir = tempDir(tag);
  const dumper = new FdDumper(reg, { rootPid: pid, pids: [pid] });
  try {
    dumper.dumpTask(pid);
    const img = ImageDir.create(dir);
    dumper.writeImages(img);
    img.writeInventory({ img_version: 2 });
  } finally {
    dumper.close();
  }
  return dir;
}

/** Restores fd table `filesId` of `dir` into a new stub (under ptrace for afterInstall). */
export function restoreIntoStub(reg: FileRegistry, dir: string, filesId: number): number {
  const restorer = new FdRestorer(reg, ImageDir.open(dir));
  try {
    restorer.openAll();
    const stub = spawnStub();
    try {
      const t = sys.Tracee.seize(stub);
      try {
        restorer.installInto(t, filesId);
      } finally {
        t.detach();
      }
    } catch (e) {
      killChild(stub);
      throw e;
    }
    return stub;
  } finally {
    restorer.close();
  }
}

/** Places `fds` (fd here -> fd there) in a stub, closes ours, dumps and restores it: [dumped stub, restored stub]. */
export function roundTrip(fds: Array<[number, number]>, tag: string): { before: number; after: number; dir: string } {
  const before = spawnStub(fds);
  for (const [ours] of fds) native.close(ours);
  let after = 0;
  try {
    const reg = registry();
    const dir = dumpTask(reg, before, tag);
    after = restoreIntoStub(reg, dir, before);
    return { before, after, dir };
  } catch (e) {
    killChild(before);
    throw e;
  }
}

export function readU64(fd: number): bigint {
  const b = Buffer.alloc(8);
  const n = native.read(fd, b);
  if (n !== 8) throw new Error(`read ${n} bytes, not 8`);
  return b.readBigUInt64LE();
}
