// The conformance suite: every case of cases.js, dumped and restored once and, in a
// second run, twice in a row, through the amber command. One test per case and round
// count. A case on known-failures.json must fail, and in the listed way (its reason is
// a part of the error); if it passes, its test fails, so the list only shrinks.
// Writes report.json next to this file. Run: node --test tools/conformance/
'use strict';
const { test, before, after } = require('node:test');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const sys = require('@amber/sys');
const lib = require('./lib');
const { cases } = require('./cases');

const { native } = sys;
const knownFile = path.join(__dirname, 'known-failures.json');
const known = JSON.parse(fs.readFileSync(knownFile, 'utf8'));
const reportFile = path.join(__dirname, 'report.json');
const ROUNDS = [1, 2];
const only = process.env.CONFORMANCE_ONLY ? new RegExp(process.env.CONFORMANCE_ONLY) : null;
const results = [];
const started = Date.now();

before(() => {
  sys.setChildSubreaper(true);
});

function describe(s) {
  if (!s) return 'did not end';
  if (s.kind === 'exited') return `exited with code ${s.code}`;
  if (s.kind === 'signaled') return `was killed by signal ${s.signal}`;
  if (s.kind === 'timeout') return 'did not end within the time limit (killed)';
  return s.kind === 'error' ? `could not be waited for: ${s.message}` : s.kind;
}

function tail(text, n = 5) {
  const lines = (text ?? '').trim().split('\n');
  return JSON.stringify(lines.slice(-n).join('\n'));
}

async function waitReady(ctx, pattern) {
  const end = Date.now() + 15000;
  for (;;) {
    const text = lib.readText(ctx.out) ?? '';
    if (pattern.test(text)) return;
    const fail = /^FAIL.*$/m.exec(text);
    if (fail) throw new Error(`setup: ${fail[0]}`);
    const st = lib.procStat(ctx.pid);
    if (!st || st.state === 'Z') throw new Error(`setup: the program ended before it was ready; its output: ${tail(text)}`);
    if (Date.now() > end) throw new Error(`setup: no "ready" within 15 s; its output: ${tail(text)}`);
    await lib.sleep(5);
  }
}

function closeAll(fds) {
  for (const fd of fds ?? []) {
    try {
      native.close(fd);
    } catch {
      /* closed */
    }
  }
}

