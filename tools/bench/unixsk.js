#!/usr/bin/env node
// Benchmark of @amber/socket's unix sockets:
//   pairs   a task (a restore stub) holding N unix stream socketpairs (both ends, 2N fds),
//           each with a few bytes queued, dumped with FdDumper (sock_diag once, getsockopt,
//           a peek per end) and restored with FdRestorer into a stub (socketpair + refill
//           + installInto); N = 1,000 and 10,000 by default: how it grows.
//   queue   the bytes of one socket's receive queue: dump = MSG_PEEK walk with SO_PEEK_OFF
//           (the socket keeps its data), restore = sendmsg into a new pair; against a
//           plain copy in the same run (recv the queue out, consuming it, and send it into
//           a new pair). Stream (64 KiB writes) and datagrams (1 KiB messages).
// Rounds interleaved (dump, restore, copy...), medians.
// Usage (root): node tools/bench/unixsk.js [--pairs 1000,10000] [--bytes 4194304] [--rounds 9]
// (10,000 pairs are 20,000 fds in the task and in the restorer: RLIMIT_NOFILE's hard limit
// must allow it; the bench raises it when it may, else it says how many pairs fit.)
// Build first: npx nx run-many -t build
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const sys = require('@amber/sys');
const { ImageDir } = require('@amber/images');
const { FdDumper, FdRestorer, builtinRegistry } = require('@amber/files');
const pipe = require('@amber/pipe');
const socket = require('@amber/socket');
const { peekQueue } = require('@amber/socket/dist/src/unix/queue');
const { killAndReap, nowMs, mibPerSec, raiseNofile, table, med } = require('./lib');

const { native } = sys;
const argOf = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const PAIRS = argOf('--pairs', '1000,10000').split(',').map(Number);
const BYTES = Number(argOf('--bytes', String(4 << 20)));
const ROUNDS = Number(argOf('--rounds', '9'));

function registry() {
  const r = builtinRegistry();
  pipe.register(r);
  socket.register(r);
  return r;
}

function stub(fds) {
  return sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [], fds });
}

