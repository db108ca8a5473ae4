#!/usr/bin/env node
// End-to-end benchmark: dump and restore of a small process and of 64 MiB, 256 MiB and
// 1 GiB ones (how time grows with memory), in
// process (the fast path: warm code, no exec) and through the amber command, with
// memcpy and file-copy bandwidth measured in the same run as the physical reference.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const sys = require('@amber/sys');
const engine = require('@amber/engine');
const { startProgram, killRestored, sleep, until } = require('@amber/testkit');
const { nowMs, interleaved, med, mibPerSec, table } = require('./lib');

const amber = path.join(__dirname, '..', '..', 'packages', 'cli', 'dist', 'src', 'main.js');

async function ready(p) {
  await until(() => fs.readFileSync(p.out, 'utf8').length > 0, 'the program to start');
}

/** One dump + restore cycle in process; returns [dumpMs, restoreMs, pages]. */
async function cycleInProcess(prog, args, dir) {
  const p = await startProgram(prog, path.join(dir, 'out'), args);
  await ready(p);
  const img = path.join(dir, 'img');
  const t0 = nowMs();
  const d = engine.dump({ pid: p.pid, imagesDir: img, fsync: false });
  const t1 = nowMs();
  await p.reap();
  const t2 = nowMs();
  const r = engine.restore({ imagesDir: img });
  const t3 = nowMs();
  await killRestored(r.pid);
  fs.rmSync(img, { recursive: true, force: true });
  return [t1 - t0, t3 - t2, d.pages];
}

async function cycleCli(prog, args, dir) {
  const p = await startProgram(prog, path.join(dir, 'out'), args);
  await ready(p);
  const img = path.join(dir, 'img');
  const t0 = nowMs();
  const d = spawnSync(process.execPath, [amber, 'dump', '-t', String(p.pid), '-D', img, '--no-fsync']);
  const t1 = nowMs();
  if (d.status !== 0) throw new Error(`amber dump failed: ${d.stderr}`);
  await p.reap();
  const t2 = nowMs();
  const r = spawnSync(process.execPath, [amber, 'restore', '-D', img, '-d']);
  const t3 = nowMs();
  if (r.status !== 0) throw new Error(`amber restore failed: ${r.stderr}`);
  await killRestored(p.pid);
  fs.rmSync(img, { recursive: true, force: true });
  return [t1 - t0, t3 - t2];
}

function nodeStartupMs() {
  const t0 = nowMs();
  spawnSync(process.execPath, ['-e', '0']);
  return nowMs() - t0;
}


async function run() {
  sys.setChildSubreaper(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-'));
  const rows = [];
  try {
    await cycleInProcess('busyloop', [], dir); // warm up
    const small = [];
    for (let i = 0; i < 7; i++) small.push(await cycleInProcess('busyloop', [], dir));
    const cli = [];
    for (let i = 0; i < 5; i++) cli.push(await cycleCli('busyloop', [], dir));
    const nodeMs = med([nodeStartupMs(), nodeStartupMs(), nodeStartupMs()]);
    const sd = med(small.map((x) => x[0]));
    const sr = med(small.map((x) => x[1]));
    const cd = med(cli.map((x) => x[0]));
    const cr = med(cli.map((x) => x[1]));
    const smallPages = small[0][2];
    rows.push({ case: 'small process, in process', dump: `${sd.toFixed(1)} ms`, restore: `${sr.toFixed(1)} ms`, 'vs CRIU (40/42 ms)': `${(sd / 40).toFixed(2)} / ${(sr / 42).toFixed(2)}`, raw: { dumpMs: sd, restoreMs: sr, pages: smallPages } });
    rows.push({ case: 'small process, amber command', dump: `${cd.toFixed(1)} ms`, restore: `${cr.toFixed(1)} ms`, 'vs CRIU (40/42 ms)': `${(cd / 40).toFixed(2)} / ${(cr / 42).toFixed(2)}`, raw: { dumpMs: cd, restoreMs: cr, pages: smallPages } });
    rows.push({ case: 'node -e 0 (start-up floor)', dump: `${nodeMs.toFixed(1)} ms`, restore: '', 'vs CRIU (40/42 ms)': '', raw: { ms: nodeMs } });

    // How time grows with memory: 64 MiB, 256 MiB, 1 GiB of touched pages; pages per
    // second against memcpy and file copy measured in this run.
    const growth = [];
    for (const mib of [64, 256]) {
      const [d, r, n] = await cycleInProcess('bigmem', [String(mib)], dir);
      growth.push({ mib, d, r, n });
    }
    const [bd, br, pages] = await cycleInProcess('bigmem', ['1024'], dir);
    growth.push({ mib: 1024, d: bd, r: br, n: pages });
    const size = 256 << 20;
    const a = Buffer.alloc(size, 1);
    const b = Buffer.alloc(size);
    const f1 = path.join(dir, 'copy-src');
    fs.writeFileSync(f1, a);
    const ref = interleaved(3, { memcpy: () => a.copy(b), filecopy: () => fs.copyFileSync(f1, path.join(dir, 'copy-dst')) });
    const bytes = pages * 4096;
    const memcpy = mibPerSec(size, ref.memcpy);
    const fcopy = mibPerSec(size, ref.filecopy);
    for (const g of growth.slice(0, -1)) {
      const gb = g.n * 4096;
      rows.push({ case: `${g.mib} MiB process (${g.n} pages)`, dump: `${g.d.toFixed(0)} ms, ${Math.round(mibPerSec(gb, g.d))} MiB/s`, restore: `${g.r.toFixed(0)} ms, ${Math.round(mibPerSec(gb, g.r))} MiB/s`, 'vs CRIU (40/42 ms)': '', raw: { dumpMs: g.d, restoreMs: g.r, pages: g.n } });
    }
    rows.push({ case: `1 GiB process (${pages} pages)`, dump: `${bd.toFixed(0)} ms, ${Math.round(mibPerSec(bytes, bd))} MiB/s`, restore: `${br.toFixed(0)} ms, ${Math.round(mibPerSec(bytes, br))} MiB/s`, 'vs CRIU (40/42 ms)': '', raw: { dumpMs: bd, restoreMs: br, pages } });
    rows.push({ case: 'reference: memcpy / file copy', dump: `${Math.round(memcpy)} MiB/s`, restore: `${Math.round(fcopy)} MiB/s`, 'vs CRIU (40/42 ms)': '', raw: { memcpyMiBs: memcpy, fileCopyMiBs: fcopy } });
    rows.push({ case: '1 GiB ratios', dump: `${(mibPerSec(bytes, bd) / fcopy).toFixed(2)} × file copy`, restore: `${(mibPerSec(bytes, br) / fcopy).toFixed(2)} × file copy`, 'vs CRIU (40/42 ms)': '' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  table('@amber/engine: dump and restore', rows.map(({ raw, ...shown }) => shown));
  return rows;
}

module.exports = { run };
if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
