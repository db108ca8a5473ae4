// @amber/eventfds through the amber command: fds Amber cannot restore are refused clearly
// with the tree left running, and `amber show --fds` names each kind of an image.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
