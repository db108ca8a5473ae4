#!/usr/bin/env node
// Benchmark of @amber/fdstore: add and get of 10,000 fds (N=... to change), one at a time
// and in batches, with and without the cross-process lock; what each costs in the
// socket buffer. Run after a build: `node tools/bench/fdstore.js` (add --json for one
// JSON line with every figure at the end).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const { FdStore, BYTES_PER_ENTRY, MAX_BATCH } = require('@amber/fdstore');
const sys = require('@amber/sys');
const { table } = require('./lib');

const { native } = sys;
const N = Number(process.env.N || 10_000);

function run({ json = false } = {}) {

  // Enough distinct files: raise the soft RLIMIT_NOFILE to the hard one if we may.
  const lim = native.prlimit(0, sys.RLIMIT_NOFILE);
  if (lim.cur < lim.max) {
    try {
      native.prlimit(0, sys.RLIMIT_NOFILE, lim.max, lim.max);
    } catch {
      /* keep the soft limit */
    }
  }
  const soft = Number(native.prlimit(0, sys.RLIMIT_NOFILE).cur);
  // Files to store (reused in turn when there are more entries than that), leaving room
  // for the fds that gets install.
  const distinct = Math.max(1, Math.min(N, Math.floor(soft / 2) - 250));
  // getMany installs its fds all at once: ask for at most this many at a time.
  const chunk = Math.max(1, Math.min(N, soft - distinct - 250));
  const getAll = (store) => {
    for (let at = 0; at < N; at += chunk) closeAll(store.getMany(Array.from({ length: Math.min(chunk, N - at) }, (_, i) => at + i)));
  };
  const files = Array.from({ length: distinct }, (_, i) => native.memfdCreate(`bench-${i}`, sys.MFD_CLOEXEC));
  const fds = Array.from({ length: N }, (_, i) => files[i % distinct]);

  function time(fn) {
    const t0 = process.hrtime.bigint();
    const r = fn();
    return { s: Number(process.hrtime.bigint() - t0) / 1e9, r };
  }

  function shuffled(n, seed = 1) {
    const a = [...Array(n).keys()];
    for (let i = n - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  const rows = [];
  function row(name, count, seconds) {
    rows.push({ name, count, fdsPerSec: Math.round(count / seconds), usPerFd: (seconds * 1e6) / count });
  }

  function closeAll(list) {
    for (const fd of list) native.close(fd);
  }

  // 1. One datagram per fd, with the lock (the default) and without it.
  for (const lock of [true, false]) {
    const store = FdStore.create({ lock });
    const tag = lock ? '' : ', lock: false';
    row(`add (one datagram per fd${tag})`, N, time(() => fds.forEach((fd) => store.add(fd))).s);
    if (lock) {
      const again = FdStore.create();
      row('add inside one exclusive()', N, time(() => again.exclusive(() => fds.forEach((fd) => again.add(fd)))).s);
      again.close();
    }
    row(`get, ids in order${tag}`, N, time(() => {
      for (let i = 0; i < N; i++) native.close(store.get(i));
    }).s);
    if (lock) {
      const order = shuffled(N);
      row('get, ids in random order', N, time(() => order.forEach((id) => native.close(store.get(id)))).s);
      const reps = 200;
      for (const id of [0, Math.floor(N / 2), N - 1]) {
        row(`get of id ${id} (x${reps})`, reps, time(() => {
          for (let k = 0; k < reps; k++) native.close(store.get(id));
        }).s);
      }
      row('getMany, all ids', N, time(() => getAll(store)).s);
    }
    store.close();
  }

  // 2. Batches: up to MAX_BATCH fds per datagram.
  {
    const store = FdStore.create({ bufferBytes: 4 << 20 });
    row(`addMany (${MAX_BATCH} fds per datagram)`, N, time(() => store.addMany(fds)).s);
    row('getMany, all ids (batched store)', N, time(() => getAll(store)).s);
    const order = shuffled(N).slice(0, 2000);
    row('get, random ids (batched store)', order.length, time(() => order.forEach((id) => native.close(store.get(id)))).s);
    store.close();
  }

  // 3. What an entry costs in the socket buffer: fill a 1 MiB store.
  function fill(batch) {
    const store = FdStore.create({ bufferBytes: 1 << 20 });
    let n = 0;
    try {
      for (;;) n += batch === 1 ? (store.add(files[0]), 1) : store.addMany(fds.slice(0, batch)).length;
    } catch (e) {
      if (e.code !== 'FULL') throw e;
    }
    const bytes = store.bufferBytes;
    store.close();
    return { fds: n, bytesPerFd: bytes / n };
  }
  const single = fill(1);
  const batched = fill(MAX_BATCH);
  const wmemMax = Number(fs.readFileSync('/proc/sys/net/core/wmem_max', 'utf8'));
  closeAll(files);

  const info = {
    n: N,
    distinctFiles: distinct,
    kernel: os.release(),
    node: process.version,
    cpus: os.cpus().length,
    rows,
    buffer: {
      singleAddBytesPerFd: Math.round(single.bytesPerFd),
      batchedBytesPerFd: Math.round(batched.bytesPerFd),
      fdsIn1MiBSingle: single.fds,
      fdsIn1MiBBatched: batched.fds,
      bytesFor10000Single: Math.round(10_000 * single.bytesPerFd),
      bytesFor10000Batched: Math.round(10_000 * batched.bytesPerFd),
      wmemMax,
      documentedBytesPerEntry: BYTES_PER_ENTRY,
    },
  };

  const fmt = (n) => n.toLocaleString('en-US');
  const results = rows.map((r) => ({ figure: r.name, value: `${fmt(r.fdsPerSec)} fds/s`, note: `${r.usPerFd.toFixed(1)} µs/fd` }));
  results.push(
    { figure: 'buffer per single add', value: `${info.buffer.singleAddBytesPerFd} B`, note: `${fmt(single.fds)} fds in 1 MiB; 10,000 need ${(info.buffer.bytesFor10000Single / 2 ** 20).toFixed(1)} MiB` },
    { figure: 'buffer per fd, addMany', value: `${info.buffer.batchedBytesPerFd} B`, note: `${fmt(batched.fds)} fds in 1 MiB; 10,000 need ${(info.buffer.bytesFor10000Batched / 2 ** 10).toFixed(0)} KiB` },
    { figure: 'buffer cap without CAP_NET_ADMIN', value: `${(2 * wmemMax / 2 ** 20).toFixed(0)} MiB`, note: '2 x /proc/sys/net/core/wmem_max' },
  );
  table(`@amber/fdstore: ${fmt(N)} fds (${fmt(distinct)} distinct files), Linux ${info.kernel}, node ${info.node}, ${info.cpus} CPUs`, results);
  if (json) console.log(JSON.stringify(info));
  return results;
}

module.exports = { run };
if (require.main === module) run({ json: process.argv.includes('--json') });
