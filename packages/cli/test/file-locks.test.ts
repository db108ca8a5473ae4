// File locks through the amber command: a task holding flock, POSIX and OFD locks keeps
// them across dump and restore, as a separate process sees (F_GETLK, F_OFD_GETLK, flock
// LOCK_NB); a lock someone else took since the dump fails the restore; leases are refused.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { setChildSubreaper } from '@amber/sys';
import { ImageDir, imageFileName } from '@amber/images';
import { startProgram, killTree, reapOrphans, run, testprogs, until } from '@amber/testkit';
import { cli, dumpRestoreCheck } from './support/round-trip';

before(() => setChildSubreaper(true));

/** What lockprobe, a separate process, sees of a lock. */
function probe(...args: string[]): string {
  const r = run(path.join(testprogs, 'lockprobe'), args);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.trim();
}

test('flock, POSIX and OFD locks are held again after two rounds, and other processes are still locked out', async () => {
  let dir = '';
  const seen = (pid: number) => {
    assert.equal(probe('posix', path.join(dir, 'posix'), '0', '1'), `WRITE 0 10 ${pid}`);
    assert.equal(probe('posix', path.join(dir, 'posix'), '150', '1'), `READ 100 0 ${pid}`);
    assert.equal(probe('posix', path.join(dir, 'posix'), '50', '10'), 'free');
    assert.equal(probe('ofd', path.join(dir, 'ofd'), '0', '0'), 'WRITE 5 20 -1');
    assert.equal(probe('flock', path.join(dir, 'flock')), 'locked');
    assert.equal(probe('flock', path.join(dir, 'shared')), 'locked');
  };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-locks-'));
  try {
    const out = await dumpRestoreCheck('locks', {
      rounds: 2,
      args: [dir, 'all'],
      beforeDump: seen,
      checkImages: (img) => {
        const locks = ImageDir.open(img).readEntries('file-locks', imageFileName.fileLocks());
        // posix write + read, ofd, flock on two files (the shared one once, though two tasks hold it)
        assert.deepEqual(locks.map((l) => l.flag).sort(), [1, 1, 2, 2, 4]);
      },
      afterRestore: seen,
    });
    assert.match(out, /PASS/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock another process took after the dump fails the restore clearly, and nothing is left behind', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-locks-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('locks', out, [dir, 'flock']);
  let thief: ReturnType<typeof spawn> | undefined;
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'locks to get ready');
    const img = path.join(dir, 'img');
    const d = cli('dump', '-t', String(p.pid), '-D', img);
    assert.equal(d.code, 0, d.stderr);
    await p.reap();
    await reapOrphans();
    // flock(1) holds an exclusive lock on the file while it runs cat.
    thief = spawn('flock', ['-x', path.join(dir, 'flock'), 'cat'], { stdio: ['pipe', 'ignore', 'ignore'] });
    await until(() => probe('flock', path.join(dir, 'flock')) === 'locked', 'the other process to take the lock');
    const r = cli('restore', '-D', img, '-d');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /cannot take back an flock exclusive \(LOCK_EX\) lock on .*\/flock for pid \d+ fd 5/);
    assert.match(r.stderr, /another process holds a conflicting lock/);
    assert.equal(fs.existsSync(`/proc/${p.pid}`), false, 'the restored task was killed');
    // The shared lock the failed restore took went away with it.
    assert.equal(probe('flock', path.join(dir, 'shared')), 'free');
  } finally {
    thief?.stdin?.end();
    if (thief && thief.exitCode === null) await new Promise((res) => thief!.once('exit', res));
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a lease: the dump refuses, names pid, fd, file and the lease, and the task keeps running with it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-locks-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('locks', out, [dir, 'lease']);
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'locks to get ready');
    const d = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'));
    assert.equal(d.code, 1, d.stderr);
    assert.match(d.stderr, new RegExp(`pid ${p.pid} fd 7 \\(${dir}/lease\\): the task holds a read lease \\(F_SETLEASE\\)`));
    assert.match(d.stderr, /Amber does not restore leases/);
    process.kill(p.pid, 'SIGTERM');
    await p.reap();
    assert.match(fs.readFileSync(out, 'utf8'), /PASS/);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
