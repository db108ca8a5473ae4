// End to end through the `amber` command, on real processes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper } from '@amber/sys';
import { startProgram, killRestored, killTree, procState, readU64, run, sleep, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');
const cli = (...args: string[]) => run(process.execPath, [amber, ...args]);

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'amber-e2e-'));
}

before(() => {
  // Restored trees detach from amber (-d) and are reparented here, so we can reap them.
  setChildSubreaper(true);
});

function counterLines(file: string): number[] {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map(Number);
}

function assertConsecutive(lines: number[]): void {
  lines.forEach((n, i) => assert.equal(n, i + 1, `line ${i + 1} reads ${n}: a line was lost or repeated`));
}

test('amber dump + restore -d: a busy loop comes back at its pid and keeps counting', async () => {
  const dir = tmpdir();
  const p = await startProgram('busyloop', path.join(dir, 'out'));
  try {
    const counterAddr = BigInt(fs.readFileSync(p.out, 'utf8').split(' ')[1]!);
    await sleep(30);
    const d = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'));
    assert.equal(d.code, 0, d.stderr);
    assert.match(d.stdout, new RegExp(`dumped pid ${p.pid}`));
    assert.equal((await p.reap()).kind, 'signaled', 'the dumped task was killed');
    const r = cli('restore', '-D', path.join(dir, 'img'), '-d', '--pidfile', path.join(dir, 'pid'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'pid'), 'utf8').trim(), String(p.pid));
    await until(() => fs.existsSync(`/proc/${p.pid}`) && procState(p.pid) === 'R', 'the restored task to run');
    const c1 = readU64(p.pid, counterAddr);
    await sleep(30);
    assert.ok(readU64(p.pid, counterAddr) > c1, 'it keeps counting after restore');
  } finally {
    await killRestored(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a counter writing to a file loses and repeats no line across dump and restore', async () => {
  const dir = tmpdir();
  const p = await startProgram('counter', path.join(dir, 'count.txt'));
  try {
    await sleep(50);
    const d = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'));
    assert.equal(d.code, 0, d.stderr);
    await p.reap();
    const atDump = counterLines(p.out).length;
    const r = cli('restore', '-D', path.join(dir, 'img'), '-d');
    assert.equal(r.code, 0, r.stderr);
    await until(() => counterLines(p.out).length > atDump + 10, 'new lines after restore');
    assertConsecutive(counterLines(p.out));
    assert.equal(fs.readlinkSync(`/proc/${p.pid}/fd/1`), p.out);
  } finally {
    await killRestored(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('--leave-running keeps the tree running unharmed; dump twice, restore the second', async () => {
  const dir = tmpdir();
  const p = await startProgram('counter', path.join(dir, 'count.txt'));
  try {
    await sleep(30);
    const d1 = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img1'), '--leave-running');
    assert.equal(d1.code, 0, d1.stderr);
    const n = counterLines(p.out).length;
    await until(() => counterLines(p.out).length > n + 5, 'the task to keep writing after --leave-running');
    assertConsecutive(counterLines(p.out));
    const d2 = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img2'));
    assert.equal(d2.code, 0, d2.stderr);
    await p.reap();
    const r = cli('restore', '-D', path.join(dir, 'img2'), '-d');
    assert.equal(r.code, 0, r.stderr);
    const m = counterLines(p.out).length;
    await until(() => counterLines(p.out).length > m + 5, 'lines after restore');
    assertConsecutive(counterLines(p.out));
  } finally {
    await killTree(p.pid); // the original (a failed second dump) or the restored one
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('restore without -d waits for the root task and exits with its status', async () => {
  const dir = tmpdir();
  const p = await startProgram('busyloop', path.join(dir, 'out'));
  let ended = false;
  try {
    await sleep(20);
    assert.equal(cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img')).code, 0);
    await p.reap();
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [amber, 'restore', '-D', path.join(dir, 'img')], { stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise<number | null>((res) => child.once('exit', (c) => res(c)));
    // Signal it only once amber says it is restored: earlier, the signal would hit the stub mid-restore.
    let said = '';
    child.stdout.on('data', (d: Buffer) => (said += d.toString()));
    await until(() => said.includes(`restored pid ${p.pid}`), 'amber to report the restore', 60000); // a state, bounded generously for loaded machines
    process.kill(p.pid, 'SIGTERM');
    assert.equal(await exited, 128 + 15);
    ended = true; // amber reaped it
  } finally {
    // A failed case leaves neither the original nor a restored task behind.
    if (!ended) await killTree(p.pid).catch(() => {}); // amber, its parent, may reap it first
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('bad input: clear errors, exit codes, and a failed restore leaves nothing behind', async () => {
  const dir = tmpdir();
  try {
    const none = cli('dump', '-t', '999999', '-D', path.join(dir, 'x'));
    assert.equal(none.code, 1);
    assert.match(none.stderr, /task 999999.*no process with pid 999999/);
    assert.equal(fs.existsSync(path.join(dir, 'x', 'inventory.img')), false);

    const usage = cli('dump', '-t', 'abc', '-D', dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /-t\/--tree PID must be a positive integer/);
    assert.equal(cli('dump', '--bogus').code, 2);
    assert.equal(cli('frobnicate').code, 2);

    const empty = cli('restore', '-D', dir);
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /incomplete: inventory\.img missing/);

    // A pid in use: dump with --leave-running, then restore while it still runs.
    const p = await startProgram('busyloop', path.join(dir, 'out'));
    try {
      assert.equal(cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'), '-R').code, 0);
      const busy = cli('restore', '-D', path.join(dir, 'img'), '-d');
      assert.equal(busy.code, 1);
      assert.match(busy.stderr, new RegExp(`pid ${p.pid} is in use by another process.*pid namespace`));
      assert.equal(procState(p.pid), 'R', 'the original still runs');
      const kids = fs.readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
      assert.deepEqual(kids.filter((k) => k !== p.pid && fs.readFileSync(`/proc/${k}/comm`, 'utf8').trim() === 'busyloop'), [], 'no half-restored task left');
    } finally {
      await killRestored(p.pid);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
