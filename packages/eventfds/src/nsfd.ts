// Namespace fds (fd type NS = 14): `/proc/PID/ns/KIND` held open, link `KIND:[INODE]`.
//
// Dump: an fd of the holder's OWN namespace of that kind (the usual case: a program that
// opened /proc/self/ns/net to setns back later) is kept as a reference, DumpedFile.data
// {"kind": "net"}: after restore it is the namespace the restored task lives in. Any
// other namespace is refused: Amber does not dump namespaces, so it cannot give one back.
// Restore: open() makes a stand-in (the restorer's own namespace of the kind), and
// afterInstall opens /proc/self/ns/KIND INSIDE the restored task and puts it at each of
// the file's fds, keeping FD_CLOEXEC.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, RestoreContext, TaskContext } from '@amber/files';
import { badImage, refuse } from './common';

const { native } = sys;

export const NS = FdTypes.NS;
const KINDS = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'pid_for_children', 'time', 'time_for_children', 'user', 'uts'];
const LINK = new RegExp(`^(${KINDS.join('|')}):\\[(\\d+)\\]$`);
const AT_FDCWD = -100;

interface NsData {
  kind: string;
}

function kindOf(entry: FileEntry, ctx: { dataOf(id: number): Uint8Array | undefined }): string {
  const data = ctx.dataOf(entry.id);
  let parsed: NsData;
  try {
    parsed = JSON.parse(Buffer.from(data ?? []).toString('utf8')) as NsData;
  } catch {
    throw badImage(entry, 'a namespace file without its data');
  }
  if (!KINDS.includes(parsed.kind)) throw badImage(entry, `namespace kind ${JSON.stringify(parsed.kind)}`);
  return parsed.kind;
}

export const nsfdPlugin: FilePlugin = {
  type: NS,
  name: 'nsfd',

  detect(probe: FdProbe): boolean {
    return LINK.test(probe.link);
  },

  dump(probe: FdProbe, _ctx: DumpContext): DumpedFile {
    const [, kind, ino] = LINK.exec(probe.link)!;
    let own: string;
    try {
      own = fs.readlinkSync(`/proc/${probe.pid}/ns/${kind}`);
    } catch (e) {
      throw refuse(probe, 'namespace fd', `cannot read the task's own ${kind} namespace: ${(e as Error).message}`, 'close the fd before the dump');
    }
    if (own !== probe.link) {
      throw refuse(probe, 'namespace fd', `it holds ${kind} namespace ${ino}, not the task's own (${own}), and Amber does not dump namespaces`, 'close it before the dump');
    }
    return { entry: {}, data: Buffer.from(JSON.stringify({ kind } satisfies NsData)) };
  },

  open(entry: FileEntry, ctx: RestoreContext): number {
    return native.open(`/proc/self/ns/${kindOf(entry, ctx)}`, sys.O_RDONLY | sys.O_CLOEXEC, 0);
  },

  afterInstall(entry: FileEntry, _fdInTask: number, ctx: TaskContext): void {
    const task = ctx.task;
    // The data is not at hand here: the kind is in the stand-in's link, in this process.
    const fds = ctx.fdsOf(entry.id);
    if (fds.length === 0) return;
    const link = fs.readlinkSync(`/proc/${task.pid}/fd/${fds[0]}`);
    const kind = LINK.exec(link)?.[1];
    if (!kind) throw new Error(`namespace file ${entry.id} in task ${task.pid}: fd ${fds[0]} is ${link}`);
    const addr = task.putScratch(Buffer.from(`/proc/self/ns/${kind}\0`));
    const fresh = task.syscall(sys.SYS.openat, AT_FDCWD, addr, sys.O_RDONLY | sys.O_CLOEXEC, 0);
    try {
      for (const fd of fds) {
        const cloexec = (task.syscall(sys.SYS.fcntl, fd, sys.F_GETFD, 0) & 1n) !== 0n;
        task.syscall(sys.SYS.dup3, fresh, fd, cloexec ? sys.O_CLOEXEC : 0);
      }
    } finally {
      task.syscall(sys.SYS.close, fresh);
    }
  },
};
