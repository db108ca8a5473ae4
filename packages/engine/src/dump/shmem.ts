// Shared memory objects behind mappings: shared anonymous memory and memfds (shmem
// files, named by inode) and SysV segments (named by shmid). Each is saved once for the
// whole tree, whole: pages a task has not faulted in, or that no task maps at all, are
// content too, so the object is read as a file, not through one task's page tables.
import * as fs from 'node:fs';
import { native, isErrno, O_CLOEXEC, O_RDONLY, SEEK_DATA, SEEK_HOLE } from '@amber/sys';
import { mapFilesPath, readSysvShm, type MapsEntry } from '../proc';
import type { PageRun, ShmObject, VmaDump } from '../model';
import { DumpError } from '../errors';

const F_GET_SEALS = 1034;
const PAGE = 4096;
/** Largest piece of an object read at once. */
const CHUNK = 1024 * PAGE;

function openMapping(pid: number, m: { start: bigint; end: bigint }): number {
  try {
    return native.open(mapFilesPath(pid, m.start, m.end), O_RDONLY | O_CLOEXEC, 0);
  } catch (e) {
    throw new DumpError(pid, 'memory', `cannot open the file behind mapping 0x${m.start.toString(16)}-0x${m.end.toString(16)}: ${(e as Error).message}`, { cause: e });
  }
}

/** shmem objects: the size comes from the file itself. */
function shmemObject(pid: number, m: MapsEntry, kind: 'anon' | 'memfd', name?: string): ShmObject {
  const fd = openMapping(pid, m);
  try {
    const st = fs.fstatSync(fd, { bigint: true });
    const obj: ShmObject = { space: 'shmem', id: m.inode, kind, size: st.size };
    if (kind === 'memfd') {
      obj.name = name!;
      obj.mode = Number(st.mode & 0o7777n);
      obj.seals = native.fcntl(fd, F_GET_SEALS, 0);
    }
    return obj;
  } finally {
    native.close(fd);
  }
}

export function anonSharedObject(pid: number, m: MapsEntry): ShmObject {
  return shmemObject(pid, m, 'anon');
}

export function memfdObject(pid: number, m: MapsEntry, name: string): ShmObject {
  return shmemObject(pid, m, 'memfd', name);
}

/** A SysV segment attached at `m` (maps name /SYSV<key> (deleted), inode = shmid). */
export function sysvObject(pid: number, m: MapsEntry): ShmObject {
  const shmid = Number(m.inode);
  const info = readSysvShm().find((s) => s.shmid === shmid);
  if (!info) throw new DumpError(pid, 'memory', `SysV shm segment ${shmid} attached at 0x${m.start.toString(16)} is not in /proc/sysvipc/shm (another IPC namespace?)`);
  return { space: 'sysvshm', id: m.inode, kind: 'sysv', size: info.size, key: info.key, mode: info.mode };
}

/**
 * The populated ranges of the object behind `v`, found with SEEK_DATA/SEEK_HOLE (shmem
 * counts swapped-out pages as data) and read with pread. Runs are page-aligned; `vaddr`
 * is the offset in the object.
 */
export function* shmemContent(pid: number, v: VmaDump): Generator<PageRun> {
  const fd = openMapping(pid, v);
  try {
    const size = Number(fs.fstatSync(fd, { bigint: true }).size);
    let pos = 0;
    while (pos < size) {
      let data: number;
      try {
        data = native.lseek(fd, pos, SEEK_DATA);
      } catch (e) {
        if (isErrno(e, 'ENXIO')) break; // nothing but holes from here on
        throw e;
      }
      const hole = Math.min(native.lseek(fd, data, SEEK_HOLE), size);
      const from = data - (data % PAGE);
      const to = Math.ceil(hole / PAGE) * PAGE;
      for (let off = from; off < to; off += CHUNK) {
        const buf = Buffer.alloc(Math.min(CHUNK, to - off)); // zeroed: the tail past EOF stays zero
        let done = 0;
        while (done < buf.length) {
          const n = native.pread(fd, buf.subarray(done), off + done);
          if (n === 0) break;
          done += n;
        }
        yield { vaddr: BigInt(off), data: buf };
      }
      pos = to;
    }
  } finally {
    native.close(fd);
  }
}
