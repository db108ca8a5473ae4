#!/usr/bin/env node
// Kills `amber restore` of a dumped three-process tree (tools/testprogs/tree.c) at random
// moments. Afterwards either nothing of the tree is left, or the whole tree runs and
// passes its own check on SIGTERM; anything in between is counted as stray processes.
// This script is a child subreaper, so what a killed restorer leaves comes back to it.
//   node tools/stress/restore-kill.js [TRIALS]   (as root, after a build)
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const sys = require('../../packages/sys');
const { amber, state, descendants, until, startTree, killAll, runAmber, args, sleep } = require('./common');

/** Reaps every zombie child of ours (orphans of killed restores come to us). */
function reapZombies() {
  for (const p of fs.readFileSync(`/proc/self/task/${process.pid}/children`, 'latin1').trim().split(' ').filter(Boolean).map(Number)) {
    if (state(p) === 'Z') {
      try {
        sys.waitFor(p, 1 /* WNOHANG */);
      } catch {
        /* libuv's */
      }
    }
  }
}

let restoreMs = 3000;

async function trial(i, work) {
  const dir = fs.mkdtempSync(path.join(work, `t${i}-`));
  const img = path.join(dir, 'img');
  const tree = await startTree(path.join(dir, 'out'));
  const pids = descendants(tree.pid).filter((p) => state(p) !== 'Z');
  const d = runAmber(['dump', '-t', String(tree.pid), '-D', img]);
  if (d.status !== 0) throw new Error(`dump failed: ${d.stderr}`);
  await tree.exited;
  await until(() => {
    reapZombies(); // the killed tree's children come to us, the subreaper
    return pids.every((p) => state(p) === null);
  }, 20000);
  const restorer = spawn(process.execPath, [amber, 'restore', '-D', img, '-d'], { stdio: 'ignore' });
  const done = new Promise((r) => restorer.once('exit', (code, signal) => r({ code, signal })));
  // Killed at a random moment of a restore's whole run (its length measured as we go).
  const started = Date.now();
  // One in six runs to the end, to measure that length and check the whole tree.
  if (i % 6 !== 0) setTimeout(() => restorer.kill('SIGKILL'), Math.floor(Math.random() * 1.2 * restoreMs));
  const end = await done;
  if (end.code === 0) restoreMs = Date.now() - started;
  // Let the kernel finish: tasks killed with the restorer die and come back to us as zombies.
  await until(() => {
    reapZombies();
    return pids.every((p) => state(p) === null || !['t', 'T', 'Z'].includes(state(p)));
  }, 20000);
  await sleep(50);
  reapZombies();
  const alive = pids.filter((p) => state(p) !== null && state(p) !== 'Z');
  const r = { completed: end.code === 0, nothing: 0, whole: 0, half: 0, stray: 0 };
  if (alive.length === 0) r.nothing = 1;
  else if (alive.length === pids.length) {
    process.kill(pids[0], 'SIGTERM');
    await until(() => {
      reapZombies();
      return state(pids[0]) === null;
    }, 20000);
    const text = fs.readFileSync(path.join(dir, 'out'), 'utf8');
    if (/^PASS$/m.test(text)) r.whole = 1;
    else {
      r.half = 1;
      r.stray = alive.length;
      console.log(`trial ${i}: the tree runs but fails its check: ${text.trim()}`);
    }
  } else {
    r.half = 1;
    r.stray = alive.length;
    console.log(`trial ${i}: half a tree left: ${alive.length} of ${pids.length} tasks (${alive.map((p) => `${p}:${state(p)}`).join(' ')}), restorer ${JSON.stringify(end)}`);
  }
  killAll(pids.filter((p) => state(p) !== null));
  await sleep(20);
  reapZombies();
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}

(async () => {
  sys.setChildSubreaper(true);
  const n = args();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-stress-restore-'));
  const total = { trials: 0, restorerFinished: 0, nothingLeft: 0, wholeTree: 0, halfTrees: 0, strayProcesses: 0 };
  for (let i = 0; i < n; i++) {
    const r = await trial(i, work);
    total.trials++;
    total.restorerFinished += r.completed ? 1 : 0;
    total.nothingLeft += r.nothing;
    total.wholeTree += r.whole;
    total.halfTrees += r.half;
    total.strayProcesses += r.stray;
    if (process.env.STRESS_PROGRESS) console.log(JSON.stringify(total));
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(JSON.stringify(total));
  console.log(`half-restored trees: ${total.halfTrees}, stray processes: ${total.strayProcesses} (nothing left ${total.nothingLeft}, whole tree running ${total.wholeTree})`);
  process.exitCode = total.halfTrees > 0 ? 1 : 0;
})();
