// `amber check`: each kernel feature Amber needs, probed for real on this machine
// (never inferred from the kernel version). Every child started here is killed and
// reaped before the probe returns. Loaded only when `amber check` runs.
import * as fs from 'node:fs';
import {
  ARCH_MAP_VDSO_64, KCMP_FILE, KCMP_VM, O_CLOEXEC, O_RDONLY, PR_SET_MM, PR_SET_MM_MAP_SIZE, RLIMIT_NOFILE, SIGKILL, SYS,
  Tracee, isErrno, native, restoreStubPath, spawnAt, waitFor,
} from '@amber/sys';

export type CheckStatus = 'ok' | 'missing' | 'warn';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  /** Dump or restore cannot work without it (exit status 1 when missing). */
  required: boolean;
  /** What was probed and what the kernel answered. */
  detail: string;
  /** What breaks without the feature. */
  without: string;
}

interface Spec {
  name: string;
  required: boolean;
  without: string;
}

const SPECS = {
  privileges: { name: 'root / CAP_SYS_ADMIN', required: true, without: 'clone3 set_tid, the exe link of PR_SET_MM_MAP and tracing other users\' tasks are refused: restore fails, dump works only on your own processes' },
  ptrace: { name: 'ptrace seize/interrupt', required: true, without: 'dump cannot stop and read tasks, restore cannot take over its stubs' },
  setTid: { name: 'clone3 set_tid', required: true, without: 'restore cannot recreate tasks at their dumped pids' },
  pidns: { name: 'pid namespaces', required: false, without: 'restore into a new pid namespace (when the dumped pids are taken here) is impossible' },
  mmMap: { name: 'PR_SET_MM_MAP (CONFIG_CHECKPOINT_RESTORE)', required: true, without: 'restore cannot set brk, stack, arguments, environment, auxv and exe link of a task' },
  kcmp: { name: 'kcmp', required: true, without: 'dump cannot tell which files, fd tables and address spaces tasks share' },
  pidfd: { name: 'pidfd_open/pidfd_getfd', required: true, without: 'dump cannot take a task\'s open files to read their state (pipes, epoll, sockets)' },
  vmReadv: { name: 'process_vm_readv', required: false, without: 'nothing today: memory is read through /proc/PID/mem (page reads without ptrace stops need it)' },
  pagemap: { name: '/proc/PID/pagemap', required: true, without: 'dump cannot find which pages of a task are populated' },
  rseq: { name: 'PTRACE_GET_RSEQ_CONFIGURATION', required: true, without: 'dump cannot save the rseq area that glibc registers in every thread, so no task can be dumped' },
  mapVdso: { name: 'ARCH_MAP_VDSO_64', required: true, without: 'restore cannot put the vdso back at its dumped address' },
  vdsoLayout: { name: 'vdso layout', required: true, without: 'dumped tasks call into a vdso that is not there' },
  nofile: { name: 'RLIMIT_NOFILE', required: false, without: 'restore cannot put back descriptors numbered at or above the soft limit' },
} satisfies Record<string, Spec>;

type Key = keyof typeof SPECS;

function result(key: Key, status: CheckStatus, detail: string): CheckResult {
  const s = SPECS[key];
  return { name: s.name, status, required: s.required, detail, without: s.without };
}

const ok = (key: Key, detail: string) => result(key, 'ok', detail);
const missing = (key: Key, detail: string) => result(key, 'missing', detail);

function why(e: unknown): string {
  return (e as Error).message ?? String(e);
}

/** Kills and reaps a child started here; never throws. */
function killAndReap(pid: number): void {
  try {
    native.kill(pid, SIGKILL);
  } catch {
    /* already gone: still reap below */
  }
  try {
    waitFor(pid);
  } catch {
    /* not our child any more */
  }
}

interface MapsLine {
  start: bigint;
  end: bigint;
  perms: string;
  name: string;
}

function readMaps(pid: number | 'self'): MapsLine[] {
  return fs
    .readFileSync(`/proc/${pid}/maps`, 'latin1')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line)!;
      return { start: BigInt(`0x${m[1]}`), end: BigInt(`0x${m[2]}`), perms: m[3]!, name: m[4] ?? '' };
    });
}

const isVdsoArea = (m: MapsLine) => m.name === '[vdso]' || m.name.startsWith('[vvar');

