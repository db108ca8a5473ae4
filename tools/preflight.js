#!/usr/bin/env node
// Makes sure the machine has what the build needs (a C compiler, make, python3 for
// node-gyp, Node's headers, SQLite for the lock tests). On a fresh Debian machine as root, installs what is missing.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');

const needs = [
  { cmd: 'cc', pkg: 'gcc' },
  { cmd: 'c++', pkg: 'g++' },
  { cmd: 'make', pkg: 'make' },
  { cmd: 'python3', pkg: 'python3' },
  // The SQLite lock tests: a C program linking libsqlite3, the sqlite3 CLI as the other connection.
  { cmd: 'sqlite3', pkg: 'sqlite3' },
  { file: '/usr/include/sqlite3.h', pkg: 'libsqlite3-dev' },
  { cmd: 'nft', pkg: 'nftables' }, // the network lock of TCP connections dumped with --tcp-established
];

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const missing = needs.filter((n) => (n.file ? !fs.existsSync(n.file) : !has(n.cmd))).map((n) => n.pkg);
if (missing.length > 0) {
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    console.error(`amber: missing build tools: ${missing.join(', ')}. Install them (Debian: apt-get install ${missing.join(' ')}) and retry.`);
    process.exit(1);
  }
  console.log(`amber: installing ${missing.join(', ')} with apt-get`);
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-q', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
if (!fs.existsSync('/proc/self/status')) {
  console.error('amber: /proc is not mounted; Amber needs procfs');
  process.exit(1);
}