function pairsRound(n) {
  // The pairs are made inside the task (remote syscalls), so that neither this process nor
  // spawnAt's trampolines need 2N more fds.
  const pid = stub([]);
  native.prlimit(pid, sys.RLIMIT_NOFILE, BigInt(2 * n + 64), native.prlimit(0, sys.RLIMIT_NOFILE).max);
  const t = sys.Tracee.seize(pid);
  let last;
  try {
    const sv = t.scratch(64);
    for (let i = 0; i < n; i++) {
      if (t.syscall(53, 1, 1, 0, sv) !== 0n) throw new Error('remote socketpair failed');
      const pair = t.readMem(sv, 8);
      const msg = Buffer.from(`pair ${i}`);
      const at = t.putScratch(msg, 16);
      t.syscall(sys.SYS.write, pair.readInt32LE(0), at, msg.length);
      last = pair.readInt32LE(4);
    }
  } finally {
    t.detach();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-usk-'));
  let restored = 0;
  try {
    let t0 = nowMs();
    const dumper = new FdDumper(registry(), { pids: [pid] });
    dumper.dumpTask(pid);
    const img = ImageDir.create(dir, { fsync: false, overwrite: true });
    dumper.writeImages(img);
    img.writeInventory({ img_version: 2 });
    const dumpMs = nowMs() - t0;
    killAndReap(pid);
    t0 = nowMs();
    const restorer = new FdRestorer(registry(), ImageDir.open(dir));
    restorer.openAll();
    restored = stub([]);
    sys.native.prlimit(restored, sys.RLIMIT_NOFILE, BigInt(2 * n + 64), sys.native.prlimit(0, sys.RLIMIT_NOFILE).max);
    const t = sys.Tracee.seize(restored);
    try {
      restorer.installInto(t, pid);
    } finally {
      t.detach();
    }
    restorer.close();
    const restoreMs = nowMs() - t0;
    const check = native.pidfdGetfd(native.pidfdOpen(restored, 0), last, 0);
    const buf = Buffer.alloc(64);
    const r = native.recvmsg(check, buf, sys.MSG_DONTWAIT, 0);
    if (buf.subarray(0, r.bytes).toString() !== `pair ${n - 1}`) throw new Error('the last pair lost its data');
    native.close(check);
    return { dumpMs, restoreMs };
  } finally {
    if (restored) killAndReap(restored);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A socketpair of `type` whose second end holds `bytes` queued in `chunk`-byte messages. */
function filled(type, bytes, chunk) {
  const [a, b] = native.socketpair(1, type | sys.SOCK_CLOEXEC, 0);
  native.setsockoptInt(a, sys.SOL_SOCKET, sys.SO_SNDBUFFORCE, bytes * 4);
  native.setsockoptInt(b, sys.SOL_SOCKET, sys.SO_RCVBUFFORCE, bytes * 4);
  const data = Buffer.alloc(chunk, 0x5a);
  for (let sent = 0; sent < bytes; sent += chunk) native.sendmsg(a, data, null, [], sys.MSG_DONTWAIT);
  return [a, b];
}

function refill(type, messages) {
  const [a, b] = native.socketpair(1, type | sys.SOCK_CLOEXEC, 0);
  native.setsockoptInt(a, sys.SOL_SOCKET, sys.SO_SNDBUFFORCE, BYTES * 4);
  native.setsockoptInt(b, sys.SOL_SOCKET, sys.SO_RCVBUFFORCE, BYTES * 4);
  for (const m of messages) native.sendmsg(a, m, null, [], sys.MSG_DONTWAIT);
  return [a, b];
}

function queueRound(type, chunk) {
  const times = { dump: [], restore: [], copy: [] };
  for (let i = 0; i < ROUNDS; i++) {
    const [a, b] = filled(type, BYTES, chunk);
    let t0 = nowMs();
    const msgs = peekQueue(b, type, BYTES, false, 'bench').map((m) => m.data);
    times.dump.push(nowMs() - t0);
    const got = msgs.reduce((s, m) => s + m.length, 0);
    if (got !== BYTES) throw new Error(`peeked ${got} of ${BYTES} bytes`);
    t0 = nowMs();
    const [c, d] = refill(type, msgs);
    times.restore.push(nowMs() - t0);
    for (const f of [c, d]) native.close(f);
    // The plain copy: consume the queue and send it into a new pair.
    t0 = nowMs();
    const out = [];
    const buf = Buffer.alloc(Math.max(chunk, 65536));
    for (;;) {
      let r;
      try {
        r = native.recvmsg(b, buf, sys.MSG_DONTWAIT, 0);
      } catch (e) {
        if (sys.isErrno(e, 'EAGAIN')) break;
        throw e;
      }
      out.push(Buffer.from(buf.subarray(0, r.bytes)));
    }
    const [e, f] = refill(type, out);
    times.copy.push(nowMs() - t0);
    for (const x of [a, b, e, f]) native.close(x);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, med(v)]));
}

/** Runs the benchmark, prints its tables and returns the figures (tools/bench/run.js shape). */
function run() {
  let limit = raiseNofile();
  const need = 2 * Math.max(...PAIRS) + 256;
  if (limit < need) {
    // The task and the restorer each hold 2N fds (plus the dumper's transient copies):
    // raise the hard limit if we may (CAP_SYS_RESOURCE), else say what fits.
    try {
      native.prlimit(0, sys.RLIMIT_NOFILE, BigInt(need), BigInt(need));
      limit = need;
    } catch (e) {
      throw new Error(`RLIMIT_NOFILE's hard limit is ${limit} and cannot be raised (${e.message}): ${Math.max(...PAIRS)} pairs need ${need} fds; pass --pairs with at most ${Math.floor((limit - 256) / 2)} pairs`);
    }
  }
  const rows = [];
  const figures = { pairs: [], queue: [] };
  for (const n of PAIRS) {
    if (limit < 2 * n + 200) throw new Error(`RLIMIT_NOFILE ${limit} is too small for ${n} pairs`);
    const runs = [];
    for (let i = 0; i < Math.max(3, Math.min(ROUNDS, n >= 10000 ? 3 : 5)); i++) runs.push(pairsRound(n));
    const dumpMs = med(runs.map((r) => r.dumpMs));
    const restoreMs = med(runs.map((r) => r.restoreMs));
    figures.pairs.push({ pairs: n, dumpMs, restoreMs });
    rows.push({ pairs: n, fds: 2 * n, dump: `${dumpMs.toFixed(0)} ms`, restore: `${restoreMs.toFixed(0)} ms`, 'dump/pair': `${((dumpMs * 1000) / n).toFixed(0)} us`, 'restore/pair': `${((restoreMs * 1000) / n).toFixed(0)} us` });
  }
  table(`unix stream socketpairs in one task (both ends, a few bytes queued each), FdDumper/FdRestorer, median`, rows);
  const q = [];
  for (const [name, type, chunk] of [['stream, 64 KiB writes', 1, 65536], ['datagram, 1 KiB messages', 2, 1024]]) {
    const t = queueRound(type, chunk);
    figures.queue.push({ queue: name, bytes: BYTES, dumpMiBs: mibPerSec(BYTES, t.dump), restoreMiBs: mibPerSec(BYTES, t.restore), copyMiBs: mibPerSec(BYTES, t.copy) });
    q.push({
      queue: name,
      bytes: BYTES,
      'dump (peek)': `${t.dump.toFixed(1)} ms, ${mibPerSec(BYTES, t.dump).toFixed(0)} MiB/s`,
      'restore (send)': `${t.restore.toFixed(1)} ms, ${mibPerSec(BYTES, t.restore).toFixed(0)} MiB/s`,
      'plain copy (recv+send)': `${t.copy.toFixed(1)} ms, ${mibPerSec(BYTES, t.copy).toFixed(0)} MiB/s`,
    });
  }
  table(`queued bytes of one socket, ${ROUNDS} interleaved rounds, median`, q);
  return figures;
}

module.exports = { run };
if (require.main === module) run();
