// A dump that dies midway must leave the tree running unharmed, and the image directory
// as it was (the images are written aside, in a staging directory the next dump removes).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { native, setChildSubreaper, waitForAsync, SIGKILL, SIGTERM } from '@amber/sys';
import { startProgram, killRestored, procState, run, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');

before(() => setChildSubreaper(true));

test('the dumper killed while it writes pages: the process runs on intact; the images are incomplete', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-kill-dumper-'));
  const p = await startProgram('bigmem', path.join(dir, 'out'), ['512']);
  let ended = false;
  try {
    await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), 'bigmem to fill its memory', 120000);
    const img = path.join(dir, 'img');
    const dumper = spawn(process.execPath, [amber, 'dump', '-t', String(p.pid), '-D', img, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    dumper.stdout.on('data', (d: Buffer) => (said += d.toString()));
    await until(() => said.includes('"phase":"dump-task"'), 'the dumper to start on the task', 60000);
    // Killed once the pages are being written (its work inside the task is over by then).
    const pagesWritten = (): number => {
      try {
        const staging = path.join(dir, `.img.amber-dump-${dumper.pid}.tmp`);
        return fs.readdirSync(staging).filter((f) => f.includes('pages-')).reduce((n, f) => n + fs.statSync(path.join(staging, f)).size, 0);
      } catch {
        return 0; // not there yet, or renamed into place meanwhile
      }
    };
    await until(() => pagesWritten() > 8 << 20, 'the dumper to write pages', 120000);
    assert.equal(dumper.exitCode, null, 'the dump is still running when it is killed');
    dumper.kill('SIGKILL');
    await new Promise((r) => dumper.once('exit', r));

    // With its tracer gone the process is let go: it runs again, and is not stopped.
    await until(() => !['t', 'T'].includes(procState(p.pid)), 'the process to leave its ptrace stop');
    assert.equal(fs.existsSync(img), false, 'the images directory was never made');
    const r = run(process.execPath, [amber, 'restore', '-D', img, '-d']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /does not exist/);
    // The next dump into the same directory removes what the killed one left.
    const again = run(process.execPath, [amber, 'dump', '-t', String(p.pid), '-D', img, '-R']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.includes('amber-dump')), []);

    native.kill(p.pid, SIGTERM);
    const status = await waitForAsync(p.pid);
    ended = true;
    assert.deepEqual(status, { kind: 'exited', code: 0 }, fs.readFileSync(p.out, 'utf8'));
    assert.match(fs.readFileSync(p.out, 'utf8'), /^PASS$/m);
  } finally {
    if (!ended) {
      try {
        native.kill(p.pid, SIGKILL);
      } catch {
        /* gone */
      }
      await killRestored(p.pid);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
