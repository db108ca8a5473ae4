// inotify (fd type INOTIFY = 8): `anon_inode:inotify`.
//
// Dump: each watch from fdinfo (`inotify wd:.. ino:.. sdev:.. mask:.. ignored_mask:..
// fhandle-bytes:.. fhandle-type:.. f_handle:..`, all hex), its file found from the file
// handle with open_by_handle_at on a mount of that device (never a guessed path): a
// watch whose file cannot be opened so is refused at dump. file_entry.ify {flags, fown,
// wd: [{i_ino, mask, ignored_mask, s_dev, wd, f_handle {bytes, type, handle: LE u64
// words, path: where it was found}}]}. Events queued and not yet read (FIONREAD > 0)
// are refused: the queue cannot be read without consuming it.
//
// Restore: inotify_init1, then the watches in increasing wd order, each with
// inotify_add_watch on /proc/self/fd/N of the handle-opened file (O_PATH). The kernel
// gives wds in increasing order (the next after the last given), so a gap before a wd
// is filled with watches on throwaway memfds, removed afterwards; the IN_IGNORED events
// their removal queues are read out before the file is handed to any task.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdTypes, type FhEntry, type FileEntry, type InotifyWdEntry } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin } from '@amber/files';
import { applyFown, badImage, checkFlags, fownOf, localFdinfo, refuse } from './common';

const { native } = sys;

export const INOTIFY = FdTypes.INOTIFY;
export const IN_NONBLOCK = sys.O_NONBLOCK;
const KIND = 'inotify';
const MAX_WD = 1 << 20;

export interface InotifyWatchLine {
  wd: number;
  ino: bigint;
  sdev: number;
  mask: number;
  ignoredMask: number;
  handleType: number;
  handle: Buffer;
}

/** The watches of an inotify fdinfo text. */
export function parseInotifyWatches(text: string): InotifyWatchLine[] {
  const out: InotifyWatchLine[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('inotify ')) continue;
    const f = Object.fromEntries(line.slice(8).trim().split(/\s+/).map((kv) => kv.split(':') as [string, string]));
    const need = (k: string): string => {
      const v = f[k];
      if (v === undefined || !/^[0-9a-f]+$/.test(v)) throw new Error(`inotify fdinfo line without a hex '${k}': ${line}`);
      return v;
    };
    const bytes = parseInt(need('fhandle-bytes'), 16);
    const handle = Buffer.from(need('f_handle'), 'hex');
    if (handle.length !== bytes) throw new Error(`inotify fdinfo line with ${handle.length} handle bytes, not ${bytes}: ${line}`);
    out.push({
      wd: parseInt(need('wd'), 16), ino: BigInt(`0x${need('ino')}`), sdev: parseInt(need('sdev'), 16),
      mask: parseInt(need('mask'), 16), ignoredMask: parseInt(need('ignored_mask'), 16),
      handleType: parseInt(need('fhandle-type'), 16), handle,
    });
  }
  return out;
}

/** Mount points of a device (kernel dev_t: major << 20 | minor), from /proc/self/mountinfo. */
function mountsOf(sdev: number): string[] {
  const want = `${sdev >>> 20}:${sdev & 0xfffff}`;
  const out: string[] = [];
  for (const line of fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f[2] === want && f[4]) out.push(f[4].replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
  }
  return out;
}

/** Opens (O_PATH) the file a handle names, through any mount of its device; undefined if none can. */
export function openByHandle(sdev: number, handleType: number, handle: Uint8Array): { fd: number; mount: string } | undefined {
  for (const mount of mountsOf(sdev)) {
    let mfd: number;
    try {
      mfd = native.open(mount, sys.O_RDONLY | sys.O_DIRECTORY | sys.O_CLOEXEC, 0); // not O_PATH: EBADF
    } catch {
      continue;
    }
    try {
      return { fd: native.openByHandleAt(mfd, handleType, handle, sys.O_PATH | sys.O_CLOEXEC), mount };
    } catch {
      /* another mount of the device may reach it */
    } finally {
      native.close(mfd);
    }
  }
  return undefined;
}

function toWords(b: Buffer): bigint[] {
  const padded = Buffer.alloc(Math.ceil(b.length / 8) * 8);
  b.copy(padded);
  const out: bigint[] = [];
  for (let i = 0; i < padded.length; i += 8) out.push(padded.readBigUInt64LE(i));
  return out;
}

function fromWords(entry: FileEntry, fh: FhEntry): Buffer {
  const words = fh.handle ?? [];
  const b = Buffer.alloc(words.length * 8);
  words.forEach((w, i) => b.writeBigUInt64LE(w, i * 8));
  if (fh.bytes > b.length || fh.bytes > 128) throw badImage(entry, `inotify file handle of ${fh.bytes} bytes with ${b.length} stored`);
  return b.subarray(0, fh.bytes);
}

