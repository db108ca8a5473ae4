// A job-control-stopped process: dumped as stopped (with its stop signal), restored
// stopped, and it carries on when continued.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, setChildSubreaper, waitForAsync, SIGCONT, SIGTERM, SIGTSTP } from '@amber/sys';
import { startProgram, killTree, procState, reapOrphans, run, sleep, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');
const cli = (...args: string[]) => run(process.execPath, [amber, ...args]);

before(() => setChildSubreaper(true));

// States are waited for with a minute's bound: on a loaded machine a SIGTSTP can take
// seconds to be acted on (the 5 s default timed out once), and nothing here is timed.
const STATE_MS = 60000;

const lines = (file: string): number[] => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);

test('a process stopped by SIGTSTP stays stopped through two dump/restore rounds, then continues without a gap', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-stopped-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('counter', out);
  try {
    await until(() => lines(out).length >= 5, 'counter to count', STATE_MS);
    native.kill(p.pid, SIGTSTP);
    await until(() => procState(p.pid) === 'T', 'counter to stop', STATE_MS);

    // --leave-running leaves it as it was: stopped.
    const kept = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'kept'), '--leave-running');
    assert.equal(kept.code, 0, kept.stderr);
    assert.equal(procState(p.pid), 'T', 'still stopped after --leave-running');

    for (let round = 0; round < 2; round++) {
      const img = path.join(dir, `img${round}`);
      const d = cli('dump', '-t', String(p.pid), '-D', img);
      assert.equal(d.code, 0, `dump round ${round}: ${d.stderr}`);
      const core = JSON.parse(cli('show', path.join(img, `core-${p.pid}.img`)).stdout);
      const tc = (core.entries ?? core)[0].tc;
      assert.equal(tc.task_state, 'Stopped', 'recorded as stopped');
      assert.equal(tc.stop_signo, SIGTSTP, 'with its stop signal');
      if (round === 0) await p.reap();
      else await waitForAsync(p.pid);
      await reapOrphans();
      const r = cli('restore', '-D', img, '-d');
      assert.equal(r.code, 0, `restore round ${round}: ${r.stderr}`);
      await until(() => procState(p.pid) === 'T', 'the restored counter to be stopped', STATE_MS);
      const count = lines(out).length;
      await sleep(100);
      assert.equal(lines(out).length, count, 'a stopped counter writes nothing');
    }

    native.kill(p.pid, SIGCONT);
    const before = lines(out).length;
    await until(() => lines(out).length > before + 5, 'the continued counter to count on', STATE_MS);
    const got = lines(out);
    got.forEach((n, i) => assert.equal(n, i + 1, `line ${i + 1} is ${n}: no line lost or repeated`));
    native.kill(p.pid, SIGTERM);
    assert.deepEqual(await waitForAsync(p.pid), { kind: 'signaled', signal: SIGTERM, coreDumped: false });
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
