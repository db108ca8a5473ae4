// The fd table of a real task, dumped into a real image and restored into a restore stub.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdTypes, ImageDir } from '@amber/images';
import { FdStore } from '@amber/fdstore';
import { FdDumper, FdRestorer, builtinRegistry, fetchFromStore, readFileDataImage, ghostImageName, readGhostImage } from '../src';
import {
  EVENTFD_PLUGIN, closeAll, fdinfo, fds, finishImage, killChild, link, sameFile, spawnStub, tempDir, withTracee, openWith,
} from './helpers';

const { O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_DIRECTORY, O_NONBLOCK, O_CLOEXEC } = sys;

interface Scene {
  dir: string;
  pid: number;
  files: { a: string; b: string; c: string; ghost: string };
  ghostContent: string;
  ghostMode: number;
}

/**
 * A stub holding: 0-2 /dev/null (one description), 3 and 7 file A at offset 17 (dup),
 * 4 file B O_WRONLY|O_APPEND, 5 file C with FD_CLOEXEC, 6 /dev/null O_RDWR (another
 * description), 8 a directory, 9 an unlinked file at offset 5, 10 an eventfd (count 42,
 * O_NONBLOCK).
 */
function makeScene(tag: string): Scene {
  const dir = tempDir(tag);
  const files = { a: path.join(dir, 'a.txt'), b: path.join(dir, 'b.log'), c: path.join(dir, 'c.bin'), ghost: path.join(dir, 'ghost.tmp') };
  const ghostContent = 'ghost content: only the image remembers me\n';
  const a = openWith(files.a, 'A'.repeat(100), O_RDWR);
  sys.native.lseek(a, 17, sys.SEEK_SET);
  const b = openWith(files.b, 'log line 1\n', O_WRONLY | O_APPEND);
  sys.writeAll(b, Buffer.from('log line 2\n'));
  const c = openWith(files.c, Buffer.alloc(4096, 7), O_RDONLY);
  const nullIn = sys.openFile('/dev/null', O_RDONLY);
  const nullRw = sys.openFile('/dev/null', O_RDWR);
  const d = sys.openFile(dir, O_RDONLY | O_DIRECTORY);
  const g = openWith(files.ghost, ghostContent, O_RDWR);
  sys.native.lseek(g, 5, sys.SEEK_SET);
  const ghostMode = fs.statSync(files.ghost).mode & 0o7777;
  fs.unlinkSync(files.ghost);
  const efd = sys.native.eventfd(42, sys.EFD_CLOEXEC | sys.EFD_NONBLOCK);
  let pid: number;
  try {
    pid = spawnStub([[nullIn, 0], [nullIn, 1], [nullIn, 2], [a, 3], [b, 4], [c, 5], [nullRw, 6], [a, 7], [d, 8], [g, 9], [efd, 10]]);
  } finally {
    closeAll(a, b, c, nullIn, nullRw, d, g, efd);
  }
  withTracee(pid, (t) => void t.syscall(sys.SYS.fcntl, 5, sys.F_SETFD, sys.FD_CLOEXEC));
  return { dir, pid, files, ghostContent, ghostMode };
}

function dumpScene(scene: Scene, imageDir: string): { registry: ReturnType<typeof builtinRegistry>; dumper: FdDumper } {
  const registry = builtinRegistry();
  registry.load(EVENTFD_PLUGIN);
  const dumper = new FdDumper(registry);
  dumper.dumpTask(scene.pid);
  const img = ImageDir.create(imageDir);
  dumper.writeImages(img);
  finishImage(img);
  return { registry, dumper };
}

