// Hooks (like CRIU's action scripts): a listener that throws vetoes the dump or the
// restore, and the veto leaves things as a failure must: the tree running unharmed and
// the images incomplete, or nothing restored left behind.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper, waitForAsync } from '@amber/sys';
import { startProgram, killTree, procState, reapOrphans, sleep, until } from '@amber/testkit';
import { AmberEmitter, dump, restore } from '../src';

before(() => setChildSubreaper(true));

const lines = (file: string): number => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length;

/** The counter writes a line every 2 ms: it runs if its file keeps growing. */
async function assertCounting(out: string): Promise<void> {
  const n = lines(out);
  await until(() => lines(out) > n + 3, 'the counter to keep counting');
}

function vetoing(event: 'pre-dump' | 'post-dump' | 'pre-restore' | 'post-restore', seen: string[]): AmberEmitter {
  const events = new AmberEmitter();
  for (const name of ['pre-dump', 'post-dump', 'pre-restore', 'post-restore'] as const) {
    events.on(name, () => {
      seen.push(name);
      if (name === event) throw new Error(`${name} says no`);
    });
  }
  return events;
}

test('a pre-dump veto: nothing is frozen or written, the process runs on', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-hooks-'));
  const p = await startProgram('counter', path.join(dir, 'out'));
  try {
    const seen: string[] = [];
    const img = path.join(dir, 'img');
    assert.throws(() => dump({ pid: p.pid, imagesDir: img, events: vetoing('pre-dump', seen) }), /pre-dump says no/);
    assert.deepEqual(seen, ['pre-dump']);
    assert.equal(fs.existsSync(path.join(img, 'inventory.img')), false);
    await assertCounting(p.out);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a post-dump veto: the process is not killed but runs on, and the images are incomplete', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-hooks-'));
  const p = await startProgram('counter', path.join(dir, 'out'));
  try {
    const seen: string[] = [];
    const img = path.join(dir, 'img');
    assert.throws(() => dump({ pid: p.pid, imagesDir: img, events: vetoing('post-dump', seen) }), (e: Error) => {
      return e.name === 'DumpError' && /post-dump/.test(e.message) && /post-dump says no/.test(e.message) && new RegExp(`task ${p.pid}`).test(e.message);
    });
    assert.deepEqual(seen, ['pre-dump', 'post-dump']);
    assert.ok(fs.existsSync(path.join(img, 'pstree.img')), 'the images were written');
    assert.equal(fs.existsSync(path.join(img, 'inventory.img')), false, 'but are marked incomplete');
    assert.notEqual(procState(p.pid), 'T');
    await assertCounting(p.out);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('restore vetoes: pre-restore creates nothing; post-restore kills what it made; then a restore without veto works', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-hooks-'));
  const p = await startProgram('counter', path.join(dir, 'out'));
  try {
    const img = path.join(dir, 'img');
    dump({ pid: p.pid, imagesDir: img, fsync: false });
    await p.reap();
    await reapOrphans();

    const seen: string[] = [];
    assert.throws(() => restore({ imagesDir: img, events: vetoing('pre-restore', seen) }), /pre-restore says no/);
    assert.equal(fs.existsSync(`/proc/${p.pid}`), false, 'nothing restored');

    assert.throws(() => restore({ imagesDir: img, events: vetoing('post-restore', seen) }), (e: Error) => {
      return e.name === 'RestoreError' && /post-restore says no/.test(e.message) && new RegExp(`task ${p.pid}`).test(e.message);
    });
    assert.deepEqual(seen, ['pre-restore', 'pre-restore', 'post-restore']);
    assert.equal(fs.existsSync(`/proc/${p.pid}`), false, 'the vetoed restore left no process behind');

    const r = restore({ imagesDir: img });
    assert.equal(r.pid, p.pid);
    await assertCounting(p.out);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('events: every phase, each task\'s fds and its page batches, at dump and at restore', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-hooks-'));
  const p = await startProgram('counter', path.join(dir, 'out'));
  try {
    const img = path.join(dir, 'img');
    const log: string[] = [];
    const events = new AmberEmitter();
    let pages = 0;
    events.on('phase', (e) => log.push(`phase ${e.phase}`));
    events.on('file', (e) => log.push(`${e.op} fd ${e.fd} of ${e.pid}: file ${e.fileId} type ${e.type}`));
    events.on('pages', (e) => {
      assert.equal(e.pid, p.pid);
      assert.equal(e.bytes, e.pages * 4096);
      pages += e.pages;
    });
    const d = dump({ pid: p.pid, imagesDir: img, fsync: false, events });
    assert.equal(pages, d.pages, 'the page batches add up to the dump');
    await p.reap();
    await reapOrphans();
    // The counter has /dev/null at 0 and 2 (one description) and its output file at 1.
    const dumped = log.filter((l) => l.startsWith('dump fd'));
    assert.equal(dumped.length, 3, log.join('\n'));
    const [f0, f1, f2] = [0, 1, 2].map((fd) => Number(/file (\d+)/.exec(dumped[fd]!)![1]));
    assert.equal(f0, f2, 'fds 0 and 2 share one open file');
    assert.notEqual(f0, f1);
    assert.deepEqual(log.filter((l) => l.startsWith('phase')), ['phase freeze', 'phase dump-task', 'phase write-images', 'phase kill', 'phase done']);

    log.length = 0;
    pages = 0;
    const r = restore({ imagesDir: img, events });
    assert.equal(r.pid, p.pid);
    assert.equal(pages, r.pages);
    assert.deepEqual(log.filter((l) => l.startsWith('restore fd')), dumped.map((l) => l.replace('dump', 'restore')));
    assert.deepEqual(log.filter((l) => l.startsWith('phase')), ['phase restore-task', 'phase done']);
    await assertCounting(p.out);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a signal sent while the restored task is still held interrupts the pause() it was dumped in (no lost wakeup)', async () => {
  // devnull sleeps in `while (!term) pause();` with a SIGTERM handler. A SIGTERM queued
  // before the task re-enters pause() must still end the loop: the handler runs, and
  // pause() returns EINTR, as it would have without the dump.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-hooks-'));
  const p = await startProgram('devnull', path.join(dir, 'out'));
  try {
    await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), 'devnull to get ready');
    await until(() => procState(p.pid) === 'S', 'devnull to sleep in pause()');
    const img = path.join(dir, 'img');
    dump({ pid: p.pid, imagesDir: img, fsync: false });
    await p.reap();
    await reapOrphans();
    const events = new AmberEmitter();
    events.on('post-restore', (e) => process.kill(e.pid, 'SIGTERM'));
    const r = restore({ imagesDir: img, events });
    const status = await Promise.race([waitForAsync(r.pid), sleep(10000).then(() => null)]);
    assert.deepEqual(status, { kind: 'exited', code: 0 }, `devnull ended: ${fs.readFileSync(p.out, 'utf8')}`);
    assert.match(fs.readFileSync(p.out, 'utf8'), /^PASS$/m);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('events: a phase for each task of a tree, at dump (dump-task) and at restore (restore-task)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-hooks-'));
  const p = await startProgram('forkmany', path.join(dir, 'out'), ['3']);
  try {
    await until(() => /^ready/m.test(fs.readFileSync(p.out, 'utf8')), 'forkmany to get ready');
    const seen = (events: AmberEmitter, phase: string): number[] => {
      const pids: number[] = [];
      events.on('phase', (e) => e.phase === phase && pids.push(e.pid));
      return pids;
    };
    const dumpEvents = new AmberEmitter();
    const dumped = seen(dumpEvents, 'dump-task');
    const img = path.join(dir, 'img');
    dump({ pid: p.pid, imagesDir: img, fsync: false, events: dumpEvents });
    await p.reap();
    await reapOrphans();
    assert.equal(dumped.length, 4, `a root and 3 children: ${dumped}`);
    const restoreEvents = new AmberEmitter();
    const restored = seen(restoreEvents, 'restore-task');
    restore({ imagesDir: img, events: restoreEvents });
    assert.deepEqual([...restored].sort(), [...dumped].sort());
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
