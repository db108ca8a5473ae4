// @amber/eventfds through the amber command: fds Amber cannot restore are refused clearly
// with the tree left running, and `amber show --fds` names each kind of an image.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { killRestored, killTree, procState, startProgram, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [amber, ...args], { encoding: 'utf8' });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

test('an io_uring fd: dump refuses naming the pid, fd and kind, and the task runs on untouched', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-uring-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('uring', out);
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'uring to get ready');
    const r = cli(['dump', '-t', String(p.pid), '-D', path.join(dir, 'img')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`pid ${p.pid} fd 3 \\(anon_inode:\\[io_uring\\]\\)`));
    assert.match(r.stderr, /an io_uring instance .*a kind of fd Amber cannot restore/);
    assert.notEqual(procState(p.pid), 'Z');
    process.kill(p.pid, 'SIGTERM');
    await p.reap();
    assert.match(fs.readFileSync(out, 'utf8'), /^PASS$/m, 'the ring is still there after the refused dump');
  } finally {
    await killRestored(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('amber show --fds names eventfd, signalfd, timerfd, inotify and pidfd fds of a dump (tools/testprogs/eventfds)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-show-eventfds-'));
  const scratch = path.join(dir, 'scratch');
  fs.mkdirSync(scratch);
  const out = path.join(dir, 'out');
  const p = await startProgram('eventfds', out, [scratch]);
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'eventfds to get ready');
    const img = path.join(dir, 'img');
    const d = cli(['dump', '-t', String(p.pid), '-D', img, '--leave-running']);
    assert.equal(d.code, 0, d.stderr);
    const s = cli(['show', '--fds', '--json', '-D', img]);
    assert.equal(s.code, 0, s.stderr);
    const rows = (JSON.parse(s.stdout) as Array<{ pid: number; fd: number; type: string; key: string }>).filter((r) => r.pid === p.pid);
    const kind = (fd: number) => rows.find((r) => r.fd === fd);
    assert.deepEqual([3, 4, 5, 6, 10, 11, 12].map((fd) => kind(fd)?.type), ['EVENTFD', 'EVENTFD', 'SIGNALFD', 'TIMERFD', 'INOTIFY', 'PIDFD', 'PIDFD']);
    assert.equal(kind(10)?.key, 'anon_inode:inotify');
    const table = cli(['show', '--fds', '-D', img]);
    for (const t of ['EVENTFD', 'SIGNALFD', 'TIMERFD', 'INOTIFY', 'PIDFD']) assert.ok(table.stdout.includes(t), table.stdout);
  } finally {
    await killTree(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a real node process (a worker thread posting every 50 ms, a setInterval writing a file) through amber dump and restore twice: both keep running', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-node-'));
  const script = path.join(dir, 'app.js');
  const state = path.join(dir, 'state');
  const out = path.join(dir, 'out');
  fs.writeFileSync(
    script,
    `const fs = require('node:fs');
const { Worker } = require('node:worker_threads');
const w = new Worker("const { parentPort } = require('node:worker_threads'); let n = 0; setInterval(() => parentPort.postMessage(++n), 50);", { eval: true });
let fromWorker = 0;
w.on('message', (n) => { fromWorker = n; });
let ticks = 0;
setInterval(() => { ticks++; fs.writeFileSync(${JSON.stringify(state)} + '.tmp', ticks + ' ' + fromWorker); fs.renameSync(${JSON.stringify(state)} + '.tmp', ${JSON.stringify(state)}); }, 50);
console.log('ready');
`,
  );
  const read = (): [number, number] => {
    try {
      const [a, b] = fs.readFileSync(state, 'utf8').split(' ').map(Number);
      return [a ?? 0, b ?? 0];
    } catch {
      return [0, 0];
    }
  };
  const fdOut = fs.openSync(out, 'w');
  const devnull = fs.openSync('/dev/null', 'r+');
  const envp = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
  const pid = sys.spawnAt({ path: process.execPath, argv: ['node', script], envp, fds: [[devnull, 0], [fdOut, 1], [devnull, 2]] });
  fs.closeSync(fdOut);
  fs.closeSync(devnull);
  let live = true;
  try {
    await until(() => read()[1] > 2, 'node and its worker to tick', 30000);
    for (const round of [1, 2]) {
      const img = path.join(dir, `img${round}`);
      const d = cli(['dump', '-t', String(pid), '-D', img]);
      assert.equal(d.code, 0, `round ${round} dump: ${d.stderr}`);
      try {
        await sys.waitForAsync(pid); // the dumped tree is killed; ours to reap when we are its parent
      } catch {
        // Not our child (a restored tree was re-parented to pid 1): its pid is free once pid 1 reaps it.
        await until(() => !fs.existsSync(`/proc/${pid}`), `the dumped node ${pid} to be reaped`, 60000);
      }
      live = false;
      const [ticks, worker] = read();
      const r = cli(['restore', '-D', img, '-d']);
      assert.equal(r.code, 0, `round ${round} restore: ${r.stderr}`);
      live = true;
      await until(() => read()[0] > ticks + 3 && read()[1] > worker + 3, `round ${round}: the main thread and the worker to tick again after restore`, 30000);
    }
  } finally {
    if (live) {
      // A restored tree is not always our child (ECHILD): kill it and wait for it to go.
      try {
        await killRestored(pid);
      } catch {
        await until(() => !fs.existsSync(`/proc/${pid}`) || procState(pid) === 'Z', `node ${pid} to die`, 30000);
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
