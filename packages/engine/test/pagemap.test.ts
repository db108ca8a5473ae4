import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, SIGKILL } from '@amber/sys';
import { PagemapReader } from '../src/proc';
import { startProgram, until } from '@amber/testkit';

const PRIVATE = { anyof: 0x18, inverted: 0x24, mask: 0x24, returnMask: 0 }; // (PRESENT|SWAPPED), not FILE, not PFNZERO

test('PAGEMAP_SCAN finds exactly the task\'s own written pages, in runs (file pages left out)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-pagescan-'));
  const p = await startProgram('pagescan', path.join(dir, 'out'), [path.join(dir, 'file')]);
  try {
    await until(() => fs.readFileSync(p.out, 'utf8').includes('ready'), 'pagescan to get ready');
    const [, anonHex, fileHex] = fs.readFileSync(p.out, 'utf8').trim().split(' ');
    const anon = BigInt(anonHex!);
    const file = BigInt(fileHex!);
    const page = (base: bigint, i: number) => base + BigInt(i) * 4096n;
    const reader = new PagemapReader(p.pid);
    try {
      const runs = reader.scan(anon, page(anon, 64), PRIVATE);
      assert.ok(runs, 'this kernel has PAGEMAP_SCAN');
      assert.deepEqual(runs, [[anon, page(anon, 3)], [page(anon, 10), page(anon, 11)], [page(anon, 20), page(anon, 30)], [page(anon, 63), page(anon, 64)]]);
      assert.deepEqual(reader.scan(file, page(file, 4), PRIVATE), [[page(file, 1), page(file, 2)]], 'only the copied page of the file mapping');
      // A scan cut into many calls (one region per call) gives the same runs.
      assert.deepEqual(reader.scan(anon, page(anon, 64), { ...PRIVATE, maxRegions: 1 }), runs);
    } finally {
      reader.close();
    }
  } finally {
    native.kill(p.pid, SIGKILL);
    await p.reap();
  }
});
