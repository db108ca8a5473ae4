#!/usr/bin/env node
'use strict';
// Runs the @amber/images fuzzer at full size (default 100,000 cases).
// Usage: node tools/bench/images-fuzz.js [--cases N] [--seed S]   (build first)
const { runFuzz } = require('@amber/images/scripts/fuzz.js');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const res = runFuzz({ cases: arg('--cases', 100000), seed: arg('--seed', Date.now() % 2 ** 31), log: (m) => console.log(m) });
console.log(JSON.stringify(res, null, 2));
process.exit(res.failures.length ? 1 : 0);
