// Re-creating a task's timers inside it, once its memory and threads exist and while
// every signal is held back: itimers (setitimer) and POSIX timers at their dumped ids.
import { SYS, PR_TIMER_CREATE_RESTORE_IDS, PR_TIMER_CREATE_RESTORE_IDS_OFF, PR_TIMER_CREATE_RESTORE_IDS_ON, type Tracee } from '@amber/sys';
import { SIGEV, type ItimerDump, type PosixTimerDump, type TaskDump } from '../model';
import { RestoreError } from '../errors';

const ITIMER_REAL = 0;
const USEC = 1_000_000n;

/** struct itimerval or itimerspec: interval then value, each as seconds and a fraction in `perSecond` units. */
function intervalAndValue(interval: bigint, value: bigint, perSecond: bigint): Buffer {
  const b = Buffer.alloc(32);
  b.writeBigInt64LE(interval / perSecond, 0);
  b.writeBigInt64LE(interval % perSecond, 8);
  b.writeBigInt64LE(value / perSecond, 16);
  b.writeBigInt64LE(value % perSecond, 24);
  return b;
}

const itimerval = (intervalUs: bigint, valueUs: bigint): Buffer => intervalAndValue(intervalUs, valueUs, USEC);

function setItimer(t: Tracee, which: number, intervalUs: bigint, valueUs: bigint): void {
  t.syscall(SYS.setitimer, which, t.putScratch(itimerval(intervalUs, valueUs), 0), 0);
}

function getItimerValue(t: Tracee, which: number): bigint {
  const at = t.scratch(4096);
  t.syscall(SYS.getitimer, which, at);
  const b = t.readMem(at, 32);
  return b.readBigInt64LE(16) * USEC + b.readBigInt64LE(24);
}

export function restoreItimers(t: Tracee, timers: TaskDump['itimers']): void {
  [timers.real, timers.virt, timers.prof].forEach((it: ItimerDump, which) => {
    const intervalUs = it.isec * USEC + it.iusec;
    let valueUs = it.vsec * USEC + it.vusec;
    if (valueUs === 0n) {
      if (which !== ITIMER_REAL || intervalUs === 0n) return; // disarmed
      // ITIMER_REAL re-arms only when its SIGALRM is dequeued: value 0 with an interval is
      // a timer whose signal is still pending. Expiring it again at once (1 µs) brings the
      // interval back; that SIGALRM merges with the pending one.
      valueUs = 1n;
    }
    setItimer(t, which, intervalUs, valueUs);
    if (which === ITIMER_REAL) return;
    // The kernel adds a tick to a new CPU-time itimer (set_cpu_itimer: tick-based CPU
    // accounting must never fire it early), so each restore would lengthen the remaining
    // time by 1/HZ (4 ms here), beyond the interval. Read the value back and take it off.
    const surplus = getItimerValue(t, which) - valueUs;
    if (surplus > 0n) setItimer(t, which, intervalUs, valueUs > surplus ? valueUs - surplus : 1n);
  });
}

const SI_TIMER = -2;

/**
 * Pending signals a timer sent and nobody has taken yet, by timer id (siginfo: si_code at
 * 8, si_timerid at 16). The timer re-sends such a signal itself at restore, so it stays
 * the timer's own (one queued signal, overruns counted on it, the interval re-armed when
 * it is taken) instead of being queued as a copy next to the timer's next one.
 */
function pendingTimerSignals(task: TaskDump): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  const ids = new Set(task.posixTimers.filter((pt) => pt.notify !== SIGEV.NONE).map((pt) => pt.id));
  for (const si of [...task.sharedPending, ...task.threads.flatMap((th) => th.pending)]) {
    if (si.readInt32LE(8) !== SI_TIMER) continue;
    const id = si.readInt32LE(16);
    if (ids.has(id) && !out.has(id)) out.set(id, si);
  }
  return out;
}

/** struct sigevent (64 bytes): sigev_value, sigev_signo, sigev_notify, then the target tid. */
function sigevent(pt: PosixTimerDump, ownTid: number): Buffer {
  const ev = Buffer.alloc(64);
  ev.writeBigUInt64LE(pt.sival, 0);
  ev.writeInt32LE(pt.signo, 8);
  ev.writeInt32LE(pt.notify, 12);
  if (pt.notify & SIGEV.THREAD_ID) ev.writeInt32LE(ownTid, 16);
  return ev;
}

