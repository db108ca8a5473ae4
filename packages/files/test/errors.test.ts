// What goes wrong, and what the messages say about it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { ImageDir } from '@amber/images';
import { FdDumper, FdRestorer, FilesError, FileRegistry, builtinRegistry, regPlugin } from '../src';
import { EVENTFD_PLUGIN, closeAll, finishImage, killChild, openWith, spawnStub, tempDir } from './helpers';

function isFilesError(code: string, ...parts: Array<string | RegExp>) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof FilesError, `expected a FilesError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    for (const p of parts) {
      if (typeof p === 'string') assert.ok(e.message.includes(p), `message lacks ${JSON.stringify(p)}: ${e.message}`);
      else assert.match(e.message, p);
    }
    return true;
  };
}

/** Dumps a stub holding `fds`, kills it, and returns the image directory and its pid. */
function dumpStub(dir: string, list: Array<[number, number]>, registry = builtinRegistry(), external: string[] = []): { imageDir: string; pid: number } {
  const pid = spawnStub(list);
  try {
    const dumper = new FdDumper(registry, { external });
    dumper.dumpTask(pid);
    const imageDir = path.join(dir, 'img');
    const img = ImageDir.create(imageDir);
    dumper.writeImages(img);
    finishImage(img);
    return { imageDir, pid };
  } finally {
    killChild(pid);
  }
}

test('unclaimed fd type: the error names pid, fd, link and the plugin type that is missing', () => {
  const efd = sys.native.eventfd(1, sys.EFD_CLOEXEC);
  const [s1, s2] = sys.socketpair(sys.AF_UNIX, sys.SOCK_DGRAM);
  const pid = spawnStub([[efd, 3], [s1, 4]]);
  try {
    const dumper = new FdDumper(builtinRegistry());
    assert.throws(() => dumper.dumpTask(pid), isFilesError('UNCLAIMED_FD', `pid ${pid} fd 3`, 'anon_inode:[eventfd]', 'EVENTFD (6)', 'registered: reg (1)', '--external fd[3]'));
    dumper.close();
    const onlySocket = spawnStub([[s1, 4]]);
    try {
      const d2 = new FdDumper(builtinRegistry());
      assert.throws(() => d2.dumpTask(onlySocket), isFilesError('UNCLAIMED_FD', `pid ${onlySocket} fd 4`, /socket:\[\d+\]/, 'UNIXSK (5)', /--external socket:\[\d+\]/));
      d2.close();
    } finally {
      killChild(onlySocket);
    }
  } finally {
    killChild(pid);
    closeAll(efd, s1, s2);
  }
});

test('restore with a file of a type no plugin handles: NO_PLUGIN, naming the type and who holds it', () => {
  const dir = tempDir('noplugin');
  const efd = sys.native.eventfd(5, sys.EFD_CLOEXEC);
  try {
    const registry = builtinRegistry();
    registry.load(EVENTFD_PLUGIN);
    const { imageDir, pid } = dumpStub(dir, [[efd, 3]], registry);
    const restorer = new FdRestorer(builtinRegistry(), ImageDir.open(imageDir));
    try {
      assert.throws(() => restorer.openAll(), isFilesError('NO_PLUGIN', 'EVENTFD (6)', `task ${pid} fd 3`));
    } finally {
      restorer.close();
    }
  } finally {
    closeAll(efd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('changed file size and vanished file at restore: FILE_CHANGED / FILE_GONE naming the file', () => {
  const dir = tempDir('changed');
  try {
    const file = path.join(dir, 'data.bin');
    const f = openWith(file, Buffer.alloc(1000, 1), sys.O_RDONLY);
    let imageDir: string;
    try {
      ({ imageDir } = dumpStub(dir, [[f, 3]]));
    } finally {
      closeAll(f);
    }
    fs.appendFileSync(file, 'more');
    let restorer = new FdRestorer(builtinRegistry(), ImageDir.open(imageDir));
    assert.throws(() => restorer.openAll(), isFilesError('FILE_CHANGED', file, '1000 -> 1004 bytes'));
    restorer.close();
    fs.rmSync(file);
    restorer = new FdRestorer(builtinRegistry(), ImageDir.open(imageDir));
    assert.throws(() => restorer.openAll(), isFilesError('FILE_GONE', file, `--inherit-fd 'fd[N]:${file}'`));
    restorer.close();
    fs.mkdirSync(file);
    restorer = new FdRestorer(builtinRegistry(), ImageDir.open(imageDir));
    assert.throws(() => restorer.openAll(), isFilesError('FILE_CHANGED', 'was a regular file at dump time and is now a directory'));
    restorer.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('unknown inherit-fd key at restore is an error (CRIU ignores it), listing the keys the image has', () => {
  const dir = tempDir('unknown');
  const f = openWith(path.join(dir, 'known'), 'x', sys.O_RDONLY);
  const [r, w] = sys.pipe();
  try {
    const { imageDir } = dumpStub(dir, [[f, 3]]);
    assert.throws(
      () => new FdRestorer(builtinRegistry(), ImageDir.open(imageDir), { inheritFds: [`fd[${w}]:pipe:[999999999]`] }),
      isFilesError('UNKNOWN_KEY', `inherit-fd 'fd[${w}]:pipe:[999999999]'`, 'no file of the image has the key pipe:[999999999]', path.join(dir, 'known'), 'fd[M]'),
    );
    assert.throws(
      () => new FdRestorer(builtinRegistry(), ImageDir.open(imageDir), { inheritFds: [`fd[${w}]:fd[9]`] }),
      isFilesError('UNKNOWN_KEY', 'fd[9]'),
    );
    // A key that matches, with an fd that is not open in the restorer.
    assert.throws(
      () => new FdRestorer(builtinRegistry(), ImageDir.open(imageDir), { inheritFds: ['fd[987654]:fd[3]'] }),
      isFilesError('BAD_INHERIT_FD', 'fd 987654 is not open'),
    );
  } finally {
    closeAll(f, r, w);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('external file without an inherit-fd at restore: MISSING_INHERIT_FD with the key and the flag to pass', () => {
  const dir = tempDir('missing');
  const [r, w] = sys.pipe();
  try {
    const key = `pipe:[${sys.native.statx(r, '', sys.AT_EMPTY_PATH).ino}]`;
    const { imageDir, pid } = dumpStub(dir, [[w, 4]], builtinRegistry(), [key]);
    assert.throws(
      () => new FdRestorer(builtinRegistry(), ImageDir.open(imageDir)),
      isFilesError('MISSING_INHERIT_FD', key, `held by task ${pid} fd 4`, `--inherit-fd 'fd[N]:${key}'`),
    );
  } finally {
    closeAll(r, w);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('external key at dump that matches no fd: UNKNOWN_KEY at writeImages', () => {
  const dir = tempDir('extunknown');
  const f = openWith(path.join(dir, 'f'), 'x', sys.O_RDONLY);
  const pid = spawnStub([[f, 3]]);
  try {
    const dumper = new FdDumper(builtinRegistry(), { external: ['pipe:[123456789]', 'tmp/nothing/here'] });
    dumper.dumpTask(pid);
    assert.throws(() => dumper.writeImages(ImageDir.create(path.join(dir, 'img'))), isFilesError('UNKNOWN_KEY', "'pipe:[123456789]'", "'tmp/nothing/here' (/tmp/nothing/here)", `pids ${pid}`));
    assert.throws(() => new FdDumper(builtinRegistry(), { external: ['fd[3]:pipe:[1]'] }), isFilesError('BAD_KEY', 'restore-side form'));
  } finally {
    killChild(pid);
    closeAll(f);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('unlinked file over the ghost limit: the error names the file and the limit', () => {
  const dir = tempDir('ghostbig');
  const file = path.join(dir, 'big.tmp');
  const f = openWith(file, Buffer.alloc(100, 9), sys.O_RDWR);
  fs.unlinkSync(file);
  const pid = spawnStub([[f, 3]]);
  try {
    const dumper = new FdDumper(new FileRegistry().register(regPlugin({ ghostLimit: 64 })));
    assert.throws(() => dumper.dumpTask(pid), isFilesError('UNSUPPORTED_FILE', file, '100 bytes', 'more than 64 bytes', '--ghost-limit'));
    dumper.close();
  } finally {
    killChild(pid);
    closeAll(f);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
