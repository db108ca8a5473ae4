// Task state beyond registers, signals and memory: scheduling, seccomp, and the
// process-wide knobs (oom_score_adj, loginuid, THP, dumpable, membarrier). Whatever
// cannot come back exactly is refused here, naming the task and the way out.
import * as fs from 'node:fs';
import { SYS, native, PR_GET_DUMPABLE, type Tracee } from '@amber/sys';
import { DumpError } from '../errors';
import type { SchedDump, SeccompDump, TaskMiscDump } from '../model';

const SCHED_DEADLINE = 6;
const SCHED_RESET_ON_FORK = 0x40000000;
const SCHED_FLAG_RESET_ON_FORK = 1n;
const SCHED_ATTR_SIZE = 56; // SCHED_ATTR_SIZE_VER1: with the utilization clamps
const SCHED_CAPACITY_SCALE = 1024;
const PR_GET_THP_DISABLE = 42;
const MEMBARRIER_CMD_GET_REGISTRATIONS = 1 << 9;

/** sched_getattr inside the thread: its policy, nice and RT priority. */
export function dumpSched(t: Tracee, pid: number): SchedDump {
  const attr = t.scratch(4096);
  t.syscall(SYS.sched_getattr, 0, attr, SCHED_ATTR_SIZE, 0);
  const a = t.readMem(attr, SCHED_ATTR_SIZE);
  const policy = a.readUInt32LE(4);
  const flags = a.readBigUInt64LE(8);
  if (policy === SCHED_DEADLINE) {
    throw new DumpError(pid, 'sched', `thread ${t.pid} runs under SCHED_DEADLINE, which Amber does not keep; switch it to another policy before the dump`);
  }
  const utilMin = a.readUInt32LE(48);
  const utilMax = a.readUInt32LE(52);
  if (utilMin !== 0 || (utilMax !== 0 && utilMax !== SCHED_CAPACITY_SCALE)) {
    throw new DumpError(pid, 'sched', `thread ${t.pid} has utilization clamps (${utilMin}..${utilMax}), which Amber does not keep; reset them before the dump`);
  }
  return {
    policy: policy | (flags & SCHED_FLAG_RESET_ON_FORK ? SCHED_RESET_ON_FORK : 0),
    nice: threadNice(pid, t.pid), // sched_getattr says 0 under an RT policy
    prio: a.readUInt32LE(20),
  };
}

/** Field 19 of /proc/PID/task/TID/stat: the nice value, whatever the policy. */
function threadNice(pid: number, tid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'latin1');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

function statusField(status: string, name: string): number | undefined {
  const m = new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(status);
  return m ? Number(m[1]) : undefined;
}

/**
 * The thread's seccomp mode (its /proc status) and, in filter mode, every filter with
 * PTRACE_SECCOMP_GET_FILTER, the oldest first. Filters shared by threads read the same.
 */
export function dumpSeccomp(tid: number, status: string, pid: number): SeccompDump | undefined {
  const mode = statusField(status, 'Seccomp') ?? 0;
  if (mode === 0) return undefined;
  if (mode === 1) return { mode: 1, filters: [] };
  if (mode !== 2) throw new DumpError(pid, 'seccomp', `thread ${tid} is in seccomp mode ${mode}, unknown to Amber`);
  const count = statusField(status, 'Seccomp_filters');
  if (count === undefined || count < 1) throw new DumpError(pid, 'seccomp', `thread ${tid} is in seccomp filter mode but /proc does not say how many filters it has`);
  const filters = [];
  try {
    for (let i = count - 1; i >= 0; i--) {
      filters.push({ prog: native.ptraceSeccompGetFilter(tid, i), flags: native.ptraceSeccompGetMetadata(tid, i) });
    }
  } catch (e) {
    throw new DumpError(pid, 'seccomp', `cannot read the seccomp filters of thread ${tid} (needs CAP_SYS_ADMIN): ${(e as Error).message}`, { cause: e });
  }
  return { mode: 2, filters };
}

function readNumber(path: string): number | undefined {
  try {
    return Number(fs.readFileSync(path, 'latin1').trim());
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

const EINVAL = 22n;

/**
 * The MEMBARRIER_CMD_REGISTER_* bits in force. Before Linux 6.3 (no GET_REGISTRATIONS)
 * the private kinds are probed as CRIU does: their barrier succeeds only when registered;
 * a global expedited registration cannot be seen there, and is not kept.
 */
function dumpMembarrier(t: Tracee): number {
  const mb = t.syscallRaw(SYS.membarrier, MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 0);
  if (mb >= 0n) return Number(mb);
  if (mb !== -EINVAL) throw new DumpError(t.pid, 'membarrier', `membarrier(MEMBARRIER_CMD_GET_REGISTRATIONS) failed with errno ${-mb}`);
  let mask = 0;
  for (const cmd of [1 << 3, 1 << 5, 1 << 7]) { // PRIVATE_EXPEDITED, ..._SYNC_CORE, ..._RSEQ
    if (t.syscallRaw(SYS.membarrier, cmd, 0, 0) === 0n) mask |= cmd << 1; // REGISTER_x is x << 1
  }
  return mask;
}

/** Process-wide state: /proc files, and prctl/membarrier asked by the task itself. */
export function dumpTaskMisc(t: Tracee): TaskMiscDump {
  const pid = t.pid;
  const dumpable = Number(t.syscall(SYS.prctl, PR_GET_DUMPABLE));
  if (dumpable !== 0 && dumpable !== 1) {
    throw new DumpError(pid, 'prctl', `the task is dumpable only by root (PR_GET_DUMPABLE ${dumpable}, after a set-id change with suid_dumpable=2); prctl cannot set that back`);
  }
  const thp = Number(t.syscall(SYS.prctl, PR_GET_THP_DISABLE, 0, 0, 0, 0));
  if (thp !== 0 && thp !== 1) {
    throw new DumpError(pid, 'prctl', `PR_GET_THP_DISABLE says ${thp} (THP disabled except where advised), which Amber does not keep; use PR_SET_THP_DISABLE with flags 0`);
  }
  const membarrier = dumpMembarrier(t);
  return {
    oomScoreAdj: readNumber(`/proc/${pid}/oom_score_adj`) ?? 0,
    loginuid: readNumber(`/proc/${pid}/loginuid`),
    thpDisabled: thp === 1,
    dumpable,
    membarrier,
  };
}