/** How timer_create is made to return the dumped id. */
export type TimerIdMode = 'auto' | 'linear';

/** The most timers the linear fallback creates and deletes on the way to one id. */
const LINEAR_LIMIT = 1 << 16;

/**
 * Creates every timer at its dumped id. Linux 6.16+ takes the id from *timerid once
 * PR_TIMER_CREATE_RESTORE_IDS is on; older kernels hand out ids in increasing order, so
 * timers are created (and the spare ones deleted) until the id comes up.
 */
function createTimers(t: Tracee, pid: number, timers: PosixTimerDump[], ownTid: (tid: number) => number, mode: TimerIdMode): void {
  const explicit = mode === 'auto' && t.syscallRaw(SYS.prctl, PR_TIMER_CREATE_RESTORE_IDS, PR_TIMER_CREATE_RESTORE_IDS_ON, 0, 0, 0) === 0n;
  try {
    for (const pt of timers) {
      const evAt = t.putScratch(sigevent(pt, pt.notifyTid ? ownTid(pt.notifyTid) : 0), 0);
      const idAt = evAt + 64n;
      const create = (): number => {
        const want = Buffer.alloc(4);
        want.writeInt32LE(pt.id);
        t.writeMem(idAt, want);
        const r = t.syscallRaw(SYS.timer_create, pt.clockId, evAt, idAt);
        if (r < 0n) {
          const why = r === -16n ? ' (EBUSY: the id is taken)' : r === -22n ? ' (EINVAL: clock, signal or target thread)' : '';
          throw new RestoreError(pid, 'timers', `cannot create POSIX timer ${pt.id} (clock ${pt.clockId}, signal ${pt.signo}): errno ${-r}${why}`);
        }
        return t.readMem(idAt, 4).readInt32LE(0);
      };
      let id = create();
      for (let n = 0; !explicit && id < pt.id && n < LINEAR_LIMIT; n++) {
        t.syscall(SYS.timer_delete, id);
        id = create();
      }
      if (id !== pt.id) {
        throw new RestoreError(pid, 'timers', `POSIX timer ${pt.id} came back as ${id}; ` +
          (explicit ? 'the kernel did not take the requested id' : 'this kernel cannot choose timer ids (PR_TIMER_CREATE_RESTORE_IDS needs Linux 6.16) and counting up did not reach it'));
      }
    }
  } finally {
    if (explicit) t.syscall(SYS.prctl, PR_TIMER_CREATE_RESTORE_IDS, PR_TIMER_CREATE_RESTORE_IDS_OFF, 0, 0, 0);
  }
}

const NS = 1_000_000_000n;

const itimerspec = (intervalNs: bigint, valueNs: bigint): Buffer => intervalAndValue(intervalNs, valueNs, NS);

/**
 * Re-creates the task's POSIX timers: same ids, clocks and sigevents, armed with the
 * remaining time and interval they had. Returns the pending signals that the timers
 * re-send themselves (to be left out when the queued signals are put back).
 */
export function restorePosixTimers(t: Tracee, task: TaskDump, ownTid: (tid: number) => number, mode: TimerIdMode = 'auto'): Set<Buffer> {
  if (task.posixTimers.length === 0) return new Set();
  const pending = pendingTimerSignals(task);
  createTimers(t, task.pid, [...task.posixTimers].sort((a, b) => a.id - b.id), ownTid, mode);
  for (const pt of task.posixTimers) {
    // A CPU-clock timer fires only on a tick while the task runs: its pending signal is put back as a copy instead.
    const refire = pending.has(pt.id) && pt.clockId >= 0;
    if (!refire) pending.delete(pt.id);
    const valueNs = refire ? 1n : pt.valueNs;
    if (valueNs === 0n) continue; // disarmed
    t.syscall(SYS.timer_settime, pt.id, 0, t.putScratch(itimerspec(pt.intervalNs, valueNs), 0), 0);
  }
  return new Set(pending.values());
}
