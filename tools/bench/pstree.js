#!/usr/bin/env node
'use strict';
// Planning restores of process trees of 1,000 / 10,000 / 100,000 tasks. The trees come from
// random histories played on @amber/pstree's simulated kernel (forks, new pid namespaces,
// setsid, setpgid, threads, exits, reaps), so they hold sessions and groups with dead
// leaders, zombies, orphans and nested namespaces, as real ones do. Planning time should
// grow no faster than n log n: the last column stays near 1.
const { KernelSim, modelFromProc, planRestore, procRecords, runPlan } = require('@amber/pstree');

const SIZES = [1000, 10000, 100000];
/** Rounds per size plan about as many tasks in all, so that each size pays its share of GC. */
const rounds = (size) => Math.max(3, Math.round(100000 / size));

/** mulberry32: a small seeded generator, so that runs are comparable. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A container whose tree reached `size` tasks (zombies included). */
function grow(size, seed) {
  const next = random(seed);
  const sim = new KernelSim(1 << 22);
  const root = sim.fork(sim.init, { newPidNs: true });
  sim.setsid(root);
  const running = [root];
  const zombies = [];
  const pick = (list) => list[Math.floor(next() * list.length)];
  const remove = (list, item) => {
    const index = list.indexOf(item);
    list[index] = list[list.length - 1];
    list.pop();
  };
  while (sim.processes().size - 1 < size) {
    const roll = next();
    const actor = pick(running);
    try {
      if (roll < 0.6) {
        const child = sim.fork(actor, { newPidNs: next() < 0.01 });
        if (next() < 0.02) sim.setChildSubreaper(child, true);
        running.push(child);
      } else if (roll < 0.68) {
        sim.setsid(actor);
      } else if (roll < 0.76) {
        sim.setpgid(actor, 0, 0);
      } else if (roll < 0.8) {
        sim.cloneThread(actor);
      } else if (roll < 0.95) {
        // Namespace inits stay: their death would take the whole namespace with them.
        if (actor === root || actor.ns.init === actor || running.length < 2) continue;
        sim.exit(actor, next() < 0.5 ? { code: Math.floor(next() * 256) } : { signal: 9 });
        remove(running, actor);
        zombies.push(actor);
      } else if (zombies.length > 0) {
        const zombie = pick(zombies);
        sim.wait(zombie.parent, zombie);
        remove(zombies, zombie);
      }
    } catch (error) {
      if (error.name !== 'SimError') throw error;
    }
  }
  return modelFromProc(procRecords(root, sim.rootNs), { mode: 'container' });
}

/** Mean CPU time per round (not wall time: the machine may be busy with other work). */
function time(fn, count) {
  let result;
  const start = process.cpuUsage();
  for (let round = 0; round < count; round++) result = fn();
  const used = process.cpuUsage(start);
  return { mean: (used.user + used.system) / 1000 / count, result };
}

function run() {
  const rows = [];
  console.log('pstree: planning restores (mean of %s rounds)', SIZES.map(rounds).join(' / '));
  console.log('%s %s %s %s %s', 'tasks'.padStart(8), 'helpers'.padStart(8), 'steps'.padStart(8), 'CPU ms'.padStart(9), 'vs n log n'.padStart(11));
  const models = SIZES.map((size) => grow(size, 42 + size));
  planRestore(models[1]); // warm the JIT up, or the first size pays for it
  let unit;
  for (const [index, size] of SIZES.entries()) {
    const model = models[index];
    const { mean, result: plan } = time(() => planRestore(model), rounds(size));
    if (size === SIZES[0]) {
      // The plan must hold up against the kernel's rules.
      const sim = new KernelSim(1 << 22);
      runPlan(plan, sim, sim.fork(sim.init));
    }
    const n = model.tasks.size;
    const perNLogN = mean / (n * Math.log2(n));
    unit = unit ?? perNLogN;
    console.log(
      '%s %s %s %s %s',
      String(n).padStart(8),
      String(plan.helpers.size).padStart(8),
      String(plan.steps.length).padStart(8),
      mean.toFixed(1).padStart(9),
      (perNLogN / unit).toFixed(2).padStart(11),
    );
    rows.push({ figure: `plan a restore of ${n} tasks`, value: `${mean.toFixed(1)} ms CPU`, note: `${plan.helpers.size} helpers, ${plan.steps.length} steps, ${(perNLogN / unit).toFixed(2)} x n log n of 1000`, tasks: n, cpuMs: mean });
  }
  return rows;
}

module.exports = { run };
if (require.main === module) run();
