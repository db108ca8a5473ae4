import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, openFile, O_RDWR, O_WRONLY } from '@amber/sys';
import { dumpProcess, restoreTask, readMaps, type PageRun } from '../src';
import { startProgram, killRestored, procState, readU64, sleep } from '@amber/testkit';

test('in-process: a busy loop is dumped, killed, restored at its pid, and counts on from where it was', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-slice-'));
  const p = await startProgram('busyloop', path.join(dir, 'out'));
  const [, counterHex, , heapHex] = fs.readFileSync(p.out, 'utf8').trim().split(' ');
  const counterAddr = BigInt(counterHex!);
  const heapAddr = BigInt(heapHex!);
  await sleep(50);
  const cmdlineBefore = fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8');
  const mapsBefore = readMaps(p.pid).map((m) => `${m.start}-${m.end} ${m.name}`);
  const runs: PageRun[] = [];
  const dump = dumpProcess(p.pid, (r) => runs.push(r));
  dump.release('kill');
  const counterAtDump = runs
    .filter((r) => r.vaddr <= counterAddr && counterAddr < r.vaddr + BigInt(r.data.length))
    .map((r) => r.data.readBigUInt64LE(Number(counterAddr - r.vaddr)))[0]!;
  assert.ok(counterAtDump > 0n, 'the counter page was dumped');
  assert.equal((await p.reap()).kind, 'signaled');
  assert.equal(fs.existsSync(`/proc/${p.pid}`), false, 'the dumped task was killed');

  // stdout was a file and stdin/stderr /dev/null: hand the same files to the restored task.
  const out = openFile(p.out, O_WRONLY);
  native.lseek(out, 0, 2);
  const devnull = openFile('/dev/null', O_RDWR);
  const restored = restoreTask(dump.task, runs, { spawn: [[devnull, 0], [out, 1], [devnull, 2]], complete: () => {} });
  native.close(out);
  native.close(devnull);
  try {
    assert.equal(restored.pid, p.pid);
    await sleep(50);
    assert.equal(procState(p.pid), 'R', 'running again');
    const c1 = readU64(p.pid, counterAddr);
    assert.ok(c1 >= counterAtDump, `counter went on from ${counterAtDump} (now ${c1})`);
    await sleep(50);
    assert.ok(readU64(p.pid, counterAddr) > c1, 'and keeps counting');
    // The heap pattern survived byte for byte.
    const heap = Buffer.alloc(1 << 20);
    const fd = fs.openSync(`/proc/${p.pid}/mem`, 'r');
    fs.readSync(fd, heap, 0, heap.length, Number(heapAddr));
    fs.closeSync(fd);
    for (let i = 0; i < heap.length; i += 4093) assert.equal(heap[i], (i * 7) & 0xff, `heap byte ${i}`);
    const mapsAfter = readMaps(p.pid).map((m) => `${m.start}-${m.end} ${m.name}`);
    assert.deepEqual(mapsAfter, mapsBefore);
    assert.equal(fs.readlinkSync(`/proc/${p.pid}/exe`), dump.task.mm.exePath);
    assert.equal(fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8'), cmdlineBefore, 'argv (read from the restored memory)');
  } finally {
    await killRestored(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