function layoutOf(maps: MapsLine[], relativeTo?: bigint): string {
  const base = relativeTo ?? 0n;
  return maps
    .filter(isVdsoArea)
    .map((m) => `${m.name} ${(m.end - m.start) / 4096n} pages${relativeTo === undefined ? '' : ` at +0x${(m.start - base).toString(16)}`}`)
    .join(', ');
}

// ------------------------------------------------------------- probes --

function checkPrivileges(): CheckResult {
  const status = fs.readFileSync('/proc/self/status', 'latin1');
  const capEff = BigInt(`0x${/^CapEff:\s*([0-9a-f]+)/m.exec(status)?.[1] ?? '0'}`);
  const uid = /^Uid:\s*(\d+)/m.exec(status)?.[1] ?? '?';
  const caps = [
    [21n, 'CAP_SYS_ADMIN'],
    [40n, 'CAP_CHECKPOINT_RESTORE'],
    [19n, 'CAP_SYS_PTRACE'],
  ] as const;
  const have = caps.filter(([bit]) => (capEff >> bit) & 1n).map(([, n]) => n);
  const detail = `uid ${uid}; effective: ${have.length ? have.join(', ') : 'none of CAP_SYS_ADMIN, CAP_CHECKPOINT_RESTORE, CAP_SYS_PTRACE'}`;
  const enough = have.includes('CAP_SYS_ADMIN') || have.includes('CAP_CHECKPOINT_RESTORE');
  return enough ? ok('privileges', detail) : missing('privileges', detail);
}

function randomInt(lo: number, hi: number): number {
  return lo + Math.floor(Math.random() * (hi - lo));
}

function checkSetTid(): CheckResult {
  let pidMax = 32768;
  try {
    pidMax = Number(fs.readFileSync('/proc/sys/kernel/pid_max', 'latin1').trim());
  } catch {
    /* keep the default */
  }
  let last: unknown;
  for (let attempt = 0; attempt < 8; attempt++) {
    const want = randomInt(Math.min(1000, pidMax >> 1), pidMax);
    if (fs.existsSync(`/proc/${want}`)) continue;
    let pid = 0;
    try {
      pid = spawnAt({ path: restoreStubPath, argv: ['amber-check'], envp: [], setTid: [want] });
    } catch (e) {
      last = e;
      if (isErrno(e, 'EEXIST')) continue; // taken meanwhile: pick another
      return missing('setTid', `clone3 with set_tid [${want}] failed: ${why(e)}`);
    }
    try {
      if (pid !== want) return missing('setTid', `asked for pid ${want}, the child got ${pid}`);
      return ok('setTid', `started a child at the chosen free pid ${want}`);
    } finally {
      killAndReap(pid);
    }
  }
  return missing('setTid', `no free pid could be taken: ${last ? why(last) : 'every pid tried was in use'}`);
}

function checkPidNs(): CheckResult {
  let pid = 0;
  try {
    pid = spawnAt({ path: restoreStubPath, argv: ['amber-check'], envp: [], newPidNs: true });
  } catch (e) {
    return missing('pidns', `clone3 with CLONE_NEWPID failed: ${why(e)}`);
  }
  try {
    const nspid = /^NSpid:\s*(.*)$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1]?.trim().split(/\s+/) ?? [];
    if (nspid.at(-1) !== '1') return missing('pidns', `the child of CLONE_NEWPID is not pid 1 inside (NSpid: ${nspid.join(' ')})`);
    return ok('pidns', `started pid ${pid} as pid 1 of a new pid namespace`);
  } finally {
    killAndReap(pid);
  }
}

function checkMmMap(): CheckResult {
  // PR_SET_MM_MAP_SIZE stores sizeof(struct prctl_mm_map) at arg3. Kernels with
  // CONFIG_CHECKPOINT_RESTORE try (and fault on the NULL pointer: EFAULT); others
  // never get there (EINVAL or EPERM).
  let answer: string;
  let supported = false;
  try {
    native.prctl(PR_SET_MM, PR_SET_MM_MAP_SIZE, 0, 0, 0);
    answer = 'PR_SET_MM_MAP_SIZE succeeded on a NULL pointer (unexpected)';
  } catch (e) {
    supported = isErrno(e, 'EFAULT');
    answer = supported ? 'prctl(PR_SET_MM, PR_SET_MM_MAP_SIZE) is implemented' : `prctl(PR_SET_MM, PR_SET_MM_MAP_SIZE) is not: ${why(e)}`;
  }
  const mapFiles = fs.existsSync('/proc/self/map_files');
  const detail = `${answer}; /proc/self/map_files ${mapFiles ? 'exists' : 'is missing'}`;
  return supported && mapFiles ? ok('mmMap', detail) : missing('mmMap', detail);
}

