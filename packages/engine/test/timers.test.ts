// POSIX timers in process, through dumpProcess and restoreTask: the id fallback for
// kernels without PR_TIMER_CREATE_RESTORE_IDS, and /proc/PID/timers parsing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, openFile, waitForAsync, O_RDWR, O_WRONLY, SIGTERM } from '@amber/sys';
import { dumpProcess, parseProcTimers, restoreTask, type PageRun } from '../src';
import { startProgram, killRestored, until } from '@amber/testkit';

test('in-process: timers at sparse ids come back by counting ids up (kernels before 6.16), and still work', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-timers-'));
  const p = await startProgram('timers', path.join(dir, 'out'));
  let restored = false;
  try {
    await until(() => fs.readFileSync(p.out, 'utf8').includes('ids'), 'timers to create its timers');
    const before = parseProcTimers(fs.readFileSync(`/proc/${p.pid}/timers`, 'utf8'));
    assert.deepEqual(before.map((t) => t.id), [0, 2, 3, 4, 5, 6]);
    const runs: PageRun[] = [];
    const dump = dumpProcess(p.pid, (r) => runs.push(r));
    dump.release('kill');
    await p.reap();
    assert.deepEqual(dump.task.posixTimers.map((t) => t.id), [0, 2, 3, 4, 5, 6]);

    const out = openFile(p.out, O_WRONLY);
    native.lseek(out, 0, 2);
    const devnull = openFile('/dev/null', O_RDWR);
    try {
      restoreTask(dump.task, runs, { spawn: [[devnull, 0], [out, 1], [devnull, 2]], complete: () => {} }, { timerIds: 'linear' });
      restored = true;
    } finally {
      native.close(out);
      native.close(devnull);
    }
    assert.deepEqual(parseProcTimers(fs.readFileSync(`/proc/${p.pid}/timers`, 'utf8')), before, 'ids, clocks, signals and targets');
    native.kill(p.pid, SIGTERM);
    const status = await waitForAsync(p.pid);
    restored = false;
    const text = fs.readFileSync(p.out, 'utf8');
    assert.deepEqual(status, { kind: 'exited', code: 0 }, text);
    assert.match(text, /^PASS$/m, text);
  } finally {
    if (restored) await killRestored(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('/proc/PID/timers: every notify kind parses; a line it does not know is an error naming the file', () => {
  const text = 'ID: 3\nsignal: 35/0000000000000005\nnotify: signal/tid.77\nClockID: 1\nID: 1\nsignal: 0/0000000000000000\nnotify: none/pid.70\nClockID: -6\n';
  assert.deepEqual(parseProcTimers(text), [
    { id: 1, signo: 0, sival: 0n, notify: 1, target: 70, clockId: -6 },
    { id: 3, signo: 35, sival: 5n, notify: 4, target: 77, clockId: 1 },
  ]);
  assert.throws(() => parseProcTimers('ID: 0\nsignal: ten\n', '/proc/9/timers'), /\/proc\/9\/timers: unexpected line "signal: ten"/);
});
