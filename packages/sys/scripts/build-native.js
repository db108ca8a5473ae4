#!/usr/bin/env node
// Builds the addon and the restore stub against the Node headers this machine ships.
// The nodedir is passed explicitly so node-gyp never tries to download headers.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const pkgDir = path.resolve(__dirname, '..');

function findNodeDir() {
  const candidates = [];
  if (process.env.npm_config_nodedir) candidates.push(process.env.npm_config_nodedir);
  try {
    const fromNpm = execFileSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (fromNpm && fromNpm !== 'undefined' && fromNpm !== 'null') candidates.push(fromNpm);
  } catch { /* npm missing: fall through to the node binary's prefix */ }
  candidates.push(path.resolve(path.dirname(process.execPath), '..'));
  for (const dir of candidates) {
    if (fs.existsSync(path.join(dir, 'include', 'node', 'node_api.h'))) return dir;
  }
  throw new Error(`no Node headers found (looked in ${candidates.join(', ')}); install the nodejs dev headers or set npm's nodedir`);
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: pkgDir, stdio: 'inherit' });
}

const nodeDir = findNodeDir();
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
run(process.execPath, [nodeGyp, 'rebuild', `--nodedir=${nodeDir}`, '--jobs=2', '--loglevel=warn']);

// The restore stub: a freestanding static binary with no libc, so that its few
// mappings are trivial to drop once the restorer takes over the task.
run('cc', ['-O2', '-static', '-nostdlib', '-fno-stack-protector', '-fno-asynchronous-unwind-tables',
  '-Wl,--build-id=none', '-o', path.join('build', 'amber-stub'), path.join('stub', 'stub.c')]);
