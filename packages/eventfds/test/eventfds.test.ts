// eventfd, signalfd and timerfd through FdDumper and FdRestorer on real fds: the kernel's
// view of each fd (fdinfo, what a read returns) before the dump and after the restore.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as sys from '@amber/sys';
import { ImageDir, FdTypes } from '@amber/images';
import { fdinfoField } from '@amber/files';
import { CLOCK_BOOTTIME_ALARM, CLOCK_MONOTONIC, CLOCK_REALTIME, EFD_SEMAPHORE, TFD_TIMER_ABSTIME, TFD_TIMER_CANCEL_ON_SET } from '../src';
import { fdinfo, grab, killChild, link, readU64, roundTrip, stateLines } from './harness';

const { native } = sys;
const NS = 1_000_000_000n;

function filesOf(dir: string) {
  return ImageDir.open(dir).readFiles();
}

test('eventfd: counter above 32 bits, EFD_SEMAPHORE, O_NONBLOCK, FD_CLOEXEC; the dump does not consume the count', () => {
  const big = native.eventfd(0, sys.EFD_CLOEXEC);
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(0x1_0000_0005n);
  native.write(big, b);
  const sem = native.eventfd(3, sys.EFD_NONBLOCK | EFD_SEMAPHORE);
  const zero = native.eventfd(0, sys.EFD_NONBLOCK);
  const { before, after, dir } = roundTrip([[big, 10], [sem, 11], [zero, 12]], 'eventfd');
  try {
    for (const fd of [10, 11, 12]) {
      assert.equal(link(after, fd), 'anon_inode:[eventfd]');
      assert.equal(stateLines(fdinfo(after, fd)), stateLines(fdinfo(before, fd)), `fd ${fd}'s fdinfo`);
    }
    assert.equal(fdinfoField(fdinfo(before, 10), 'eventfd-count'), '100000005', 'the dump left the count alone');
    assert.match(fdinfo(after, 11), /eventfd-semaphore: 1/);
    const files = filesOf(dir).filter((f) => f.type === FdTypes.EVENTFD);
    assert.deepEqual(files.map((f) => f.efd?.counter).sort(), [0n, 3n, 0x1_0000_0005n].sort());
    const c10 = grab(after, 10);
    const c11 = grab(after, 11);
    const c12 = grab(after, 12);
    try {
      assert.equal(readU64(c10), 0x1_0000_0005n);
      assert.equal(readU64(c11), 1n, 'a semaphore read returns 1');
      assert.equal(readU64(c11), 1n);
      assert.equal(readU64(c11), 1n);
      assert.throws(() => readU64(c11), (e) => sys.isErrno(e, 'EAGAIN'), 'three reads took the count of 3');
      assert.throws(() => readU64(c12), (e) => sys.isErrno(e, 'EAGAIN'), 'O_NONBLOCK kept');
    } finally {
      for (const c of [c10, c11, c12]) native.close(c);
    }
  } finally {
    killChild(before);
    killChild(after);
  }
});

test('signalfd: mask and O_NONBLOCK', () => {
  const usr1 = 1n << BigInt(sys.SIGUSR1 - 1);
  const rt = 1n << 36n; // SIGRTMIN + 3 (37)
  const a = native.signalfd(usr1 | rt, sys.O_NONBLOCK | sys.O_CLOEXEC);
  const c = native.signalfd(1n << BigInt(sys.SIGTERM - 1), 0);
  const { before, after, dir } = roundTrip([[a, 5], [c, 6]], 'signalfd');
  try {
    for (const fd of [5, 6]) {
      assert.equal(link(after, fd), 'anon_inode:[signalfd]');
      assert.equal(stateLines(fdinfo(after, fd)), stateLines(fdinfo(before, fd)), `fd ${fd}'s fdinfo`);
    }
    const masks = filesOf(dir).filter((f) => f.type === FdTypes.SIGNALFD).map((f) => f.sgfd!.sigmask);
    assert.ok(masks.includes(usr1 | rt));
    assert.match(fdinfo(after, 5), /^flags:\s*0*4002$/m);
    assert.match(fdinfo(after, 6), /^flags:\s*0*2$/m);
  } finally {
    killChild(before);
    killChild(after);
  }
});

