import { CreationTree } from './creation';
import { Entity } from './entity';
import { exitStep, reapStep } from './steps';
import { PlanStep } from './types';

/**
 * After every task exists: helpers and zombies exit. A task's helper children go first (and
 * it reaps them) so that its chain of ancestors is intact while they leave their orphans;
 * then it exits itself if it must; then the tasks it forked for others, which by then hang
 * from their real parents. Stops come last, once nothing else changes.
 */
export function teardownSteps(tree: CreationTree): PlanStep[] {
  const steps: PlanStep[] = [];
  // A helper forked with CLONE_PARENT is its forker's sibling: its parent reaps it.
  const siblingHelpers = new Map<Entity, Entity[]>();
  for (const helper of tree.helpers) {
    if (!helper.cloneParent) continue;
    const parent = helper.restoredParent() as Entity;
    const list = siblingHelpers.get(parent);
    if (list) list.push(helper);
    else siblingHelpers.set(parent, [helper]);
  }
  // Entities still to visit and steps to emit, last first.
  const stack: (Entity | PlanStep)[] = [tree.root];
  while (stack.length > 0) {
    const item = stack.pop() as Entity | PlanStep;
    if (!(item instanceof Entity)) {
      steps.push(item);
      continue;
    }
    const lists = [item.early, item.forks.A, item.forks.M, item.forks.B];
    for (let l = lists.length - 1; l >= 0; l--) {
      for (let i = lists[l].length - 1; i >= 0; i--) if (lists[l][i].role === null) stack.push(lists[l][i]);
    }
    if (item.exits) stack.push(exitStep(item));
    const helpers = [...(siblingHelpers.get(item) ?? [])].reverse();
    for (let l = lists.length - 1; l >= 0; l--) {
      for (let i = lists[l].length - 1; i >= 0; i--) if (lists[l][i].role !== null && !lists[l][i].cloneParent) helpers.push(lists[l][i]);
    }
    for (const helper of helpers) stack.push(reapStep(item, helper), helper);
  }
  for (const entity of tree.entities) {
    if (entity.task?.state.kind === 'stopped') steps.push({ kind: 'stop', task: entity.id });
  }
  return steps;
}