/** One case, dumped and restored `rounds` times in a row; throws on the first failure. */
async function runCase(c, rounds) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `amber-cf-${c.name}-`));
  const ctx = { dir, out: path.join(dir, 'out'), scratch: path.join(dir, 'scratch'), data: {}, fds: [], pid: 0 };
  fs.mkdirSync(ctx.scratch);
  const plugins = (c.plugins ?? []).flatMap((p) => ['--plugin', p]);
  let pids = [];
  // Every pid (as seen from here) the tree had, for the clean-up.
  const seen = () => {
    for (const pid of lib.treePids(ctx.pid)) if (!pids.includes(pid)) pids.push(pid);
  };
  try {
    const extra = c.setup ? c.setup(ctx) : { fds: [], close: [] };
    try {
      ctx.pid = lib.startProgram({ prog: c.prog, args: c.args ? c.args(ctx) : [], env: c.env, out: ctx.out, extraFds: extra.fds, newPidNs: c.newPidNs, setsid: c.setsid });
    } finally {
      closeAll(extra.close);
    }
    pids.push(ctx.pid);
    await waitReady(ctx, c.ready ?? /^ready\b/m);
    await lib.sleep(30);
    for (let round = 1; round <= rounds; round++) {
      const view = lib.outsideView(ctx.pid, { ...c.view, relative: c.newPidNs });
      seen();
      const img = path.join(dir, `img${round}`);
      const d = lib.amber(['dump', '-t', String(ctx.pid), '-D', img, ...plugins, ...(c.dumpArgs ? c.dumpArgs(ctx, round) : [])]);
      if (d.code !== 0) throw new Error(`dump (round ${round}) failed (exit ${d.code}): ${d.stderr.trim()}`);
      const left = await lib.reapAll(pids);
      if (left.length) throw new Error(`after dump (round ${round}): tasks ${left.join(', ')} are still there`);
      const extraR = c.restoreArgs ? c.restoreArgs(ctx, round) : { args: [], fds: [], close: [] };
      let r;
      const pidfile = path.join(dir, `pid${round}`);
      try {
        r = lib.amber(['restore', '-D', img, '-d', '--pidfile', pidfile, ...plugins, ...extraR.args], { stdioFds: extraR.fds });
      } finally {
        closeAll(extraR.close);
      }
      if (r.code !== 0) throw new Error(`restore (round ${round}) failed (exit ${r.code}): ${r.stderr.trim()}`);
      const restored = Number((lib.readText(pidfile) ?? '').trim());
      if (c.newPidNs) {
        // A container comes back in a new pid namespace: its pids inside are what count.
        ctx.pid = restored;
        pids.push(restored);
      } else if (restored !== ctx.pid) {
        pids.push(restored);
        throw new Error(`restore (round ${round}): the root came back as pid ${restored}, was ${ctx.pid}`);
      }
      await lib.sleep(30);
      const now = lib.outsideView(ctx.pid, { ...c.view, relative: c.newPidNs });
      seen();
      const diff = lib.compareViews(view, now);
      if (diff.length) {
        const shown = diff.slice(0, 12).join('\n  ');
        throw new Error(`round ${round}: /proc shows another state after restore:\n  ${shown}${diff.length > 12 ? `\n  ... and ${diff.length - 12} more` : ''}`);
      }
    }
    if (c.verdict) {
      await c.verdict(ctx);
    } else {
      native.kill(ctx.pid, sys.SIGTERM);
      const s = await lib.waitExit(ctx.pid, 20000);
      const text = lib.readText(ctx.out) ?? '';
      const line = /^(PASS|FAIL.*)$/m.exec(text)?.[1];
      if (!line) throw new Error(`no verdict: the program ${describe(s)}; its output: ${tail(text)}`);
      if (line !== 'PASS') throw new Error(`verdict: ${line}`);
      if (s.kind !== 'exited' || s.code !== 0) throw new Error(`the program said PASS but ${describe(s)}`);
      if (c.afterVerdict) await c.afterVerdict(ctx);
    }
  } finally {
    if (ctx.pid && lib.exists(ctx.pid)) seen();
    await lib.reapAll(pids, { kill: true });
    await lib.reapStrays();
    closeAll(ctx.fds);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function knownReason(name, rounds) {
  return known[`${name}/${rounds}`] ?? known[name];
}

const label = (rounds) => (rounds === 1 ? 'dump+restore once' : 'dump+restore twice');

test('known-failures.json names only cases that exist', () => {
  const names = new Set(cases.flatMap((c) => [c.name, ...ROUNDS.map((r) => `${c.name}/${r}`)]));
  const stale = Object.keys(known).filter((k) => !names.has(k));
  if (stale.length) throw new Error(`known-failures.json lists unknown cases: ${stale.join(', ')}`);
  for (const [k, v] of Object.entries(known)) if (typeof v !== 'string' || v.length < 8) throw new Error(`known-failures.json: the reason of ${k} must be a part of its error message`);
});

const INTERMITTENT = 'intermittent: ';

for (const c of cases) {
  for (const rounds of ROUNDS) {
    if (only && !only.test(c.name)) continue;
    const listed = knownReason(c.name, rounds);
    // "intermittent: REASON" lists a failure that comes and goes: the case may pass, but if
    // it fails it must fail that way. Such an entry cannot tell when it is fixed.
    const intermittent = listed?.startsWith(INTERMITTENT) ?? false;
    const reason = intermittent ? listed.slice(INTERMITTENT.length) : listed;
    const tag = intermittent ? '[known failure, intermittent]' : '[known failure]';
    const title = reason ? `${tag} ${c.name} (${label(rounds)}): ${reason}` : `${c.name} (${label(rounds)})`;
    test(title, { timeout: 180000 }, async () => {
      const t0 = Date.now();
      let error = null;
      try {
        await runCase(c, rounds);
      } catch (e) {
        error = e;
      }
      const entry = { case: c.name, rounds, ms: Date.now() - t0, what: c.what };
      results.push(entry);
      if (reason) {
        entry.reason = listed;
        if (!error) {
          entry.status = intermittent ? 'pass' : 'fixed';
          if (intermittent) return;
          throw new Error(`${c.name} is listed in known-failures.json ("${reason}") but passes now: take it off the list`);
        }
        entry.error = error.message;
        if (!error.message.includes(reason)) {
          entry.status = 'fail';
          throw new Error(`${c.name} is a known failure ("${reason}") but fails another way: ${error.message}`);
        }
        entry.status = 'known-failure';
        return;
      }
      if (error) {
        entry.status = 'fail';
        entry.error = error.message;
        throw error;
      }
      entry.status = 'pass';
    });
  }
}

after(() => {
  const seconds = (Date.now() - started) / 1000;
  const count = (s) => results.filter((r) => r.status === s).length;
  const report = {
    date: new Date().toISOString(),
    kernel: os.release(),
    node: process.version,
    seconds,
    summary: { pass: count('pass'), fail: count('fail'), knownFailures: count('known-failure'), fixed: count('fixed') },
    results,
  };
  fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const w = Math.max(...results.map((r) => r.case.length), 4);
  const lines = [`conformance report (${path.relative(lib.root, reportFile)}), ${seconds.toFixed(1)} s:`];
  for (const r of results) {
    const status = { pass: 'ok', fail: 'FAILED', 'known-failure': 'known failure', fixed: 'FIXED (off the list!)' }[r.status];
    const why = r.status === 'fail' ? r.error.split('\n')[0].slice(0, 160) : r.reason ?? '';
    lines.push(`  ${r.case.padEnd(w)}  ${r.rounds === 1 ? 'x1' : 'x2'}  ${status.padEnd(21)} ${String(r.ms).padStart(6)} ms${why ? `  ${why}` : ''}`);
  }
  lines.push(`  ${report.summary.pass} ok, ${report.summary.knownFailures} known failures, ${report.summary.fail} failed, ${report.summary.fixed} fixed`);
  process.stdout.write(`${lines.join('\n')}\n`);
});
