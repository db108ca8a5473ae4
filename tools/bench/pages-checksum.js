#!/usr/bin/env node
'use strict';
// What the pages checksum (pagemap_head.amber_pages_hash, @amber/sys PagesHash) costs: the
// checksum over page data alone (the work dump and restore each add), SHA-256 over the same
// data for reference, pages written plainly, and the checksum time against a whole
// in-process dump and restore of a 256 MiB process measured in the same run.
// Usage: node tools/bench/pages-checksum.js [--mib 256]   (build first; root)
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const engine = require('@amber/engine');
const sys = require('@amber/sys');
const { startProgram, killRestored, until } = require('@amber/testkit');
const { nowMs, interleaved, med, mibPerSec, table } = require('./lib');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MIB = arg('--mib', 256);
const CHUNK = 1 << 20;

function pageData() {
  const chunks = [];
  for (let i = 0; i < MIB; i++) chunks.push(crypto.randomBytes(CHUNK));
  return chunks;
}

function hashOnly(chunks) {
  const h = new sys.PagesHash();
  for (const c of chunks) h.update(c);
  return h.digest();
}

function sha256(chunks) {
  const h = crypto.createHash('sha256');
  for (const c of chunks) h.update(c);
  return h.digest();
}

function plainWrite(dir, chunks) {
  const fd = fs.openSync(path.join(dir, 'plain.img'), 'w', 0o600);
  for (const c of chunks) fs.writeSync(fd, c);
  fs.closeSync(fd);
}

async function cycle(dir) {
  const p = await startProgram('bigmem', path.join(dir, 'out'), [String(MIB)]);
  await until(() => fs.readFileSync(p.out, 'utf8').length > 0, 'bigmem to start');
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
  return { dump: t1 - t0, restore: t3 - t2, pages: d.pages };
}

async function run() {
  sys.setChildSubreaper(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-sum-'));
  try {
    const chunks = pageData();
    const bytes = MIB * CHUNK;
    hashOnly(chunks); // warm up
    const t = interleaved(7, {
      hash: () => hashOnly(chunks),
      sha256: () => sha256(chunks),
      plain: () => plainWrite(dir, chunks),
    });
    await cycle(dir); // warm up
    const cycles = [];
    for (let i = 0; i < 3; i++) cycles.push(await cycle(dir));
    const dump = med(cycles.map((c) => c.dump));
    const restore = med(cycles.map((c) => c.restore));
    const rows = [
      { what: `PagesHash of ${MIB} MiB in 1 MiB chunks`, ms: t.hash.toFixed(1), 'MiB/s': mibPerSec(bytes, t.hash).toFixed(0) },
      { what: 'SHA-256 of the same (reference)', ms: t.sha256.toFixed(1), 'MiB/s': mibPerSec(bytes, t.sha256).toFixed(0) },
      { what: 'the same chunks written to a file', ms: t.plain.toFixed(1), 'MiB/s': mibPerSec(bytes, t.plain).toFixed(0) },
      { what: `dump of a ${MIB} MiB process, in process (median of 3)`, ms: dump.toFixed(1), 'MiB/s': mibPerSec(bytes, dump).toFixed(0) },
      { what: `restore of it (median of 3)`, ms: restore.toFixed(1), 'MiB/s': mibPerSec(bytes, restore).toFixed(0) },
    ];
    table('pages checksum', rows);
    console.log(`checksum / dump: ${(t.hash / dump).toFixed(3)}, checksum / restore: ${(t.hash / restore).toFixed(3)}, checksum / file write: ${(t.hash / t.plain).toFixed(3)}, SHA-256 / checksum: ${(t.sha256 / t.hash).toFixed(1)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
