// Timers through the amber command (issue 7 and 9): POSIX timers of every kind come back
// at their ids with their clocks, signals and times; itimers keep their remaining time.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ImageDir } from '@amber/images';
import { native, setChildSubreaper, waitForAsync, SIGTERM } from '@amber/sys';
import { startProgram, killTree, reapOrphans, run, sleep, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');
const cli = (...args: string[]) => run(process.execPath, [amber, ...args]);

before(() => setChildSubreaper(true));

/** /proc/PID/timers, one line per timer ("ID: 0 signal: 10/... notify: ... ClockID: 1"), by id. */
function procTimers(pid: number): string[] {
  return fs.readFileSync(`/proc/${pid}/timers`, 'utf8')
    .split(/(?=^ID:)/m)
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .sort((a, b) => Number(/^ID: (\d+)/.exec(a)![1]) - Number(/^ID: (\d+)/.exec(b)![1]));
}

interface Rounds {
  /** Called with the running task's pid before each dump. */
  beforeDump?: (pid: number) => void;
  /** Called with each round's image directory, right after the dump. */
  checkImages?: (img: string) => void;
  /** Called after each restore, with the task running again. */
  afterRestore?: (pid: number) => void;
}

/** Starts `prog`, dumps and restores it `rounds` times, then asks it to check itself. */
async function dumpRestoreCheck(prog: string, rounds: number, hooks: Rounds = {}): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `amber-${prog}-`));
  const out = path.join(dir, 'out');
  const p = await startProgram(prog, out);
  let live = true;
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), `${prog} to get ready`);
    await sleep(20);
    for (let round = 0; round < rounds; round++) {
      const img = path.join(dir, `img${round}`);
      hooks.beforeDump?.(p.pid);
      const d = cli('dump', '-t', String(p.pid), '-D', img);
      assert.equal(d.code, 0, `dump round ${round}: ${d.stderr}`);
      if (round === 0) await p.reap();
      else await waitForAsync(p.pid);
      await reapOrphans();
      live = false;
      hooks.checkImages?.(img);
      const r = cli('restore', '-D', img, '-d');
      assert.equal(r.code, 0, `restore round ${round}: ${r.stderr}`);
      live = true;
      hooks.afterRestore?.(p.pid);
      await sleep(20);
    }
    native.kill(p.pid, SIGTERM);
    const status = await waitForAsync(p.pid);
    live = false;
    const text = fs.readFileSync(out, 'utf8');
    assert.deepEqual(status, { kind: 'exited', code: 0 }, `${prog} exit: ${text}`);
    return text;
  } finally {
    if (live) await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('POSIX timers: periodic, one-shot, aimed at a thread, disarmed, on CPU time and with a pending signal come back at their ids, twice', async () => {
  let pid = 0;
  let before: string[] = [];
  const text = await dumpRestoreCheck('timers', 2, {
    beforeDump(p) {
      pid = p;
      before = procTimers(p);
      assert.equal(before.length, 6, before.join('\n'));
    },
    checkImages(img) {
      const dir = ImageDir.open(img);
      const posix = dir.readCore(pid).tc?.timers?.posix ?? [];
      const worker = (dir.readPstree()[0]!.threads ?? [])[1]!;
      assert.deepEqual(posix.map((t) => t.it_id), [0, 2, 3, 4, 5, 6], 'ids, with the hole of the deleted timer');
      const timerSignals = (dir.readCore(pid).tc?.signals_s?.signals ?? []).map((s) => Buffer.from(s.siginfo))
        .filter((si) => si.readInt32LE(8) === -2).map((si) => si.readInt32LE(16));
      assert.ok(timerSignals.includes(6), `the held timer's blocked signal is pending in the image (SI_TIMER from timers ${timerSignals})`);
      const [periodic, oneshot, thread, disarmed, cpu] = posix;
      assert.equal(periodic!.clock_id, 1, 'CLOCK_MONOTONIC');
      assert.equal(periodic!.isec * 1_000_000_000n + periodic!.insec, 20_000_000n, 'periodic interval');
      assert.equal(oneshot!.clock_id, 0, 'CLOCK_REALTIME');
      assert.ok(oneshot!.vsec >= 900n && oneshot!.vsec <= 1000n, `one-shot remaining ${oneshot!.vsec} s`);
      assert.equal(thread!.it_sigev_notify, 4, 'SIGEV_THREAD_ID');
      assert.equal(thread!.notify_thread_id, worker, 'aimed at the second thread');
      assert.equal(disarmed!.vsec + disarmed!.vnsec + disarmed!.isec + disarmed!.insec, 0n, 'disarmed');
      assert.equal(cpu!.clock_id | 0, -6, "the process's CPU clock, as the kernel keeps it");
      assert.equal(cpu!.sival_ptr, 9n);
    },
    afterRestore(restored) {
      assert.deepEqual(procTimers(restored), before, '/proc/PID/timers after restore: ids, signals, values, targets, clocks');
    },
  });
  assert.match(text, /^PASS$/m, text);
});

test('itimers: ITIMER_PROF keeps no more than its interval left after each of two restores', async () => {
  const text = await dumpRestoreCheck('itimers', 2);
  assert.match(text, /^PASS$/m, text);
});
