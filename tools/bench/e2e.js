#!/usr/bin/env node
// End-to-end benchmark of wide trees and big fd tables, in process
// (require('@amber/engine').dump/restore): a tree of 100 tasks (forkmany: a root and 99
// children asleep in pause()) and tasks with 1,000 and 10,000 fds (manyfds: /dev/null
// dup()ed up to the last fd, or opened anew for each, RLIMIT_NOFILE raised). Each cycle
// is dump, reap, restore, kill; ROUNDS (3) cycles each, medians. memcpy and file-copy bandwidth are measured between the
// cycles (best of 3 each time), in the same run, as the physical reference.
// Usage: [ROUNDS=3] [CASES='tree|distinct'] node tools/bench/e2e.js   (build first: npm run build)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const sys = require('@amber/sys');
const engine = require('@amber/engine');
const { startProgram, until } = require('@amber/testkit');
const { med, nowMs, mibPerSec, table } = require('./lib');

const ROUNDS = Number(process.env.ROUNDS || 3);
const REF_BYTES = 128 << 20;


/** Every task of the tree rooted at pid (children of every thread). */
function treePids(pid) {
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    out.push(p);
    let tids = [];
    try {
      tids = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tids) {
      try {
        queue.push(...fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
      } catch {
        /* gone */
      }
    }
  }
  return out;
}

/** SIGKILLs (optionally) and reaps every pid; they are our children or reparented to us. */
async function reap(pids, kill) {
  for (const pid of pids) {
    if (kill) {
      try {
        sys.native.kill(pid, sys.SIGKILL);
      } catch {
        /* gone */
      }
    }
  }
  const end = Date.now() + 10000;
  let left = [...pids];
  while (left.length && Date.now() < end) {
    for (const pid of left) {
      try {
        sys.waitFor(pid, sys.WNOHANG);
      } catch {
        /* not ours (yet) */
      }
    }
    left = left.filter((pid) => fs.existsSync(`/proc/${pid}`));
    if (left.length) await new Promise((r) => setTimeout(r, 5));
  }
  if (left.length) throw new Error(`tasks ${left.slice(0, 5).join(', ')} did not go away`);
}

function dirBytes(dir) {
  return fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
}

/** memcpy and file copy of REF_BYTES (buffers already touched): MiB/s each, best of 3. */
function reference(dir, a, b) {
  const src = path.join(dir, 'ref-src');
  if (!fs.existsSync(src)) {
    fs.writeFileSync(src, a);
    a.copy(b); // touch the destination once
  }
  let memcpy = 0;
  let fileCopy = 0;
  for (let i = 0; i < 3; i++) {
    let t0 = nowMs();
    a.copy(b);
    memcpy = Math.max(memcpy, mibPerSec(REF_BYTES, nowMs() - t0));
    t0 = nowMs();
    fs.copyFileSync(src, path.join(dir, 'ref-dst'));
    fileCopy = Math.max(fileCopy, mibPerSec(REF_BYTES, nowMs() - t0));
  }
  fs.rmSync(path.join(dir, 'ref-dst'));
  return { memcpy, fileCopy };
}

/** One dump + restore cycle in process: { dumpMs, restoreMs, bytes, tasks, pages }. */
async function cycle(prog, args, dir) {
  const out = path.join(dir, 'out');
  const p = await startProgram(prog, out, args);
  await until(() => /^ready/m.test(fs.readFileSync(out, 'utf8')), `${prog} to get ready`, 20000);
  const pids = treePids(p.pid);
  const img = path.join(dir, 'img');
  let t0 = nowMs();
  const d = engine.dump({ pid: p.pid, imagesDir: img, fsync: false });
  const dumpMs = nowMs() - t0;
  await reap(pids, false);
  t0 = nowMs();
  engine.restore({ imagesDir: img });
  const restoreMs = nowMs() - t0;
  const back = treePids(p.pid);
  await reap(back, true);
  const bytes = dirBytes(img);
  fs.rmSync(img, { recursive: true, force: true });
  if (back.length !== pids.length) throw new Error(`${prog}: ${back.length} tasks came back, ${pids.length} were dumped`);
  return { dumpMs, restoreMs, bytes, tasks: pids.length, pages: d.pages };
}

async function run() {
  sys.setChildSubreaper(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-e2e-'));
  const a = Buffer.alloc(REF_BYTES, 3);
  const b = Buffer.alloc(REF_BYTES);
  const rows = [];
  try {
    const cases = [
      { name: 'tree of 100 tasks', prog: 'forkmany', args: ['99'], unit: 'task', per: (r) => r.tasks },
      // How fd restore grows: 1,000 and 10,000 fds, all dups of one file, or each its own.
      { name: '1,000 fds of one file', prog: 'manyfds', args: ['1000'], unit: 'fd', per: () => 1000 },
      { name: '10,000 fds of one file', prog: 'manyfds', args: ['10000'], unit: 'fd', per: () => 10000 },
      { name: '1,000 distinct files', prog: 'manyfds', args: ['1000', 'distinct'], unit: 'fd', per: () => 1000 },
      { name: '10,000 distinct files', prog: 'manyfds', args: ['10000', 'distinct'], unit: 'fd', per: () => 10000 },
    ].filter((c) => !process.env.CASES || new RegExp(process.env.CASES).test(c.name));
    for (const c of cases) {
      const runs = [];
      const refs = [reference(dir, a, b)];
      for (let i = 0; i < ROUNDS; i++) {
        runs.push(await cycle(c.prog, c.args, dir));
        refs.push(reference(dir, a, b));
      }
      const r = {
        dumpMs: med(runs.map((x) => x.dumpMs)),
        restoreMs: med(runs.map((x) => x.restoreMs)),
        bytes: med(runs.map((x) => x.bytes)),
        pages: runs[0].pages,
        tasks: runs[0].tasks,
        memcpyMiBs: med(refs.map((x) => x.memcpy)),
        fileCopyMiBs: med(refs.map((x) => x.fileCopy)),
      };
      const n = c.per(r);
      rows.push({
        case: `${c.name}, in process`,
        dump: `${r.dumpMs.toFixed(0)} ms (${((r.dumpMs * 1000) / n).toFixed(0)} µs/${c.unit})`,
        restore: `${r.restoreMs.toFixed(0)} ms (${((r.restoreMs * 1000) / n).toFixed(0)} µs/${c.unit})`,
        images: `${(r.bytes / 1048576).toFixed(1)} MiB, ${r.pages} pages`,
        reference: `memcpy ${Math.round(r.memcpyMiBs)} MiB/s, file copy ${Math.round(r.fileCopyMiBs)} MiB/s`,
        raw: { ...r, units: n, unit: c.unit },
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  table(`end to end, in process: wide trees and big fd tables (medians of ${ROUNDS})`, rows.map(({ raw, ...shown }) => shown));
  return rows;
}

module.exports = { run };
if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
