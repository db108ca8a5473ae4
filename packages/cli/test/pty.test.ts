// Pseudo-terminal pairs inside the tree through the amber command: the master, the
// session whose controlling terminal is the slave and its foreground group come back
// (ptypair.c checks itself); data queued in a pty is refused clearly.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, openFile, setChildSubreaper, waitForAsync, O_RDWR, O_NOCTTY, SIGTERM } from '@amber/sys';
import { startProgram, killTree, reapOrphans, until } from '@amber/testkit';
import { cli, dumpRestoreCheck } from './support/round-trip';

before(() => setChildSubreaper(true));

/** The pty index of fd 3 of `pid` (its master), from fdinfo's tty-index line. */
function ptyIndex(pid: number): string {
  return /^tty-index:\s*(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/fdinfo/3`, 'utf8'))?.[1] ?? '?';
}

test('a pty pair with a session on its slave comes back twice: same index, termios, window, controlling terminal, foreground group', async () => {
  let index = '';
  const out = await dumpRestoreCheck('ptypair', {
    rounds: 2,
    beforeDump: (pid, round) => {
      if (round === 0) index = ptyIndex(pid);
      assert.equal(ptyIndex(pid), index);
    },
    afterRestore: (pid) => assert.equal(ptyIndex(pid), index),
  });
  assert.match(out, /PASS/);
});

test('data waiting in a pty: the dump refuses, naming the master, and the tree runs on', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-pty-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('ptypair', out, ['queued']);
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'ptypair to get ready');
    const d = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'));
    assert.equal(d.code, 1, d.stderr);
    assert.match(d.stderr, new RegExp(`cannot dump pid ${p.pid} fd 3 \\(the master of /dev/pts/\\d+\\): 7 bytes wait to be read from the slave`));
    assert.ok(fs.existsSync(`/proc/${p.pid}`));
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a master whose slave no task of the tree holds: the dump refuses, naming it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-pty-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('ptypair', out, ['masteronly']);
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'ptypair to get ready');
    const d = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'));
    assert.equal(d.code, 1, d.stderr);
    assert.match(d.stderr, new RegExp(`cannot dump pid ${p.pid} fd 3 \\(the master of /dev/pts/\\d+\\): no task of the tree holds its slave`));
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a pty index taken by someone else since the dump fails the restore clearly and leaves nothing; once free, the restore works', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-pty-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('ptypair', out);
  const held: number[] = [];
  let live = true;
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'ptypair to get ready');
    const index = Number(ptyIndex(p.pid));
    const img = path.join(dir, 'img');
    const d = cli('dump', '-t', String(p.pid), '-D', img);
    assert.equal(d.code, 0, d.stderr);
    await p.reap();
    await reapOrphans();
    live = false;
    // Take ptys until we hold the dumped index (the kernel hands out the lowest free one).
    for (let i = 0; i <= index + 64; i++) {
      const fd = openFile('/dev/ptmx', O_RDWR | O_NOCTTY);
      held.push(fd);
      const b = Buffer.alloc(4);
      native.ttyIoctl(fd, 0x80045430 /* TIOCGPTN */, b);
      if (b.readInt32LE(0) === index) break;
    }
    const r = cli('restore', '-D', img, '-d');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`pty ${index} \\(/dev/pts/${index}\\) is taken on this machine`));
    assert.equal(fs.existsSync(`/proc/${p.pid}`), false, 'nothing of the tree is left');
    for (const fd of held.splice(0)) native.close(fd);
    const again = cli('restore', '-D', img, '-d');
    assert.equal(again.code, 0, again.stderr);
    live = true;
    assert.equal(ptyIndex(p.pid), String(index));
    native.kill(p.pid, SIGTERM);
    const status = await waitForAsync(p.pid);
    live = false;
    assert.deepEqual(status, { kind: 'exited', code: 0 }, fs.readFileSync(out, 'utf8'));
    assert.match(fs.readFileSync(out, 'utf8'), /PASS/);
  } finally {
    for (const fd of held) native.close(fd);
    if (live) await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
