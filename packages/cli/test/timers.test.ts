// Timers through the amber command (issue 7 and 9): POSIX timers of every kind come back
// at their ids with their clocks, signals and times; itimers keep their remaining time.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ImageDir } from '@amber/images';
import { setChildSubreaper } from '@amber/sys';
import { dumpRestoreCheck } from './support/round-trip';


before(() => setChildSubreaper(true));

/** /proc/PID/timers, one line per timer ("ID: 0 signal: 10/... notify: ... ClockID: 1"), by id. */
function procTimers(pid: number): string[] {
  return fs.readFileSync(`/proc/${pid}/timers`, 'utf8')
    .split(/(?=^ID:)/m)
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .sort((a, b) => Number(/^ID: (\d+)/.exec(a)![1]) - Number(/^ID: (\d+)/.exec(b)![1]));
}



test('POSIX timers: periodic, one-shot, aimed at a thread, disarmed, on CPU time and with a pending signal come back at their ids, twice', async () => {
  let pid = 0;
  let before: string[] = [];
  const text = await dumpRestoreCheck('timers', { rounds: 2,
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
  const text = await dumpRestoreCheck('itimers', { rounds: 2 });
  assert.match(text, /^PASS$/m, text);
});
