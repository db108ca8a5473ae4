// Plans run on real fd tables: in a restore stub held under ptrace (an exact fd table,
// low numbers, its own RLIMIT_NOFILE), and in this very process at fds 500 and up.
// Each resulting fd is checked with kcmp(KCMP_FILE) against the file it must be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { planPlacement, applyPlacement, localPlacementOps, remotePlacementOps, PlacementError, type FdEntry } from '../src/placement';

const { native } = sys;

function fdsOf(pid: number | 'self'): number[] {
  return fs
    .readdirSync(`/proc/${pid}/fd`)
    .map(Number)
    .sort((a, b) => a - b);
}

function cloexecOf(pid: number | 'self', fd: number): boolean {
  const flags = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))![1]!;
  return (parseInt(flags, 8) & sys.O_CLOEXEC) !== 0;
}

/** kcmp(KCMP_FILE): does `fd` in `pid` refer to the same open file description as our `mine`? */
function same(pid: number, fd: number, mine: number): boolean {
  return native.kcmp(process.pid, pid, sys.KCMP_FILE, mine, fd) === 0;
}

test('in a restore stub (exact fd table, RLIMIT_NOFILE 64): swapped pipe ends 18/27, an inherited fd at 3 wanted at 4, a service socket on a target, junk', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-placement-'));
  const devnull = sys.openFile('/dev/null', sys.O_RDWR);
  const [pr, pw] = sys.pipe(); // the task's pipe: read end belongs at 18, write end at 27
  const [ir, iw] = sys.pipe(); // the caller's new pipe for --inherit-fd fd[3]:pipe:[...]
  const file = sys.openFile(path.join(tmp, 'test'), sys.O_RDWR | sys.O_CREAT, 0o600); // the task's fd 3
  const [svc, peer] = sys.socketpair(sys.AF_UNIX, sys.SOCK_SEQPACKET); // a service fd (transport socket)
  const junk = sys.openFile('/proc/self/status', sys.O_RDONLY);
  // Where each of our fds sits in the stub before the plan runs: the pipe came back
  // swapped, the inherited pipe end sits at 3, the restored file was opened at 5, and
  // the service socket landed on 4.
  const start: Array<[number, number]> = [[devnull, 0], [devnull, 1], [devnull, 2], [iw, 3], [svc, 4], [file, 5], [pw, 18], [pr, 27], [junk, 40]];
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['stub'], envp: [], fds: start });
  try {
    assert.deepEqual(fdsOf(pid), [0, 1, 2, 3, 4, 5, 18, 27, 40]);
    const max = native.prlimit(pid, sys.RLIMIT_NOFILE).max;
    native.prlimit(pid, sys.RLIMIT_NOFILE, 64n, max);

    const id = (mine: number): string => `our fd ${mine}`;
    const current: FdEntry[] = start.filter(([mine]) => mine !== svc).map(([mine, fd]) => ({ fd, id: id(mine), cloexec: false }));
    const plan = planPlacement({
      current,
      keep: [{ fd: 4, id: 'transport' }],
      target: [
        { fd: 0, id: id(devnull) },
        { fd: 1, id: id(devnull) },
        { fd: 2, id: id(devnull) },
        { fd: 3, id: id(file) },
        { fd: 4, id: id(iw), cloexec: true },
        { fd: 18, id: id(pr) },
        { fd: 27, id: id(pw) },
      ],
      limit: 64,
    });

    const t = sys.Tracee.seize(pid);
    try {
      applyPlacement(plan.steps, remotePlacementOps(t));
    } finally {
      t.finishRemote();
      t.detach();
    }

    const service = plan.serviceFds.get('transport')!;
    assert.ok(service > 27 && service < 64);
    assert.deepEqual(fdsOf(pid), [0, 1, 2, 3, 4, 18, 27, service]);
    for (const fd of [0, 1, 2]) assert.ok(same(pid, fd, devnull), `fd ${fd} is /dev/null`);
    assert.ok(same(pid, 3, file), 'fd 3 is the restored file');
    assert.ok(same(pid, 4, iw), 'fd 4 is the inherited pipe end');
    assert.ok(same(pid, 18, pr), 'fd 18 is the read end');
    assert.ok(same(pid, 27, pw), 'fd 27 is the write end');
    assert.ok(same(pid, service, svc), 'the service socket moved above the targets');
    assert.deepEqual([0, 1, 2, 3, 4, 18, 27].map((fd) => cloexecOf(pid, fd)), [false, false, false, false, true, false, false]);
    assert.equal(cloexecOf(pid, service), true);
    assert.equal(fs.readlinkSync(`/proc/${pid}/fd/18`), fs.readlinkSync(`/proc/self/fd/${pr}`));
  } finally {
    native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);
    for (const fd of [devnull, pr, pw, ir, iw, file, svc, peer, junk]) native.close(fd);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('in a restore stub with no spare fd: RLIMIT_NOFILE 2 and a swap refuse with NO_SPARE_FD; a copy at fd 5 lets it through', () => {
  const [r, w] = sys.pipe();
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['stub'], envp: [], fds: [[w, 0], [r, 1], [r, 5]] });
  try {
    const max = native.prlimit(pid, sys.RLIMIT_NOFILE).max;
    native.prlimit(pid, sys.RLIMIT_NOFILE, 2n, max);
    const target = [{ fd: 0, id: 'r' }, { fd: 1, id: 'w' }];
    assert.throws(
      () => planPlacement({ current: [{ fd: 0, id: 'w' }, { fd: 1, id: 'r' }], target, limit: 2 }),
      (e: unknown) => e instanceof PlacementError && e.code === 'NO_SPARE_FD' && /RLIMIT_NOFILE 2/.test(e.message),
    );
    // fd 5 (opened before the limit was lowered) holds another copy of the read end.
    const plan = planPlacement({ current: [{ fd: 0, id: 'w' }, { fd: 1, id: 'r' }, { fd: 5, id: 'r' }], target, limit: 2 });
    const t = sys.Tracee.seize(pid);
    try {
      applyPlacement(plan.steps, remotePlacementOps(t));
    } finally {
      t.finishRemote();
      t.detach();
    }
    assert.deepEqual(fdsOf(pid), [0, 1]);
    assert.ok(same(pid, 0, r));
    assert.ok(same(pid, 1, w));
  } finally {
    native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);
    native.close(r);
    native.close(w);
  }
});

