// The lock lines of /proc/PID/fdinfo/N as the kernel prints them, and the image checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FL_FLOCK, FL_LEASE, FL_OFD, FL_POSIX, F_RDLCK, F_UNLCK, F_WRLCK, LEASE_BREAKING, describeLock, lockEntryProblem, lockedInodes, parseLockLines } from '../src';

test('parseLockLines: POSIX ranges (inclusive end, EOF), OFD, flock, a lease being broken, and other lines skipped', () => {
  const text = [
    'pos:\t0',
    'flags:\t0100002',
    'lock:\t1: POSIX  ADVISORY  WRITE 13497 fe:00:2146961 0 9',
    'lock:\t2: POSIX  ADVISORY  READ 13497 fe:00:2146961 100 EOF',
    'lock:\t1: OFDLCK ADVISORY  WRITE -1 fe:00:2146977 5 24',
    'lock:\t1: FLOCK  ADVISORY  READ 13497 fe:00:2146993 0 EOF',
    'lock:\t1: LEASE  BREAKING  UNLCK 13497 fe:00:2146993 0 EOF',
    '',
  ].join('\n');
  const got = parseLockLines(text).map(({ flag, type, breaking, start, len }) => ({ flag, type, breaking, start, len }));
  assert.deepEqual(got, [
    { flag: FL_POSIX, type: F_WRLCK, breaking: false, start: 0n, len: 10n },
    { flag: FL_POSIX, type: F_RDLCK, breaking: false, start: 100n, len: 0n },
    { flag: FL_OFD, type: F_WRLCK, breaking: false, start: 5n, len: 20n },
    { flag: FL_FLOCK, type: F_RDLCK, breaking: false, start: 0n, len: 0n },
    { flag: FL_LEASE, type: F_UNLCK, breaking: true, start: 0n, len: 0n },
  ]);
  assert.deepEqual(parseLockLines('pos:\t0\nflags:\t02\n'), []);
  assert.equal(parseLockLines('lock:\t1: DELEG  ACTIVE    READ 1 fe:00:5 0 EOF')[0]!.flag, 0);
  assert.throws(() => parseLockLines('lock:\tsomething new'), /cannot parse the fdinfo lock line/);
});

test('lockedInodes: the inode numbers of /proc/locks, waiters included', () => {
  const text = '1: POSIX  ADVISORY  READ 13367 fe:00:5327116 128 128\n1: -> POSIX  ADVISORY  WRITE 9 fe:00:77 0 EOF\n2: FLOCK  ADVISORY  WRITE 1 00:1f:42 0 EOF\n';
  assert.deepEqual([...lockedInodes(text)].sort(), [42n, 5327116n, 77n]);
});

test('describeLock and lockEntryProblem: what messages say, what an image may hold', () => {
  assert.equal(describeLock({ flag: FL_POSIX, type: F_WRLCK, start: 0n, len: 10n }), 'a POSIX (fcntl F_SETLK) write lock on bytes 0-9');
  assert.equal(describeLock({ flag: FL_LEASE, type: F_RDLCK | LEASE_BREAKING, start: 0n, len: 0n }), 'a read lease (F_SETLEASE), being broken');
  const ok = { flag: FL_OFD, type: F_RDLCK, pid: 5, fd: 3, start: 0n, len: 0n };
  assert.equal(lockEntryProblem(ok), undefined);
  assert.match(lockEntryProblem({ ...ok, flag: FL_LEASE })!, /lease/);
  assert.match(lockEntryProblem({ ...ok, flag: 16 })!, /unknown kind/);
  assert.match(lockEntryProblem({ ...ok, type: 7 })!, /unknown lock type/);
  assert.match(lockEntryProblem({ ...ok, start: -1n })!, /range/);
  assert.match(lockEntryProblem({ ...ok, fd: -1 })!, /fd -1/);
  assert.match(lockEntryProblem({ ...ok, flag: FL_FLOCK, len: 5n })!, /byte range/);
});
