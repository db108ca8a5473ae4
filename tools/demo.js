#!/usr/bin/env node
// The README demo: a small program counts into a file; amber dumps it, shows the
// images, restores it, and the count carries on with no line lost or repeated.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { setChildSubreaper } = require('@amber/sys');
const { startProgram, killRestored, sleep } = require('@amber/testkit');

const amber = path.join(__dirname, '..', 'packages', 'cli', 'dist', 'src', 'main.js');

function step(text) {
  console.log(`\n== ${text}`);
}

function amberCmd(...args) {
  console.log(`$ amber ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [amber, ...args], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`amber ${args[0]} failed with status ${r.status}`);
}

function lines(file) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map(Number);
}

async function main() {
  setChildSubreaper(true); // the restored counter is re-parented here, so we can stop it
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-demo-'));
  const out = path.join(dir, 'count.txt');
  const images = path.join(dir, 'images');
  step('start a counter that writes 1, 2, 3... to a file');
  const p = await startProgram('counter', out);
  await sleep(200);
  console.log(`counter runs as pid ${p.pid}; ${out} has ${lines(out).length} lines`);

  step('dump it (the process is frozen, saved, then killed)');
  amberCmd('dump', '-t', String(p.pid), '-D', images);
  await p.reap();
  const atDump = lines(out).length;
  console.log(`pid ${p.pid} is gone; the file stopped at line ${atDump}`);
  for (const f of fs.readdirSync(images)) console.log(`  ${f.padEnd(20)} ${fs.statSync(path.join(images, f)).size} bytes`);

  step('restore it');
  amberCmd('restore', '-D', images, '-d');
  await sleep(300);
  const after = lines(out);
  const gaps = after.filter((n, i) => n !== i + 1).length;
  console.log(`pid ${p.pid} is back (${fs.readFileSync(`/proc/${p.pid}/comm`, 'utf8').trim()}), and counts on: line ${after.length} now`);
  console.log(gaps === 0 ? `no line lost or repeated across the dump (1..${after.length})` : `MISMATCH: ${gaps} lines out of order`);
  await killRestored(p.pid);
  fs.rmSync(dir, { recursive: true, force: true });
  if (gaps !== 0 || after.length <= atDump) process.exit(1);
}

main().catch((e) => {
  console.error(`demo failed: ${e.message}`);
  process.exit(1);
});
