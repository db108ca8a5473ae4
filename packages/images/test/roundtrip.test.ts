import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  decodeImage, decodePagemap, decodePipeData, encodeImage, encodePagemap, encodePipeData, imageFileToJson,
  imageFromJson, imageToJson, ImageDir, PAGE_SIZE, pagemapLayout, PE_PRESENT, type PstreeEntry, type VmaEntry,
} from '../src';
import * as fx from './fixtures';
import { rmDir, tempDir } from './util';

const dirs: string[] = [];
after(() => dirs.forEach(rmDir));
function newDir(tag: string): string {
  const d = tempDir(tag);
  dirs.push(d);
  return d;
}

function writeAll(dirPath: string, fsync: boolean): ImageDir {
  const dir = ImageDir.create(dirPath, { fsync });
  dir.writePstree(fx.pstree);
  dir.writeCore(1000, fx.core);
  dir.writeCore(1001, fx.threadCore);
  dir.writeIds(1000, fx.ids);
  dir.writeMm(1000, fx.mm);
  dir.writePagemap(1000, fx.pagemap.head, fx.pagemap.entries);
  dir.writeFiles(fx.files);
  dir.writeFdinfo(2, fx.fdinfo);
  dir.writePipesData(fx.pipesData);
  dir.writeFifoData(fx.fifoData);
  dir.writeFs(1000, fx.fs);
  dir.writeInventory(fx.inventory);
  return dir;
}

describe('ImageDir round trip', () => {
  for (const fsync of [true, false]) {
    it(`every image kind reads back deep-equal (fsync ${fsync})`, () => {
      const d = newDir('rt');
      writeAll(d, fsync);
      const dir = ImageDir.open(d);
      assert.equal(dir.complete, true);
      assert.deepEqual(dir.readInventory(), fx.inventory);
      assert.deepEqual(dir.readPstree(), fx.pstree);
      assert.deepEqual(dir.readCore(1000), fx.core);
      assert.deepEqual(dir.readCore(1001), fx.threadCore);
      assert.deepEqual(dir.readIds(1000), fx.ids);
      assert.deepEqual(dir.readMm(1000), fx.mm);
      assert.deepEqual(dir.readPagemap(1000), fx.pagemap);
      assert.deepEqual(dir.readFiles(), fx.files);
      assert.deepEqual(dir.readFdinfo(2), fx.fdinfo);
      assert.deepEqual(dir.readPipesData(), fx.pipesData);
      assert.deepEqual(dir.readFifoData(), fx.fifoData);
      assert.deepEqual(dir.readFs(1000), fx.fs);
      assert.deepEqual(dir.list(), [
        'core-1000.img', 'core-1001.img', 'fdinfo-2.img', 'fifo-data.img', 'files.img', 'fs-1000.img', 'ids-1000.img',
        'inventory.img', 'mm-1000.img', 'pagemap-1000.img', 'pipes-data.img', 'pstree.img',
      ]);
      // no temp files left behind
      assert.deepEqual(fs.readdirSync(d).filter((n) => n.startsWith('.')), []);
    });
  }

  it('keeps 2^64-1 and negative 64-bit values exact', () => {
    const d = newDir('edge');
    writeAll(d, false);
    const dir = ImageDir.open(d);
    const mm = dir.readMm(1000);
    assert.equal(mm.mm_env_end, fx.U64_MAX);
    assert.equal(mm.vmas?.[1].fd, -(1n << 63n));
    assert.equal(mm.vmas?.[2].fd, (1n << 63n) - 1n);
    assert.equal(dir.readCore(1000).thread_info?.fpregs.rip, fx.U64_MAX);
    assert.equal(dir.readPagemap(1000).entries[3].nr_pages, fx.U64_MAX);
    assert.equal(typeof mm.mm_start_code, 'bigint');
  });

  it('generic writeEntries/readEntries work with explicit file names', () => {
    const d = newDir('generic');
    const dir = ImageDir.create(d, { fsync: false });
    dir.writeEntries('core', 'core-7.img', [fx.threadCore]);
    dir.writeEntries('pstree', 'pstree.img', fx.pstree);
    assert.deepEqual(dir.readEntries('core', 'core-7.img'), [fx.threadCore]);
    assert.deepEqual(dir.readEntries('pstree', 'pstree.img'), fx.pstree);
  });
});

