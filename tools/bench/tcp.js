#!/usr/bin/env node
'use strict';
// Dump and restore of a process holding N established TCP connections (--tcp-established):
// a Python server that accepted N loopback connections from this process, dumped and
// restored in-process (@amber/engine) several rounds, for growing N. Reports the medians,
// the cost per connection over a server with no connection, and checks after each
// restore that every connection is still established and carries a byte both ways.
// Usage (root): node tools/bench/tcp.js [--counts 0,250,500,1000] [--rounds 3]; also run by tools/bench/run.js
// Build first: npx nx run-many -t build

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const sys = require('@amber/sys');
const engine = require('@amber/engine');
const { med, table, raiseNofile, killAndReap, nowMs } = require('./lib');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const COUNTS = arg('--counts', '0,250,500,1000').split(',').map(Number);
const ROUNDS = Number(arg('--rounds', '3'));
const { native } = sys;

const SERVER = `
import socket, sys, time
n = int(sys.argv[1])
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(4096)
print('port', s.getsockname()[1], flush=True)
conns = [s.accept()[0] for _ in range(n)]
print('ready', flush=True)
while True:
    time.sleep(3600)
`;

function python3() {
  return execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
}

function waitFor(file, re) {
  const end = Date.now() + 120000;
  for (;;) {
    const m = re.exec(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    if (m) return m;
    if (Date.now() > end) throw new Error(`timed out waiting for ${re} in ${file}`);
    execFileSync('sleep', ['0.02']);
  }
}

function sockaddr4(port) {
  const b = Buffer.alloc(16);
  b.writeUInt16LE(2, 0);
  b.writeUInt16BE(port, 2);
  Buffer.from([127, 0, 0, 1]).copy(b, 4);
  return b;
}

function start(n, dir) {
  const out = path.join(dir, 'out');
  const fd = sys.openFile(out, sys.O_WRONLY | sys.O_CREAT | sys.O_TRUNC, 0o644);
  const devnull = sys.openFile('/dev/null', sys.O_RDWR);
  const exe = python3();
  const pid = sys.spawnAt({ path: exe, argv: ['python3', '-u', '-c', SERVER, String(n)], envp: Object.entries(process.env).map(([k, v]) => `${k}=${v}`), fds: [[devnull, 0], [fd, 1], [fd, 2]] });
  native.close(fd);
  native.close(devnull);
  const port = Number(waitFor(out, /port (\d+)/)[1]);
  const clients = [];
  for (let i = 0; i < n; i++) {
    const c = native.socket(2, 1 | sys.SOCK_CLOEXEC, 0);
    native.connect(c, sockaddr4(port));
    clients.push(c);
  }
  waitFor(out, /ready/);
  return { pid, clients };
}

/** Every client still connected: no error, and one byte goes out (the server's receive queue keeps it). */
function check(clients) {
  for (const c of clients) {
    if (native.getsockoptInt(c, 1, 4 /* SO_ERROR */) !== 0) throw new Error('a connection failed');
    native.write(c, Buffer.from('.'));
  }
}

/** Runs the benchmark; returns the figures (for tools/bench/run.js). */
async function run() {
  if (process.getuid() !== 0) throw new Error('run as root');
  const limit = raiseNofile();
  if (limit < Math.max(...COUNTS) * 2 + 100) throw new Error(`RLIMIT_NOFILE ${limit} is too low for ${Math.max(...COUNTS)} connections`);
  const rows = [];
  const figures = {};
  let base;
  for (const n of COUNTS) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-tcp-'));
    const { pid, clients } = start(n, dir);
    const dumps = [];
    const restores = [];
    let size = 0;
    try {
      for (let r = 0; r < ROUNDS; r++) {
        const img = path.join(dir, `img${r}`);
        let t0 = nowMs();
        const events = new engine.AmberEmitter();
        if (process.env.AMBER_BENCH_PHASES) {
          let last = nowMs();
          events.on('phase', (e) => {
            const t = nowMs();
            console.error(`  ${e.phase} after ${(t - last).toFixed(0)} ms`);
            last = t;
          });
        }
        engine.dump({ pid, imagesDir: img, tcpEstablished: true, fsync: false, events });
        dumps.push(nowMs() - t0);
        sys.waitFor(pid);
        size = fs.readdirSync(img).reduce((s, f) => s + fs.statSync(path.join(img, f)).size, 0);
        t0 = nowMs();
        engine.restore({ imagesDir: img, tcpEstablished: true });
        restores.push(nowMs() - t0);
        check(clients);
        fs.rmSync(img, { recursive: true, force: true });
      }
    } finally {
      killAndReap(pid);
      for (const c of clients) native.close(c);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const d = med(dumps);
    const rs = med(restores);
    if (n === 0) base = { d, rs };
    rows.push({
      connections: n,
      dump: `${d.toFixed(0)} ms`,
      restore: `${rs.toFixed(0)} ms`,
      'dump/conn': base && n ? `${((d - base.d) / n).toFixed(2)} ms` : '',
      'restore/conn': base && n ? `${((rs - base.rs) / n).toFixed(2)} ms` : '',
      images: `${(size / 1048576).toFixed(1)} MiB`,
    });
    figures[n] = { dumpMs: d, restoreMs: rs, imageBytes: size };
    console.error(`${n} connections: dump ${d.toFixed(0)} ms, restore ${rs.toFixed(0)} ms`);
  }
  table(`dump and restore of a Python server with N established TCP connections (--tcp-established), median of ${ROUNDS}`, rows);
  return { connections: figures };
}

module.exports = { run };
if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
