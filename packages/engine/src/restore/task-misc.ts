// Putting back the task state of dump/task-misc.ts: scheduling, seccomp and the
// process-wide knobs. Each step fails with a RestoreError naming the task and the state.
import * as fs from 'node:fs';
import { SYS, native, PR_SET_DUMPABLE, PR_SET_PDEATHSIG, PTRACE_O_SUSPEND_SECCOMP, type Tracee } from '@amber/sys';
import { RestoreError } from '../errors';
import type { SchedDump, SeccompFilterDump, TaskDump, ThreadDump } from '../model';

const SCHED_NORMAL = 0;
const SCHED_BATCH = 3;
const SCHED_RESET_ON_FORK = 0x40000000;
const SCHED_FLAG_RESET_ON_FORK = 1n;
const SCHED_ATTR_SIZE_VER0 = 48;
const PR_SET_THP_DISABLE = 41;
const SECCOMP_SET_MODE_STRICT = 0;
const SECCOMP_SET_MODE_FILTER = 1;
const SECCOMP_FILTER_FLAG_TSYNC = 1;
const O_WRONLY = 1;

function fail(pid: number, step: string, what: string, e: unknown): never {
  throw new RestoreError(pid, step, `${what}: ${(e as Error).message}`, { cause: e });
}

function schedAttr(policy: number, resetOnFork: boolean, nice: number, prio: number): Buffer {
  const a = Buffer.alloc(SCHED_ATTR_SIZE_VER0);
  a.writeUInt32LE(SCHED_ATTR_SIZE_VER0, 0);
  a.writeUInt32LE(policy, 4);
  a.writeBigUInt64LE(resetOnFork ? SCHED_FLAG_RESET_ON_FORK : 0n, 8);
  a.writeInt32LE(nice, 16);
  a.writeUInt32LE(prio, 20);
  return a;
}

/**
 * sched_setattr inside the thread. The nice value of a task under another policy
 * (FIFO, RR, IDLE) is only set through a fair policy: that comes first. Run after the
 * threads exist (SCHED_RESET_ON_FORK would reset them) and before creds (a negative
 * nice or an RT policy needs CAP_SYS_NICE).
 */
export function restoreSched(t: Tracee, pid: number, s: SchedDump): void {
  const policy = s.policy & ~SCHED_RESET_ON_FORK;
  const reset = (s.policy & SCHED_RESET_ON_FORK) !== 0;
  try {
    if (policy !== SCHED_NORMAL && policy !== SCHED_BATCH) t.syscall(SYS.sched_setattr, 0, t.putScratch(schedAttr(SCHED_NORMAL, false, s.nice, 0), 0), 0);
    t.syscall(SYS.sched_setattr, 0, t.putScratch(schedAttr(policy, reset, s.nice, s.prio), 0), 0);
  } catch (e) {
    fail(pid, 'sched', `cannot give thread ${t.pid} policy ${policy}${reset ? ' with reset-on-fork' : ''}, nice ${s.nice}, priority ${s.prio}`, e);
  }
}

/** oom_score_adj, loginuid, THP, membarrier: before creds (loginuid needs CAP_AUDIT_CONTROL). */
export function restoreTaskMiscBeforeCreds(t: Tracee, task: TaskDump): void {
  const m = task.misc;
  if (!m) return;
  try {
    fs.writeFileSync(`/proc/${t.pid}/oom_score_adj`, String(m.oomScoreAdj));
  } catch (e) {
    fail(task.pid, 'oom_score_adj', `cannot set oom_score_adj ${m.oomScoreAdj}`, e);
  }
  if (m.loginuid !== undefined) restoreLoginuid(t, task.pid, m.loginuid);
  if (m.thpDisabled) t.syscall(SYS.prctl, PR_SET_THP_DISABLE, 1, 0, 0, 0);
  for (let bit = 0; bit < 32; bit++) {
    if (!(m.membarrier & (1 << bit))) continue;
    const r = t.syscallRaw(SYS.membarrier, 1 << bit, 0, 0);
    if (r < 0n) throw new RestoreError(task.pid, 'membarrier', `cannot register for membarrier command ${1 << bit} (errno ${-r})`);
  }
}

