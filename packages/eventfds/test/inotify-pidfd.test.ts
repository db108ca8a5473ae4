// inotify and pidfd through FdDumper and FdRestorer on real fds.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { ImageDir, FdTypes } from '@amber/images';
import { FilesError, fdinfoField } from '@amber/files';
import { parseInotifyWatches } from '../src';
import { dumpTask, fdinfo, grab, killChild, link, registry, roundTrip, spawnStub, tempDir } from './harness';

const { native } = sys;
const IN_CREATE = 0x100;
const IN_MODIFY = 0x2;
const IN_DELETE_SELF = 0x400;
const IN_ONESHOT = 0x80000000;

function watchLines(pid: number, fd: number) {
  return parseInotifyWatches(fdinfo(pid, fd)).map((w) => ({ wd: w.wd, ino: w.ino, sdev: w.sdev, mask: w.mask }));
}

test('inotify: every watch on the same file with its mask and wd (a gap left by a removed watch kept), found by handle; events flow after restore', () => {
  const dir = tempDir('inotify-files');
  const a = path.join(dir, 'a');
  const b = path.join(dir, 'b');
  fs.writeFileSync(a, 'a');
  fs.writeFileSync(b, 'b');
  const ify = native.inotifyInit1(sys.O_NONBLOCK);
  assert.equal(native.inotifyAddWatch(ify, dir, IN_CREATE), 1);
  assert.equal(native.inotifyAddWatch(ify, a, IN_MODIFY), 2);
  assert.equal(native.inotifyAddWatch(ify, b, IN_MODIFY | IN_DELETE_SELF | IN_ONESHOT), 3);
  native.inotifyRmWatch(ify, 2);
  const drained = Buffer.alloc(4096);
  native.read(ify, drained); // the IN_IGNORED of wd 2
  const { before, after, dir: img } = roundTrip([[ify, 7]], 'inotify');
  try {
    assert.equal(link(after, 7), 'anon_inode:inotify');
    assert.deepEqual(watchLines(after, 7), watchLines(before, 7));
    assert.deepEqual(watchLines(after, 7).map((w) => w.wd).sort(), [1, 3]);
    assert.match(fdinfo(after, 7), /^flags:\s*0*4000$/m, 'O_NONBLOCK kept');
    const entry = ImageDir.open(img).readFiles().find((f) => f.type === FdTypes.INOTIFY)!;
    assert.deepEqual(entry.ify!.wd!.map((w) => w.f_handle.path).sort(), [dir, b].sort(), 'the files found by handle');
    const c = grab(after, 7);
    try {
      assert.throws(() => native.read(c, drained), (e) => sys.isErrno(e, 'EAGAIN'), 'no event left over from the gap filling');
      fs.writeFileSync(path.join(dir, 'new'), '');
      fs.appendFileSync(b, 'more');
      const n = native.read(c, drained);
      const wds = new Set<number>();
      for (let off = 0; off < n; off += 16 + drained.readUInt32LE(off + 12)) wds.add(drained.readInt32LE(off));
      assert.deepEqual([...wds].sort(), [1, 3], 'events of both watches, with their wds');
    } finally {
      native.close(c);
    }
  } finally {
    killChild(before);
    killChild(after);
  }
});

test('inotify: events queued and not read are refused at dump, naming the pid and fd', () => {
  const dir = tempDir('inotify-queued');
  const ify = native.inotifyInit1(0);
  native.inotifyAddWatch(ify, dir, IN_CREATE);
  fs.writeFileSync(path.join(dir, 'x'), '');
  const stub = spawnStub([[ify, 5]]);
  native.close(ify);
  try {
    assert.throws(() => dumpTask(registry(), stub, 'inotify-q'), (e) => e instanceof FilesError && e.code === 'UNSUPPORTED_FILE' &&
      e.message.includes(`pid ${stub} fd 5`) && /bytes of events are queued/.test(e.message));
  } finally {
    killChild(stub);
  }
});

test('pidfd: of a reaped task comes back as a pidfd of a dead task; of a task outside the tree is refused naming it', () => {
  const child = spawnStub();
  const dead = native.pidfdOpen(child, sys.O_NONBLOCK);
  killChild(child);
  const { before, after } = roundTrip([[dead, 4]], 'pidfd-dead');
  try {
    assert.equal(link(after, 4), 'anon_inode:[pidfd]');
    assert.equal(fdinfoField(fdinfo(after, 4), 'Pid'), '-1');
    assert.equal(fdinfoField(fdinfo(after, 4), 'flags'), fdinfoField(fdinfo(before, 4), 'flags'));
  } finally {
    killChild(before);
    killChild(after);
  }
  const other = spawnStub();
  const live = native.pidfdOpen(other, 0);
  const holder = spawnStub([[live, 3]]);
  native.close(live);
  try {
    assert.throws(() => dumpTask(registry(), holder, 'pidfd-out'), (e) => e instanceof FilesError && e.code === 'UNSUPPORTED_FILE' &&
      e.message.includes(`pid ${holder} fd 3`) && e.message.includes(`task ${other}`) && /not in the dumped tree/.test(e.message));
  } finally {
    killChild(holder);
    killChild(other);
  }
});
