// File locks through the amber command: a task holding flock, POSIX and OFD locks.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper } from '@amber/sys';
import { startProgram, killTree, run, testprogs, until } from '@amber/testkit';
import { cli } from './support/round-trip';

before(() => setChildSubreaper(true));

/** What lockprobe, a separate process, sees of a lock. */
function probe(...args: string[]): string {
  const r = run(path.join(testprogs, 'lockprobe'), args);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.trim();
}

test('a task holding a POSIX lock: the dump refuses, names pid, fd, file and lock, and the task keeps its lock', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-locks-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('locks', out, [dir, 'posix']);
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'locks to get ready');
    const d = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'));
    assert.equal(d.code, 1, d.stderr);
    assert.match(d.stderr, new RegExp(`pid ${p.pid} fd 3 \\(${dir}/posix\\)`));
    assert.match(d.stderr, /POSIX \(fcntl F_SETLK\) (write|read) lock/);
    assert.equal(probe('posix', path.join(dir, 'posix'), '0', '1'), `WRITE 0 10 ${p.pid}`);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