function drain(fd: number): void {
  const buf = Buffer.alloc(4096);
  for (;;) {
    try {
      if (sys.quietly(() => native.read(fd, buf)) <= 0) return;
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN')) return;
      throw e;
    }
  }
}

export const inotifyPlugin: FilePlugin = {
  type: INOTIFY,
  name: 'inotify',

  detect(probe: FdProbe): boolean {
    return probe.link === 'anon_inode:inotify' || probe.link === 'anon_inode:[inotify]';
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    const queued = native.fionread(ctx.localFd);
    if (queued > 0) {
      throw refuse(probe, KIND, `${queued} bytes of events are queued and not yet read, which Amber cannot keep without consuming them`, 'dump when the program has read its events');
    }
    let lines: InotifyWatchLine[];
    try {
      lines = parseInotifyWatches(localFdinfo(ctx.localFd));
    } catch (e) {
      throw refuse(probe, KIND, (e as Error).message, 'Amber does not know this kernel\'s inotify fdinfo');
    }
    const wd: InotifyWdEntry[] = lines.map((w) => {
      const opened = openByHandle(w.sdev, w.handleType, w.handle);
      if (!opened) {
        throw refuse(probe, KIND, `watch ${w.wd} (mask 0x${w.mask.toString(16)}) is on inode ${w.ino} of device ${w.sdev >>> 20}:${w.sdev & 0xfffff}, which open_by_handle_at cannot open from any mount of that device here`, 'remove the watch, or make its file system reachable');
      }
      let where = '';
      try {
        where = fs.readlinkSync(`/proc/self/fd/${opened.fd}`);
      } catch {
        /* only informative */
      } finally {
        native.close(opened.fd);
      }
      return {
        id: ctx.fileId, i_ino: w.ino, mask: w.mask, ignored_mask: w.ignoredMask, s_dev: w.sdev, wd: w.wd,
        f_handle: { bytes: w.handle.length, type: w.handleType, handle: toWords(w.handle), path: where },
      };
    });
    return { entry: { ify: { id: ctx.fileId, flags: probe.flags, fown: fownOf(probe, ctx.localFd, KIND), wd } } };
  },

  open(entry: FileEntry): number {
    const ify = entry.ify;
    if (!ify) throw badImage(entry, 'an INOTIFY file_entry without its ify payload');
    checkFlags(entry, ify.flags, sys.O_NONBLOCK);
    const watches = [...(ify.wd ?? [])].sort((a, b) => a.wd - b.wd);
    for (let i = 0; i < watches.length; i++) {
      const w = watches[i]!;
      if (w.wd < 1 || w.wd > MAX_WD || (i > 0 && watches[i - 1]!.wd === w.wd)) throw badImage(entry, `inotify watch descriptor ${w.wd} is out of range or repeated`);
    }
    const fd = native.inotifyInit1(sys.O_CLOEXEC | IN_NONBLOCK);
    const fillers: number[] = [];
    try {
      let next = 1;
      for (const w of watches) {
        // The kernel hands out wds in order: fill a gap with throwaway watches.
        while (next < w.wd) {
          const m = native.memfdCreate('amber-inotify-gap', sys.MFD_CLOEXEC);
          try {
            next = native.inotifyAddWatch(fd, `/proc/self/fd/${m}`, 0x2 /* IN_MODIFY */) + 1;
            fillers.push(next - 1);
          } finally {
            native.close(m);
          }
        }
        const opened = openByHandle(w.s_dev, w.f_handle.type, fromWords(entry, w.f_handle));
        if (!opened) {
          throw new Error(`inotify file ${entry.id}: watch ${w.wd} is on inode ${w.i_ino} of device ${w.s_dev >>> 20}:${w.s_dev & 0xfffff}` +
            `${w.f_handle.path ? ` (${w.f_handle.path} at dump)` : ''}, which open_by_handle_at cannot open here: the file is gone or its file system is not mounted`);
        }
        let got: number;
        try {
          got = native.inotifyAddWatch(fd, `/proc/self/fd/${opened.fd}`, w.mask);
        } finally {
          native.close(opened.fd);
        }
        if (got !== w.wd) throw new Error(`inotify file ${entry.id}: the watch on inode ${w.i_ino} came back as wd ${got}, not ${w.wd}`);
        next = got + 1;
      }
      for (const f of fillers) {
        try {
          sys.quietly(() => native.inotifyRmWatch(fd, f));
        } catch (e) {
          // Closing its memfd may have ended the watch already (the inode went away).
          if (!sys.isErrno(e, 'EINVAL')) throw e;
        }
      }
      drain(fd);
      if (!(ify.flags & sys.O_NONBLOCK)) native.fcntl(fd, sys.F_SETFL, 0);
      applyFown(fd, ify.fown);
      return fd;
    } catch (e) {
      native.close(fd);
      throw e;
    }
  },
};
