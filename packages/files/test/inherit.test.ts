// inherit-fd and external files (seed 001), with real pipes, sockets and tasks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import * as sys from '@amber/sys';
import { FdTypes, ImageDir } from '@amber/images';
import { FdDumper, FdRestorer, builtinRegistry } from '../src';
import { closeAll, fds, finishImage, killChild, link, openWith, sameFile, spawnStub, tempDir, withTracee } from './helpers';

function inodeOf(fd: number): bigint {
  return sys.native.statx(fd, '', sys.AT_EMPTY_PATH).ino;
}

/**
 * The seed's task: 0-2 /dev/null, 3 -> a file, 4 -> the write end of a pipe whose other
 * end lives outside the dump. Dumped with the pipe external; returns the image.
 */
function seedTask(dir: string): { pid: number; file: string; pipeKey: string; imageDir: string; reader: number } {
  const file = path.join(dir, 'test');
  const f = openWith(file, 'the task reads this\n', sys.O_RDONLY);
  const [r, w] = sys.pipe();
  const nul = sys.openFile('/dev/null', sys.O_RDWR);
  let pid: number;
  try {
    pid = spawnStub([[nul, 0], [nul, 1], [nul, 2], [f, 3], [w, 4]]);
  } finally {
    closeAll(f, w, nul);
  }
  const pipeKey = `pipe:[${inodeOf(r)}]`;
  assert.equal(link(pid, 4), pipeKey);
  const dumper = new FdDumper(builtinRegistry(), { external: [pipeKey] });
  dumper.dumpTask(pid);
  const imageDir = path.join(dir, 'img');
  const img = ImageDir.create(imageDir);
  dumper.writeImages(img);
  finishImage(img);
  return { pid, file, pipeKey, imageDir, reader: r };
}

