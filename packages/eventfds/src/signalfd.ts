// signalfd (fd type SIGNALFD = 9): `anon_inode:[signalfd]`.
//
// Dump: the mask from fdinfo `sigmask` (hex, bit N-1 for signal N), O_NONBLOCK from the
// flags: file_entry.sgfd {flags, fown, sigmask}. A signalfd queues nothing of its own:
// what a read returns are the reader's pending signals, which the engine dumps and
// restores with the task, so they are still there to read after restore.
// Restore: signalfd4(-1, mask, SFD_CLOEXEC | SFD_NONBLOCK as dumped).
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin } from '@amber/files';
import { applyFown, badImage, checkFlags, fownOf, localFdinfo, need } from './common';

const { native } = sys;

export const SIGNALFD = FdTypes.SIGNALFD;
const KIND = 'signalfd';

export const signalfdPlugin: FilePlugin = {
  type: SIGNALFD,
  name: 'signalfd',

  detect(probe: FdProbe): boolean {
    return probe.link === 'anon_inode:[signalfd]';
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const mask = need(probe, localFdinfo(ctx.localFd), 'sigmask', KIND);
    if (!/^[0-9a-f]{1,16}$/.test(mask)) throw badImage({ id: ctx.fileId, type: SIGNALFD } as FileEntry, `fdinfo sigmask '${mask}' is not a 64-bit hex mask`);
    return { entry: { sgfd: { id: ctx.fileId, flags: probe.flags, fown: fownOf(probe, ctx.localFd, KIND), sigmask: BigInt(`0x${mask}`) } } };
  },

  open(entry: FileEntry): number {
    const sgfd = entry.sgfd;
    if (!sgfd) throw badImage(entry, 'a SIGNALFD file_entry without its sgfd payload');
    checkFlags(entry, sgfd.flags, sys.O_NONBLOCK);
    const fd = native.signalfd(sgfd.sigmask, sys.O_CLOEXEC | (sgfd.flags & sys.O_NONBLOCK));
    try {
      applyFown(fd, sgfd.fown);
      return fd;
    } catch (e) {
      native.close(fd);
      throw e;
    }
  },
};