test('in this process at fds 500+: the swapped pipe (518/527), an fd at 503 in the way of target 503 and wanted at 504', () => {
  const high = fdsOf('self').filter((fd) => fd >= 500);
  assert.deepEqual(high, [], 'this test needs fds 500 and up to be free');
  const [pr, pw] = sys.pipe();
  const f = sys.openFile('/proc/self/status', sys.O_RDONLY);
  const inh = sys.openFile('/dev/null', sys.O_WRONLY);
  // Put them where the kernel "happened" to create them.
  const at = (fd: number, n: number): number => native.dup3(fd, n, 0);
  at(pw, 518);
  at(pr, 527);
  at(inh, 503);
  at(f, 509);
  try {
    const limit = Number(native.prlimit(0, sys.RLIMIT_NOFILE).cur);
    const plan = planPlacement({
      current: [
        { fd: 518, id: 'pipe-w', cloexec: false },
        { fd: 527, id: 'pipe-r', cloexec: false },
        { fd: 503, id: 'inherited', cloexec: false },
        { fd: 509, id: 'file', cloexec: false },
      ],
      target: [
        { fd: 518, id: 'pipe-r' },
        { fd: 527, id: 'pipe-w' },
        { fd: 503, id: 'file', cloexec: true },
        { fd: 504, id: 'inherited' },
      ],
      limit,
    });
    applyPlacement(plan.steps, localPlacementOps());
    assert.deepEqual(fdsOf('self').filter((fd) => fd >= 500), [503, 504, 518, 527]);
    const me = process.pid;
    assert.equal(native.kcmp(me, me, sys.KCMP_FILE, 518, pr), 0);
    assert.equal(native.kcmp(me, me, sys.KCMP_FILE, 527, pw), 0);
    assert.equal(native.kcmp(me, me, sys.KCMP_FILE, 503, f), 0);
    assert.equal(native.kcmp(me, me, sys.KCMP_FILE, 504, inh), 0);
    assert.deepEqual([503, 504, 518, 527].map((fd) => cloexecOf('self', fd)), [true, false, false, false]);
    // The pipe works end to end at its new numbers.
    native.write(527, Buffer.from('18/27'));
    const buf = Buffer.alloc(16);
    assert.equal(buf.subarray(0, native.read(518, buf)).toString(), '18/27');
  } finally {
    for (const fd of fdsOf('self').filter((n) => n >= 500)) native.close(fd);
    for (const fd of [pr, pw, f, inh]) native.close(fd);
  }
});

