#!/usr/bin/env node
'use strict';
// Fuzzes image directories through the amber command (see images-lib.js for what is counted).
// Usage: node tools/fuzz/images.js [--cases N] [--seed S] [--timeout MS]   (build first; root)
const { setup, planCases, runCase, tally } = require('./images-lib');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const seed = arg('--seed', 17);
const cases = planCases(seed, arg('--cases', 300));
const { ctx, bases, cleanup } = setup();
const results = [];
try {
  for (const c of cases) {
    const r = runCase(c, bases, ctx, { timeoutMs: arg('--timeout', 120000) });
    results.push(r);
    const flag = r.outcome === 'refused' || r.outcome === 'intact' ? '' : '  <<<';
    console.log(`${String(r.index).padStart(4)} ${r.variant.padEnd(6)} ${r.family.padEnd(8)} ${r.name.padEnd(26)} ${r.outcome}${r.strays ? ` strays=${r.strays}` : ''}${flag}  ${r.stderr.slice(0, 200)}`);
  }
} finally {
  cleanup();
}
const t = tally(results);
console.log(JSON.stringify({ seed, ...t }));
process.exit(t.silent + t.crash + t.hang + t.strays ? 1 : 0);