describe('buffer-level encode/decode', () => {
  it('round trips every list kind, pagemap and pipe data', () => {
    assert.deepEqual(decodeImage('inventory', encodeImage('inventory', [fx.inventory])), [fx.inventory]);
    assert.deepEqual(decodeImage('pstree', encodeImage('pstree', fx.pstree)), fx.pstree);
    assert.deepEqual(decodeImage('core', encodeImage('core', [fx.core, fx.threadCore])), [fx.core, fx.threadCore]);
    assert.deepEqual(decodeImage('ids', encodeImage('ids', [fx.ids])), [fx.ids]);
    assert.deepEqual(decodeImage('mm', encodeImage('mm', [fx.mm])), [fx.mm]);
    assert.deepEqual(decodeImage('files', encodeImage('files', fx.files)), fx.files);
    assert.deepEqual(decodeImage('fdinfo', encodeImage('fdinfo', fx.fdinfo)), fx.fdinfo);
    assert.deepEqual(decodeImage('fs', encodeImage('fs', [fx.fs])), [fx.fs]);
    assert.deepEqual(decodePagemap(encodePagemap(fx.pagemap)), fx.pagemap);
    assert.deepEqual(decodePipeData('pipes-data', encodePipeData('pipes-data', fx.pipesData)), fx.pipesData);
    assert.deepEqual(decodePipeData('fifo-data', encodePipeData('fifo-data', fx.fifoData)), fx.fifoData);
    // legacy kinds (decoded by `show`)
    assert.deepEqual(decodeImage('vmas', encodeImage('vmas', fx.mm.vmas ?? [])), fx.mm.vmas);
    const sa = fx.core.tc?.sigactions ?? [];
    assert.deepEqual(decodeImage('sigacts', encodeImage('sigacts', sa)), sa);
    const creds = fx.core.thread_core?.creds;
    assert.ok(creds);
    assert.deepEqual(decodeImage('creds', encodeImage('creds', [creds])), [creds]);
  });

  it('an image with no entries is just its header', () => {
    assert.deepEqual([...encodeImage('fdinfo', [])], [0x19, 0x43, 0x56, 0x54, 0x32, 0x37, 0x21, 0x56]);
    assert.deepEqual(decodeImage('fdinfo', encodeImage('fdinfo', [])), []);
  });
});

describe('JSON (show) round trip', () => {
  it('re-encodes every file of a dump to identical bytes', () => {
    const d = newDir('json');
    writeAll(d, false);
    const names = fs.readdirSync(d);
    assert.equal(names.length, 12);
    for (const name of names) {
      const bytes = fs.readFileSync(path.join(d, name));
      const json = imageFileToJson(path.join(d, name));
      const text = JSON.stringify(json); // must not contain bigint or Buffer objects
      const back = imageFromJson(JSON.parse(text));
      assert.ok(back.equals(bytes), `${name} differs after JSON round trip`);
      assert.deepEqual(imageToJson(bytes), json);
    }
  });

  it('keeps fields unknown to Amber (e.g. from newer CRIU) as $unknown and re-encodes them', () => {
    // fs_entry with an extra field 7 (varint 5) and field 9 (bytes "hi")
    const payload = [0x08, 0x01, 0x10, 0x02, 0x38, 0x05, 0x4a, 0x02, 0x68, 0x69];
    const bytes = Buffer.from([0x19, 0x43, 0x56, 0x54, 0x12, 0x39, 0x40, 0x51, payload.length, 0, 0, 0, ...payload]);
    const json = imageToJson(bytes);
    assert.deepEqual(json.entries[0], { cwd_id: 1, root_id: 2, $unknown: ['OAU=', 'SgJoaQ=='] });
    assert.ok(imageFromJson(json).equals(bytes));
    assert.deepEqual(decodeImage('fs', bytes), [{ cwd_id: 1, root_id: 2 }]);
  });
});

