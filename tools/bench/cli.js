#!/usr/bin/env node
// Start-up of the amber command: wall and CPU time of spawning `amber ...` to its exit,
// against `node -e 0` (Node's own start-up, the floor), for commands that load little
// (--help, plugins, ps, show) and for a real dump and restore of a small busy process
// (busyloop): each round dumps it (killing it), then restores it with -d, at its pid.
// Every command runs twice per round, without the V8 code cache (AMBER_COMPILE_CACHE=0)
// and with a warm one. CPU time (user + system of the command's process, reported by a
// preload at exit) is what load on a shared machine disturbs least. Also the time to
// require() each layer in a fresh node.
// Usage: [ROUNDS=15] node tools/bench/cli.js   (build first: npm run build)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const sys = require('@amber/sys');
const { startProgram, until, reapOrphans } = require('@amber/testkit');
const { nowMs, table } = require('./lib');

const ROUNDS = Number(process.env.ROUNDS || 15);
const amber = require.resolve('@amber/cli/dist/src/main.js');
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cpuFile = path.join(os.tmpdir(), `amber-bench-cli-cpu-${process.pid}`);
const preload = path.join(__dirname, 'cpu-at-exit.js');

/** Wall and CPU ms of one run of node with `args` (cache: a directory, or '0'); throws if it fails. */
function timeRun(args, cache) {
  fs.writeFileSync(cpuFile, '');
  const env = { ...process.env, AMBER_COMPILE_CACHE: cache, AMBER_BENCH_CPU_FILE: cpuFile };
  delete env.AMBER_CONFIG;
  const t0 = nowMs();
  const r = spawnSync(process.execPath, ['-r', preload, ...args], { encoding: 'utf8', env });
  const wall = nowMs() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return { wall, cpu: Number(fs.readFileSync(cpuFile, 'utf8')) };
}

/** ms to require `mod` in a fresh node (measured inside it, so without node's start-up). */
function requireMs(mod) {
  const code = `const t=process.hrtime.bigint();require(${JSON.stringify(mod)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`require ${mod}: ${r.stderr}`);
  return Number(r.stdout);
}

async function run() {
  sys.setChildSubreaper(true); // restored busyloops come back to us when amber -d exits
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-cli-'));
  const img = path.join(dir, 'img');
  const cache = path.join(dir, 'v8-cache');
  const p = await startProgram('busyloop', path.join(dir, 'out.txt'));
  const pid = p.pid;
  const names = ['node', 'help', 'check', 'plugins', 'ps', 'show', 'dump', 'restore'];
  const times = { cold: {}, warm: {} };
  for (const k of Object.keys(times)) for (const n of names) times[k][n] = [];
  const both = (name, args) => {
    for (const [k, c] of [['cold', '0'], ['warm', cache]]) times[k][name].push(timeRun(args, c));
  };
  try {
    for (const args of [[amber, 'plugins'], [amber, 'ps', '--help']]) timeRun(args, cache); // warm the cache
    for (let i = 0; i < ROUNDS; i++) {
      both('node', ['-e', '0']);
      both('help', [amber, '--help']);
      if (i < 3) both('check', [amber, 'check']); // probes children: slow, and not start-up
      both('plugins', [amber, 'plugins']);
      // dump and restore alternate cold and warm: each needs the other's result.
      for (const [k, c] of [['cold', '0'], ['warm', cache]]) {
        times[k].dump.push(timeRun([amber, 'dump', '-t', String(pid), '-D', img, '--no-fsync'], c));
        await (i === 0 && k === 'cold' ? p.reap() : sys.waitForAsync(pid));
        if (k === 'cold') {
          both('ps', [amber, 'ps', img]);
          both('show', [amber, 'show', path.join(img, `core-${pid}.img`)]);
        }
        times[k].restore.push(timeRun([amber, 'restore', '-D', img, '-d'], c));
        await until(() => fs.existsSync(`/proc/${pid}`), 'the restored busyloop');
      }
    }
  } finally {
    try {
      sys.native.kill(pid, sys.SIGKILL);
    } catch {
      /* gone */
    }
    await reapOrphans();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cpuFile, { force: true });
  }
  const stat = (xs, f) => med(xs.map((x) => x[f]));
  const floor = { wall: stat(times.cold.node, 'wall'), cpu: stat(times.cold.node, 'cpu') };
  const rows = names.map((name) => {
    const c = times.cold[name];
    const w = times.warm[name];
    const over = (xs, f) => (name === 'node' ? '' : `+${(stat(xs, f) - floor[f]).toFixed(1)}`);
    return {
      command: name === 'node' ? 'node -e 0' : `amber ${name === 'help' ? '--help' : name}`,
      'wall, no cache': `${stat(c, 'wall').toFixed(1)} ms`,
      'wall, cache': `${stat(w, 'wall').toFixed(1)} ms`,
      'CPU, no cache': `${stat(c, 'cpu').toFixed(1)} ms`,
      'CPU, cache': `${stat(w, 'cpu').toFixed(1)} ms`,
      'CPU over node -e 0 (no cache / cache)': name === 'node' ? '' : `${over(c, 'cpu')} / ${over(w, 'cpu')} ms`,
    };
  });
  table(`amber start-up: spawn to exit, medians of ${ROUNDS} rounds (check: 3); dump: busyloop with --no-fsync, restore: -d`, rows);

  const mods = ['@amber/sys', '@amber/images', '@amber/files', '@amber/engine'];
  const loads = mods.map((m) => ({ module: m, ms: med(Array.from({ length: 5 }, () => requireMs(m))) }));
  table('require() in a fresh node, no cache (median of 5; each includes what it imports)', loads.map((l) => ({ module: l.module, require: `${l.ms.toFixed(1)} ms` })));
  const summary = (k) => Object.fromEntries(names.map((n) => [n, { wallMs: stat(times[k][n], 'wall'), cpuMs: stat(times[k][n], 'cpu') }]));
  return { rounds: ROUNDS, noCache: summary('cold'), cache: summary('warm'), requireMs: Object.fromEntries(loads.map((l) => [l.module, l.ms])) };
}

module.exports = { run };
if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
