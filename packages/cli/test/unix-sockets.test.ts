// Unix sockets through the amber command: a socket whose peer is outside the dumped tree
// is refused with the pid, fd, socket and peer named; --external unix:[ino] leaves it out,
// `amber show --fds` lists it as a unix socket, and --inherit-fd gives the restored task a
// stand-in. A packet socket is refused as "packet".
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as sys from '@amber/sys';
import { testprogs, killRestored } from '@amber/testkit';

const { native } = sys;
const amber = path.resolve(__dirname, '..', 'src', 'main.js');

before(() => sys.setChildSubreaper(true));

function start(extra: Array<[number, number]>): number {
  const devnull = sys.openFile('/dev/null', sys.O_RDWR);
  try {
    return sys.spawnAt({ path: path.join(testprogs, 'counter'), argv: ['counter'], envp: [], fds: [[devnull, 0], [devnull, 1], [devnull, 2], ...extra] });
  } finally {
    native.close(devnull);
  }
}

test('a unix socket whose peer is outside the tree: refused, then --external unix:[ino] and --inherit-fd', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-usk-cli-'));
  const [ours, theirs] = native.socketpair(1, 1 | sys.SOCK_CLOEXEC, 0);
  const pid = start([[theirs, 3]]);
  native.close(theirs);
  let restored = 0;
  try {
    const ino = fs.statSync(`/proc/${pid}/fd/3`).ino;
    const img = path.join(dir, 'img');
    const refused = spawnSync(process.execPath, [amber, 'dump', '-t', String(pid), '-D', img], { encoding: 'utf8' });
    assert.equal(refused.status, 1, refused.stderr);
    assert.ok(refused.stderr.includes(`pid ${pid} fd 3 (unix stream socket:[${ino}])`), refused.stderr);
    assert.ok(refused.stderr.includes(`held by pid ${process.pid}`), refused.stderr);
    assert.ok(refused.stderr.includes(`--external unix:[${ino}]`), refused.stderr);
    assert.ok(fs.existsSync(`/proc/${pid}`), 'the refused dump left the task running');

    const d = spawnSync(process.execPath, [amber, 'dump', '-t', String(pid), '-D', img, '--external', `unix:[${ino}]`], { encoding: 'utf8' });
    assert.equal(d.status, 0, d.stderr);
    await sys.waitForAsync(pid);
    const show = spawnSync(process.execPath, [amber, 'show', '--fds', img], { encoding: 'utf8' });
    assert.match(show.stdout, new RegExp(`\\b3\\s+unix\\s.*unix:\\[${ino}\\]`), show.stdout);

    const [standIn, standPeer] = native.socketpair(1, 1 | sys.SOCK_CLOEXEC, 0);
    const pidfile = path.join(dir, 'pid');
    const r = spawnSync(process.execPath, [amber, 'restore', '-D', img, '-d', '--pidfile', pidfile, '--inherit-fd', `fd[3]:unix:[${ino}]`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe', standIn],
    });
    assert.equal(r.status, 0, r.stderr);
    restored = Number(fs.readFileSync(pidfile, 'utf8'));
    assert.equal(fs.statSync(`/proc/${restored}/fd/3`).ino, fs.fstatSync(standIn).ino, 'fd 3 is the stand-in socket');
    native.close(standIn);
    native.close(standPeer);
  } finally {
    native.close(ours);
    if (restored) await killRestored(restored);
    try {
      native.kill(pid, sys.SIGKILL);
      await sys.waitForAsync(pid);
    } catch {
      /* gone */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a packet socket: amber dump names the pid, the fd and "packet"', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-usk-cli-'));
  const pk = native.socket(17, 2 | sys.SOCK_CLOEXEC, 0);
  const pid = start([[pk, 4]]);
  native.close(pk);
  try {
    const d = spawnSync(process.execPath, [amber, 'dump', '-t', String(pid), '-D', path.join(dir, 'img')], { encoding: 'utf8' });
    assert.equal(d.status, 1);
    assert.match(d.stderr, new RegExp(`pid ${pid} fd 4 \\(socket:\\[\\d+\\]\\): it is a packet \\(datagram\\) socket`));
  } finally {
    native.kill(pid, sys.SIGKILL);
    await sys.waitForAsync(pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