/** Only the task itself may write its loginuid (and needs CAP_AUDIT_CONTROL to change a set one). */
function restoreLoginuid(t: Tracee, pid: number, loginuid: number): void {
  let now: number;
  try {
    now = Number(fs.readFileSync(`/proc/${t.pid}/loginuid`, 'latin1').trim());
  } catch (e) {
    fail(pid, 'loginuid', `the image has loginuid ${loginuid} but this kernel has no /proc/PID/loginuid (CONFIG_AUDIT)`, e);
  }
  if (now === loginuid) return;
  const path = t.putScratch(Buffer.from('/proc/self/loginuid\0'), 0);
  const text = Buffer.from(String(loginuid >>> 0));
  const fd = t.syscallRaw(SYS.open, path, O_WRONLY, 0);
  const w = fd >= 0n ? t.syscallRaw(SYS.write, fd, t.putScratch(text, 64), text.length) : fd;
  if (fd >= 0n) t.syscallRaw(SYS.close, fd);
  if (w < 0n) {
    throw new RestoreError(pid, 'loginuid', `cannot set loginuid ${loginuid} (it is ${now}; errno ${-w}: an immutable loginuid, /proc/sys/kernel/loginuid... needs CAP_AUDIT_CONTROL and a mutable loginuid)`);
  }
}

/** After creds: a change of uid or gid resets dumpable and the parent-death signal. */
export function restoreAfterCreds(threads: Tracee[], task: TaskDump): void {
  if (task.misc) threads[0]!.syscall(SYS.prctl, PR_SET_DUMPABLE, task.misc.dumpable, 0, 0, 0);
  task.threads.forEach((d, i) => {
    if (d.pdeathSig) threads[i]!.syscall(SYS.prctl, PR_SET_PDEATHSIG, d.pdeathSig);
  });
}

const sameFilter = (a: SeccompFilterDump, b: SeccompFilterDump) => a.flags === b.flags && a.prog.equals(b.prog);

/**
 * seccomp, in every thread, after every other step a filter might forbid. Seccomp is
 * suspended for the threads while Amber holds them (PTRACE_O_SUSPEND_SECCOMP, cleared
 * at detach), so the remote syscalls that follow (creds, timers, the gadget's unmap) are
 * not filtered. The filters all threads share come first, installed by the leader with
 * TSYNC, so they stay one chain (a later TSYNC by the program works as before); then
 * each thread's own.
 */
export function restoreSeccomp(threads: Tracee[], dumps: ThreadDump[], pid: number): void {
  if (!dumps.some((d) => d.seccomp)) return;
  try {
    threads.forEach((th) => native.ptraceSetOptions(th.pid, PTRACE_O_SUSPEND_SECCOMP));
  } catch (e) {
    fail(pid, 'seccomp', 'cannot suspend seccomp while restoring (PTRACE_O_SUSPEND_SECCOMP needs CAP_SYS_ADMIN)', e);
  }
  const chains = dumps.map((d) => (d.seccomp?.mode === 2 ? d.seccomp.filters : []));
  let shared = 0;
  if (threads.length > 1) {
    while (chains.every((c) => c.length > shared && sameFilter(c[shared]!, chains[0]![shared]!))) shared++;
  }
  const biggest = Math.max(...chains.flat().map((f) => f.prog.length));
  const install = (th: Tracee, f: SeccompFilterDump, flags: number, area: bigint) => {
    const fprog = Buffer.alloc(16);
    fprog.writeUInt16LE(f.prog.length / 8, 0);
    fprog.writeBigUInt64LE(area + 16n, 8);
    th.writeMem(area, fprog);
    th.writeMem(area + 16n, f.prog);
    const r = th.syscallRaw(SYS.seccomp, SECCOMP_SET_MODE_FILTER, flags, area);
    if (r !== 0n) throw new RestoreError(pid, 'seccomp', `thread ${th.pid}: cannot install a seccomp filter of ${f.prog.length / 8} instructions (flags ${flags}): ${r < 0n ? `errno ${-r}` : `TSYNC blocked by thread ${r}`}`);
  };
  // The filters go through an area of their own: a program may be bigger than the scratch.
  const size = Math.ceil((16 + (Number.isFinite(biggest) ? biggest : 0)) / 4096) * 4096;
  const PROT_RW = 3;
  const MAP_PRIVATE_ANON = 0x22;
  const area = threads[0]!.syscall(SYS.mmap, 0, size, PROT_RW, MAP_PRIVATE_ANON, -1, 0);
  try {
    for (const f of chains[0]!.slice(0, shared)) install(threads[0]!, f, f.flags | SECCOMP_FILTER_FLAG_TSYNC, area);
    chains.forEach((c, i) => c.slice(shared).forEach((f) => install(threads[i]!, f, f.flags, area)));
    dumps.forEach((d, i) => {
      if (d.seccomp?.mode === 1) {
        const r = threads[i]!.syscallRaw(SYS.seccomp, SECCOMP_SET_MODE_STRICT, 0, 0);
        if (r !== 0n) throw new RestoreError(pid, 'seccomp', `thread ${threads[i]!.pid}: cannot enter seccomp strict mode (errno ${-r})`);
      }
    });
  } finally {
    threads[0]!.syscall(SYS.munmap, area, size);
  }
}
