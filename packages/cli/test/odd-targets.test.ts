// Trees amber must not dump are refused before anything is frozen, with the cause and the
// item named: a zombie root, amber itself, a tree holding amber (pid 1 too), a traced task
// (its tracer named), a second dump of a tree being dumped, a restore of a directory still
// being written; the first dump goes on unharmed.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { native, setChildSubreaper, Tracee, SIGCONT, SIGSTOP, SIGTERM } from '@amber/sys';
import { dump } from '@amber/engine';
import { startProgram, killTree, procState, descendants, run, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');
const cli = (...args: string[]) => run(process.execPath, [amber, ...args]);

before(() => setChildSubreaper(true));

test('a zombie root, amber itself, a tree holding amber and pid 1 are refused, naming the cause', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-odd-'));
  const p = await startProgram('tree', path.join(dir, 'out'));
  try {
    await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), 'the tree to start');
    const zombie = descendants(p.pid).find((pid) => procState(pid) === 'Z')!;
    const z = cli('dump', '-t', String(zombie), '-D', path.join(dir, 'z'));
    assert.equal(z.code, 1);
    assert.match(z.stderr, new RegExp(`pid ${zombie} is a zombie \\(it exited; its parent ${p.pid} has not reaped it\\)`));

    assert.throws(() => dump({ pid: process.pid, imagesDir: path.join(dir, 'self') }), /is amber itself/);
    const mine = cli('dump', '-t', String(process.pid), '-D', path.join(dir, 'mine'));
    assert.match(mine.stderr, new RegExp(`the tree of pid ${process.pid} .* holds amber itself`));
    const init = cli('dump', '-t', '1', '-D', path.join(dir, 'init'));
    assert.match(init.stderr, /pid 1 \(.*\) is init of amber's pid namespace, so its tree holds amber itself/);
    for (const d of ['z', 'self', 'mine', 'init']) assert.equal(fs.existsSync(path.join(dir, d)), false, `${d}: nothing written`);
    assert.notEqual(procState(p.pid), 't');

    native.kill(p.pid, SIGTERM);
    assert.deepEqual(await p.reap(), { kind: 'exited', code: 0 });
    assert.match(fs.readFileSync(p.out, 'utf8'), /^PASS$/m);
  } finally {
    await killTree(p.pid).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a traced task is refused naming its tracer; two dumps at once: the second is refused, restore waits for the first', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-odd-'));
  const p = await startProgram('bigmem', path.join(dir, 'out'), ['256']);
  try {
    await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), 'bigmem to fill its memory', 60000);
    // This test is the tracer.
    const t = Tracee.seize(p.pid);
    const traced = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'traced'));
    t.detach();
    assert.equal(traced.code, 1);
    assert.match(traced.stderr, new RegExp(`task ${p.pid} cannot be frozen: it is traced by pid ${process.pid} \\(node\\)`));

    const img = path.join(dir, 'img');
    const first = spawn(process.execPath, [amber, 'dump', '-t', String(p.pid), '-D', img, '-R', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const firstDone = new Promise<number>((r) => first.once('exit', (code) => r(code ?? -1)));
    let said = '';
    first.stdout.on('data', (d: Buffer) => (said += d.toString()));
    await until(() => said.includes('"phase":"dump-task"'), 'the first dump to freeze the task', 60000);
    // Held where it is (SIGSTOP on the dumper) while the others try, so nothing races.
    native.kill(first.pid!, SIGSTOP);
    const second = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'second'));
    const early = cli('restore', '-D', img);
    native.kill(first.pid!, SIGCONT);
    assert.equal(await firstDone, 0, 'the first dump finishes');
    assert.equal(second.code, 1);
    assert.match(second.stderr, new RegExp(`task ${p.pid} cannot be frozen: another amber \\(pid ${first.pid}, .*\\) is dumping it`));
    assert.equal(early.code, 1);
    assert.match(early.stderr, new RegExp(`inventory.img is absent and a dump into it is still being written \\(amber pid ${first.pid}\\)`));
    assert.ok(fs.existsSync(path.join(img, 'inventory.img')));

    native.kill(p.pid, SIGTERM);
    assert.deepEqual(await p.reap(), { kind: 'exited', code: 0 });
    assert.match(fs.readFileSync(p.out, 'utf8'), /^PASS$/m);
  } finally {
    await killTree(p.pid).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
