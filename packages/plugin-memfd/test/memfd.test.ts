// The memfd plugin through @amber/files' FdDumper and FdRestorer, loaded the way
// Amber loads third-party plugins: registry.load('@amber/plugin-memfd').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdTypes, ImageDir } from '@amber/images';
import { FdDumper, FdRestorer, FileRegistry, FilesError, builtinRegistry, readFileDataImage, type FilePlugin } from '@amber/files';
import { startProgram, killRestored, until } from '@amber/testkit';
import {
  F_GET_SEALS, F_SEAL_EXEC, F_SEAL_GROW, F_SEAL_SEAL, F_SEAL_SHRINK, F_SEAL_WRITE, F_ADD_SEALS, MEMFD, MEMFD_LIMIT_ENV,
  MFD_ALLOW_SEALING, MFD_CLOEXEC, MFD_EXEC, MFD_HUGETLB, MFD_NOEXEC_SEAL, memfdImageName, memfdName, memfdPlugin, mfdFlagsFor,
  readMemfdImage, type MemfdData,
} from '../src';

const SPEC = '@amber/plugin-memfd';
// What tools/testprogs/memfd.c sets up.
const NAME = 'amber-test-memfd';
const LINK = `/memfd:${NAME} (deleted)`;
const DATA = 300000;
const SIZE = 310001;

function pattern(): Buffer {
  const b = Buffer.alloc(SIZE);
  for (let i = 0; i < DATA; i++) b[i] = (i * 7 + 13) % 251;
  return b;
}

function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `amber-memfd-${tag}-`));
}

function registryWithPlugin(): { registry: FileRegistry; plugin: FilePlugin } {
  const registry = builtinRegistry();
  const added = registry.load(SPEC);
  assert.deepEqual(added.map((p) => [p.name, p.type]), [['memfd', MEMFD]]);
  return { registry, plugin: added[0]! };
}

function spawnStub(fds: Array<[number, number]> = []): number {
  return sys.spawnAt({ path: sys.restoreStubPath, argv: ['amber-stub'], envp: [], fds });
}

function killChild(pid: number): void {
  try {
    sys.native.kill(pid, sys.SIGKILL);
  } catch {
    return;
  }
  try {
    sys.waitFor(pid);
  } catch {
    /* reaped */
  }
}

function withTracee<T>(pid: number, fn: (t: sys.Tracee) => T): T {
  const t = sys.Tracee.seize(pid);
  try {
    return fn(t);
  } finally {
    t.detach();
  }
}

const link = (pid: number, fd: number): string => fs.readlinkSync(`/proc/${pid}/fd/${fd}`);

function fdinfo(pid: number, fd: number): { pos: bigint; flags: number } {
  const text = fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1');
  return { pos: BigInt(/^pos:\s*(\d+)/m.exec(text)![1]!), flags: parseInt(/^flags:\s*([0-7]+)/m.exec(text)![1]!, 8) };
}

const fdsOf = (pid: number): number[] => fs.readdirSync(`/proc/${pid}/fd`).map(Number).sort((a, b) => a - b);
const sameFile = (p1: number, f1: number, p2: number, f2: number): boolean => sys.native.kcmp(p1, p2, sys.KCMP_FILE, f1, f2) === 0;

/** A copy of fd `fd` of task `pid` (pidfd_getfd), for `fn`. */
function withCopy<T>(pid: number, fd: number, fn: (copy: number) => T): T {
  const pidfd = sys.native.pidfdOpen(pid, 0);
  try {
    const copy = sys.native.pidfdGetfd(pidfd, fd, 0);
    try {
      return fn(copy);
    } finally {
      sys.native.close(copy);
    }
  } finally {
    sys.native.close(pidfd);
  }
}

function preadAll(fd: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = sys.native.pread(fd, b.subarray(done), done);
    if (n === 0) break;
    done += n;
  }
  return b.subarray(0, done);
}

function dataOf(img: ImageDir, id: number): MemfdData {
  const d = readFileDataImage(img).get(id);
  assert.ok(d, `file ${id} has data`);
  assert.equal(d.plugin, 'memfd');
  return JSON.parse(Buffer.from(d.data).toString('utf8')) as MemfdData;
}

