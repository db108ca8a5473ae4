#!/usr/bin/env node
'use strict';
// Benchmarks @amber/files' fd identity: a task with N fds, half of them dups of the
// other half, dumped with FdDumper; how long assigning file ids takes and how many
// kcmp(KCMP_FILE) calls it makes, against N. Two layouts:
//   distinct:  N/2 different files (one description each), each dup'ed once: every
//              (dev, inode) group holds one description, so a dup costs one kcmp.
//   one-inode: one file opened N/2 times (N/2 descriptions of one inode), each dup'ed
//              once: the worst case for grouping by inode; the binary search over the
//              kernel's order costs about log2(N/2) kcmp calls per fd. For comparison,
//              the pairwise scan (each fd against every known description of its inode)
//              is run too, up to --naive-max fds.
// Also: restoring the largest table into a stub (installInto: remote pidfd_getfd + the
// placement planner's remote dup3/close steps).
// Usage (root): node tools/bench/files.js [--max 10000] [--naive-max 5000]
// Build first: npx nx build @amber/files

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const sys = require('@amber/sys');
const { ImageDir } = require('@amber/images');
const { FdDumper, FdRestorer, builtinRegistry } = require('@amber/files');
const { killAndReap } = require('./lib');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MAX = arg('--max', 10000);
const NAIVE_MAX = arg('--naive-max', 5000);
const ms = (ns) => `${(Number(ns) / 1e6).toFixed(1)} ms`;
const now = () => process.hrtime.bigint();

/** A restore stub whose fds 3.. are `half` opens of `paths` (cycled) and then one dup of each. */
function makeTask(paths, half) {
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [], fds: [] });
  const need = BigInt(2 * half + 64);
  const lim = sys.native.prlimit(process.pid, sys.RLIMIT_NOFILE);
  if (lim.max < need) throw new Error(`RLIMIT_NOFILE hard limit ${lim.max} < ${need}`);
  sys.native.prlimit(pid, sys.RLIMIT_NOFILE, need, lim.max);
  const t = sys.Tracee.seize(pid);
  try {
    const addrs = new Map();
    let off = 0;
    const first = [];
    for (let i = 0; i < half; i++) {
      const p = paths[i % paths.length];
      if (!addrs.has(p)) {
        const bytes = Buffer.from(`${p}\0`);
        addrs.set(p, t.putScratch(bytes, off));
        off += bytes.length;
        if (off > 1 << 20) throw new Error('scratch too small');
      }
      first.push(Number(t.syscall(sys.SYS.openat, sys.AT_FDCWD, addrs.get(p), sys.O_RDONLY, 0)));
    }
    for (const fd of first) t.syscall(sys.SYS.dup, fd);
  } finally {
    t.detach();
  }
  return pid;
}


/** The pairwise scan: each fd against every known description of its (dev, inode). */
function naiveIdentity(pid) {
  const fdsList = fs.readdirSync(`/proc/${pid}/fd`).map(Number).sort((a, b) => a - b);
  const groups = new Map();
  let kcmp = 0;
  const t0 = now();
  for (const fd of fdsList) {
    const st = fs.statSync(`/proc/${pid}/fd/${fd}`, { bigint: true });
    const k = `${st.dev}:${st.ino}`;
    const reps = groups.get(k) ?? [];
    let found = false;
    for (const r of reps) {
      kcmp++;
      if (sys.native.kcmp(pid, pid, sys.KCMP_FILE, fd, r) === 0) {
        found = true;
        break;
      }
    }
    if (!found) reps.push(fd);
    groups.set(k, reps);
  }
  return { ns: now() - t0, kcmp };
}

function measure(layout, paths, n, { naive, restoreDir } = {}) {
  const half = n / 2;
  const pid = makeTask(paths, half);
  try {
    const dumper = new FdDumper(builtinRegistry());
    const t0 = now();
    const table = dumper.dumpTask(pid);
    const total = now() - t0;
    if (table.length !== n) throw new Error(`expected ${n} fds, dumped ${table.length}`);
    const files = new Set(table.map((e) => e.id)).size;
    if (files !== half) throw new Error(`expected ${half} file ids, got ${files}`);
    const s = dumper.stats;
    const row = {
      layout,
      fds: n,
      files,
      'dumpTask': ms(total),
      'identity': ms(s.identityNs),
      'kcmp calls': s.kcmpCalls,
      'kcmp/fd': (s.kcmpCalls / n).toFixed(2),
      'log2(n/2)': Math.log2(half).toFixed(1),
    };
    if (naive) {
      const nv = naiveIdentity(pid);
      row['pairwise kcmp'] = nv.kcmp;
      row['pairwise time'] = ms(nv.ns);
    }
    if (restoreDir) {
      const img = ImageDir.create(restoreDir);
      dumper.writeImages(img);
      img.writeInventory({ img_version: 2 });
      const restorer = new FdRestorer(builtinRegistry(), ImageDir.open(restoreDir));
      const stub = sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [], fds: [] });
      sys.native.prlimit(stub, sys.RLIMIT_NOFILE, BigInt(n + 64), sys.native.prlimit(process.pid, sys.RLIMIT_NOFILE).max);
      try {
        const r0 = now();
        restorer.openAll();
        const r1 = now();
        const t = sys.Tracee.seize(stub);
        let res;
        try {
          res = restorer.installInto(t, pid);
        } finally {
          t.detach();
        }
        const r2 = now();
        const got = fs.readdirSync(`/proc/${stub}/fd`).length;
        if (got !== n) throw new Error(`restored ${got} fds, expected ${n}`);
        row.restore = `openAll ${ms(r1 - r0)}, installInto ${ms(r2 - r1)} (${res.fetched} fetched, ${res.steps} steps)`;
      } finally {
        restorer.close();
        killAndReap(stub);
      }
    } else dumper.close();
    return row;
  } finally {
    killAndReap(pid);
  }
}

function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-files-'));
  try {
    const many = [];
    for (let i = 0; i < MAX / 2; i++) {
      const p = path.join(dir, `f${i}`);
      fs.writeFileSync(p, '');
      many.push(p);
    }
    const one = [path.join(dir, 'f0')];
    const rows = [];
    const sizes = [];
    for (let n = MAX; n >= 1000; n = n / 2) sizes.unshift(n);
    for (const n of sizes) rows.push(measure('distinct', many, n, { naive: n <= NAIVE_MAX }));
    for (const n of sizes) {
      rows.push(measure('one-inode', one, n, { naive: n <= NAIVE_MAX, restoreDir: n === MAX ? path.join(dir, 'img') : undefined }));
    }
    console.log(`fd identity, Linux ${os.release()}, ${os.cpus()[0].model}, node ${process.version}`);
    console.table(rows.map(({ restore, ...r }) => r));
    for (const r of rows) if (r.restore) console.log(`restore of ${r.fds} fds (${r.layout}): ${r.restore}`);
    return rows.map((r) => ({
      figure: `fd identity, ${r.layout}, ${r.fds} fds`,
      value: `dumpTask ${r.dumpTask}, identity ${r.identity}`,
      note: `${r['kcmp calls']} kcmp (${r['kcmp/fd']}/fd)${r['pairwise kcmp'] !== undefined ? `; pairwise scan: ${r['pairwise kcmp']} kcmp, ${r['pairwise time']}` : ''}${r.restore ? `; restore: ${r.restore}` : ''}`,
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };
if (require.main === module) run();
