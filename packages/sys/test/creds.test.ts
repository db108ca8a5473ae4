// openAs / accessAs: opening with another task's credentials on this thread only, and
// getting our own back; and the page checksum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '../src';

const ALL_CAPS = (1n << 41n) - 1n;
const CAP_DAC_OVERRIDE = 1n << 1n;
const nobody = { fsuid: 65534, fsgid: 65534, groups: [] as number[], capEff: 0n };

function ownCreds(): string {
  const status = fs.readFileSync('/proc/thread-self/status', 'latin1');
  return status.split('\n').filter((l) => /^(Uid|Gid|Groups|CapEff|CapPrm):/.test(l)).join('\n');
}

function fixture(): { dir: string; secret: string; group: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-creds-'));
  fs.chmodSync(dir, 0o755);
  const secret = path.join(dir, 'secret');
  fs.writeFileSync(secret, 'root only\n', { mode: 0o600 });
  const group = path.join(dir, 'group');
  fs.writeFileSync(group, 'group 4242\n', { mode: 0o640 });
  fs.chownSync(group, 0, 4242);
  return { dir, secret, group };
}

test('openFileAs: uid 65534 cannot open a root-only file; CAP_DAC_OVERRIDE can; our own credentials are back after each', () => {
  const before = ownCreds();
  const f = fixture();
  try {
    assert.throws(() => sys.openFileAs(f.secret, sys.O_RDONLY, nobody), (e: Error) => sys.isErrno(e, 'EACCES') && /uid=65534/.test(e.message));
    assert.equal(ownCreds(), before);
    assert.throws(() => sys.openFileAs(f.secret, sys.O_WRONLY | sys.O_APPEND, nobody), (e: Error) => sys.isErrno(e, 'EACCES'));
    const fd = sys.openFileAs(f.secret, sys.O_RDWR, { ...nobody, capEff: CAP_DAC_OVERRIDE });
    sys.native.close(fd);
    const own = sys.openFileAs(f.secret, sys.O_RDONLY, { fsuid: 0, fsgid: 0, groups: [], capEff: ALL_CAPS });
    sys.native.close(own);
    assert.equal(ownCreds(), before);
    // The restorer itself still opens it (nothing leaked into this thread).
    sys.native.close(sys.openFile(f.secret, sys.O_RDONLY));
  } finally {
    fs.rmSync(f.dir, { recursive: true, force: true });
  }
});

test('openFileAs: supplementary groups and the fs gid count; the result is O_CLOEXEC and blocking as asked', () => {
  const f = fixture();
  try {
    assert.throws(() => sys.openFileAs(f.group, sys.O_RDONLY, nobody), (e: Error) => sys.isErrno(e, 'EACCES'));
    const viaGroup = sys.openFileAs(f.group, sys.O_RDONLY, { ...nobody, groups: [4242] });
    const viaFsgid = sys.openFileAs(f.group, sys.O_RDONLY, { ...nobody, fsgid: 4242 });
    for (const fd of [viaGroup, viaFsgid]) {
      assert.equal(sys.native.fcntl(fd, sys.F_GETFD, 0) & sys.FD_CLOEXEC, sys.FD_CLOEXEC);
      assert.equal(sys.native.fcntl(fd, sys.F_GETFL, 0) & sys.O_NONBLOCK, 0);
      sys.native.close(fd);
    }
    assert.throws(() => sys.openFileAs(f.group, sys.O_WRONLY, { ...nobody, groups: [4242] }), (e: Error) => sys.isErrno(e, 'EACCES'));
  } finally {
    fs.rmSync(f.dir, { recursive: true, force: true });
  }
});

test('openFileAs never blocks: a FIFO no one writes opens for reading at once', () => {
  const f = fixture();
  try {
    const fifo = path.join(f.dir, 'fifo');
    sys.native.mkfifo(fifo, 0o666);
    fs.chmodSync(fifo, 0o666); // past the umask
    const fd = sys.openFileAs(fifo, sys.O_RDONLY, nobody);
    assert.equal(sys.native.fcntl(fd, sys.F_GETFL, 0) & sys.O_NONBLOCK, 0);
    sys.native.close(fd);
    // No reader: a writer cannot open it without blocking, so it is an error, not a hang.
    assert.throws(() => sys.openFileAs(fifo, sys.O_WRONLY, nobody), (e: Error) => sys.isErrno(e, 'ENXIO'));
  } finally {
    fs.rmSync(f.dir, { recursive: true, force: true });
  }
});

test('checkAccessAs: search, read and write by the task\'s credentials', () => {
  const before = ownCreds();
  const f = fixture();
  try {
    assert.throws(() => sys.checkAccessAs(f.secret, sys.R_OK, nobody), (e: Error) => sys.isErrno(e, 'EACCES'));
    sys.checkAccessAs(f.dir, sys.X_OK, nobody);
    sys.checkAccessAs(f.group, sys.R_OK, { ...nobody, groups: [4242] });
    fs.chmodSync(f.dir, 0o700);
    assert.throws(() => sys.checkAccessAs(f.group, sys.R_OK, { ...nobody, groups: [4242] }), (e: Error) => sys.isErrno(e, 'EACCES'));
    assert.equal(ownCreds(), before);
  } finally {
    fs.rmSync(f.dir, { recursive: true, force: true });
  }
});

test('PagesHash: chunking does not change it, one flipped bit does, copy() goes on independently', () => {
  const data = crypto.randomBytes(1 << 20);
  const whole = new sys.PagesHash().update(data).digest();
  const parts = new sys.PagesHash();
  for (let at = 0; at < data.length; at += 4096 * 3) parts.update(data.subarray(at, Math.min(at + 4096 * 3, data.length)));
  assert.equal(parts.digest(), whole);
  const odd = new sys.PagesHash().update(data.subarray(0, 8)).update(data.subarray(8, 24)).update(data.subarray(24));
  assert.equal(odd.digest(), whole);
  const flipped = Buffer.from(data);
  flipped[777777] ^= 0x10;
  assert.notEqual(new sys.PagesHash().update(flipped).digest(), whole);
  const h = new sys.PagesHash().update(data);
  const c = h.copy().update(Buffer.alloc(16));
  assert.equal(h.digest(), whole);
  assert.notEqual(c.digest(), whole);
  // Trailing zeros and a shorter input differ (the word count is folded in).
  assert.notEqual(new sys.PagesHash().update(Buffer.alloc(64)).digest(), new sys.PagesHash().update(Buffer.alloc(32)).digest());
});
