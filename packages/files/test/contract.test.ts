// The plugin contract end to end, with a plugin that uses every service: DumpContext
// (fileId, localFd, fileIdOf, getFd, addRegularFile, pids, state), finishDump's state,
// DumpedFile.data, dependsOn / RestoreContext (fdOf, entryOf, dataOf, state) and
// afterInstall / TaskContext with a remote syscall in the restored task.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdTypes, ImageDir, type FileEntry } from '@amber/images';
import { FdDumper, FdRestorer, FilesError, builtinRegistry, parseFdinfo, type FilePlugin } from '../src';
import { EVENTFD_PLUGIN, closeAll, fdinfo, finishImage, killChild, spawnStub, tempDir, withTracee } from './helpers';

interface TwinData {
  dep: number;
  reg: number;
  count: number;
}

/** Claims eventfds at even fds (type TIMERFD, for the test); depends on the eventfd at fd + 1. */
function twinPlugin(log: string[]): FilePlugin {
  const stateSeen: unknown[] = [];
  return {
    type: FdTypes.TIMERFD,
    name: 'twin',
    detect: (p) => p.link === 'anon_inode:[eventfd]' && p.fd % 2 === 0,
    dump(probe, ctx) {
      assert.ok(ctx.pids.includes(probe.pid));
      // The local copy is the same description as the task's fd.
      assert.equal(sys.native.kcmp(process.pid, probe.pid, sys.KCMP_FILE, ctx.localFd, probe.fd), 0);
      const other = ctx.getFd(probe.pid, probe.fd + 1);
      sys.native.close(other);
      const dep = ctx.fileIdOf(probe.pid, probe.fd + 1);
      const reg = ctx.addRegularFile('/etc/hostname');
      assert.equal(ctx.addRegularFile('/etc/hostname'), reg, 'same path, same id');
      const st = ctx.state(() => ({ dumped: [] as number[] }));
      st.dumped.push(ctx.fileId);
      stateSeen.push(st);
      const count = Number(BigInt(`0x${/^eventfd-count:\s*(\S+)/m.exec(probe.fdinfo)![1]}`));
      assert.equal(parseFdinfo(probe.fdinfo).flags, probe.flags);
      const data: TwinData = { dep, reg, count };
      log.push(`dump ${ctx.fileId} dep ${dep}`);
      return { entry: {}, data: Buffer.from(JSON.stringify(data)) };
    },
    finishDump(images, ctx) {
      const st = ctx.state(() => ({ dumped: [] as number[] }));
      assert.equal(st, stateSeen[0], 'finishDump sees the state dump() created');
      assert.ok(images.writable);
      log.push(`finishDump ${st.dumped.join(',')}`);
    },
    dependsOn(entry, ctx) {
      return [(JSON.parse(Buffer.from(ctx.dataOf(entry.id)!).toString()) as TwinData).dep];
    },
    open(entry: FileEntry, ctx) {
      const d = JSON.parse(Buffer.from(ctx.dataOf(entry.id)!).toString()) as TwinData;
      const depFd = ctx.fdOf(d.dep);
      assert.match(fs.readlinkSync(`/proc/self/fd/${depFd}`), /eventfd/);
      assert.equal(ctx.entryOf(d.reg).reg!.name, '/etc/hostname');
      assert.equal(ctx.entryOf(d.dep).type, 6);
      ctx.state(() => ({ opened: 0 })).opened++;
      log.push(`open ${entry.id} after ${d.dep}`);
      return sys.native.eventfd(d.count, sys.EFD_CLOEXEC);
    },
    afterInstall(entry, fdInTask, ctx) {
      const one = Buffer.alloc(8);
      one.writeBigUInt64LE(100n);
      // In the task: add 100 to the restored eventfd's counter.
      ctx.task.syscall(sys.SYS.write, fdInTask, ctx.task.putScratch(one), 8);
      log.push(`afterInstall ${entry.id} at ${fdInTask} fds ${ctx.fdsOf(entry.id).join(',')}`);
    },
  };
}