test('dump: one file id per open file description, fdinfo flags, reg entries, ghost and eventfd state', () => {
  const scene = makeScene('dump');
  try {
    const imageDir = path.join(scene.dir, 'img');
    const { dumper } = dumpScene(scene, imageDir);
    const img = ImageDir.open(imageDir);
    const table = img.readFdinfo(scene.pid);
    assert.deepEqual(table.map((e) => e.fd), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const id = (fd: number) => table.find((e) => e.fd === fd)!.id;
    // Shared descriptions share ids; others do not.
    assert.equal(id(0), id(1));
    assert.equal(id(1), id(2));
    assert.equal(id(3), id(7));
    assert.notEqual(id(0), id(6), '/dev/null opened twice: two descriptions');
    assert.equal(new Set(table.map((e) => e.id)).size, 8);
    assert.equal(table.find((e) => e.fd === 5)!.flags, 1, 'FD_CLOEXEC recorded');
    assert.equal(table.find((e) => e.fd === 3)!.flags, 0);
    assert.equal(table.find((e) => e.fd === 10)!.type, 6);

    const files = new Map(img.readFiles().map((f) => [f.id, f]));
    assert.equal(files.size, 8);
    const a = files.get(id(3))!;
    assert.equal(a.type, FdTypes.REG);
    assert.equal(a.reg!.id, a.id);
    assert.equal(a.reg!.name, scene.files.a);
    assert.equal(a.reg!.pos, 17n);
    assert.equal(a.reg!.size, 100n);
    assert.equal(a.reg!.flags & sys.O_ACCMODE, O_RDWR);
    const b = files.get(id(4))!.reg!;
    assert.equal(b.flags & (O_APPEND | sys.O_ACCMODE), O_APPEND | O_WRONLY);
    assert.equal(b.pos, 22n);
    assert.equal(files.get(id(8))!.reg!.flags & O_DIRECTORY, O_DIRECTORY);
    assert.equal(files.get(id(6))!.reg!.name, '/dev/null');
    assert.equal(files.get(id(6))!.reg!.size, undefined, 'no size check for devices');
    const ghost = files.get(id(9))!.reg!;
    assert.equal(ghost.name, scene.files.ghost, 'the path without " (deleted)"');
    const g = readGhostImage(img, id(9));
    assert.equal(Buffer.concat(g.chunks.map((c) => c.data)).toString(), scene.ghostContent);
    assert.equal(g.chunks[0]?.off, 0n);
    assert.equal(g.size, BigInt(scene.ghostContent.length));
    assert.equal(g.mode & 0o7777, scene.ghostMode);
    assert.ok(img.has(ghostImageName(id(9))));
    const efd = files.get(id(10))!;
    assert.equal(efd.type, 6);
    const data = readFileDataImage(img).get(id(10))!;
    assert.equal(data.plugin, 'eventfd');
    assert.deepEqual(JSON.parse(Buffer.from(data.data).toString()), { count: '42', semaphore: false, nonblock: true });
    assert.equal(dumper.stats.fds, 11);
    assert.equal(dumper.stats.files, 8);
  } finally {
    killChild(scene.pid);
    fs.rmSync(scene.dir, { recursive: true, force: true });
  }
});

function checkRestored(pid: number, scene: Scene, original: { pos3: bigint }): void {
  assert.deepEqual(fds(pid), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  for (const fd of [0, 1, 2, 6]) assert.equal(link(pid, fd), '/dev/null');
  assert.ok(sameFile(pid, 0, pid, 1) && sameFile(pid, 1, pid, 2), 'fds 0-2 share one description after restore');
  assert.ok(!sameFile(pid, 0, pid, 6));
  assert.equal(link(pid, 3), scene.files.a);
  assert.ok(sameFile(pid, 3, pid, 7), 'dup\'ed fds 3 and 7 share one description after restore');
  assert.equal(fdinfo(pid, 3).pos, original.pos3);
  assert.equal(fdinfo(pid, 3).flags & sys.O_ACCMODE, O_RDWR);
  assert.equal(link(pid, 4), scene.files.b);
  assert.equal(fdinfo(pid, 4).flags & (O_APPEND | sys.O_ACCMODE), O_APPEND | O_WRONLY);
  assert.equal(fdinfo(pid, 4).pos, 22n);
  assert.equal(link(pid, 5), scene.files.c);
  assert.equal(fdinfo(pid, 5).flags & O_CLOEXEC, O_CLOEXEC, 'FD_CLOEXEC restored');
  for (const fd of [0, 3, 4, 6, 7, 8, 9, 10]) assert.equal(fdinfo(pid, fd).flags & O_CLOEXEC, 0, `fd ${fd} inheritable`);
  assert.equal(link(pid, 8), scene.dir);
  assert.equal(fdinfo(pid, 8).flags & O_DIRECTORY, O_DIRECTORY);
  assert.equal(link(pid, 9), `${scene.files.ghost} (deleted)`);
  assert.equal(fdinfo(pid, 9).pos, 5n);
  assert.equal(fs.readFileSync(`/proc/${pid}/fd/9`, 'utf8'), scene.ghostContent);
  assert.ok(!fs.existsSync(scene.files.ghost), 'the ghost is unlinked again');
  assert.equal(link(pid, 10), 'anon_inode:[eventfd]');
  assert.match(fdinfo(pid, 10).text, /^eventfd-count:\s*0*2a$/m);
  assert.equal(fdinfo(pid, 10).flags & O_NONBLOCK, O_NONBLOCK);
}

test('restore into a stub with installInto (remote pidfd_getfd + placement): links, pos, flags, FD_CLOEXEC, identity', () => {
  const scene = makeScene('restore');
  let restored = -1;
  try {
    const imageDir = path.join(scene.dir, 'img');
    const { registry } = dumpScene(scene, imageDir);
    killChild(scene.pid);
    const restorer = new FdRestorer(registry, ImageDir.open(imageDir));
    try {
      restorer.openAll();
      // The stub starts with a few fds of its own in the way (a stray at 3, one at 40).
      const junk = sys.openFile('/etc/hostname', O_RDONLY);
      try {
        restored = spawnStub([[junk, 3], [junk, 40]]);
      } finally {
        sys.native.close(junk);
      }
      const r = withTracee(restored, (t) => restorer.installInto(t, scene.pid));
      assert.equal(r.transport, 'pidfd');
      assert.equal(r.fetched, 8);
    } finally {
      restorer.close();
    }
    checkRestored(restored, scene, { pos3: 17n });
  } finally {
    killChild(scene.pid);
    if (restored > 0) killChild(restored);
    fs.rmSync(scene.dir, { recursive: true, force: true });
  }
});

test('restore over a channel socket (SCM_RIGHTS + remote recvmsg), keeping the channel as a service fd', () => {
  const scene = makeScene('channel');
  let restored = -1;
  try {
    const imageDir = path.join(scene.dir, 'img');
    const { registry } = dumpScene(scene, imageDir);
    killChild(scene.pid);
    const restorer = new FdRestorer(registry, ImageDir.open(imageDir));
    const [mine, theirs] = sys.socketpair(sys.AF_UNIX, sys.SOCK_SEQPACKET);
    try {
      // The channel sits at fd 4, a target number: the planner moves it above the targets.
      restored = spawnStub([[theirs, 4]]);
      const r = withTracee(restored, (t) => restorer.installInto(t, scene.pid, { channel: { taskFd: 4, restorerFd: mine }, keepChannel: true }));
      assert.equal(r.transport, 'channel');
      const moved = r.serviceFds.get(4)!;
      assert.ok(moved > 10, `channel moved above the targets, to ${moved}`);
      assert.match(link(restored, moved), /^socket:\[\d+\]$/);
      assert.ok(sameFile(restored, moved, process.pid, theirs));
      const withoutService = fds(restored).filter((fd) => fd !== moved);
      assert.deepEqual(withoutService, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      withTracee(restored, (t) => void t.syscall(sys.SYS.close, moved));
    } finally {
      restorer.close();
      closeAll(mine, theirs);
    }
    checkRestored(restored, scene, { pos3: 17n });
  } finally {
    killChild(scene.pid);
    if (restored > 0) killChild(restored);
    fs.rmSync(scene.dir, { recursive: true, force: true });
  }
});

test('restore with spawnFds (the table handed to spawnAt) + completeSpawned', () => {
  const scene = makeScene('spawn');
  let restored = -1;
  try {
    const imageDir = path.join(scene.dir, 'img');
    const { registry } = dumpScene(scene, imageDir);
    killChild(scene.pid);
    const restorer = new FdRestorer(registry, ImageDir.open(imageDir));
    try {
      const pairs = restorer.spawnFds(scene.pid);
      assert.equal(pairs.length, 11);
      restored = spawnStub(pairs);
      withTracee(restored, (t) => restorer.completeSpawned(t, scene.pid));
    } finally {
      restorer.close();
    }
    checkRestored(restored, scene, { pos3: 17n });
  } finally {
    killChild(scene.pid);
    if (restored > 0) killChild(restored);
    fs.rmSync(scene.dir, { recursive: true, force: true });
  }
});

test('two tasks sharing descriptions: one file id across tasks, and shared again after restore', () => {
  const dir = tempDir('shared');
  const pids: number[] = [];
  const restored: number[] = [];
  try {
    const f = openWith(path.join(dir, 'shared.txt'), 'x'.repeat(50), O_RDWR);
    const other = sys.openFile(path.join(dir, 'shared.txt'), O_RDONLY); // same inode, another description
    sys.native.lseek(f, 9, sys.SEEK_SET);
    try {
      pids.push(spawnStub([[f, 3], [other, 4]]), spawnStub([[f, 5], [f, 6]]));
    } finally {
      closeAll(f, other);
    }
    const registry = builtinRegistry();
    const dumper = new FdDumper(registry);
    const t1 = dumper.dumpTask(pids[0]!);
    const t2 = dumper.dumpTask(pids[1]!);
    assert.equal(t1[0]!.id, t2[0]!.id, 'fd 3 of task 1 and fd 5 of task 2: one file id');
    assert.equal(t2[0]!.id, t2[1]!.id);
    assert.notEqual(t1[0]!.id, t1[1]!.id);
    assert.equal(dumper.stats.files, 2);
    // fd 3: a new inode, no kcmp; fd 4: one; fds 5 and 6: a binary search among two, 1-2 each.
    assert.ok(dumper.stats.kcmpCalls <= 5, `${dumper.stats.kcmpCalls} kcmp calls`);
    const img = ImageDir.create(path.join(dir, 'img'));
    dumper.writeImages(img);
    finishImage(img);
    for (const p of pids) killChild(p);

    const restorer = new FdRestorer(registry, ImageDir.open(path.join(dir, 'img')));
    try {
      for (const p of pids) {
        const s = spawnStub();
        restored.push(s);
        withTracee(s, (t) => restorer.installInto(t, p));
      }
    } finally {
      restorer.close();
    }
    const [r1, r2] = restored as [number, number];
    assert.deepEqual(fds(r1), [3, 4]);
    assert.deepEqual(fds(r2), [5, 6]);
    assert.ok(sameFile(r1, 3, r2, 5), 'the two restored tasks share one description');
    assert.ok(sameFile(r2, 5, r2, 6));
    assert.ok(!sameFile(r1, 3, r1, 4));
    assert.equal(fdinfo(r1, 3).pos, 9n);
  } finally {
    for (const p of [...pids, ...restored]) killChild(p);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('restore through an fd store the tasks hold (seed 003): each file stored once, peeked by every task', () => {
  const dir = tempDir('store');
  const pids: number[] = [];
  const restored: number[] = [];
  try {
    const a = openWith(path.join(dir, 'a'), 'a'.repeat(30), O_RDWR);
    const b = openWith(path.join(dir, 'b'), 'b', O_RDONLY);
    sys.native.lseek(a, 11, sys.SEEK_SET);
    try {
      pids.push(spawnStub([[a, 0], [b, 1], [a, 2]]), spawnStub([[b, 3], [a, 4]]));
    } finally {
      closeAll(a, b);
    }
    const registry = builtinRegistry();
    const dumper = new FdDumper(registry);
    for (const p of pids) dumper.dumpTask(p);
    const img = ImageDir.create(path.join(dir, 'img'));
    dumper.writeImages(img);
    finishImage(img);
    for (const p of pids) killChild(p);

    const store = FdStore.create({ bufferBytes: 1 << 20 });
    const restorer = new FdRestorer(registry, ImageDir.open(path.join(dir, 'img')));
    try {
      for (const p of pids) {
        // The store socket sits at fd 3 in both stubs: a target number in the second.
        const s = spawnStub([[store.fd, 3]]);
        restored.push(s);
        const r = withTracee(s, (t) => restorer.installInto(t, p, { store: { store, taskFd: 3 } }));
        assert.equal(r.transport, 'store');
        const sfd = r.serviceFds.get(3)!;
        assert.ok(sameFile(s, sfd, process.pid, store.fd), 'the store socket stays, as a service fd');
        assert.ok(sfd > (p === pids[0] ? 2 : 4), `the store socket ${sfd} is above the targets`);
        withTracee(s, (t) => void t.syscall(sys.SYS.close, sfd));
      }
      assert.equal(store.refresh(), 2, 'two files, stored once each');
    } finally {
      restorer.close();
      store.close();
    }
    const [r1, r2] = restored as [number, number];
    assert.deepEqual(fds(r1), [0, 1, 2]);
    assert.deepEqual(fds(r2), [3, 4]);
    assert.ok(sameFile(r1, 0, r1, 2) && sameFile(r1, 0, r2, 4) && sameFile(r1, 1, r2, 3));
    assert.ok(!sameFile(r1, 0, r1, 1));
    assert.equal(fdinfo(r2, 4).pos, 11n);
    assert.equal(link(r2, 3), path.join(dir, 'b'));
  } finally {
    for (const p of [...pids, ...restored]) killChild(p);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('stock() lays out the fd store by who uses each file: one peek per datagram, only wanted fds installed', () => {
  // Task A: /dev/null at 0 (shared by all three) and 300 files of its own (two
  // datagrams: 253 + 47). Tasks B and C: the shared /dev/null, a file the two of them
  // share, and one file each.
  const dir = tempDir('stock');
  const pids: number[] = [];
  const restored: number[] = [];
  const SYS_recvmsg = 47;
  const SYS_setsockopt = 54;
  try {
    const shared = sys.openFile('/dev/null', O_RDWR);
    const bc = openWith(path.join(dir, 'bc'), 'bc', O_RDWR);
    const own = Array.from({ length: 302 }, () => sys.openFile('/dev/null', O_RDONLY));
    try {
      pids.push(
        spawnStub([[shared, 0], ...own.slice(0, 300).map((fd, i): [number, number] => [fd, 3 + i])]),
        spawnStub([[shared, 0], [bc, 1], [own[300]!, 2]]),
        spawnStub([[shared, 0], [own[301]!, 1], [bc, 2]]),
      );
    } finally {
      closeAll(shared, bc, ...own);
    }
    // A's own files are close-on-exec, its /dev/null is not: fetched close-on-exec (what
    // most of A's targets want), fd 0 then cleared. B and C's fds are all inheritable.
    withTracee(pids[0]!, (t) => {
      for (let fd = 3; fd < 303; fd++) t.syscall(sys.SYS.fcntl, fd, sys.F_SETFD, sys.FD_CLOEXEC);
      t.finishRemote();
    });
    const registry = builtinRegistry();
    const dumper = new FdDumper(registry);
    for (const p of pids) dumper.dumpTask(p);
    const img = ImageDir.create(path.join(dir, 'img'));
    dumper.writeImages(img);
    finishImage(img);
    for (const p of pids) killChild(p);

    const store = FdStore.create({ lock: false });
    const restorer = new FdRestorer(registry, ImageDir.open(path.join(dir, 'img')));
    try {
      restorer.stock(store);
      assert.equal(store.refresh(), 304, 'every file stored once');
      restorer.stock(store);
      assert.equal(store.refresh(), 304, 'stocking again adds nothing');
      for (const [i, p] of pids.entries()) {
        const s = spawnStub([[store.fd, 700]]);
        restored.push(s);
        const files = [...new Set(restorer.tableFor(p).map((t) => t.fileId))];
        withTracee(s, (t) => {
          const counts = new Map<number, number>();
          const counting = {
            pid: t.pid,
            syscall: (nr: number, ...args: Array<bigint | number>) => (counts.set(nr, (counts.get(nr) ?? 0) + 1), t.syscall(nr, ...args)),
            putScratch: (data: Uint8Array, offset?: number) => t.putScratch(data, offset),
          };
          const got = fetchFromStore(counting, { store, taskFd: 700 }, restorer.storeEntries(store, files));
          // A: the shared datagram and its own two; B and C: shared, B+C, their own.
          assert.equal(counts.get(SYS_recvmsg), 3, `task ${i}: one peek per datagram`);
          assert.equal(counts.get(SYS_setsockopt) ?? 0, 0, `task ${i}: the peek offset is set on our fd of the socket, not in the task`);
          assert.equal(counts.get(sys.SYS.close) ?? 0, 0, `task ${i}: no fd fetched in vain`);
          assert.deepEqual(fds(s), [...got, 700].sort((x, y) => x - y));
          got.forEach((fd, k) => assert.ok(sameFile(s, fd, process.pid, restorer.fdOf(files[k]!)), `task ${i}: fetched fd ${fd} is file ${files[k]}`));
          for (const fd of got) t.syscall(sys.SYS.close, fd);
          const r = restorer.installInto(t, p, { store: { store, taskFd: 700 }, keepStore: false });
          assert.equal(r.fetched, i === 0 ? 301 : 3);
        });
      }
      // A bare id in the middle of a datagram still comes alone (the others are closed).
      const s = spawnStub([[store.fd, 700]]);
      restored.push(s);
      const entry = restorer.tableFor(pids[0]!)[200]!;
      const mid = restorer.storeIds(store, [entry.fileId])[0]!;
      const [got] = withTracee(s, (t) => fetchFromStore(t, { store, taskFd: 700 }, [mid]));
      assert.deepEqual(fds(s), [got!, 700].sort((a, b) => a - b));
      assert.ok(sameFile(s, got!, restored[0]!, entry.fd));
    } finally {
      restorer.close();
      store.close();
    }
    const [a, b, c] = restored as [number, number, number];
    assert.deepEqual(fds(a), [0, ...Array.from({ length: 300 }, (_, i) => 3 + i)]);
    assert.deepEqual(fds(b), [0, 1, 2]);
    assert.deepEqual(fds(c), [0, 1, 2]);
    assert.ok(sameFile(a, 0, b, 0) && sameFile(b, 0, c, 0), '/dev/null shared by all three');
    assert.ok(sameFile(b, 1, c, 2), 'B and C share their file');
    assert.ok(!sameFile(a, 3, a, 4) && !sameFile(b, 2, c, 1));
    assert.equal(link(b, 1), path.join(dir, 'bc'));
    const cloexec = (pid: number, fd: number): boolean => (fdinfo(pid, fd).flags & O_CLOEXEC) !== 0;
    assert.equal(cloexec(a, 0), false, 'A fd 0 inheritable');
    for (let fd = 3; fd < 303; fd++) assert.equal(cloexec(a, fd), true, `A fd ${fd} close-on-exec`);
    for (const pid of [b, c]) for (const fd of [0, 1, 2]) assert.equal(cloexec(pid, fd), false, `fd ${fd} of ${pid} inheritable`);
  } finally {
    for (const p of [...pids, ...restored]) killChild(p);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
