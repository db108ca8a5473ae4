import assert from 'node:assert/strict';
import {
  DumpMode,
  fromImageEntries,
  modelFromProc,
  planRestore,
  procRecords,
  runPlan,
  taskExtras,
  toImageEntries,
} from '../../src';
import { Op, World, externalPids, leansOnEscapedTasks, makeTarget, makeWorld, play, snapshot } from './world';

export interface RoundTrip {
  readonly world: World;
  readonly helpers: number;
  readonly steps: number;
  /** The history made tasks of the tree depend on tasks that left it (see leansOnEscapedTasks). */
  readonly skipped: boolean;
}

/** History → dump (/proc) → model → pstree image entries → model → plan → run → same tree. */
export function roundTrip(mode: DumpMode, ops: readonly Op[], rootOwnGroup = true, pidMax = 48, maxTasks = 30): RoundTrip {
  const world = makeWorld(mode, pidMax, rootOwnGroup);
  play(world, ops, maxTasks);
  if (leansOnEscapedTasks(world)) return { world, helpers: 0, steps: 0, skipped: true };
  const before = snapshot(world.root, world.rootLevel);
  const dumped = modelFromProc(procRecords(world.root, world.sim.rootNs), { mode, externalPids: externalPids(world) });
  const entries = JSON.parse(JSON.stringify(toImageEntries(dumped)));
  const model = fromImageEntries(entries, { mode, extras: taskExtras(dumped) });
  const target = makeTarget(mode);
  const plan = planRestore(model, { reservedPids: target.reservedPids, inheritedPgid: target.inheritedPgid });
  const processes = runPlan(plan, target.sim, target.restorer);
  const root = processes.get(model.root.pid.numbers[0]);
  assert.ok(root, 'the root was restored');
  assert.deepEqual(snapshot(root, world.rootLevel), before);
  assert.deepEqual([...target.restorer.children], [root], 'no helper is left behind');
  return { world, helpers: plan.helpers.size, steps: plan.steps.length, skipped: false };
}
