// An example third-party file plugin: eventfd (CRIU's fd type EVENTFD = 6).
//
// It uses only the public API: the FilePlugin contract from @amber/files and plain
// syscalls from @amber/sys. Load it by module specifier:
//
//     const registry = builtinRegistry();
//     registry.load('/path/to/eventfd-plugin');      // or a package name
//
// Dump: the counter is in /proc/PID/fdinfo/N as `eventfd-count: <hex>`, the semaphore
// mode (kernels >= 6.6) as `eventfd-semaphore: 0|1`, O_NONBLOCK in the flags. The
// file_entry schema of @amber/images has no eventfd payload, so the state travels as
// DumpedFile.data (JSON here), which the registry stores in amber-file-data.img.
//
// Restore: eventfd(count, flags). eventfd(2) takes a 32-bit initial value; a bigger
// counter is written into the new eventfd (write adds to it).
import type { DumpContext, DumpedFile, FdProbe, FilePlugin, RestoreContext } from '@amber/files';
import type { FileEntry } from '@amber/images';
import * as sys from '@amber/sys';

export const EVENTFD = 6;
const EFD_SEMAPHORE = 1;

interface EventfdState {
  count: string; // decimal; up to 2^64 - 2
  semaphore: boolean;
  nonblock: boolean;
}

function field(fdinfo: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:\\s*(\\S+)`, 'm').exec(fdinfo);
  return m?.[1];
}

export const plugin: FilePlugin = {
  type: EVENTFD,
  name: 'eventfd',

  detect(probe: FdProbe): boolean {
    return probe.link === 'anon_inode:[eventfd]';
  },

  dump(probe: FdProbe, _ctx: DumpContext): DumpedFile {
    const count = field(probe.fdinfo, 'eventfd-count');
    if (count === undefined) throw new Error(`eventfd plugin: pid ${probe.pid} fd ${probe.fd}: no eventfd-count in fdinfo`);
    const state: EventfdState = {
      count: BigInt(`0x${count}`).toString(),
      semaphore: field(probe.fdinfo, 'eventfd-semaphore') === '1',
      nonblock: (probe.flags & sys.O_NONBLOCK) !== 0,
    };
    // No payload in file_entry: the registry fills id and type.
    return { entry: {}, data: Buffer.from(JSON.stringify(state)) };
  },

  open(entry: FileEntry, ctx: RestoreContext): number {
    const data = ctx.dataOf(entry.id);
    if (!data) throw new Error(`eventfd plugin: file ${entry.id} has no saved state in the image`);
    const s = JSON.parse(Buffer.from(data).toString('utf8')) as EventfdState;
    const count = BigInt(s.count);
    const flags = sys.EFD_CLOEXEC | (s.nonblock ? sys.EFD_NONBLOCK : 0) | (s.semaphore ? EFD_SEMAPHORE : 0);
    if (count <= 0xffffffffn) return sys.native.eventfd(Number(count), flags);
    const fd = sys.native.eventfd(0, flags);
    const buf = Buffer.alloc(8);
    buf.writeBigUInt64LE(count);
    sys.native.write(fd, buf);
    return fd;
  },
};

export default plugin;