function timerState(pid: number, fd: number) {
  const t = fdinfo(pid, fd);
  const pair = (name: string): bigint => {
    const m = /\((\d+), (\d+)\)/.exec(fdinfoField(t, name)!)!;
    return BigInt(m[1]!) * NS + BigInt(m[2]!);
  };
  return {
    clockid: Number(fdinfoField(t, 'clockid')),
    ticks: BigInt(fdinfoField(t, 'ticks')!),
    settime: fdinfoField(t, 'settime flags'),
    value: pair('it_value'),
    interval: pair('it_interval'),
    flags: fdinfoField(t, 'flags'),
  };
}

test('timerfd: clocks, armed value and interval, unread expirations, TFD_TIMER_ABSTIME with cancel-on-set, O_NONBLOCK', () => {
  // Relative, monotonic, 1000 s left, 7 s interval, non-blocking.
  const rel = native.timerfdCreate(CLOCK_MONOTONIC, sys.O_NONBLOCK);
  native.timerfdSettime(rel, 0, 1000n * NS, 7n * NS + 5n);
  // Absolute on the wall clock, cancel-on-set, an hour from now.
  const abs = native.timerfdCreate(CLOCK_REALTIME, 0);
  const deadline = native.clockGettime(CLOCK_REALTIME) + 3600n * NS;
  native.timerfdSettime(abs, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, deadline, 0n);
  // Fired and disarmed, three expirations not read.
  const fired = native.timerfdCreate(CLOCK_MONOTONIC, sys.O_NONBLOCK);
  native.timerfdSetTicks(fired, 3n);
  // An alarm clock, armed for a day.
  const alarm = native.timerfdCreate(CLOCK_BOOTTIME_ALARM, 0);
  native.timerfdSettime(alarm, 0, 86400n * NS, 0n);
  const { before, after } = roundTrip([[rel, 3], [abs, 4], [fired, 5], [alarm, 6]], 'timerfd');
  try {
    for (const fd of [3, 4, 5, 6]) {
      assert.equal(link(after, fd), 'anon_inode:[timerfd]');
      const b = timerState(before, fd);
      const a = timerState(after, fd);
      assert.equal(a.clockid, b.clockid, `fd ${fd} clock`);
      assert.equal(a.ticks, b.ticks, `fd ${fd} ticks`);
      assert.equal(a.settime, b.settime, `fd ${fd} settime flags`);
      assert.equal(a.interval, b.interval, `fd ${fd} interval`);
      assert.equal(a.flags, b.flags, `fd ${fd} flags`);
      // Time left: the same to within the dump's duration (well under a minute even loaded).
      const diff = b.value > a.value ? b.value - a.value : a.value - b.value;
      assert.ok(diff < 60n * NS, `fd ${fd}: ${a.value} ns left after, ${b.value} before`);
    }
    assert.equal(timerState(after, 5).value, 0n, 'the fired timer stays disarmed');
    assert.equal(timerState(after, 4).settime, '03');
    // The absolute timer kept its deadline (not "an hour from the restore").
    const leftAfter = timerState(after, 4).value;
    const now = native.clockGettime(CLOCK_REALTIME);
    const d = deadline - now - leftAfter;
    assert.ok(d > -2n * NS && d < 2n * NS, `deadline off by ${d} ns`);
    const c = grab(after, 5);
    try {
      assert.equal(readU64(c), 3n, 'the unread expirations are read after restore');
    } finally {
      native.close(c);
    }
  } finally {
    killChild(before);
    killChild(after);
  }
});

test('timerfd: an expiring interval timer keeps running after restore', async () => {
  const t = native.timerfdCreate(CLOCK_MONOTONIC, 0);
  native.timerfdSettime(t, 0, 1_000_000n, 5_000_000n); // 1 ms, then every 5 ms
  const { before, after } = roundTrip([[t, 3]], 'timerfd-run');
  try {
    const c = grab(after, 3);
    try {
      const first = readU64(c);
      assert.ok(first >= 1n, 'expirations piled up and more come');
      assert.ok(readU64(c) >= 1n, 'it still fires');
    } finally {
      native.close(c);
    }
  } finally {
    killChild(before);
    killChild(after);
  }
});