describe('pages streaming', () => {
  it('writes pages through PagesWriter and reads ranges located by the pagemap', () => {
    const d = newDir('pages');
    const dir = ImageDir.create(d, { fsync: false });
    // the fixture's last entry has an absurd nr_pages (2^64-1): layout rejects it
    assert.throws(() => pagemapLayout(fx.pagemap.entries), RangeError);
    const { ranges, presentBytes } = pagemapLayout(fx.pagemap.entries.slice(0, 3));
    assert.deepEqual(ranges.map((r) => r.pagesOffset), [0, undefined, PAGE_SIZE]);
    assert.equal(presentBytes, 2 * PAGE_SIZE);
    const w = dir.createPages(fx.pagemap.head.pages_id);
    const page = (fill: number): Buffer => Buffer.alloc(PAGE_SIZE, fill);
    w.write(page(1));
    w.writev([page(2).subarray(0, 100), page(2).subarray(100)]);
    assert.equal(w.bytesWritten, 2 * PAGE_SIZE);
    assert.equal(fs.existsSync(path.join(d, 'pages-3.img')), false, 'not visible before close');
    assert.throws(() => dir.writeInventory(fx.inventory), /pages-3\.img still open/);
    w.close();
    dir.writeInventory(fx.inventory);
    const r = ImageDir.open(d).openPages(3);
    assert.equal(r.size, 2 * PAGE_SIZE);
    assert.ok(r.read(ranges[2].pagesOffset as number, PAGE_SIZE).equals(page(2)));
    const target = Buffer.alloc(10);
    r.readInto(target, PAGE_SIZE - 5);
    assert.deepEqual([...target], [1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    let total = 0;
    for (const chunk of r.chunks(0, 2 * PAGE_SIZE, 3000)) {
      assert.ok(chunk.length <= 3000);
      total += chunk.length;
    }
    assert.equal(total, 2 * PAGE_SIZE);
    assert.throws(() => r.read(PAGE_SIZE, PAGE_SIZE + 1), { name: 'ImageError', message: /pages-3\.img: at byte offset 4096: expected 4097 bytes of page data/ });
    r.close();
  });

  it('abort leaves no file', () => {
    const d = newDir('abort');
    const dir = ImageDir.create(d, { fsync: false });
    const w = dir.createPages(1);
    w.write(Buffer.alloc(10));
    w.abort();
    assert.equal(w.closed, true);
    assert.deepEqual(fs.readdirSync(d), []);
  });
});

describe('ImageDir completion marker and atomicity', () => {
  it('open refuses a directory without inventory.img unless allowIncomplete', () => {
    const d = newDir('incomplete');
    const dir = ImageDir.create(d, { fsync: false });
    dir.writePstree(fx.pstree);
    assert.throws(() => ImageDir.open(d), {
      name: 'IncompleteImageError',
      message: `image directory ${d} is incomplete: inventory.img missing — the dump did not finish`,
    });
    const partial = ImageDir.open(d, { allowIncomplete: true });
    assert.equal(partial.complete, false);
    assert.deepEqual(partial.readPstree(), fx.pstree);
  });

  it('refuses writes after the inventory and on read-only dirs', () => {
    const d = newDir('after');
    const dir = writeAll(d, false);
    assert.throws(() => dir.writeFs(1, fx.fs), /is complete \(inventory\.img written\)/);
    assert.throws(() => dir.createPages(1), /is complete/);
    assert.throws(() => ImageDir.open(d).writeFs(1, fx.fs), /read-only/);
  });

  it('create refuses a complete directory unless overwrite, which removes the marker first', () => {
    const d = newDir('overwrite');
    writeAll(d, false);
    assert.throws(() => ImageDir.create(d), /already holds a complete image/);
    const again = ImageDir.create(d, { overwrite: true, fsync: false });
    assert.equal(fs.existsSync(path.join(d, 'inventory.img')), false);
    assert.throws(() => ImageDir.open(d), { name: 'IncompleteImageError' });
    again.writeInventory(fx.inventory);
    assert.deepEqual(ImageDir.open(d).readInventory(), fx.inventory);
  });

  it('a failed encode leaves neither the file nor a temp file', () => {
    const d = newDir('fail');
    const dir = ImageDir.create(d, { fsync: false });
    dir.writeFs(1, fx.fs);
    const bad = { ...fx.fs, cwd_id: -1 };
    assert.throws(() => dir.writeFs(1, bad), { name: 'ImageEncodeError' });
    assert.throws(() => dir.writePstree([fx.pstree[0], { pid: 1 } as PstreeEntry]), { name: 'ImageEncodeError' });
    assert.deepEqual(fs.readdirSync(d), ['fs-1.img']);
    assert.deepEqual(ImageDir.open(d, { allowIncomplete: true }).readFs(1), fx.fs, 'old content intact');
  });

  it('writes owner-only files', () => {
    const d = newDir('mode');
    writeAll(d, false);
    assert.equal(fs.statSync(path.join(d, 'core-1000.img')).mode & 0o777, 0o600);
  });

  it('readInventory checks img_version', () => {
    const d = newDir('ver');
    const dir = ImageDir.create(d, { fsync: false });
    dir.writeInventory({ img_version: 1 });
    assert.throws(() => ImageDir.open(d).readInventory(), { name: 'ImageError', message: /inventory\.img: at byte offset 4: expected img_version 2/ });
  });
});

describe('property-based round trips (fast-check)', () => {
  const u32 = fc.integer({ min: 0, max: 0xffffffff });
  const u64 = fc.bigInt({ min: 0n, max: fx.U64_MAX });
  const i64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });

  const pstreeArb: fc.Arbitrary<PstreeEntry> = fc.record(
    {
      pid: u32, ppid: u32, pgid: u32, sid: u32,
      threads: fc.array(u32, { minLength: 1, maxLength: 5 }),
      ns_pid: fc.array(u32, { minLength: 1, maxLength: 4 }),
      sid_inherited: fc.boolean(),
      ns_threads: fc.array(fc.record({ tid: fc.array(u32, { minLength: 1, maxLength: 3 }) }, { noNullPrototype: true }), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['pid', 'ppid', 'pgid', 'sid'], noNullPrototype: true },
  );

  const vmaArb: fc.Arbitrary<VmaEntry> = fc.record(
    {
      start: u64, end: u64, pgoff: u64, shmid: u64, prot: u32, flags: u32, status: u32, fd: i64, madv: u64, fdflags: u32,
    },
    { requiredKeys: ['start', 'end', 'pgoff', 'shmid', 'prot', 'flags', 'status', 'fd'], noNullPrototype: true },
  );

  it('pstree entries', () => {
    fc.assert(fc.property(fc.array(pstreeArb, { maxLength: 8 }), (entries) => {
      const bytes = encodeImage('pstree', entries);
      assert.deepEqual(decodeImage('pstree', bytes), entries);
      assert.ok(imageFromJson(JSON.parse(JSON.stringify(imageToJson(bytes)))).equals(bytes));
    }), { numRuns: 300, seed: 42 });
  });

  it('vma entries (full uint64 / sint64 ranges)', () => {
    fc.assert(fc.property(fc.array(vmaArb, { maxLength: 8 }), (vmas) => {
      const bytes = encodeImage('vmas', vmas);
      assert.deepEqual(decodeImage('vmas', bytes), vmas);
      assert.ok(imageFromJson(JSON.parse(JSON.stringify(imageToJson(bytes)))).equals(bytes));
    }), { numRuns: 300, seed: 43 });
  });

  it('pipe data with arbitrary payloads', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 5 }), u32, (payloads, id) => {
      const recs = payloads.map((p) => ({ entry: { pipe_id: id, bytes: p.length }, data: Buffer.from(p) }));
      assert.deepEqual(decodePipeData('pipes-data', encodePipeData('pipes-data', recs)), recs);
    }), { numRuns: 200, seed: 44 });
  });

  it('pagemap entries with PE_PRESENT layout', () => {
    fc.assert(fc.property(fc.array(fc.tuple(u64, fc.integer({ min: 1, max: 1 << 20 }), fc.constantFrom(1, 2, 4, 6)), { maxLength: 20 }), (es) => {
      const pm = { head: { pages_id: 1 }, entries: es.map(([vaddr, n, flags]) => ({ vaddr, compat_nr_pages: 0, flags, nr_pages: BigInt(n) })) };
      assert.deepEqual(decodePagemap(encodePagemap(pm)), pm);
      const present = es.filter(([, , f]) => f & PE_PRESENT).reduce((a, [, n]) => a + n * PAGE_SIZE, 0);
      assert.equal(pagemapLayout(pm.entries).presentBytes, present);
    }), { numRuns: 200, seed: 45 });
  });
});