test('in a restore stub, 10,000 fds: 9,998 dups of /dev/null, a pipe whose ends came back swapped (7000/5000), a service socket on target 1000', () => {
  const n = 10_000;
  const devnull = sys.openFile('/dev/null', sys.O_RDWR);
  const [pr, pw] = sys.pipe(); // read end belongs at 5000, write end at 7000
  const [svc, peer] = sys.socketpair(sys.AF_UNIX, sys.SOCK_SEQPACKET);
  const start: Array<[number, number]> = [[devnull, 0], [svc, 1000], [pw, 5000], [pr, 7000]];
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['stub'], envp: [], fds: start });
  try {
    const max = native.prlimit(pid, sys.RLIMIT_NOFILE).max;
    native.prlimit(pid, sys.RLIMIT_NOFILE, BigInt(n + 64), max);
    const fileAt = (fd: number): number => (fd === 5000 ? pr : fd === 7000 ? pw : devnull);
    const target = [...Array(n).keys()].map((fd) => ({ fd, id: `our fd ${fileAt(fd)}`, cloexec: fd % 3 === 0 }));
    const t0 = process.hrtime.bigint();
    const plan = planPlacement({
      current: [{ fd: 0, id: `our fd ${devnull}`, cloexec: false }, { fd: 5000, id: `our fd ${pw}`, cloexec: false }, { fd: 7000, id: `our fd ${pr}`, cloexec: false }],
      keep: [{ fd: 1000, id: 'transport' }],
      target,
      limit: n + 64,
    });
    const planMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const t = sys.Tracee.seize(pid);
    const t1 = process.hrtime.bigint();
    try {
      applyPlacement(plan.steps, remotePlacementOps(t));
    } finally {
      t.finishRemote();
      t.detach();
    }
    const runMs = Number(process.hrtime.bigint() - t1) / 1e6;
    console.log(`# ${plan.steps.length} steps: planned in ${planMs.toFixed(0)} ms, run in the stub in ${runMs.toFixed(0)} ms`);
    assert.ok(plan.steps.length <= n + 4, `${plan.steps.length} steps for ${n} fds`);
    const service = plan.serviceFds.get('transport')!;
    assert.equal(service, n);
    assert.deepEqual(fdsOf(pid), [...Array(n + 1).keys()]);
    for (let fd = 0; fd < n; fd++) assert.ok(same(pid, fd, fileAt(fd)), `fd ${fd} is our fd ${fileAt(fd)}`);
    assert.ok(same(pid, service, svc), 'the service socket moved above the targets');
    for (let fd = 0; fd < n; fd++) assert.equal(cloexecOf(pid, fd), fd % 3 === 0, `FD_CLOEXEC of fd ${fd}`);
  } finally {
    native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);
    for (const fd of [devnull, pr, pw, svc, peer]) native.close(fd);
  }
});
