import assert from 'node:assert/strict';
import {
  KernelSim,
  PlanOptions,
  PstreeModel,
  RestorePlan,
  SimProcess,
  modelFromProc,
  planRestore,
  procRecords,
  runPlan,
  taskExtras,
  toImageEntries,
} from '../../src';

export interface Restored {
  readonly plan: RestorePlan;
  readonly model: PstreeModel;
  readonly sim: KernelSim;
  readonly processes: Map<number, SimProcess>;
}

/** Plans the model, runs the plan in a fresh simulator, dumps the result back into a model. */
export function restoreInSim(model: PstreeModel, options: PlanOptions = {}): Restored {
  const sim = new KernelSim();
  const restorer = sim.fork(sim.init);
  sim.setsid(restorer);
  const restorerPid = restorer.pid.numberIn(sim.rootNs);
  const plan = planRestore(model, { reservedPids: [1, restorerPid], inheritedPgid: restorerPid, ...options });
  const processes = runPlan(plan, sim, restorer);
  const root = processes.get(model.root.pid.numbers[0]) as SimProcess;
  const restored = modelFromProc(procRecords(root, sim.rootNs), { mode: model.mode, externalPids: [1, restorerPid] });
  return { plan, model: restored, sim, processes };
}

/** The model survives planning, the kernel's rules and a dump unchanged. */
export function assertRestores(model: PstreeModel, options: PlanOptions = {}): Restored {
  const restored = restoreInSim(model, options);
  assert.deepEqual(toImageEntries(restored.model), toImageEntries(model));
  assert.deepEqual(taskExtras(restored.model), taskExtras(model));
  return restored;
}
