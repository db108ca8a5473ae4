// eventfd (fd type EVENTFD = 6): `anon_inode:[eventfd]`.
//
// Dump: the counter from fdinfo `eventfd-count` (hex), never by reading it (a read
// would consume it), EFD_SEMAPHORE from `eventfd-semaphore`, O_NONBLOCK from the flags:
// file_entry.efd {flags, fown, counter, semaphore}. Restore: eventfd(2) takes a 32-bit
// initial value, so a bigger counter is written into the new eventfd (a write adds).
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin } from '@amber/files';
import { applyFown, badImage, checkFlags, fownOf, localFdinfo, need } from './common';

const { native } = sys;

export const EVENTFD = FdTypes.EVENTFD;
export const EFD_SEMAPHORE = 1;
/** The largest count an eventfd holds (a write that would pass it blocks). */
export const EVENTFD_MAX = 0xfffffffffffffffen;
const KIND = 'eventfd';

export const eventfdPlugin: FilePlugin = {
  type: EVENTFD,
  name: 'eventfd',

  detect(probe: FdProbe): boolean {
    return probe.link === 'anon_inode:[eventfd]';
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const text = localFdinfo(ctx.localFd);
    const count = need(probe, text, 'eventfd-count', KIND);
    const semaphore = need(probe, text, 'eventfd-semaphore', KIND) === '1';
    return {
      entry: {
        efd: { id: ctx.fileId, flags: probe.flags, fown: fownOf(probe, ctx.localFd, KIND), counter: BigInt(`0x${count}`), semaphore },
      },
    };
  },

  open(entry: FileEntry): number {
    const efd = entry.efd;
    if (!efd) throw badImage(entry, 'an EVENTFD file_entry without its efd payload');
    checkFlags(entry, efd.flags, sys.O_NONBLOCK);
    if (efd.counter > EVENTFD_MAX) throw badImage(entry, `eventfd counter ${efd.counter} is above the largest an eventfd holds (${EVENTFD_MAX})`);
    const flags = sys.EFD_CLOEXEC | (efd.flags & sys.O_NONBLOCK ? sys.EFD_NONBLOCK : 0) | (efd.semaphore ? EFD_SEMAPHORE : 0);
    const small = efd.counter <= 0xffffffffn;
    const fd = native.eventfd(small ? Number(efd.counter) : 0, flags);
    try {
      if (!small) {
        const buf = Buffer.alloc(8);
        buf.writeBigUInt64LE(efd.counter);
        native.write(fd, buf);
      }
      applyFown(fd, efd.fown);
      return fd;
    } catch (e) {
      native.close(fd);
      throw e;
    }
  },
};
