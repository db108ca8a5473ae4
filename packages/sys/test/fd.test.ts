import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '../src';

const { native } = sys;

test('pipe2 gives a working O_CLOEXEC pipe; read and write move bytes', () => {
  const [r, w] = sys.pipe();
  try {
    assert.equal(native.fcntl(r, sys.F_GETFD, 0) & sys.FD_CLOEXEC, sys.FD_CLOEXEC);
    assert.equal(native.write(w, Buffer.from('amber')), 5);
    const buf = Buffer.alloc(16);
    assert.equal(native.read(r, buf), 5);
    assert.equal(buf.subarray(0, 5).toString(), 'amber');
  } finally {
    native.close(r);
    native.close(w);
  }
});

test('fcntl: F_GETFL/F_SETFL, F_SETFD, F_DUPFD, F_GETPIPE_SZ/F_SETPIPE_SZ', () => {
  const [r, w] = sys.pipe();
  try {
    assert.equal(native.fcntl(r, sys.F_GETFL, 0) & sys.O_NONBLOCK, 0);
    native.fcntl(r, sys.F_SETFL, sys.O_NONBLOCK);
    assert.equal(native.fcntl(r, sys.F_GETFL, 0) & sys.O_NONBLOCK, sys.O_NONBLOCK);
    assert.throws(() => native.read(r, Buffer.alloc(1)), (e: unknown) => sys.isErrno(e, 'EAGAIN'));
    native.fcntl(w, sys.F_SETFD, 0);
    assert.equal(native.fcntl(w, sys.F_GETFD, 0), 0);
    const d = native.fcntl(w, sys.F_DUPFD, 100);
    assert.ok(d >= 100);
    assert.equal(fs.readlinkSync(`/proc/self/fd/${d}`), fs.readlinkSync(`/proc/self/fd/${w}`));
    native.close(d);
    assert.equal(native.fcntl(r, sys.F_GETPIPE_SZ, 0), 65536);
    native.fcntl(r, sys.F_SETPIPE_SZ, 4096 * 32);
    assert.equal(native.fcntl(w, sys.F_GETPIPE_SZ, 0), 4096 * 32);
  } finally {
    native.close(r);
    native.close(w);
  }
});

test('dup3 places an fd at an exact number; close_range closes a range', () => {
  const [r, w] = sys.pipe();
  native.dup3(r, 200, sys.O_CLOEXEC);
  native.dup3(w, 201, 0);
  assert.equal(fs.readlinkSync('/proc/self/fd/200'), fs.readlinkSync(`/proc/self/fd/${r}`));
  assert.equal(native.fcntl(201, sys.F_GETFD, 0), 0);
  native.closeRange(200, 201, 0);
  assert.equal(fs.existsSync('/proc/self/fd/200'), false);
  assert.equal(fs.existsSync('/proc/self/fd/201'), false);
  native.close(r);
  native.close(w);
});

test('open, statx, readlink, lseek, pread/pwrite with u64 offsets', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-sys-'));
  const file = path.join(dir, 'f');
  const fd = sys.openFile(file, sys.O_RDWR | sys.O_CREAT, 0o600);
  try {
    assert.equal(native.pwrite(fd, Buffer.from('0123456789'), 0n), 10);
    assert.equal(native.lseek(fd, 3, sys.SEEK_SET), 3);
    const b = Buffer.alloc(4);
    assert.equal(native.pread(fd, b, 6n), 4);
    assert.equal(b.toString(), '6789');
    const st = native.statx(fd, '', sys.AT_EMPTY_PATH);
    assert.equal(st.size, 10n);
    assert.equal(st.mode & sys.S_IFMT, sys.S_IFREG);
    assert.equal(st.ino, BigInt(fs.statSync(file).ino));
    assert.equal(native.readlink(`/proc/self/fd/${fd}`), file);
    assert.throws(() => native.open(path.join(dir, 'missing'), sys.O_RDONLY, 0), (e: unknown) => {
      assert.ok(e instanceof sys.SysError);
      assert.equal(e.code, 'ENOENT');
      assert.equal(e.syscall, 'open');
      assert.equal(e.details.path, path.join(dir, 'missing'));
      return true;
    });
  } finally {
    native.close(fd);
    fs.rmSync(dir, { recursive: true });
  }
});

test('tee copies pipe data without consuming it; splice moves it', () => {
  const [r, w] = sys.pipe();
  const [r2, w2] = sys.pipe();
  const [r3, w3] = sys.pipe();
  try {
    native.write(w, Buffer.from('queued-bytes'));
    assert.equal(native.tee(r, w2, 1 << 20, sys.SPLICE_F_NONBLOCK), 12);
    const copy = Buffer.alloc(32);
    assert.equal(native.read(r2, copy), 12);
    assert.equal(copy.subarray(0, 12).toString(), 'queued-bytes');
    assert.equal(native.splice(r, -1, w3, -1, 1 << 20, sys.SPLICE_F_NONBLOCK), 12);
    const moved = Buffer.alloc(32);
    assert.equal(native.read(r3, moved), 12);
    assert.equal(moved.subarray(0, 12).toString(), 'queued-bytes');
    native.fcntl(r, sys.F_SETFL, sys.O_NONBLOCK);
    assert.throws(() => native.read(r, Buffer.alloc(1)), (e: unknown) => sys.isErrno(e, 'EAGAIN'));
  } finally {
    for (const fd of [r, w, r2, w2, r3, w3]) native.close(fd);
  }
});

test('vmsplice gathers buffers into a pipe', () => {
  const [r, w] = sys.pipe();
  try {
    assert.equal(native.vmsplice(w, [Buffer.from('ab'), Buffer.from('cde')], 0), 5);
    const b = Buffer.alloc(8);
    assert.equal(native.read(r, b), 5);
    assert.equal(b.subarray(0, 5).toString(), 'abcde');
  } finally {
    native.close(r);
    native.close(w);
  }
});

test('eventfd, memfd_create and mkfifo create real kernel objects', () => {
  const efd = native.eventfd(3, sys.EFD_CLOEXEC);
  const counter = Buffer.alloc(8);
  assert.equal(native.read(efd, counter), 8);
  assert.equal(counter.readBigUInt64LE(), 3n);
  native.close(efd);
  const mfd = native.memfdCreate('amber-test', sys.MFD_CLOEXEC);
  assert.match(native.readlink(`/proc/self/fd/${mfd}`), /^\/memfd:amber-test/);
  native.close(mfd);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-fifo-'));
  native.mkfifo(path.join(dir, 'q'), 0o600);
  assert.ok(fs.statSync(path.join(dir, 'q')).isFIFO());
  fs.rmSync(dir, { recursive: true });
});

test('OwnedFd closes once and refuses use after close', () => {
  const [r, w] = sys.pipe();
  const owned = new sys.OwnedFd(r);
  assert.equal(owned.fd, r);
  owned.close();
  owned.close();
  assert.throws(() => owned.fd, /after close/);
  assert.equal(fs.existsSync(`/proc/self/fd/${r}`), false);
  native.close(w);
});
