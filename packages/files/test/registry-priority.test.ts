// Plugin priority: the plugin registered last is asked first, so a plugin loaded after
// the built-ins (--plugin, a config file, load()) can take over fds they would claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdTypes, ImageDir } from '@amber/images';
import { FdDumper, FileRegistry, FilesError, builtinRegistry, readFileDataImage, regPlugin, type FdProbe, type FilePlugin } from '../src';
import { closeAll, finishImage, killChild, spawnStub, tempDir } from './helpers';

/** A plugin whose detect() accepts what `accepts` accepts, and records that it was asked. */
function plugin(type: number, name: string, accepts: (probe: FdProbe) => boolean, asked: string[] = []): FilePlugin {
  return {
    type,
    name,
    detect: (probe) => {
      asked.push(name);
      return accepts(probe);
    },
    dump: (probe) => ({ entry: {}, data: Buffer.from(`${name}:${probe.link}`) }),
    open: () => -1,
  };
}

function probeOf(p: string, link = p): FdProbe {
  return { pid: process.pid, fd: 3, link, stat: sys.native.statx(sys.AT_FDCWD, p, 0), fdinfo: 'pos:\t0\nflags:\t02\nmnt_id:\t1\n', flags: sys.O_RDWR };
}

const all = (): boolean => true;

test('two plugins whose detect() both accept an fd: the one registered last claims it, and is asked first', () => {
  const asked: string[] = [];
  const first = plugin(FdTypes.TTY, 'first', all, asked);
  const second = plugin(FdTypes.TIMERFD, 'second', all, asked);
  const probe = probeOf('/dev/null');

  const r = new FileRegistry().register(first).register(second);
  assert.equal(r.claim(probe), second);
  assert.deepEqual(asked, ['second'], 'the earlier plugin is not even asked once a later one claims the fd');
  assert.deepEqual(r.list().map((p) => p.name), ['first', 'second'], 'list() stays in registration order');

  // The other way round, the other one wins.
  asked.length = 0;
  const r2 = new FileRegistry().register(second).register(first);
  assert.equal(r2.claim(probe), first);
  assert.deepEqual(asked, ['first']);

  // A later plugin that declines leaves the fd to the earlier ones, asked from last to first.
  asked.length = 0;
  const r3 = new FileRegistry().register(first).register(second).register(plugin(FdTypes.SIGNALFD, 'none', () => false, asked));
  assert.equal(r3.claim(probe), second);
  assert.deepEqual(asked, ['none', 'second']);
  asked.length = 0;
  const r4 = new FileRegistry().register(plugin(FdTypes.SIGNALFD, 'none', () => false, asked));
  assert.equal(r4.claim(probe), undefined);
  assert.deepEqual(asked, ['none']);
});

test('a plugin registered after the built-in regular-file plugin takes over the fds it would claim; the rest stay with reg', () => {
  const devnull = probeOf('/dev/null');
  const file = probeOf(__filename);
  const dir = probeOf(__dirname);
  const r = builtinRegistry();
  const reg = r.forType(FdTypes.REG)!;
  assert.equal(r.claim(devnull), reg);
  // A terminal-like plugin for character devices, registered (loaded) after the built-ins.
  const chr = plugin(FdTypes.TTY, 'chardev', (p) => (p.stat.mode & sys.S_IFMT) === sys.S_IFCHR);
  r.register(chr, "'./chardev.js'");
  assert.equal(r.claim(devnull), chr, 'the later plugin wins over reg for /dev/null');
  assert.equal(r.claim(file), reg, 'a regular file: the later plugin declines, reg claims it');
  assert.equal(r.claim(dir), reg);
  // A plugin registered later still, claiming only pipes, changes nothing for these.
  r.register(plugin(FdTypes.PIPE, 'pipe', (p) => p.link.startsWith('pipe:[')));
  assert.equal(r.claim(devnull), chr);
  assert.equal(r.claim(file), reg);
  // Built by hand in the other order, reg (registered last) is asked first and wins.
  const byHand = new FileRegistry().register(plugin(FdTypes.TTY, 'chardev', (p) => (p.stat.mode & sys.S_IFMT) === sys.S_IFCHR)).register(regPlugin());
  assert.equal(byHand.claim(devnull)?.name, 'reg');
});

