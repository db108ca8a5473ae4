#!/usr/bin/env node
// Start-up of the amber command: wall time of spawning `amber ...` to its exit, against
// `node -e 0` (Node's own start-up, the floor), for commands that load little (--help,
// plugins, ps, show) and for a real dump and restore of a small busy process (busyloop):
// each round dumps it (killing it), then restores it with -d, at its pid. Also the time
// to require() each layer in a fresh node, which is what lazy loading saves.
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
const min = (xs) => Math.min(...xs);

/** Wall time of one run of node with `args`; throws if it fails. */
function timeRun(args) {
  const t0 = nowMs();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = nowMs() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
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
  const p = await startProgram('busyloop', path.join(dir, 'out.txt'));
  const pid = p.pid;
  const times = { node: [], help: [], plugins: [], ps: [], show: [], dump: [], restore: [] };
  try {
    for (let i = 0; i < ROUNDS; i++) {
      times.node.push(timeRun(['-e', '0']));
      times.help.push(timeRun([amber, '--help']));
      times.plugins.push(timeRun([amber, 'plugins']));
      times.dump.push(timeRun([amber, 'dump', '-t', String(pid), '-D', img, '--no-fsync']));
      await (i === 0 ? p.reap() : sys.waitForAsync(pid));
      times.ps.push(timeRun([amber, 'ps', img]));
      times.show.push(timeRun([amber, 'show', path.join(img, `core-${pid}.img`)]));
      times.restore.push(timeRun([amber, 'restore', '-D', img, '-d']));
      await until(() => fs.existsSync(`/proc/${pid}`), 'the restored busyloop');
    }
  } finally {
    try {
      sys.native.kill(pid, sys.SIGKILL);
    } catch {
      /* gone */
    }
    await reapOrphans();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const floor = med(times.node);
  const rows = Object.entries(times).map(([name, xs]) => ({
    command: name === 'node' ? 'node -e 0' : `amber ${name === 'help' ? '--help' : name}`,
    median: `${med(xs).toFixed(1)} ms`,
    min: `${min(xs).toFixed(1)} ms`,
    'over node -e 0': name === 'node' ? '' : `${(med(xs) - floor).toFixed(1)} ms`,
  }));
  table(`amber start-up: spawn to exit, ${ROUNDS} rounds (dump: busyloop, --no-fsync; restore: -d)`, rows);

  const mods = ['@amber/sys', '@amber/images', '@amber/files', '@amber/engine'];
  const loads = mods.map((m) => ({ module: m, ms: med(Array.from({ length: 5 }, () => requireMs(m))) }));
  table('require() in a fresh node (median of 5; each includes what it imports)', loads.map((l) => ({ module: l.module, require: `${l.ms.toFixed(1)} ms` })));
  return {
    rounds: ROUNDS,
    medianMs: Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, med(xs)])),
    minMs: Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, min(xs)])),
    requireMs: Object.fromEntries(loads.map((l) => [l.module, l.ms])),
  };
}

module.exports = { run };
if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
