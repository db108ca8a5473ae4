#!/usr/bin/env node
// Benchmark of @amber/pipe's data path, against a plain pipe copy in the same run:
//   dump     tee() of the queued buffers into a private pipe + read() of them (the
//            pipe keeps its content), as the pipe plugin does (TeeBuffer.snapshot);
//   restore  pipe2 + F_SETPIPE_SZ + write() of the content into the new pipe (refill);
//   copy     the reference: read() the content out of a full pipe (consuming it), make a
//            new pipe (pipe2, F_SETPIPE_SZ above 64 KiB) and write() it there: moving the
//            bytes from pipe to pipe with the fewest syscalls.
// For one 1 MiB pipe (pipe-max-size, full) and for many pipes (N pipes of S bytes).
// Rounds are interleaved (dump, restore, copy, dump...) so the VM's fast and slow
// memory modes hit each alike; medians. Then end to end through @amber/files: a task
// holding N pipes (both ends) dumped with FdDumper and restored with FdRestorer.
// Usage: node tools/bench/pipe.js [--rounds 15] [--pipes 1000] [--size 16384] [--json]
// Build first: npx nx build @amber/pipe
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const sys = require('@amber/sys');
const { ImageDir } = require('@amber/images');
const { FdDumper, FdRestorer, FileRegistry } = require('@amber/files');
const pipe = require('@amber/pipe');
const { killAndReap, nowMs, mibPerSec, raiseNofile, table } = require('./lib');

const { native } = sys;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg('--rounds', 15);
const PIPES = arg('--pipes', 1000);
const SIZE = arg('--size', 16384);
const JSON_OUT = process.argv.includes('--json');


function pattern(n, seed) {
  const b = Buffer.alloc(n);
  for (let i = 0; i + 4 <= n; i += 4) b.writeUInt32LE((i * 2654435761 + seed) >>> 0, i);
  return b;
}

/** A pipe of `cap` bytes holding `content` (non-blocking ends). */
function filledPipe(cap, content) {
  const [r, w] = native.pipe2(sys.O_CLOEXEC | sys.O_NONBLOCK);
  if (native.fcntl(w, sys.F_GETPIPE_SZ, 0) < cap) native.fcntl(w, sys.F_SETPIPE_SZ, cap);
  sys.writeAll(w, content);
  return [r, w];
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

/** One scenario: `n` pipes of capacity `cap` holding `bytes` each. Returns medians in ms. */
function dataPath(n, cap, bytes) {
  const contents = Array.from({ length: n }, (_, i) => pattern(bytes, i));
  const sources = contents.map((c) => filledPipe(cap, c));
  // The copy reference drains its pipes: it gets its own set, refilled (untimed) each round.
  const copySources = contents.map((c) => filledPipe(cap, c));
  const tee = new pipe.TeeBuffer();
  const times = { dump: [], restore: [], copy: [] };
  const buf = Buffer.allocUnsafe(cap);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // dump: tee + read, the source keeps its content
      let t0 = nowMs();
      const snaps = sources.map(([r]) => tee.snapshot(r, 'bench pipe'));
      times.dump.push(nowMs() - t0);
      if (snaps[0].chunks.reduce((s, c) => s + c.length, 0) !== bytes) throw new Error('short snapshot');
      // restore: a new pipe, its size, the content
      t0 = nowMs();
      const made = snaps.map((s) => {
        const [r, w] = native.pipe2(sys.O_CLOEXEC | sys.O_NONBLOCK); // as the pipe plugin does
        pipe.refill(w, s, 'bench pipe');
        return [r, w];
      });
      times.restore.push(nowMs() - t0);
      for (const [r, w] of made) {
        native.close(r);
        native.close(w);
      }
      // copy: read out of a full pipe, write into a new pipe of the same size
      t0 = nowMs();
      const targets = copySources.map(([r], i) => {
        let got = 0;
        while (got < bytes) got += native.read(r, buf.subarray(got, bytes));
        const [tr, tw] = native.pipe2(sys.O_CLOEXEC | sys.O_NONBLOCK);
        if (cap > 65536) native.fcntl(tw, sys.F_SETPIPE_SZ, cap);
        sys.writeAll(tw, buf.subarray(0, bytes));
        return [tr, tw];
      });
      times.copy.push(nowMs() - t0);
      targets.forEach(([r, w], i) => {
        native.close(r);
        native.close(w);
        sys.writeAll(copySources[i][1], contents[i]); // refill for the next round (untimed)
      });
    }
  } finally {
    tee.close();
    for (const [r, w] of [...sources, ...copySources]) {
      native.close(r);
      native.close(w);
    }
  }
  return { dump: median(times.dump), restore: median(times.restore), copy: median(times.copy) };
}

