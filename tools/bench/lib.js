// Shared helpers for Amber's benchmarks: timing, interleaved rounds, medians, tables.
'use strict';

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs fn `rounds` times and returns the median duration in ms. */
function median(rounds, fn) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = nowMs();
    fn();
    times.push(nowMs() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Measures several variants interleaved (a, b, a, b...) so that the machine's fast and
 * slow memory modes hit them alike; returns each variant's median ms.
 */
function interleaved(rounds, variants) {
  const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of Object.entries(variants)) {
      const t0 = nowMs();
      fn();
      times[name].push(nowMs() - t0);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.sort((a, b) => a - b)[Math.floor(v.length / 2)]]));
}

function mibPerSec(bytes, ms) {
  return bytes / 1048576 / (ms / 1000);
}

function table(title, rows) {
  console.log(`\n${title}`);
  const cols = Object.keys(rows[0]);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  console.log(cols.map((c, i) => c.padEnd(widths[i])).join('  '));
  for (const r of rows) console.log(cols.map((c, i) => String(r[c]).padEnd(widths[i])).join('  '));
}

/** The middle value. */
function med(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Raises RLIMIT_NOFILE's soft limit to the hard one; returns the new soft limit. */
function raiseNofile() {
  const sys = require('@amber/sys');
  const lim = sys.native.prlimit(0, sys.RLIMIT_NOFILE);
  if (lim.cur < lim.max) sys.native.prlimit(0, sys.RLIMIT_NOFILE, lim.max, lim.max);
  return Number(sys.native.prlimit(0, sys.RLIMIT_NOFILE).cur);
}

/** SIGKILLs and reaps a child of ours, if it is still there. */
function killAndReap(pid) {
  const sys = require('@amber/sys');
  try {
    sys.native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);
  } catch {
    /* already gone and reaped */
  }
}

module.exports = { nowMs, median, med, interleaved, mibPerSec, table, raiseNofile, killAndReap };
