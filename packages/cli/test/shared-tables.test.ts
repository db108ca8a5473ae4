// State Amber cannot restore is refused at dump, which leaves the tree running unharmed:
// processes sharing an fd table, filesystem info or signal handlers without being
// threads (clone without CLONE_THREAD: restore would give each its own), and the
// O_ASYNC owner and signal of a regular file.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, setChildSubreaper, waitForAsync, SIGKILL, SIGTERM } from '@amber/sys';
import { startProgram, run, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');

before(() => setChildSubreaper(true));

for (const [mode, what] of [['files', /share one fd table \(CLONE_FILES without CLONE_THREAD\)/], ['fs', /share one filesystem info .*CLONE_FS/], ['sighand', /share one signal handlers .*CLONE_SIGHAND/]] as const) {
  test(`a child sharing its parent's ${mode} (clone without CLONE_THREAD): the dump refuses and both run on`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `amber-shared-${mode}-`));
    const p = await startProgram('sharedtables', path.join(dir, 'out'), [mode]);
    let ended = false;
    try {
      await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), 'the program to start');
      const child = Number(/^ready \d+ (\d+)/m.exec(fs.readFileSync(p.out, 'utf8'))![1]);
      const r = run(process.execPath, [amber, 'dump', '-t', String(p.pid), '-D', path.join(dir, 'img')]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, what);
      assert.match(r.stderr, new RegExp(`processes ${Math.min(p.pid, child)} and ${Math.max(p.pid, child)}`));
      assert.equal(fs.existsSync(path.join(dir, 'img', 'inventory.img')), false);
      native.kill(p.pid, SIGTERM);
      const status = await waitForAsync(p.pid);
      ended = true;
      assert.deepEqual(status, { kind: 'exited', code: 0 }, fs.readFileSync(p.out, 'utf8'));
      assert.match(fs.readFileSync(p.out, 'utf8'), /^PASS$/m);
    } finally {
      if (!ended) {
        try {
          native.kill(p.pid, SIGKILL);
          await waitForAsync(p.pid);
        } catch {
          /* gone */
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('an O_ASYNC owner and signal on a regular file: the dump refuses, naming the fd, and the program runs on', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-fown-'));
  const p = await startProgram('fown', path.join(dir, 'out'));
  let ended = false;
  try {
    await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), 'the program to start');
    const r = run(process.execPath, [amber, 'dump', '-t', String(p.pid), '-D', path.join(dir, 'img')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`pid ${p.pid} fd 7 .*O_ASYNC owner or signal \\(F_GETOWN ${p.pid}, F_GETSIG 34\\)`));
    native.kill(p.pid, SIGTERM);
    const status = await waitForAsync(p.pid);
    ended = true;
    assert.deepEqual(status, { kind: 'exited', code: 0 }, fs.readFileSync(p.out, 'utf8'));
    assert.match(fs.readFileSync(p.out, 'utf8'), /^PASS$/m);
  } finally {
    if (!ended) {
      try {
        native.kill(p.pid, SIGKILL);
        await waitForAsync(p.pid);
      } catch {
        /* gone */
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
