// Memory Amber cannot restore yet: the dump refuses with an error that names the task,
// the mapping and the way out, and leaves the process running unharmed.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, setChildSubreaper, waitForAsync, SIGKILL, SIGTERM } from '@amber/sys';
import { startProgram, procState, run, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');

before(() => setChildSubreaper(true));

const kinds: Array<{ kind: string; error: RegExp }> = [
  { kind: 'aio', error: /ring of an AIO context \(io_setup\).*io_destroy/ },
  { kind: 'ghostmap', error: /of the unlinked file ".*\/mapped" is not supported yet/ },
];

for (const { kind, error } of kinds) {
  test(`dump refuses ${kind} memory clearly and leaves the process unharmed`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `amber-memrefused-${kind}-`));
    const p = await startProgram('memrefused', path.join(dir, 'out'), [kind, dir]);
    let ended = false;
    try {
      await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), `memrefused ${kind} to set up`, 20000);
      const r = run(process.execPath, [amber, 'dump', '-t', String(p.pid), '-D', path.join(dir, 'img')]);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, new RegExp(`(pid|task) ${p.pid}\\b`));
      assert.match(r.stderr, error);
      await until(() => !['t', 'T'].includes(procState(p.pid)), 'the process to run again');
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