function checkNofile(): CheckResult {
  try {
    const r = native.prlimit(0, RLIMIT_NOFILE);
    const detail = `soft ${r.cur}, hard ${r.max}`;
    return r.cur >= 1024n ? ok('nofile', detail) : result('nofile', 'warn', `${detail}: low; raise it with ulimit -n`);
  } catch (e) {
    return result('nofile', 'warn', `prlimit failed: ${why(e)}`);
  }
}

/** The probes that work on one child: ptrace and everything that needs a traced or live task. */
function checkWithChild(): CheckResult[] {
  const out: CheckResult[] = [];
  const selfMaps = readMaps('self');
  const selfLayout = layoutOf(selfMaps);
  const hasVdso = selfMaps.some((m) => m.name === '[vdso]');
  out.push(hasVdso ? ok('vdsoLayout', selfLayout) : missing('vdsoLayout', `no [vdso] in /proc/self/maps${selfLayout ? ` (${selfLayout})` : ''}`));

  let devnull = -1;
  let pid = 0;
  try {
    devnull = native.open('/dev/null', O_RDONLY | O_CLOEXEC, 0);
    pid = spawnAt({ path: restoreStubPath, argv: ['amber-check'], envp: [], fds: [[devnull, 3]] });
  } catch (e) {
    if (devnull >= 0) native.close(devnull);
    const msg = `could not start a child to probe: ${why(e)}`;
    for (const k of ['ptrace', 'rseq', 'pagemap', 'vmReadv', 'kcmp', 'pidfd', 'mapVdso'] as const) out.push(missing(k, msg));
    return out;
  }
  try {
    const text = readMaps(pid).find((m) => m.perms.includes('x') && !isVdsoArea(m) && m.name !== '[vsyscall]');

    // kcmp: our fd and the child's fd 3 are one open file; our address spaces differ.
    try {
      const sameFile = native.kcmp(process.pid, pid, KCMP_FILE, devnull, 3);
      const sameVm = native.kcmp(process.pid, pid, KCMP_VM, 0, 0);
      if (sameFile === 0 && sameVm !== 0) out.push(ok('kcmp', `KCMP_FILE found the file shared with child ${pid}, KCMP_VM told the address spaces apart`));
      else out.push(missing('kcmp', `wrong answers: KCMP_FILE ${sameFile} (want 0), KCMP_VM ${sameVm} (want non-zero)`));
    } catch (e) {
      out.push(missing('kcmp', why(e)));
    }

    // pidfd_open + pidfd_getfd: take the child's fd 3 and check it is our /dev/null.
    try {
      const pidfd = native.pidfdOpen(pid, 0);
      try {
        const got = native.pidfdGetfd(pidfd, 3, 0);
        try {
          const a = fs.fstatSync(got);
          const b = fs.fstatSync(devnull);
          if (a.ino === b.ino && a.dev === b.dev) out.push(ok('pidfd', `took fd 3 of child ${pid} through its pidfd`));
          else out.push(missing('pidfd', 'pidfd_getfd returned a different file'));
        } finally {
          native.close(got);
        }
      } finally {
        native.close(pidfd);
      }
    } catch (e) {
      out.push(missing('pidfd', why(e)));
    }

    // ptrace: seize the child and stop it with PTRACE_INTERRUPT.
    let t: Tracee | null = null;
    try {
      t = Tracee.seize(pid);
      const state = /^State:\s*(.*)$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1] ?? '?';
      out.push(ok('ptrace', `seized child ${pid} and stopped it with PTRACE_INTERRUPT (state: ${state})`));
    } catch (e) {
      out.push(missing('ptrace', why(e)));
    }

    if (t) {
      try {
        const c = t.getRseqConfig();
        out.push(ok('rseq', `answered for child ${pid} (rseq area ${c.rseqAbiPointer === 0n ? 'not registered' : `at 0x${c.rseqAbiPointer.toString(16)}`})`));
      } catch (e) {
        out.push(missing('rseq', why(e)));
      }
    } else out.push(missing('rseq', 'cannot be probed without ptrace'));

    // pagemap: the top page of the child's stack (exec wrote its arguments there, so
    // it is populated from the start) must read as present and anonymous.
    try {
      const stack = readMaps(pid).find((m) => m.name === '[stack]');
      if (!stack) throw new Error(`child ${pid} has no [stack] mapping`);
      const fd = fs.openSync(`/proc/${pid}/pagemap`, 'r');
      try {
        const b = Buffer.alloc(8);
        const n = fs.readSync(fd, b, 0, 8, Number((stack.end - 1n) / 4096n) * 8);
        const e = n === 8 ? b.readBigUInt64LE(0) : 0n;
        const present = (e >> 63n) & 1n;
        const file = (e >> 61n) & 1n;
        if (n === 8 && present && !file) out.push(ok('pagemap', `read the entry of child ${pid}'s top stack page: present, anonymous`));
        else out.push(missing('pagemap', n === 8 ? `the top stack page of child ${pid} reads as ${present ? 'file-backed' : 'not present'} (0x${e.toString(16)})` : `short read (${n} bytes)`));
      } finally {
        fs.closeSync(fd);
      }
    } catch (e) {
      out.push(missing('pagemap', why(e)));
    }

    // process_vm_readv: the child's code, compared with /proc/PID/mem.
    try {
      if (!text) throw new Error(`child ${pid} has no code mapping`);
      const a = Buffer.alloc(16);
      const n = native.processVmReadv(pid, a, [[text.start, 16]]);
      const fd = fs.openSync(`/proc/${pid}/mem`, 'r');
      const b = Buffer.alloc(16);
      try {
        fs.readSync(fd, b, 0, 16, Number(text.start));
      } finally {
        fs.closeSync(fd);
      }
      if (n === 16 && a.equals(b)) out.push(ok('vmReadv', `read 16 bytes of child ${pid}'s memory`));
      else out.push(missing('vmReadv', `read ${n} bytes${n === 16 ? ' that differ from /proc/PID/mem' : ''}`));
    } catch (e) {
      out.push(missing('vmReadv', why(e)));
    }

    // ARCH_MAP_VDSO_64: unmap the child's vdso and vvar areas and map them back at
    // the same address, as restore does; the layout must come back identical.
    if (!hasVdso) out.push(missing('mapVdso', 'there is no vdso to map'));
    else if (!t) out.push(missing('mapVdso', 'cannot be probed without ptrace'));
    else {
      try {
        const before = readMaps(pid).filter(isVdsoArea);
        const start = before[0]!.start;
        for (const m of before) t.syscall(SYS.munmap, m.start, m.end - m.start);
        const r = t.syscallRaw(SYS.arch_prctl, ARCH_MAP_VDSO_64, start);
        if (r < 0n) {
          out.push(missing('mapVdso', `arch_prctl(ARCH_MAP_VDSO_64) failed in child ${pid}: errno ${-r}`));
        } else {
          const was = layoutOf(before, start);
          const now = layoutOf(readMaps(pid), start);
          const at = readMaps(pid).filter(isVdsoArea)[0]?.start;
          if (now === was && at === start) out.push(ok('mapVdso', `mapped child ${pid}'s vdso back at 0x${start.toString(16)} with the same layout`));
          else out.push(missing('mapVdso', `mapped at 0x${start.toString(16)} but the layout differs: was ${was}, now ${now}`));
        }
      } catch (e) {
        out.push(missing('mapVdso', why(e)));
      }
    }
    t?.detachQuietly();
  } finally {
    native.close(devnull);
    killAndReap(pid);
  }
  return out;
}

const ORDER: Key[] = ['privileges', 'ptrace', 'setTid', 'pidns', 'mmMap', 'kcmp', 'pidfd', 'vmReadv', 'pagemap', 'rseq', 'mapVdso', 'vdsoLayout', 'nofile'];

/** Runs every probe; results in a fixed order. */
export function runChecks(): CheckResult[] {
  const all = [checkPrivileges(), checkSetTid(), checkPidNs(), checkMmMap(), checkNofile(), ...checkWithChild()];
  const byName = new Map(all.map((r) => [r.name, r]));
  return ORDER.map((k) => byName.get(SPECS[k].name)!);
}

/** Dump and restore can work: every required feature is there. */
export function allRequiredPresent(results: CheckResult[]): boolean {
  return results.every((r) => !r.required || r.status === 'ok');
}
