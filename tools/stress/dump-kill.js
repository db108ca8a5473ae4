#!/usr/bin/env node
// Kills `amber dump` of a three-process tree (tools/testprogs/tree.c) at random moments:
// at a random step of its remote work inside the tasks (AMBER_FAULT_KILL_AT) or after a
// random delay, with and without -R. After each kill the tree must run on unharmed: every
// task alive and out of its ptrace stop, and PASS from the tree's own check on SIGTERM.
// Prints the counts; harmed dumpees and stray files must read 0.
//   node tools/stress/dump-kill.js [TRIALS]   (as root, after a build)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { amber, state, descendants, until, startTree, killAll, runAmber, args } = require('./common');

async function trial(i, work) {
  const dir = fs.mkdtempSync(path.join(work, `t${i}-`));
  const tree = await startTree(path.join(dir, 'out'));
  const tasks = descendants(tree.pid).filter((p) => state(p) !== 'Z');
  const leaveRunning = Math.random() < 0.5;
  const byStep = Math.random() < 0.5;
  const env = { ...process.env };
  if (byStep) env.AMBER_FAULT_KILL_AT = String(1 + Math.floor(Math.random() * 400));
  const argv = [amber, 'dump', '-t', String(tree.pid), '-D', path.join(dir, 'img'), ...(leaveRunning ? ['-R'] : [])];
  const dumper = spawn(process.execPath, argv, { stdio: 'ignore', env });
  const done = new Promise((r) => dumper.once('exit', (code, signal) => r({ code, signal })));
  if (!byStep) setTimeout(() => dumper.kill('SIGKILL'), Math.floor(Math.random() * 700));
  const end = await done;
  const result = { completed: end.code === 0, harmed: 0, stuck: 0, strayFiles: 0 };
  if (end.code === 0 && !leaveRunning) {
    await tree.exited; // killed by design after a finished dump
    fs.rmSync(dir, { recursive: true, force: true });
    return result;
  }
  if (!(await until(() => tasks.every((p) => !['t', 'T'].includes(state(p) ?? '')), 20000))) result.stuck++;
  const dead = tasks.filter((p) => state(p) === null || state(p) === 'Z');
  if (dead.length === 0) {
    // The next dump into the same directory removes what the killed one left.
    const again = runAmber(['dump', '-t', String(tree.pid), '-D', path.join(dir, 'img'), '-R']);
    if (again.status !== 0) console.log(`trial ${i}: the next dump failed: ${again.stderr.trim().split('\n')[0]}`);
    result.strayFiles = fs.readdirSync(dir).filter((n) => n.includes('amber-dump')).length;
  }
  process.kill(tree.pid, 'SIGTERM');
  const st = await Promise.race([tree.exited, new Promise((r) => setTimeout(() => r({ timeout: true }), 20000))]);
  const text = fs.readFileSync(path.join(dir, 'out'), 'utf8');
  if (dead.length > 0 || st.code !== 0 || !/^PASS$/m.test(text)) {
    result.harmed++;
    console.log(`trial ${i}: harmed (${JSON.stringify({ dead, st, byStep: env.AMBER_FAULT_KILL_AT, leaveRunning })}) ${text.trim().split('\n').pop()}`);
  }
  killAll(descendants(tree.pid));
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

(async () => {
  const n = args();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-stress-dump-'));
  const total = { trials: 0, completed: 0, killed: 0, harmed: 0, stuck: 0, leftStaging: 0 };
  for (let i = 0; i < n; i++) {
    const r = await trial(i, work);
    total.trials++;
    if (r.completed) total.completed++;
    else total.killed++;
    total.harmed += r.harmed;
    total.stuck += r.stuck;
    total.leftStaging += r.strayFiles;
    if (process.env.STRESS_PROGRESS) console.log(JSON.stringify(total));
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(JSON.stringify(total));
  console.log(`harmed dumpees: ${total.harmed}, tasks left stopped: ${total.stuck}, staging dirs left after the next dump: ${total.leftStaging} (of ${total.killed} killed dumps, ${total.completed} finished)`);
  process.exitCode = total.harmed + total.stuck + total.leftStaging > 0 ? 1 : 0;
})();
