import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, it } from 'node:test';
import { ImageDir } from '../src';
import { rmDir, tempDir } from './util';

const dirs: string[] = [];
after(() => dirs.forEach(rmDir));

it('with syncAll, the directory is made durable once, before inventory.img appears; page data gets writeback started as it is written', () => {
  const dir = tempDir('durability');
  dirs.push(dir);
  const synced: boolean[] = [];
  const ranges: Array<[number, number]> = [];
  const img = ImageDir.create(dir, {
    syncAll: (d) => {
      assert.equal(d, dir);
      synced.push(fs.existsSync(path.join(dir, 'inventory.img')));
    },
    startWriteback: (fd, offset, length) => {
      assert.ok(fd >= 0);
      ranges.push([offset, length]);
    },
  });
  const pages = img.createPages(1);
  const chunk = Buffer.alloc(3 << 20, 7);
  for (let i = 0; i < 10; i++) pages.write(chunk); // 30 MiB
  pages.close();
  img.writePstree([{ pid: 1, ppid: 0, pgid: 1, sid: 1, threads: [1] }]);
  assert.deepEqual(synced, [], 'nothing synced before the inventory');
  img.writeInventory({ img_version: 2 });
  assert.deepEqual(synced, [false], 'one sync, while inventory.img was not there yet');
  // Writeback was started on consecutive ranges from the start of the file.
  assert.ok(ranges.length >= 3, `writeback started ${ranges.length} times`);
  let at = 0;
  for (const [offset, length] of ranges) {
    assert.equal(offset, at);
    at += length;
  }
  assert.ok(at <= 30 << 20);
  assert.equal(fs.statSync(path.join(dir, 'pages-1.img')).size, 30 << 20);
});

it('without fsync, neither hook is called', () => {
  const dir = tempDir('durability');
  dirs.push(dir);
  let calls = 0;
  const img = ImageDir.create(dir, { fsync: false, syncAll: () => calls++, startWriteback: () => calls++ });
  const pages = img.createPages(1);
  pages.write(Buffer.alloc(16 << 20));
  pages.close();
  img.writeInventory({ img_version: 2 });
  assert.equal(calls, 0);
});
