// timerfd (fd type TIMERFD = 17): `anon_inode:[timerfd]`.
//
// Dump, after a timerfd_gettime (it re-arms an expired interval timer), from a fresh fdinfo of the dumper's copy (one kernel read, so consistent):
// `clockid`, `ticks` (expirations not yet read), `settime flags` (octal: ABSTIME,
// CANCEL_ON_SET), `it_value` (time left to the next expiry; 0 0: disarmed) and
// `it_interval`: file_entry.tfd with CRIU's fields (vsec/vnsec = time left).
// An absolute timer (TFD_TIMER_ABSTIME) also records its deadline on its own clock
// (`deadline_ns`, Amber's field): it fires at the same clock time after restore, as the
// program asked, where CRIU re-arms it for the time left. A relative one gets the time
// it had left at dump (the dump's own duration does not count, as for every clock of
// the tree).
// Restore: timerfd_create, timerfd_settime, then TFD_IOC_SET_TICKS for unread
// expirations (the kernel has it with CONFIG_CHECKPOINT_RESTORE; without it a timerfd
// with unread expirations is refused at restore rather than losing them).
// Not kept: a cancel-on-set timer whose clock was set before the dump (its read would
// say ECANCELED) comes back armed as it was; fdinfo does not show that state.
import * as sys from '@amber/sys';
import { FdTypes, type FileEntry } from '@amber/images';
import type { DumpContext, DumpedFile, FdProbe, FilePlugin } from '@amber/files';
import { applyFown, badImage, checkFlags, fownOf, localFdinfo, need, refuse } from './common';

const { native } = sys;

export const TIMERFD = FdTypes.TIMERFD;
export const TFD_TIMER_ABSTIME = 1;
export const TFD_TIMER_CANCEL_ON_SET = 2;
export const CLOCK_REALTIME = 0;
export const CLOCK_MONOTONIC = 1;
export const CLOCK_BOOTTIME = 7;
export const CLOCK_REALTIME_ALARM = 8;
export const CLOCK_BOOTTIME_ALARM = 9;
const CLOCKS = new Set([CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_REALTIME_ALARM, CLOCK_BOOTTIME_ALARM]);
const NS = 1_000_000_000n;
const KIND = 'timerfd';

function pair(probe: FdProbe, text: string, name: string): [bigint, bigint] {
  const v = need(probe, text, name, KIND);
  const m = /^\((\d+), (\d+)\)$/.exec(v);
  if (!m) throw refuse(probe, KIND, `fdinfo ${name} '${v}' is not '(sec, nsec)'`, 'Amber does not know this kernel\'s timerfd fdinfo');
  return [BigInt(m[1]!), BigInt(m[2]!)];
}

export const timerfdPlugin: FilePlugin = {
  type: TIMERFD,
  name: 'timerfd',

  detect(probe: FdProbe): boolean {
    return probe.link === 'anon_inode:[timerfd]';
  },

  dump(probe: FdProbe, ctx: DumpContext): DumpedFile {
    // An interval timer that expired is not re-armed until someone reads it (fdinfo
    // then shows it_value 0 0, as if disarmed); timerfd_gettime re-arms it and adds the
    // missed periods to ticks, which is what a read would see anyway.
    native.timerfdGettime(ctx.localFd);
    const text = localFdinfo(ctx.localFd);
    const clockid = Number(need(probe, text, 'clockid', KIND));
    const ticks = BigInt(need(probe, text, 'ticks', KIND));
    const settimeFlags = parseInt(need(probe, text, 'settime flags', KIND), 8);
    const [vsec, vnsec] = pair(probe, text, 'it_value');
    const [isec, insec] = pair(probe, text, 'it_interval');
    const armed = vsec !== 0n || vnsec !== 0n;
    // The clock right after the read: the deadline is good to the microsecond or so.
    const deadline = armed && settimeFlags & TFD_TIMER_ABSTIME ? native.clockGettime(clockid) + vsec * NS + vnsec : undefined;
    return {
      entry: {
        tfd: {
          id: ctx.fileId, flags: probe.flags, fown: fownOf(probe, ctx.localFd, KIND),
          clockid, ticks, settime_flags: settimeFlags, vsec, vnsec, isec, insec,
          ...(deadline === undefined ? {} : { deadline_ns: deadline }),
        },
      },
    };
  },

  open(entry: FileEntry): number {
    const t = entry.tfd;
    if (!t) throw badImage(entry, 'a TIMERFD file_entry without its tfd payload');
    checkFlags(entry, t.flags, sys.O_NONBLOCK);
    if (!CLOCKS.has(t.clockid)) throw badImage(entry, `timerfd clock ${t.clockid} is not one a timerfd can have`);
    if (t.settime_flags & ~(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)) throw badImage(entry, `timerfd settime flags 0x${t.settime_flags.toString(16)} are not TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET`);
    if (t.vnsec >= NS || t.insec >= NS) throw badImage(entry, `timerfd nanoseconds ${t.vnsec}/${t.insec} are not below one second`);
    const fd = native.timerfdCreate(t.clockid, sys.O_CLOEXEC | (t.flags & sys.O_NONBLOCK));
    try {
      const interval = t.isec * NS + t.insec;
      // An interval timer shown with no time left expired again just before its fdinfo
      // was read (that expiry is in ticks): its next one is an interval later.
      const overdue = t.vsec === 0n && t.vnsec === 0n && interval !== 0n;
      if (overdue) {
        const abs = (t.settime_flags & TFD_TIMER_ABSTIME) !== 0;
        native.timerfdSettime(fd, t.settime_flags, abs ? native.clockGettime(t.clockid) + interval : interval, interval);
      }
      else if (t.vsec !== 0n || t.vnsec !== 0n) {
        if (t.settime_flags & TFD_TIMER_ABSTIME) {
          // Amber's deadline; a CRIU image has only the time left: now + that (CRIU's way).
          const deadline = t.deadline_ns ?? native.clockGettime(t.clockid) + t.vsec * NS + t.vnsec;
          native.timerfdSettime(fd, t.settime_flags, deadline, interval);
        } else {
          native.timerfdSettime(fd, t.settime_flags, t.vsec * NS + t.vnsec, interval);
        }
      }
      if (t.ticks > 0n) {
        try {
          native.timerfdSetTicks(fd, t.ticks);
        } catch (e) {
          if (sys.isErrno(e, 'ENOTTY')) {
            throw badImage(entry, `the timerfd had ${t.ticks} expiration(s) not yet read, and this kernel cannot set them back (no TFD_IOC_SET_TICKS: CONFIG_CHECKPOINT_RESTORE is off)`);
          }
          throw e;
        }
      }
      applyFown(fd, t.fown);
      return fd;
    } catch (e) {
      native.close(fd);
      throw e;
    }
  },
};
