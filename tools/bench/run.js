#!/usr/bin/env node
// Every Amber benchmark in one process and one run: each package's figures (sys, images,
// pstree, fdstore, files, pipe, epoll) and the end-to-end ones (engine.js: a small
// process and a 1 GiB one; e2e.js: a tree of 100 tasks and a task with 10,000 fds;
// cli.js: start-up of the amber command),
// with memcpy and file-copy bandwidth measured in the same run as the physical
// reference. Prints each benchmark's table, then a table of ratios, and writes every
// figure to tmp/bench.json (or --out FILE).
// Usage: npm run bench   (or, after a build: node tools/bench/run.js [--only a,b] [--out FILE])
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { mibPerSec, table } = require('./lib');

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const root = path.resolve(__dirname, '..', '..');
const jsonFile = path.resolve(arg('--out') ?? path.join(root, 'tmp', 'bench.json'));
const only = arg('--only')?.split(',');

const BENCHES = ['sys', 'images', 'pstree', 'fdstore', 'files', 'pipe', 'epoll', 'tcp', 'engine', 'e2e', 'cli'];

async function main() {
  if (process.getuid?.() !== 0) console.warn('bench: not root; the benchmarks that trace or restore tasks will fail');
  const started = Date.now();
  const figures = {};
  const failed = [];
  for (const name of BENCHES) {
    if (only && !only.includes(name)) continue;
    const t0 = Date.now();
    console.log(`\n=== ${name} (tools/bench/${name}.js)`);
    try {
      figures[name] = await require(`./${name}`).run();
    } catch (e) {
      failed.push(name);
      figures[name] = { error: e.stack ?? String(e) };
      console.error(`bench ${name} failed: ${e.stack ?? e}`);
    }
    console.log(`(${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }

  const ratios = ratioRows(figures);
  if (ratios.length) {
    table('ratios: Amber end to end against the machine, measured in this run (data = page contents dumped)', ratios.map(({ raw, ...shown }) => shown));
  }
  const result = {
    date: new Date().toISOString(),
    machine: { kernel: os.release(), cpu: os.cpus()[0]?.model, cpus: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    seconds: (Date.now() - started) / 1000,
    figures,
    ratios: ratios.map((r) => ({ case: r.case, ...r.raw })),
    failed,
  };
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, `${JSON.stringify(result, (k, v) => (typeof v === 'bigint' ? Number(v) : v), 2)}\n`);
  console.log(`\nfigures written to ${path.relative(process.cwd(), jsonFile) || jsonFile}; ${result.seconds.toFixed(0)} s in all`);
  if (failed.length) {
    console.error(`bench: ${failed.join(', ')} failed`);
    process.exitCode = 1;
  }
}

/** The end-to-end figures as rates of page data, against memcpy and file copy of the same run. */
function ratioRows(figures) {
  const rows = [];
  const ratio = (x) => (x >= 0.1 ? x.toFixed(2) : x.toPrecision(2));
  const add = (name, { dumpMs, restoreMs, pages, units, unit }, ref) => {
    const bytes = pages * 4096;
    const d = mibPerSec(bytes, dumpMs);
    const r = mibPerSec(bytes, restoreMs);
    rows.push({
      case: name,
      dump: `${dumpMs.toFixed(dumpMs < 100 ? 1 : 0)} ms`,
      restore: `${restoreMs.toFixed(restoreMs < 100 ? 1 : 0)} ms`,
      'per unit (dump / restore)': units ? `${((dumpMs * 1000) / units).toFixed(0)} / ${((restoreMs * 1000) / units).toFixed(0)} µs per ${unit}` : '',
      data: `${(bytes / 1048576).toFixed(1)} MiB`,
      'dump / memcpy': ratio(d / ref.memcpyMiBs),
      'dump / file copy': ratio(d / ref.fileCopyMiBs),
      'restore / memcpy': ratio(r / ref.memcpyMiBs),
      'restore / file copy': ratio(r / ref.fileCopyMiBs),
      raw: { dumpMs, restoreMs, pages, dumpMiBs: d, restoreMiBs: r, memcpyMiBs: ref.memcpyMiBs, fileCopyMiBs: ref.fileCopyMiBs, units, unit },
    });
  };
  const engine = Array.isArray(figures.engine) ? figures.engine : [];
  const ref = engine.find((r) => r.case.startsWith('reference'))?.raw;
  if (ref) {
    for (const r of engine) {
      if (r.raw?.dumpMs !== undefined) add(r.case, r.raw, ref);
    }
  }
  for (const r of Array.isArray(figures.e2e) ? figures.e2e : []) add(r.case, r.raw, r.raw);
  return rows;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
