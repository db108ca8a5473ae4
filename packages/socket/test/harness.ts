// Test scenes for the unix socket plugins: sockets are made in this process, handed to
// restore stubs (real processes that hold them), dumped through @amber/files' FdDumper
// with the default socket plugins, the stubs killed, and the image restored into new
// stubs with FdRestorer.installInto (afterInstall included). What the kernel reports is
// then read through pidfd_getfd copies of the restored fds.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdDumper, FdRestorer, builtinRegistry, type FileRegistry } from '@amber/files';
import { ImageDir } from '@amber/images';
import { register } from '../src';
import * as pipe from '@amber/pipe';

const { native } = sys;

export function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `amber-${tag}-`));
}

export function registry(): FileRegistry {
  const r = builtinRegistry();
  pipe.register(r);
  register(r);
  return r;
}

/** A restore stub holding `fds` ([fd here, fd there]). */
export function stub(fds: Array<[number, number]> = []): number {
  return sys.spawnAt({ path: sys.restoreStubPath, argv: ['amber-stub'], envp: [], fds });
}

export function kill(pid: number): void {
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

/** A copy of a task's fd here (O_CLOEXEC); the caller closes it. */
export function grab(pid: number, fd: number): number {
  const pidfd = native.pidfdOpen(pid, 0);
  try {
    return native.pidfdGetfd(pidfd, fd, 0);
  } finally {
    native.close(pidfd);
  }
}

export function dump(pids: number[], dir: string, external: string[] = []): ImageDir {
  const dumper = new FdDumper(registry(), { pids, external, rootPid: pids[0] });
  try {
    for (const pid of pids) dumper.dumpTask(pid);
    const out = ImageDir.create(dir, { fsync: false, overwrite: true });
    dumper.writeImages(out);
    out.writeInventory({ img_version: 2 });
  } finally {
    dumper.close();
  }
  return ImageDir.open(dir);
}

/** Restores the fd tables of `pids` from `dir` into new stubs: old pid -> new pid. */
export function restore(pids: number[], dir: string, inheritFds: string[] = []): Map<number, number> {
  const restorer = new FdRestorer(registry(), ImageDir.open(dir), { inheritFds });
  const out = new Map<number, number>();
  try {
    restorer.openAll();
    for (const pid of pids) {
      const s = stub();
      out.set(pid, s);
      const t = sys.Tracee.seize(s);
      try {
        restorer.installInto(t, pid);
      } finally {
        t.detach();
      }
    }
  } catch (e) {
    for (const p of out.values()) kill(p);
    throw e;
  } finally {
    restorer.close();
  }
  return out;
}

/** Dump, kill the originals, restore: old pid -> new pid. */
export function roundTrip(pids: number[], opts: { external?: string[]; inheritFds?: string[]; beforeRestore?: () => void } = {}): Map<number, number> {
  const dir = tempDir('usk');
  try {
    dump(pids, dir, opts.external);
    for (const p of pids) kill(p);
    opts.beforeRestore?.();
    return restore(pids, dir, opts.inheritFds);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads everything queued on a (copy of a) socket without blocking: each recvmsg's bytes and fds. */
export function readAll(fd: number, max = 1 << 20, zeroIsEof = true): Array<{ data: string; fds: number[]; addr: Buffer; creds?: { pid: number; uid: number; gid: number } }> {
  const out: Array<{ data: string; fds: number[]; addr: Buffer; creds?: { pid: number; uid: number; gid: number } }> = [];
  const buf = Buffer.alloc(max);
  for (;;) {
    let r: sys.RecvMsgResult;
    try {
      r = native.recvmsg(fd, buf, sys.MSG_DONTWAIT, 253);
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN')) break;
      throw e;
    }
    const c = r.cmsgs.find((m) => m.level === 1 && m.type === 2);
    out.push({
      data: buf.subarray(0, r.bytes).toString('latin1'),
      fds: r.fds,
      addr: Buffer.from(r.addr),
      ...(c ? { creds: { pid: c.data.readInt32LE(0), uid: c.data.readUInt32LE(4), gid: c.data.readUInt32LE(8) } } : {}),
    });
    if (zeroIsEof && r.bytes === 0 && r.fds.length === 0) break; // end of file (stream, seqpacket)
  }
  return out;
}

export function send(fd: number, text: string, fds: number[] = [], addr: Uint8Array | null = null): void {
  native.sendmsg(fd, Buffer.from(text, 'latin1'), addr, fds, sys.MSG_DONTWAIT);
}

export function unixAddr(name: string | Buffer): Buffer {
  const n = typeof name === 'string' ? Buffer.from(name, 'latin1') : name;
  const b = Buffer.alloc(2 + n.length);
  b.writeUInt16LE(1, 0);
  n.copy(b, 2);
  return b;
}
