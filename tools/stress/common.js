// What both stress scripts share: the tree test program, process states, waiting.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');
const amber = path.join(root, 'packages', 'cli', 'dist', 'src', 'main.js');
const treeProg = path.join(root, 'tools', 'testprogs', 'bin', 'tree');

function state(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return s.slice(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3);
  } catch {
    return null; // gone
  }
}

function children(pid) {
  const out = [];
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const t = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'latin1').trim();
      if (t) out.push(...t.split(' ').map(Number));
    }
  } catch {
    /* gone */
  }
  return out;
}

function descendants(pid) {
  const out = [];
  const q = [pid];
  while (q.length) {
    const p = q.shift();
    if (state(p) === null) continue;
    out.push(p);
    q.push(...children(p));
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(pred, ms) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) return false;
    await sleep(10);
  }
  return true;
}

/** Starts the tree program (stdout to `out`); resolves once it printed "ready". */
async function startTree(out) {
  const fd = fs.openSync(out, 'w');
  const child = spawn(treeProg, [], { stdio: ['ignore', fd, 'ignore'] });
  fs.closeSync(fd);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  if (!(await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 20000))) throw new Error('tree did not start');
  return { pid: child.pid, exited };
}

function killAll(pids) {
  for (const p of pids) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

function runAmber(args, env) {
  return spawnSync(process.execPath, [amber, ...args], { encoding: 'utf8', env: env ?? process.env });
}

function args() {
  const n = Number(process.argv[2] ?? 100);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: node tools/stress/<script>.js [TRIALS]');
  return n;
}

module.exports = { amber, state, descendants, sleep, until, startTree, killAll, runAmber, args };