/** A stub holding n pipes (read end, write end) with `bytes` each, dumped and restored through @amber/files. */
function endToEnd(n, bytes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-pipe-'));
  const local = [];
  const fds = [];
  for (let i = 0; i < n; i++) {
    const [r, w] = filledPipe(65536, pattern(bytes, i));
    native.fcntl(r, sys.F_SETFL, 0);
    native.fcntl(w, sys.F_SETFL, 0);
    local.push(r, w);
    fds.push([r, 10 + 2 * i], [w, 11 + 2 * i]);
  }
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [], fds });
  for (const fd of local) native.close(fd);
  const registry = new FileRegistry();
  pipe.register(registry);
  let stub = -1;
  try {
    let t0 = nowMs();
    const dumper = new FdDumper(registry, { pids: [pid] });
    dumper.dumpTask(pid);
    const img = ImageDir.create(path.join(dir, 'img'), { fsync: false });
    dumper.writeImages(img);
    img.writeInventory({ img_version: 2 });
    const dumpMs = nowMs() - t0;
    native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);
    t0 = nowMs();
    const restorer = new FdRestorer(registry, ImageDir.open(path.join(dir, 'img')));
    restorer.openAll();
    const openMs = nowMs() - t0;
    stub = sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [], fds: [] });
    const t = sys.Tracee.seize(stub);
    t0 = nowMs();
    try {
      restorer.installInto(t, pid);
    } finally {
      t.detach();
    }
    const installMs = nowMs() - t0;
    restorer.close();
    // Check one pipe's content in the restored stub.
    const pidfd = native.pidfdOpen(stub, 0);
    const rd = native.pidfdGetfd(pidfd, 10, 0);
    native.close(pidfd);
    native.fcntl(rd, sys.F_SETFL, sys.O_NONBLOCK);
    const back = Buffer.alloc(bytes + 1);
    const got = native.read(rd, back);
    native.close(rd);
    if (got !== bytes || !back.subarray(0, got).equals(pattern(bytes, 0))) throw new Error('restored content differs');
    return { dumpMs, openMs, installMs, imageBytes: fs.statSync(path.join(dir, 'img', 'pipes-data.img')).size };
  } finally {
    killAndReap(pid);
    if (stub > 0) killAndReap(stub);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run() {
  raiseNofile();
  const max = pipe.pipeMaxSize();
  const rows = [];
  const out = {};
  const add = (name, n, bytes, r) => {
    const total = n * bytes;
    out[name] = { pipes: n, bytes: total, ...r };
    rows.push({
      case: name,
      data: `${(total / 1048576).toFixed(2)} MiB`,
      'dump tee+read': `${r.dump.toFixed(2)} ms (${mibPerSec(total, r.dump).toFixed(0)} MiB/s)`,
      'restore write': `${r.restore.toFixed(2)} ms (${mibPerSec(total, r.restore).toFixed(0)} MiB/s)`,
      'plain copy': `${r.copy.toFixed(2)} ms (${mibPerSec(total, r.copy).toFixed(0)} MiB/s)`,
      'dump/copy': (r.dump / r.copy).toFixed(2),
    });
  };
  add(`1 pipe of ${max >> 10} KiB, full`, 1, max, dataPath(1, max, max));
  add(`${PIPES} pipes x ${SIZE >> 10} KiB`, PIPES, SIZE, dataPath(PIPES, 65536, SIZE));
  add(`${PIPES} pipes x 64 B`, PIPES, 64, dataPath(PIPES, 65536, 64));
  table(`pipe data path, ${ROUNDS} interleaved rounds, medians (Linux ${os.release()}, Node ${process.version})`, rows);
  const runs = [0, 1, 2].map(() => endToEnd(PIPES, SIZE));
  const e2e = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  out.endToEnd = { pipes: PIPES, bytesPerPipe: SIZE, ...e2e };
  table(`end to end through @amber/files (median of 3): a task holding ${PIPES} pipes (${2 * PIPES} fds), ${SIZE} bytes queued in each`, [
    {
      'FdDumper dumpTask+writeImages': `${e2e.dumpMs.toFixed(1)} ms`,
      'FdRestorer openAll': `${e2e.openMs.toFixed(1)} ms`,
      installInto: `${e2e.installMs.toFixed(1)} ms`,
      'pipes-data.img': `${(e2e.imageBytes / 1048576).toFixed(2)} MiB`,
    },
  ]);
  if (JSON_OUT) console.log(JSON.stringify(out));
  const result = rows.map((r) => ({ figure: `pipe data ${r.case} (${r.data})`, value: `dump ${r['dump tee+read']}, restore ${r['restore write']}`, note: `plain copy ${r['plain copy']}; dump/copy ${r['dump/copy']}` }));
  result.push({
    figure: `end to end: ${PIPES} pipes x ${SIZE} B through @amber/files`,
    value: `dump ${e2e.dumpMs.toFixed(1)} ms, openAll ${e2e.openMs.toFixed(1)} ms, installInto ${e2e.installMs.toFixed(1)} ms`,
    note: `pipes-data.img ${(e2e.imageBytes / 1048576).toFixed(2)} MiB`,
  });
  return result;
}

module.exports = { run };
if (require.main === module) run();
