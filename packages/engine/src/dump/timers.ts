// Timers of a frozen task: the three itimers and every POSIX timer. Their remaining time
// is asked of the task itself (getitimer, timer_gettime), which only it can do.
import * as fs from 'node:fs';
import { SYS, type Tracee } from '@amber/sys';
import { SIGEV, type ItimerDump, type PosixTimerDump, type TaskDump } from '../model';

const ITIMER_WHICH = { real: 0, virt: 1, prof: 2 } as const;

export function dumpItimers(t: Tracee): TaskDump['itimers'] {
  const scratch = t.scratch(4096);
  const read = (which: number): ItimerDump => {
    t.syscall(SYS.getitimer, which, scratch);
    const b = t.readMem(scratch, 32); // struct itimerval: interval {sec, usec}, value {sec, usec}
    return { isec: b.readBigInt64LE(0), iusec: b.readBigInt64LE(8), vsec: b.readBigInt64LE(16), vusec: b.readBigInt64LE(24) };
  };
  return { real: read(ITIMER_WHICH.real), virt: read(ITIMER_WHICH.virt), prof: read(ITIMER_WHICH.prof) };
}

/** What /proc/PID/timers says of one timer. */
export interface ProcTimer {
  id: number;
  signo: number;
  sival: bigint;
  notify: number;
  /** The pid (or, with SIGEV_THREAD_ID, the tid) signals go to. */
  target: number;
  clockId: number;
}

const NOTIFY_KINDS: Record<string, number> = { signal: SIGEV.SIGNAL, none: SIGEV.NONE, thread: SIGEV.THREAD };

/**
 * Parses /proc/PID/timers: blocks of "ID: n", "signal: signo/sival (hex)",
 * "notify: kind/pid.N or kind/tid.N", "ClockID: n".
 */
export function parseProcTimers(text: string, where = 'timers'): ProcTimer[] {
  const out: ProcTimer[] = [];
  let cur: Partial<ProcTimer> | null = null;
  const bad = (line: string): Error => new Error(`${where}: unexpected line ${JSON.stringify(line)}`);
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [key, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()];
    if (key === 'ID') {
      cur = { id: Number(value) };
      out.push(cur as ProcTimer);
      continue;
    }
    if (!cur) throw bad(line);
    if (key === 'signal') {
      const m = /^(\d+)\/([0-9a-f]+)$/.exec(value);
      if (!m) throw bad(line);
      cur.signo = Number(m[1]);
      cur.sival = BigInt(`0x${m[2]}`);
    } else if (key === 'notify') {
      const m = /^(\w+)\/(pid|tid)\.(\d+)$/.exec(value);
      if (!m || NOTIFY_KINDS[m[1]!] === undefined) throw bad(line);
      cur.notify = NOTIFY_KINDS[m[1]!]! | (m[2] === 'tid' ? SIGEV.THREAD_ID : 0);
      cur.target = Number(m[3]);
    } else if (key === 'ClockID') {
      cur.clockId = Number(value);
    } else {
      throw bad(line);
    }
  }
  for (const t of out) {
    if (t.signo === undefined || t.notify === undefined || t.clockId === undefined) throw new Error(`${where}: timer ${t.id} is missing fields`);
  }
  return out.sort((a, b) => a.id - b.id);
}

const NS = 1_000_000_000n;

/** Every POSIX timer of the task, read while it is frozen (nothing can create or delete one). */
export function dumpPosixTimers(t: Tracee): PosixTimerDump[] {
  const path = `/proc/${t.pid}/timers`;
  const timers = parseProcTimers(fs.readFileSync(path, 'latin1'), path);
  if (timers.length === 0) return [];
  const scratch = t.scratch(4096);
  return timers.map((p) => {
    t.syscall(SYS.timer_gettime, p.id, scratch);
    const b = t.readMem(scratch, 32); // struct itimerspec: interval {sec, nsec}, value {sec, nsec}
    const overrun = Number(t.syscall(SYS.timer_getoverrun, p.id));
    return {
      id: p.id,
      clockId: p.clockId,
      signo: p.signo,
      notify: p.notify,
      notifyTid: p.notify & SIGEV.THREAD_ID ? p.target : 0,
      sival: p.sival,
      overrun,
      intervalNs: b.readBigInt64LE(0) * NS + b.readBigInt64LE(8),
      valueNs: b.readBigInt64LE(16) * NS + b.readBigInt64LE(24),
    };
  });
}
