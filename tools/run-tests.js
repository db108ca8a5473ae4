#!/usr/bin/env node
// Runs every project's tests through Nx (building first), streams the output, and
// ends with one summary line over all projects: "N passed, N failed".
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const nx = path.join(root, 'node_modules', '.bin', 'nx');
const args = ['run-many', '-t', 'test', '--outputStyle=stream', '--parallel=1', ...process.argv.slice(2)];
const child = spawn(nx, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });

let passed = 0;
let failed = 0;
let tail = '';
function scan(chunk, out) {
  out.write(chunk);
  tail += chunk.toString();
  const lines = tail.split('\n');
  tail = lines.pop();
  for (const line of lines) {
    const p = /# pass (\d+)\s*$/.exec(line);
    const f = /# fail (\d+)\s*$/.exec(line);
    if (p) passed += Number(p[1]);
    if (f) failed += Number(f[1]);
  }
}
child.stdout.on('data', (c) => scan(c, process.stdout));
child.stderr.on('data', (c) => scan(c, process.stderr));
child.on('close', (code, signal) => {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code !== 0 || signal || failed > 0 || passed === 0 ? 1 : 0);
});