test('external at dump: the pipe is recorded by key (reg payload, ext flag) and not dumped', () => {
  const dir = tempDir('ext');
  let pid = -1;
  try {
    const s = seedTask(dir);
    pid = s.pid;
    const img = ImageDir.open(s.imageDir);
    const table = img.readFdinfo(s.pid);
    const pipeId = table.find((e) => e.fd === 4)!.id;
    const entry = img.readFiles().find((e) => e.id === pipeId)!;
    // No pipe plugin is registered in @amber/files: the type is EXT.
    assert.equal(entry.type, FdTypes.EXT);
    assert.equal(table.find((e) => e.fd === 4)!.type, FdTypes.EXT);
    assert.deepEqual({ name: entry.reg!.name, ext: entry.reg!.ext, id: entry.reg!.id }, { name: s.pipeKey, ext: true, id: pipeId });
    assert.ok(!img.has('pipes-data.img'));
    closeAll(s.reader);
  } finally {
    killChild(pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("seed 001: the restorer's fd 3 stands in for the pipe while the task's own fd 3 is a file", async () => {
  const dir = tempDir('seed');
  let pid = -1;
  const [r2, w2] = sys.pipe();
  try {
    const s = seedTask(dir);
    pid = s.pid;
    closeAll(s.reader);
    killChild(pid);
    // A fresh restoring process whose fd 3 is the new pipe's write end, as in
    // `criu restore --inherit-fd fd[3]:pipe:[823441] 3>new-pipe`.
    const fixture = path.join(__dirname, 'fixtures', 'inherit-restorer.js');
    const child = spawn(process.execPath, [fixture, s.imageDir, String(s.pid), `fd[3]:${s.pipeKey}`], { stdio: ['pipe', 'pipe', 'inherit', w2] });
    const [line] = (await once(readline.createInterface({ input: child.stdout! }), 'line')) as [string];
    const out = JSON.parse(line) as { a: number; b: number; fd3Before: string; parked: number; table: Array<{ fd: number; restorerFd: number }> };
    try {
      assert.equal(out.fd3Before, `pipe:[${inodeOf(r2)}]`);
      assert.ok(out.parked > 4, `the inherited fd 3 was parked above the targets, at ${out.parked}`);
      for (const t of [out.a, out.b]) {
        assert.deepEqual(fds(t), [0, 1, 2, 3, 4]);
        assert.equal(link(t, 3), s.file, `task ${t}: fd 3 is its file, not the inherited fd 3`);
        assert.equal(link(t, 4), `pipe:[${inodeOf(r2)}]`, `task ${t}: fd 4 is the new pipe`);
        assert.ok(sameFile(t, 4, process.pid, w2));
        assert.ok(sameFile(t, 0, t, 2));
      }
      // The restored task writes into the pipe; the caller reads it.
      withTracee(out.a, (t) => {
        const msg = Buffer.from('hello 4\n');
        assert.equal(t.syscall(sys.SYS.write, 4, t.putScratch(msg), msg.length), BigInt(msg.length));
      });
      const buf = Buffer.alloc(64);
      assert.equal(buf.subarray(0, sys.native.read(r2, buf)).toString(), 'hello 4\n');
    } finally {
      const exited = once(child, 'exit');
      child.stdin!.write('done\n');
      const [code] = (await exited) as [number];
      assert.equal(code, 0);
    }
  } finally {
    closeAll(r2, w2);
    killChild(pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('inherit-fd into a task that already holds the stand-in at fd 3 (present): the planner moves it to 4', () => {
  const dir = tempDir('present');
  let pid = -1;
  let restored = -1;
  const [r2, w2] = sys.pipe();
  try {
    const s = seedTask(dir);
    pid = s.pid;
    closeAll(s.reader);
    killChild(pid);
    const restorer = new FdRestorer(builtinRegistry(), ImageDir.open(s.imageDir), { inheritFds: [`fd[${w2}]:${s.pipeKey}`] });
    try {
      const pipeId = restorer.tableFor(s.pid).find((t) => t.fd === 4)!.fileId;
      assert.equal(restorer.inheritedBy(pipeId)?.fd, w2);
      assert.ok(restorer.parkedFd(w2)! > 4);
      // Like a task forked from a restorer that had the pipe at 3.
      restored = spawnStub([[w2, 3]]);
      withTracee(restored, (t) => restorer.installInto(t, s.pid, { present: [{ fd: 3, fileId: pipeId }] }));
    } finally {
      restorer.close();
    }
    assert.deepEqual(fds(restored), [0, 1, 2, 3, 4]);
    assert.equal(link(restored, 3), s.file);
    assert.ok(sameFile(restored, 4, process.pid, w2));
    assert.ok(fcntlOk(w2), "the caller's fd stays open (closeInherited is off)");
  } finally {
    closeAll(r2, w2);
    killChild(pid);
    if (restored > 0) killChild(restored);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function fcntlOk(fd: number): boolean {
  try {
    sys.native.fcntl(fd, sys.F_GETFD, 0);
    return true;
  } catch {
    return false;
  }
}

test('fd[M] keys: an unclaimed socket left out by its fd number, handed back by fd number or socket key', () => {
  const dir = tempDir('fdkey');
  let pid = -1;
  const restored: number[] = [];
  const [s1, s2] = sys.socketpair(sys.AF_UNIX, sys.SOCK_STREAM);
  const [n1, n2] = sys.socketpair(sys.AF_UNIX, sys.SOCK_STREAM);
  try {
    const f = openWith(path.join(dir, 'f'), 'x', sys.O_RDONLY);
    try {
      pid = spawnStub([[f, 3], [s1, 5]]);
    } finally {
      closeAll(f);
    }
    const sockKey = link(pid, 5);
    const dumper = new FdDumper(builtinRegistry(), { external: ['fd[5]'] });
    dumper.dumpTask(pid);
    const imageDir = path.join(dir, 'img');
    const img = ImageDir.create(imageDir);
    dumper.writeImages(img);
    finishImage(img);
    const ext = ImageDir.open(imageDir).readFiles().find((e) => e.reg?.ext)!;
    assert.equal(ext.type, FdTypes.EXT);
    assert.equal(ext.reg!.name, sockKey, 'stored under its natural key');
    killChild(pid);
    for (const arg of [`fd[${n1}]:fd[5]`, `fd[${n1}]:${sockKey}`]) {
      const restorer = new FdRestorer(builtinRegistry(), ImageDir.open(imageDir), { inheritFds: [arg] });
      try {
        const t = spawnStub();
        restored.push(t);
        withTracee(t, (tr) => restorer.installInto(tr, pid));
        assert.deepEqual(fds(t), [3, 5]);
        assert.ok(sameFile(t, 5, process.pid, n1), `${arg}: fd 5 is the stand-in`);
      } finally {
        restorer.close();
      }
    }
  } finally {
    closeAll(s1, s2, n1, n2);
    killChild(pid);
    for (const r of restored) killChild(r);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('inherit-fd at restore only, for a file dumped normally, by a path without the leading slash', () => {
  const dir = tempDir('relpath');
  let pid = -1;
  let restored = -1;
  try {
    const file = path.join(dir, 'old.log');
    const f = openWith(file, 'old\n', sys.O_WRONLY | sys.O_APPEND);
    try {
      pid = spawnStub([[f, 1]]);
    } finally {
      closeAll(f);
    }
    const registry = builtinRegistry();
    const dumper = new FdDumper(registry);
    dumper.dumpTask(pid);
    const imageDir = path.join(dir, 'img');
    const img = ImageDir.create(imageDir);
    dumper.writeImages(img);
    finishImage(img);
    killChild(pid);
    fs.appendFileSync(file, 'changed since the dump: restoring by path would fail\n');
    const replacement = openWith(path.join(dir, 'new.log'), '', sys.O_WRONLY);
    try {
      const restorer = new FdRestorer(registry, ImageDir.open(imageDir), { inheritFds: [`fd[${replacement}]:${file.slice(1)}`] });
      try {
        restored = spawnStub();
        withTracee(restored, (t) => restorer.installInto(t, pid));
      } finally {
        restorer.close();
      }
      assert.equal(link(restored, 1), path.join(dir, 'new.log'));
      assert.ok(sameFile(restored, 1, process.pid, replacement));
    } finally {
      closeAll(replacement);
    }
  } finally {
    killChild(pid);
    if (restored > 0) killChild(restored);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
