// Issue 7's end-to-end cases, through the amber command: test programs that check
// their own state after restore and print PASS or FAIL.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, setChildSubreaper, waitForAsync, SIGTERM } from '@amber/sys';
import { startProgram, killTree, reapOrphans, until } from '@amber/testkit';
import { cli, dumpRestoreCheck } from './support/round-trip';


before(() => setChildSubreaper(true));


test('signal handlers, a blocked pending signal (with its queued value), sigaltstack and an itimer survive', async () => {
  const text = await dumpRestoreCheck('signals');
  assert.match(text, /^PASS$/m, text);
});

test('the same, dumped and restored twice in a row', async () => {
  const text = await dumpRestoreCheck('signals', { rounds: 2 });
  assert.match(text, /^PASS$/m, text);
});

test('a multi-threaded process: 4 threads come back with their tids and TLS, all counting', async () => {
  const text = await dumpRestoreCheck('threads');
  assert.match(text, /^PASS$/m, text);
});

test('multi-threaded, dumped and restored twice in a row', async () => {
  const text = await dumpRestoreCheck('threads', { rounds: 2 });
  assert.match(text, /^PASS$/m, text);
});

test('many kinds of memory: anon, file private/shared, guard pages, read-only, 1 GiB sparse, shared anon', async () => {
  const scratch = path.join(os.tmpdir(), `amber-vmas-${process.pid}`);
  try {
    const text = await dumpRestoreCheck('vmas', { args: [scratch] });
    assert.match(text, /^PASS$/m, text);
  } finally {
    fs.rmSync(scratch, { force: true });
  }
});

test('a process tree: children, a session leader with its own group member, and a zombie', async () => {
  const text = await dumpRestoreCheck('tree', { rounds: 2 });
  assert.match(text, /^PASS$/m, text);
});

test('sleeping in read() on a pipe and in nanosleep(); queued pipe data at swapped fds 27/18 (seed 000)', async () => {
  const text = await dumpRestoreCheck('sleepers', { rounds: 2 });
  assert.match(text, /^PASS$/m, text);
});

test('shared anonymous memory between a parent and its child stays one object after restore', async () => {
  const text = await dumpRestoreCheck('shmem', { rounds: 2 });
  assert.match(text, /^PASS$/m, text);
});

/**
 * Starts `prog` as init of a new pid namespace (and session leader), dumps it, restores it
 * into a new pid namespace, and returns its verdict. The host-level pid changes.
 */
async function containerRoundTrip(prog: string, checkImages?: (img: string) => void): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `amber-${prog}-`));
  const out = path.join(dir, 'out');
  const p = await startProgram(prog, out, [], { newPidNs: true, setsid: true });
  let pid = p.pid;
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), `${prog} to get ready`);
    assert.match(fs.readFileSync(out, 'utf8'), /^ready 1 /m, 'the root is pid 1 inside');
    const img = path.join(dir, 'img');
    const d = cli('dump', '-t', String(p.pid), '-D', img);
    assert.equal(d.code, 0, d.stderr);
    await p.reap();
    await reapOrphans();
    checkImages?.(img);
    const r = cli('restore', '-D', img, '-d', '--pidfile', path.join(dir, 'pid'));
    assert.equal(r.code, 0, r.stderr);
    pid = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'));
    const nspid = /^NSpid:\s*(.*)$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]!.split(/\s+/);
    assert.deepEqual(nspid.slice(1), ['1'], 'pid 1 of a new pid namespace again');
    native.kill(pid, SIGTERM);
    const status = await waitForAsync(pid);
    const text = fs.readFileSync(out, 'utf8');
    assert.deepEqual(status, { kind: 'exited', code: 0 }, text);
    return text;
  } finally {
    await killTree(pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('pid namespace as a container: a tree under its own init comes back in a new pid namespace', async () => {
  const text = await containerRoundTrip('tree', (img) => {
    const ps = cli('ps', img, '--json');
    assert.equal(ps.code, 0, ps.stderr);
    const tasks = (JSON.parse(ps.stdout) as { tasks: Array<{ pid: number; state: string }> }).tasks;
    assert.equal(tasks[0]!.pid, 1, 'the images name the root pid 1');
    assert.ok(tasks.some((t) => t.state === 'Zombie'), 'and hold its zombie');
  });
  assert.match(text, /^PASS$/m, text);
});

test('nested pid namespaces (seed 004): a namespace inside the container, its init and child keep their pids at every level', async () => {
  const text = await containerRoundTrip('nested');
  assert.match(text, /^PASS$/m, text);
});

test('credentials: uids, gids, groups, a reduced capability set and bounding set, no_new_privs', async () => {
  // The program writes to a file its new uid (2001) may write: restore opens files with the
  // task's own credentials, and refuses a root-only file (the privilege rule, tools/fuzz).
  const text = await dumpRestoreCheck('creds', {
    rounds: 2,
    beforeDump: (pid) => {
      const out = fs.readlinkSync(`/proc/${pid}/fd/1`);
      fs.chmodSync(path.dirname(out), 0o755);
      fs.chownSync(out, 2001, 1001);
    },
  });
  assert.match(text, /^PASS$/m, text);
});