test('the built-in registration order still works: reg first, then pipe- and epoll-like plugins with disjoint claims', () => {
  const r = builtinRegistry();
  // What @amber/pipe and @amber/epoll register after reg (their detect() rules).
  r.register(plugin(FdTypes.PIPE, 'pipe', (p) => /^pipe:\[\d+\]$/.test(p.link) && (p.stat.mode & sys.S_IFMT) === sys.S_IFIFO));
  r.register(plugin(FdTypes.FIFO, 'fifo', (p) => p.link.startsWith('/') && (p.stat.mode & sys.S_IFMT) === sys.S_IFIFO));
  r.register(plugin(FdTypes.EVENTPOLL, 'eventpoll', (p) => p.link === 'anon_inode:[eventpoll]'));
  const d = tempDir('prio-order');
  const [rd, wr] = sys.pipe();
  try {
    const fifo = path.join(d, 'fifo');
    sys.native.mkfifo(fifo, 0o600);
    const pipeProbe: FdProbe = { ...probeOf(`/proc/self/fd/${rd}`), link: fs.readlinkSync(`/proc/self/fd/${rd}`) };
    assert.equal(r.claim(pipeProbe)?.name, 'pipe');
    assert.equal(r.claim(probeOf(fifo))?.name, 'fifo');
    assert.equal(r.claim(probeOf('/dev/null'))?.name, 'reg');
    assert.equal(r.claim(probeOf(__filename))?.name, 'reg');
    assert.equal(r.claim(probeOf(__dirname))?.name, 'reg');
    const epfd = sys.native.epollCreate1(sys.EPOLL_CLOEXEC);
    try {
      assert.equal(r.claim(probeOf(`/proc/self/fd/${epfd}`, 'anon_inode:[eventpoll]'))?.name, 'eventpoll');
    } finally {
      sys.native.close(epfd);
    }
    // A memfd: not reg's (its link is /memfd:...), and none of these claims it.
    const mfd = sys.native.memfdCreate('prio', sys.MFD_CLOEXEC);
    try {
      const link = fs.readlinkSync(`/proc/self/fd/${mfd}`);
      assert.match(link, /^\/memfd:prio/);
      assert.equal(r.claim(probeOf(`/proc/self/fd/${mfd}`, link)), undefined);
    } finally {
      sys.native.close(mfd);
    }
  } finally {
    closeAll(rd, wr);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

test('one type number or one name twice is still an error, whatever the order', () => {
  const r = builtinRegistry();
  assert.throws(
    () => r.register(plugin(FdTypes.REG, 'myreg', all), "'./myreg.js'"),
    (e: unknown) => e instanceof FilesError && e.code === 'PLUGIN_CONFLICT' && e.message.includes("'reg'") && e.message.includes("'myreg'"),
  );
  assert.throws(
    () => r.register(plugin(FdTypes.MEMFD, 'reg', all)),
    (e: unknown) => e instanceof FilesError && e.code === 'PLUGIN_CONFLICT' && e.message.includes("named 'reg'"),
  );
  assert.deepEqual(r.list().map((p) => p.name), ['reg']);
  r.register(plugin(FdTypes.MEMFD, 'memfd', all));
  assert.deepEqual(r.list().map((p) => p.name), ['reg', 'memfd']);
});

test('load() by module specifier: the loaded plugin is asked before the built-ins', () => {
  const d = tempDir('prio-load');
  try {
    const file = path.join(d, 'chardev.js');
    fs.writeFileSync(
      file,
      `exports.plugin = { type: ${FdTypes.TTY}, name: 'chardev', detect: (p) => (p.stat.mode & 0o170000) === 0o020000, ` +
        `dump: () => ({ entry: {} }), open: () => -1 };\n`,
    );
    const r = builtinRegistry();
    const [loaded] = r.load(file);
    assert.equal(r.claim(probeOf('/dev/null')), loaded);
    assert.equal(r.claim(probeOf(__filename))?.name, 'reg');
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
});

test('through FdDumper: a real task, its /dev/null claimed by a later plugin, its regular file still by reg', () => {
  const d = tempDir('prio-dump');
  const file = path.join(d, 'data.txt');
  fs.writeFileSync(file, 'hello');
  const f = sys.openFile(file, sys.O_RDONLY);
  const n = sys.openFile('/dev/null', sys.O_RDWR);
  let pid = -1;
  try {
    pid = spawnStub([[n, 0], [n, 1], [n, 2], [f, 3]]);
  } finally {
    closeAll(f, n);
  }
  try {
    const registry = builtinRegistry().register(plugin(FdTypes.TTY, 'chardev', (p) => (p.stat.mode & sys.S_IFMT) === sys.S_IFCHR), "'./chardev.js'");
    const dumper = new FdDumper(registry);
    const table = dumper.dumpTask(pid);
    const img = ImageDir.create(path.join(d, 'img'));
    dumper.writeImages(img);
    finishImage(img);
    const files = new Map(ImageDir.open(img.path).readFiles().map((e) => [e.id, e]));
    const typeOf = (fd: number) => files.get(table.find((e) => e.fd === fd)!.id)!.type;
    assert.equal(typeOf(0), FdTypes.TTY);
    assert.equal(typeOf(3), FdTypes.REG);
    const data = readFileDataImage(ImageDir.open(img.path)).get(table.find((e) => e.fd === 0)!.id)!;
    assert.equal(data.plugin, 'chardev');
    assert.equal(Buffer.from(data.data).toString(), 'chardev:/dev/null');
    dumper.close();
  } finally {
    if (pid > 0) killChild(pid);
    fs.rmSync(d, { recursive: true, force: true });
  }
});