test('the contract end to end: fileIdOf, addRegularFile, data, dependsOn order, state, afterInstall in the task', () => {
  const dir = tempDir('contract');
  const e4 = sys.native.eventfd(4, sys.EFD_CLOEXEC);
  const e5 = sys.native.eventfd(5, sys.EFD_CLOEXEC);
  let pid = -1;
  let restored = -1;
  try {
    pid = spawnStub([[e4, 4], [e5, 5], [e4, 8]]);
    const log: string[] = [];
    // twin is registered after the eventfd plugin, so it is asked first (the last
    // registered plugin is asked first) and takes the even fds; eventfd gets the rest.
    const registry = builtinRegistry();
    registry.load(EVENTFD_PLUGIN);
    registry.register(twinPlugin(log), 'test');
    const dumper = new FdDumper(registry);
    const table = dumper.dumpTask(pid);
    const id = (fd: number) => table.find((e) => e.fd === fd)!.id;
    assert.equal(table.find((e) => e.fd === 4)!.type, FdTypes.TIMERFD);
    assert.equal(table.find((e) => e.fd === 5)!.type, FdTypes.EVENTFD);
    assert.equal(id(4), id(8));
    const img = ImageDir.create(path.join(dir, 'img'));
    dumper.writeImages(img);
    finishImage(img);
    assert.deepEqual(log, [`dump ${id(4)} dep ${id(5)}`, `finishDump ${id(4)}`]);
    assert.equal(dumper.files.length, 3, 'twin, eventfd, /etc/hostname');
    killChild(pid);

    log.length = 0;
    const restorer = new FdRestorer(registry, ImageDir.open(path.join(dir, 'img')));
    try {
      restorer.openAll();
      assert.deepEqual(log, [`open ${id(4)} after ${id(5)}`]);
      const regId = dumper.files.find((f) => f.reg?.name === '/etc/hostname')!.id;
      assert.equal(fs.readlinkSync(`/proc/self/fd/${restorer.fdOf(regId)}`), '/etc/hostname', 'files added by path open on demand');
      restored = spawnStub();
      withTracee(restored, (t) => restorer.installInto(t, pid));
    } finally {
      restorer.close();
    }
    assert.deepEqual(log.slice(1), [`afterInstall ${id(4)} at 4 fds 4,8`]);
    assert.match(fdinfo(restored, 4).text, /^eventfd-count:\s*0*68$/m, '4 + 100 written by afterInstall');
    assert.match(fdinfo(restored, 5).text, /^eventfd-count:\s*0*5$/m);
  } finally {
    closeAll(e4, e5);
    killChild(pid);
    if (restored > 0) killChild(restored);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a dependency cycle at restore is an error naming the cycle', () => {
  const dir = tempDir('cycle');
  const e = sys.native.eventfd(1, sys.EFD_CLOEXEC);
  try {
    const pid = spawnStub([[e, 3]]);
    const loop: FilePlugin = {
      type: FdTypes.SIGNALFD,
      name: 'loop',
      detect: (p) => p.link === 'anon_inode:[eventfd]',
      dump: () => ({ entry: {} }),
      dependsOn: (entry) => [entry.id],
      open: () => sys.native.eventfd(0, sys.EFD_CLOEXEC),
    };
    const registry = builtinRegistry().register(loop);
    let imageDir: string;
    try {
      const dumper = new FdDumper(registry);
      dumper.dumpTask(pid);
      imageDir = path.join(dir, 'img');
      const img = ImageDir.create(imageDir);
      dumper.writeImages(img);
      finishImage(img);
    } finally {
      killChild(pid);
    }
    const restorer = new FdRestorer(registry, ImageDir.open(imageDir));
    assert.throws(() => restorer.openAll(), (err: unknown) => err instanceof FilesError && err.code === 'BAD_DEPENDENCY' && /cycle: 1 -> 1/.test(err.message));
    restorer.close();
  } finally {
    closeAll(e);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