/** Dumps task `pid` with `registry` into `dir` (a complete image). */
function dump(registry: FileRegistry, pid: number, dir: string): ImageDir {
  const dumper = new FdDumper(registry);
  try {
    dumper.dumpTask(pid);
    const img = ImageDir.create(dir);
    dumper.writeImages(img);
    img.writeInventory({ img_version: 2 });
  } finally {
    dumper.close();
  }
  return ImageDir.open(dir);
}

/** dumpTask() alone, for its errors. */
function dumpOnly(registry: FileRegistry, pid: number): void {
  const dumper = new FdDumper(registry);
  try {
    dumper.dumpTask(pid);
  } finally {
    dumper.close();
  }
}

/** Restores the fd table of `filesId` from `dir` into a new stub, which it returns. */
function restoreIntoStub(registry: FileRegistry, dir: string, filesId: number): number {
  const restorer = new FdRestorer(registry, ImageDir.open(dir));
  try {
    restorer.openAll();
    const stub = spawnStub();
    try {
      withTracee(stub, (t) => restorer.installInto(t, filesId));
    } catch (e) {
      killChild(stub);
      throw e;
    }
    return stub;
  } finally {
    restorer.close();
  }
}

test('dump a real task holding a memfd (tools/testprogs/memfd): one file id per description, state and content in the image', async () => {
  const dir = tempDir('dump');
  const p = await startProgram('memfd', path.join(dir, 'out'));
  let live = true;
  try {
    await until(() => fs.readFileSync(path.join(dir, 'out'), 'utf8').includes('ready'), 'memfd to get ready');
    const { registry } = registryWithPlugin();
    const img = dump(registry, p.pid, path.join(dir, 'img'));
    const table = img.readFdinfo(p.pid);
    assert.deepEqual(table.map((e) => e.fd), [0, 1, 2, 3, 5, 6]);
    const id = (fd: number) => table.find((e) => e.fd === fd)!.id;
    for (const fd of [3, 5, 6]) assert.equal(table.find((e) => e.fd === fd)!.type, MEMFD, `fd ${fd} is a MEMFD`);
    assert.equal(id(3), id(5), 'the dup shares its file id');
    assert.notEqual(id(3), id(6), 'the reopen is another description');
    assert.equal(table.find((e) => e.fd === 3)!.flags, 1, 'FD_CLOEXEC (MFD_CLOEXEC) recorded');
    assert.equal(table.find((e) => e.fd === 6)!.flags, 0);
    const files = new Map(img.readFiles().map((f) => [f.id, f]));
    assert.equal(files.get(id(3))!.type, FdTypes.MEMFD);

    const d3 = dataOf(img, id(3));
    assert.equal(d3.name, NAME);
    assert.equal(d3.pos, '12345');
    assert.equal(d3.size, String(SIZE));
    assert.equal(d3.flags & sys.O_ACCMODE, sys.O_RDWR);
    assert.equal(d3.seals, F_SEAL_SHRINK);
    assert.equal(d3.mfdFlags! & MFD_ALLOW_SEALING, MFD_ALLOW_SEALING);
    assert.equal(d3.sameAs, undefined);
    const d6 = dataOf(img, id(6));
    assert.deepEqual({ sameAs: d6.sameAs, pos: d6.pos, acc: d6.flags & sys.O_ACCMODE, size: d6.size }, { sameAs: id(3), pos: '777', acc: sys.O_RDONLY, size: undefined });
    assert.ok(readMemfdImage(img, id(3)).equals(pattern()), 'the content image holds the memfd byte for byte');
    assert.ok(!img.has(memfdImageName(id(6))), 'one content image per memfd, not per description');

    // The dump changed nothing in the task: it still passes its own checks.
    sys.native.kill(p.pid, sys.SIGTERM);
    const status = await p.reap();
    live = false;
    const text = fs.readFileSync(path.join(dir, 'out'), 'utf8');
    assert.deepEqual(status, { kind: 'exited', code: 0 }, text);
    assert.match(text, /^PASS$/m, text);
  } finally {
    if (live) await killRestored(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('restore into a stub (installInto): links, offsets, flags, FD_CLOEXEC, sharing, seals, size and content', async () => {
  const dir = tempDir('restore');
  const p = await startProgram('memfd', path.join(dir, 'out'));
  let stub = -1;
  try {
    await until(() => fs.readFileSync(path.join(dir, 'out'), 'utf8').includes('ready'), 'memfd to get ready');
    const { registry } = registryWithPlugin();
    dump(registry, p.pid, path.join(dir, 'img'));
    await killRestored(p.pid);

    // A fresh registry, as a restore in another process would have.
    stub = restoreIntoStub(registryWithPlugin().registry, path.join(dir, 'img'), p.pid);
    assert.deepEqual(fdsOf(stub), [0, 1, 2, 3, 5, 6]);
    for (const fd of [3, 5, 6]) assert.equal(link(stub, fd), LINK, `fd ${fd}`);
    assert.ok(sameFile(stub, 3, stub, 5), 'fds 3 and 5 share one description again');
    assert.ok(!sameFile(stub, 3, stub, 6), 'fd 6 is another description');
    assert.equal(fdinfo(stub, 3).pos, 12345n);
    assert.equal(fdinfo(stub, 6).pos, 777n);
    assert.equal(fdinfo(stub, 3).flags & sys.O_ACCMODE, sys.O_RDWR);
    assert.equal(fdinfo(stub, 6).flags & sys.O_ACCMODE, sys.O_RDONLY);
    assert.equal(fdinfo(stub, 3).flags & sys.O_CLOEXEC, sys.O_CLOEXEC);
    assert.equal(fdinfo(stub, 6).flags & sys.O_CLOEXEC, 0);
    const st3 = sys.native.statx(sys.AT_FDCWD, `/proc/${stub}/fd/3`, 0);
    const st6 = sys.native.statx(sys.AT_FDCWD, `/proc/${stub}/fd/6`, 0);
    assert.equal(st3.size, BigInt(SIZE));
    assert.equal(st3.nlink, 0);
    assert.equal(st3.ino, st6.ino, 'fd 6 reopens the same memfd');
    withCopy(stub, 3, (fd) => {
      assert.ok(preadAll(fd, SIZE + 10).equals(pattern()), 'content, byte for byte, and nothing past the size');
      assert.equal(sys.native.fcntl(fd, F_GET_SEALS, 0), F_SEAL_SHRINK);
      sys.native.pwrite(fd, Buffer.from([0xab]), 42);
    });
    withCopy(stub, 6, (fd) => assert.equal(preadAll(fd, 43)[42], 0xab, 'a write through fd 3 shows through fd 6'));
    assert.equal(fdinfo(stub, 3).pos, 12345n, 'reading the copies moved no offset');
  } finally {
    await killRestored(p.pid);
    if (stub > 0) killChild(stub);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('flags, seals and modes: write-only O_APPEND, O_NONBLOCK, F_SEAL_WRITE, no sealing, MFD_NOEXEC_SEAL, an empty memfd', () => {
  const dir = tempDir('kinds');
  const made: number[] = [];
  const mk = (name: string, flags: number, content = ''): number => {
    const fd = sys.native.memfdCreate(name, MFD_CLOEXEC | flags);
    made.push(fd);
    if (content) sys.writeAll(fd, Buffer.from(content));
    return fd;
  };
  const reopen = (fd: number, flags: number): number => {
    const r = sys.openFile(`/proc/self/fd/${fd}`, flags);
    made.push(r);
    return r;
  };
  let src = -1;
  let stub = -1;
  try {
    const a = mk('sealed', MFD_ALLOW_SEALING, 'sealed content');
    sys.native.fcntl(a, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL);
    const aWo = reopen(a, sys.O_WRONLY | sys.O_APPEND); // write-only: the dump reads through its own reopen
    const b = mk('plain', 0, 'no sealing allowed');
    fs.fchmodSync(b, 0o640);
    sys.native.lseek(b, 3, sys.SEEK_SET);
    const bNb = reopen(b, sys.O_RDWR | sys.O_NONBLOCK);
    let noexec = -1;
    try {
      noexec = mk('noexec', MFD_NOEXEC_SEAL, 'not executable');
    } catch (e) {
      if (!sys.isErrno(e, 'EINVAL')) throw e; // Linux < 6.3
    }
    const empty = mk('', MFD_ALLOW_SEALING);
    const fds: Array<[number, number]> = [[aWo, 3], [b, 4], [bNb, 5], [empty, 7]];
    if (noexec >= 0) fds.push([noexec, 6]);
    src = spawnStub(fds);
    const before = new Map(fds.map(([, fd]) => [fd, sys.native.statx(sys.AT_FDCWD, `/proc/${src}/fd/${fd}`, 0)]));
    const seals = new Map(fds.map(([, fd]) => [fd, withCopy(src, fd, (c) => sys.native.fcntl(c, F_GET_SEALS, 0))]));
    assert.equal(seals.get(4), F_SEAL_SEAL, 'a memfd made without MFD_ALLOW_SEALING');

    const { registry } = registryWithPlugin();
    const img = dump(registry, src, path.join(dir, 'img'));
    const table = img.readFdinfo(src);
    const idOf = (fd: number) => table.find((e) => e.fd === fd)!.id;
    assert.equal(dataOf(img, idOf(4)).mfdFlags! & MFD_ALLOW_SEALING, 0, 'no MFD_ALLOW_SEALING recovered for the unsealable one');
    if (noexec >= 0) assert.equal(dataOf(img, idOf(6)).mfdFlags! & MFD_NOEXEC_SEAL, MFD_NOEXEC_SEAL);
    killChild(src);

    stub = restoreIntoStub(registry, path.join(dir, 'img'), src);
    assert.deepEqual(fdsOf(stub), fds.map(([, fd]) => fd).sort((x, y) => x - y));
    assert.equal(link(stub, 3), '/memfd:sealed (deleted)');
    assert.equal(link(stub, 4), '/memfd:plain (deleted)');
    assert.equal(link(stub, 7), '/memfd: (deleted)');
    assert.equal(fdinfo(stub, 3).flags & (sys.O_ACCMODE | sys.O_APPEND), sys.O_WRONLY | sys.O_APPEND);
    assert.equal(fdinfo(stub, 5).flags & (sys.O_ACCMODE | sys.O_NONBLOCK), sys.O_RDWR | sys.O_NONBLOCK);
    assert.equal(fdinfo(stub, 4).flags & sys.O_NONBLOCK, 0);
    assert.equal(fdinfo(stub, 4).pos, 3n, 'fds 4 and 5: two descriptions, two offsets');
    assert.equal(fdinfo(stub, 5).pos, 0n);
    for (const [, fd] of fds) {
      const was = before.get(fd)!;
      const now = sys.native.statx(sys.AT_FDCWD, `/proc/${stub}/fd/${fd}`, 0);
      assert.equal(now.size, was.size, `fd ${fd}: size`);
      assert.equal((now.mode & 0o7777).toString(8), (was.mode & 0o7777).toString(8), `fd ${fd}: mode`);
      withCopy(stub, fd, (c) => assert.equal(sys.native.fcntl(c, F_GET_SEALS, 0), seals.get(fd), `fd ${fd}: seals`));
    }
    assert.equal(fs.readFileSync(`/proc/${stub}/fd/3`, 'utf8'), 'sealed content');
    assert.equal(fs.readFileSync(`/proc/${stub}/fd/4`, 'utf8'), 'no sealing allowed');
    if (noexec >= 0) assert.equal(fs.readFileSync(`/proc/${stub}/fd/6`, 'utf8'), 'not executable');
    // F_SEAL_WRITE came back: the memfd refuses writes.
    withCopy(stub, 3, (c) => assert.throws(() => sys.native.write(c, Buffer.from('x')), (e: unknown) => sys.isErrno(e, 'EPERM')));
  } finally {
    for (const fd of made) sys.native.close(fd);
    if (src > 0) killChild(src);
    if (stub > 0) killChild(stub);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a memfd bigger than the limit is an error naming pid, fd, name and limit (memfdPlugin({ limit }) and $AMBER_MEMFD_LIMIT)', () => {
  const m = sys.native.memfdCreate('too-big', MFD_CLOEXEC);
  let src = -1;
  const saved = process.env[MEMFD_LIMIT_ENV];
  try {
    sys.writeAll(m, Buffer.alloc(5000, 1));
    src = spawnStub([[m, 4]]);
    const small = new FileRegistry().register(memfdPlugin({ limit: 4096 }));
    const expect = (e: unknown): boolean => {
      assert.ok(e instanceof FilesError, String(e));
      assert.equal(e.code, 'UNSUPPORTED_FILE');
      for (const part of [`pid ${src} fd 4`, "'too-big'", '5000 bytes', '4096 bytes', MEMFD_LIMIT_ENV]) assert.ok(e.message.includes(part), `${part}: ${e.message}`);
      return true;
    };
    assert.throws(() => dumpOnly(small, src), expect);
    process.env[MEMFD_LIMIT_ENV] = '4096';
    assert.throws(() => dumpOnly(registryWithPlugin().registry, src), expect);
    process.env[MEMFD_LIMIT_ENV] = '5000';
    assert.doesNotThrow(() => dumpOnly(registryWithPlugin().registry, src), 'exactly at the limit is fine');
  } finally {
    if (saved === undefined) delete process.env[MEMFD_LIMIT_ENV];
    else process.env[MEMFD_LIMIT_ENV] = saved;
    sys.native.close(m);
    if (src > 0) killChild(src);
  }
});

test('a hugetlbfs memfd (MFD_HUGETLB) is refused at dump, naming it', (t) => {
  let m: number;
  try {
    m = sys.native.memfdCreate('huge', MFD_CLOEXEC | MFD_HUGETLB);
  } catch {
    t.skip('no hugetlbfs memfds here');
    return;
  }
  let src = -1;
  try {
    src = spawnStub([[m, 3]]);
    assert.throws(
      () => dumpOnly(registryWithPlugin().registry, src),
      (e: unknown) => e instanceof FilesError && e.code === 'UNSUPPORTED_FILE' && e.message.includes(`pid ${src} fd 3 (memfd 'huge')`) && /hugetlbfs/.test(e.message),
    );
  } finally {
    sys.native.close(m);
    if (src > 0) killChild(src);
  }
});

test('detect and the helpers: only /memfd: links; names; MFD flags from seals and mode', () => {
  const { registry, plugin } = registryWithPlugin();
  const m = sys.native.memfdCreate('detect me', MFD_CLOEXEC);
  try {
    const probe = {
      pid: process.pid, fd: m, link: fs.readlinkSync(`/proc/self/fd/${m}`), stat: sys.native.statx(sys.AT_FDCWD, `/proc/self/fd/${m}`, 0), fdinfo: '', flags: sys.O_RDWR,
    };
    assert.equal(registry.claim(probe), plugin);
    const file = { ...probe, link: __filename, stat: sys.native.statx(sys.AT_FDCWD, __filename, 0) };
    assert.equal(registry.claim(file)?.name, 'reg', 'regular files stay with reg');
  } finally {
    sys.native.close(m);
  }
  assert.equal(memfdName('/memfd:abc (deleted)'), 'abc');
  assert.equal(memfdName('/memfd: (deleted)'), '');
  assert.equal(memfdName('/memfd:a (deleted) (deleted)'), 'a (deleted)');
  assert.equal(mfdFlagsFor(F_SEAL_SEAL, 0o777), MFD_EXEC, 'made without MFD_ALLOW_SEALING');
  assert.equal(mfdFlagsFor(0, 0o777), MFD_EXEC | MFD_ALLOW_SEALING);
  assert.equal(mfdFlagsFor(F_SEAL_SHRINK | F_SEAL_SEAL, 0o777), MFD_EXEC | MFD_ALLOW_SEALING);
  assert.equal(mfdFlagsFor(F_SEAL_EXEC, 0o666), MFD_NOEXEC_SEAL | MFD_ALLOW_SEALING);
  assert.equal(mfdFlagsFor(F_SEAL_EXEC | F_SEAL_SEAL, 0o666), MFD_NOEXEC_SEAL);
  assert.equal(mfdFlagsFor(F_SEAL_EXEC | F_SEAL_WRITE | F_SEAL_SEAL, 0o666), MFD_NOEXEC_SEAL | MFD_ALLOW_SEALING);
  assert.equal(mfdFlagsFor(0, 0o640), MFD_ALLOW_SEALING, 'no exec bits, no F_SEAL_EXEC: chmod after creation');
});
