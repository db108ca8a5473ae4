// Seed 001 end to end: a parent reads its child's output through a pipe; the child is
// dumped with that pipe external, the parent makes a new pipe and restores the child
// onto it with --inherit-fd, and the output keeps arriving, without a gap.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { native, openFile, pipe, setChildSubreaper, spawnAt, waitForAsync, O_NONBLOCK, O_RDWR, F_SETFL, isErrno } from '@amber/sys';
import { testprogs, killRestored, sleep, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');

before(() => setChildSubreaper(true));

/** Everything readable now from a non-blocking pipe end. */
function drain(fd: number): string {
  let text = '';
  const buf = Buffer.alloc(65536);
  for (;;) {
    try {
      const n = native.read(fd, buf);
      if (n === 0) return text;
      text += buf.subarray(0, n).toString();
    } catch (e) {
      if (isErrno(e, 'EAGAIN')) return text;
      throw e;
    }
  }
}

function numbers(text: string): number[] {
  return text.split('\n').filter(Boolean).map(Number);
}

test("seed 001: the child's output moves to a new pipe with --external and --inherit-fd", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-inherit-'));
  const [r1, w1] = pipe();
  const devnull = openFile('/dev/null', O_RDWR);
  const pid = spawnAt({ path: path.join(testprogs, 'counter'), argv: ['counter'], envp: [], fds: [[devnull, 0], [w1, 1], [devnull, 2]] });
  native.close(w1);
  native.fcntl(r1, F_SETFL, O_NONBLOCK);
  try {
    let seen = '';
    await until(() => numbers((seen += drain(r1))).length > 20, 'output through the first pipe');
    const key = fs.readlinkSync(`/proc/${pid}/fd/1`);
    assert.match(key, /^pipe:\[\d+\]$/);

    const d = spawnSync(process.execPath, [amber, 'dump', '-t', String(pid), '-D', path.join(dir, 'img'), '--external', key], { encoding: 'utf8' });
    assert.equal(d.status, 0, d.stderr);
    await waitForAsync(pid);
    seen += drain(r1);
    const before = numbers(seen);
    before.forEach((n, i) => assert.equal(n, i + 1));

    // Without the stand-in, restore refuses and names the key.
    const missing = spawnSync(process.execPath, [amber, 'restore', '-D', path.join(dir, 'img'), '-d'], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.ok(missing.stderr.includes(key), missing.stderr);
    assert.match(missing.stderr, /--inherit-fd/);

    const [r2, w2] = pipe();
    native.fcntl(r2, F_SETFL, O_NONBLOCK);
    const r = spawnSync(process.execPath, [amber, 'restore', '-D', path.join(dir, 'img'), '-d', '--inherit-fd', `fd[3]:${key}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe', w2],
    });
    native.close(w2);
    assert.equal(r.status, 0, r.stderr);
    assert.notEqual(fs.readlinkSync(`/proc/${pid}/fd/1`), key, 'fd 1 is the new pipe');
    let after = '';
    await until(() => numbers((after += drain(r2))).length > 20, 'output through the new pipe');
    const next = numbers(after);
    assert.equal(next[0], before[before.length - 1]! + 1, 'the output carries on from the next line');
    next.forEach((n, i) => assert.equal(n, next[0]! + i));
    native.close(r2);
  } finally {
    await killRestored(pid); // whatever stage failed, nothing started here outlives the test
    native.close(r1);
    native.close(devnull);
    fs.rmSync(dir, { recursive: true, force: true });
    await sleep(0);
  }
});
