import { DumpMode, PstreeModel, idOf } from '../model';
import { CreationOptions, buildCreationTree } from './creation';
import { orderCreation } from './creation-order';
import { Entity } from './entity';
import { teardownSteps } from './teardown';
import { HelperRole, HelperTask, PlanStep, RestorePlan, actorOf } from './types';

export type PlanOptions = CreationOptions;

/** The ordered steps that re-create the model's tree with the kernel's rules. Throws PlanError. */
export function planRestore(model: PstreeModel, options: PlanOptions = {}): RestorePlan {
  const tree = buildCreationTree(model, options);
  const steps = orderCreation(tree);
  for (const step of teardownSteps(tree)) steps.push(step);
  const helpers = new Map<number, HelperTask>();
  for (const helper of tree.helpers) {
    helpers.set(helper.id, {
      pid: helper.id,
      numbers: helper.pid.numbers,
      role: helper.role as HelperRole,
      parent: (helper.restoredParent() as Entity).id,
    });
  }
  return new Plan(model, steps, helpers);
}

/** The per-task views are built on first use: an engine may need only some of them. */
class Plan implements RestorePlan {
  private byTaskView: Map<number, PlanStep[]> | null = null;
  private pidsView: Map<number, readonly number[]> | null = null;
  readonly mode: DumpMode;

  constructor(
    private readonly model: PstreeModel,
    readonly steps: readonly PlanStep[],
    readonly helpers: ReadonlyMap<number, HelperTask>,
  ) {
    this.mode = model.mode;
  }

  get byTask(): ReadonlyMap<number, readonly PlanStep[]> {
    if (!this.byTaskView) {
      this.byTaskView = new Map();
      for (const step of this.steps) {
        const actor = actorOf(step);
        const list = this.byTaskView.get(actor);
        if (list) list.push(step);
        else this.byTaskView.set(actor, [step]);
      }
    }
    return this.byTaskView;
  }

  get pids(): ReadonlyMap<number, readonly number[]> {
    if (!this.pidsView) {
      this.pidsView = new Map();
      for (const pid of this.model.pids.values()) this.pidsView.set(idOf(pid), pid.numbers);
      for (const helper of this.helpers.values()) this.pidsView.set(helper.pid, helper.numbers);
    }
    return this.pidsView;
  }
}
