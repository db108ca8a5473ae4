#!/usr/bin/env node
// Benchmark of @amber/epoll: an epoll instance with 10,000 watches (N=... to change), on
// N fds of N/2 pipes, in a stub; dumped with FdDumper and restored with FdRestorer.
// Three layouts of the same watches:
//   same numbers  every watch was registered with the fd number its target still has
//                 (the usual case: one kcmp at dump, one remote epoll_ctl at restore);
//   moved, free   every target now lives at another number and the registered one is
//                 free (dup + close after the ADD): found by inode + kcmp at dump, and at
//                 restore dup3(target, n) + ADD + close(n);
//   moved, taken  the numbers were permuted: each registered number names another file
//                 now; restore parks that file, ADDs, and puts it back (6 syscalls).
// Reported: the epoll plugin's dump() alone (its targets are dumped before it), the
// whole FdDumper dumpTask, FdRestorer openAll, installInto without afterInstall (the fd
// table), and the epoll plugin's afterInstall (the watches, remote syscalls in the
// stub); against N local epoll_ctl(ADD) calls in this process, in the same run.
// RLIMIT_NOFILE's hard limit (20000 here) bounds N. Each layout runs ROUNDS (3) times,
// interleaved; medians. Usage: [N=10000] [ROUNDS=3] node tools/bench/epoll.js [--json]
// Build first: npx nx build @amber/epoll
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const sys = require('@amber/sys');
const { ImageDir } = require('@amber/images');
const { FdDumper, FdRestorer, FileRegistry } = require('@amber/files');
const pipe = require('@amber/pipe');
const epoll = require('@amber/epoll');
const { killAndReap, nowMs, raiseNofile, table } = require('./lib');

const { native } = sys;
const N = Number(process.env.N || 10_000);
const JSON_OUT = process.argv.includes('--json');
const ROUNDS = Number(process.env.ROUNDS || 3);


function timedPlugin(plugin, times) {
  return {
    ...plugin,
    dump(probe, ctx) {
      const t0 = nowMs();
      try {
        return plugin.dump(probe, ctx);
      } finally {
        times.dump = (times.dump ?? 0) + nowMs() - t0;
      }
    },
  };
}

/** Local baseline: N epoll_ctl(ADD) in this process on N pipe fds. */
function localAdds(fds) {
  const ep = native.epollCreate1(sys.O_CLOEXEC);
  const t0 = nowMs();
  for (const fd of fds) native.epollCtl(ep, sys.EPOLL_CTL_ADD, fd, sys.EPOLLIN, fd);
  const ms = nowMs() - t0;
  native.close(ep);
  return ms;
}

/**
 * Builds the scene inside a stub with remote syscalls (spawnAt would need room for a
 * trampoline copy of every fd above all of them: 2N fds): the epoll at fd 0, pipes at
 * 1..N, the watches, then the layout's moves, and the epoll moved to `epAt` (above
 * every target, so FdDumper dumps it last and its dump() time is its own).
 */
function buildStub(layout, epAt) {
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [], fds: [] });
  const t = sys.Tracee.seize(pid);
  try {
    const ep = Number(t.syscall(291 /* epoll_create1 */, 0));
    const out = t.putScratch(Buffer.alloc(8), 0);
    const fds = [];
    for (let i = 0; i < N / 2; i++) {
      t.syscall(sys.SYS.pipe2, out, 0);
      const b = t.readMem(out, 8);
      fds.push(b.readInt32LE(0), b.readInt32LE(4));
    }
    // One byte in every other pipe: half the read ends are ready.
    const one = t.putScratch(Buffer.from('x'), 16);
    for (let i = 0; i < fds.length; i += 4) t.syscall(sys.SYS.write, fds[i + 1], one, 1);
    const ev = Buffer.alloc(12 * fds.length);
    fds.forEach((fd, i) => {
      ev.writeUInt32LE((sys.EPOLLIN | (fd % 3 === 0 ? sys.EPOLLET : 0)) >>> 0, 12 * i);
      ev.writeBigUInt64LE(BigInt(fd) * 7n, 12 * i + 4);
    });
    const base = t.putScratch(ev, 64);
    fds.forEach((fd, i) => t.syscall(epoll.SYS_epoll_ctl, ep, sys.EPOLL_CTL_ADD, fd, base + BigInt(12 * i)));
    if (layout === 'moved, free') {
      const offset = epAt - 1 - Math.max(...fds);
      // Highest first: a target number is never one not moved yet.
      for (const fd of [...fds].sort((a, b) => b - a)) {
        t.syscall(sys.SYS.dup2, fd, fd + offset);
        t.syscall(sys.SYS.close, fd);
      }
    } else if (layout === 'moved, taken') {
      // Swap the files of fd pairs (2k+1, 2k+2)... across pipes: 1<->3, 2<->4, 5<->7...
      const spare = epAt - 1;
      for (let i = 0; i + 2 < fds.length; i += 4) {
        for (const [a, b] of [[fds[i], fds[i + 2]], [fds[i + 1], fds[i + 3]]]) {
          t.syscall(sys.SYS.dup2, a, spare);
          t.syscall(sys.SYS.dup2, b, a);
          t.syscall(sys.SYS.dup2, spare, b);
          t.syscall(sys.SYS.close, spare);
        }
      }
    }
    t.syscall(sys.SYS.dup2, ep, epAt);
    t.syscall(sys.SYS.close, ep);
  } finally {
    t.detach();
  }
  return pid;
}

function scenario(layout, limit) {
  const epAt = limit - 1;
  const baselineMs = (() => {
    const local = [];
    for (let i = 0; i < N / 2; i++) local.push(...native.pipe2(sys.O_CLOEXEC));
    try {
      return localAdds(local);
    } finally {
      for (const fd of local) native.close(fd);
    }
  })();
  const pid = buildStub(layout, epAt);
  const before = epoll.watchesOfTask(pid, epAt).map((w) => `${w.tfd} ${w.events} ${w.data}`).sort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-epoll-'));
  const times = {};
  const registry = new FileRegistry();
  pipe.register(registry);
  registry.register(timedPlugin(epoll.eventpollPlugin, times), 'bench');
  let stub = -1;
  try {
    let t0 = nowMs();
    const dumper = new FdDumper(registry, { pids: [pid] });
    dumper.dumpTask(pid);
    const dumpTaskMs = nowMs() - t0;
    const img = ImageDir.create(dir, { fsync: false });
    dumper.writeImages(img);
    img.writeInventory({ img_version: 2 });
    native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);

    t0 = nowMs();
    const restorer = new FdRestorer(registry, ImageDir.open(dir));
    restorer.openAll();
    const openMs = nowMs() - t0;
    stub = sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [], fds: [] });
    const t = sys.Tracee.seize(stub);
    let installMs;
    let afterMs;
    try {
      t0 = nowMs();
      restorer.installInto(t, pid, { afterInstall: false });
      installMs = nowMs() - t0;
      const tableFor = restorer.tableFor(pid);
      const byFile = new Map();
      for (const e of tableFor) byFile.set(e.fileId, [...(byFile.get(e.fileId) ?? []), e.fd]);
      const epEntry = tableFor.find((e) => e.fd === epAt);
      const entry = restorer.entryOf(epEntry.fileId);
      t0 = nowMs();
      epoll.eventpollPlugin.afterInstall(entry, epAt, { task: t, fdsOf: (id) => byFile.get(id) ?? [] });
      afterMs = nowMs() - t0;
    } finally {
      t.detach();
    }
    restorer.close();
    const after = epoll.watchesOfTask(stub, epAt).map((w) => `${w.tfd} ${w.events} ${w.data}`).sort();
    if (after.length !== N || after.join('\n') !== before.join('\n')) {
      const a = new Set(after);
      const b = new Set(before);
      throw new Error(`${layout}: the restored watches differ (${after.length} vs ${before.length}; missing ${before.filter((l) => !a.has(l)).slice(0, 5).join(' / ')}; extra ${after.filter((l) => !b.has(l)).slice(0, 5).join(' / ')})`);
    }
    return { layout, watches: N, epollDumpMs: times.dump, dumpTaskMs, openMs, installMs, afterInstallMs: afterMs, localAddMs: baselineMs };
  } finally {
    killAndReap(pid);
    if (stub > 0) killAndReap(stub);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run() {
  const limit = raiseNofile();
  if (limit < N + 64) throw new Error(`RLIMIT_NOFILE ${limit} is too low for ${N} watches`);
  const layouts = ['same numbers', 'moved, free', 'moved, taken'];
  const runs = new Map(layouts.map((l) => [l, []]));
  for (let round = 0; round < ROUNDS; round++) for (const l of layouts) runs.get(l).push(scenario(l, limit));
  const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const results = layouts.map((l) => {
    const rs = runs.get(l);
    return Object.fromEntries(Object.keys(rs[0]).map((k) => [k, typeof rs[0][k] === 'number' && k !== 'watches' ? med(rs.map((r) => r[k])) : rs[0][k]]));
  });
  const f = (ms) => `${ms.toFixed(1)} ms`;
  const us = (ms) => `${((ms * 1000) / N).toFixed(1)} µs`;
  table(`epoll with ${N} watches on ${N} pipe fds, medians of ${ROUNDS} interleaved rounds (Linux ${os.release()}, Node ${process.version})`, results.map((r) => ({
    layout: r.layout,
    'epoll dump()': `${f(r.epollDumpMs)} (${us(r.epollDumpMs)}/watch)`,
    'dumpTask (all fds)': f(r.dumpTaskMs),
    openAll: f(r.openMs),
    'installInto (fd table)': f(r.installMs),
    'afterInstall (watches)': `${f(r.afterInstallMs)} (${us(r.afterInstallMs)}/watch)`,
    'local epoll_ctl x N': f(r.localAddMs),
  })));
  if (JSON_OUT) console.log(JSON.stringify(results));
  return results.map((r) => ({
    figure: `epoll ${N} watches, ${r.layout}`,
    value: `dump() ${f(r.epollDumpMs)}, afterInstall ${f(r.afterInstallMs)}`,
    note: `dumpTask ${f(r.dumpTaskMs)}, openAll ${f(r.openMs)}, installInto ${f(r.installMs)}; local epoll_ctl x N ${f(r.localAddMs)}`,
  }));
}

module.exports = { run };
if (require.main === module) run();
