import { PidObject, idOf, numberIn } from '../model';
import { Entity } from './entity';
import { ExitStep, ForkStep, PlanStep, RESTORER, ReapStep, SetpgidStep } from './types';

export function forkStep(parent: Entity | null, child: Entity): ForkStep {
  return {
    kind: 'fork',
    parent: parent ? parent.id : RESTORER,
    child: child.id,
    setTid: [...child.pid.numbers].reverse(),
    newPidNs: child.newPidNs,
    helper: child.role !== null,
    cloneParent: child.cloneParent,
  };
}

export function threadSteps(entity: Entity): PlanStep[] {
  const threads = entity.task ? entity.task.threads.slice(1) : [];
  return threads.map((thread) => ({ kind: 'clone-thread', task: entity.id, tid: idOf(thread), setTid: [...thread.numbers].reverse() }));
}

/** setpgid(0, 0): the task makes its own group. */
export function ownGroupStep(entity: Entity): SetpgidStep {
  return { kind: 'setpgid', by: entity.id, task: entity.id, pgid: entity.id, pidArg: 0, pgidArg: 0 };
}

/** setpgid as called by `by` (the task or its parent), with the numbers `by` sees. */
export function joinStep(by: Entity, target: Entity, groupPid: PidObject): SetpgidStep {
  return {
    kind: 'setpgid',
    by: by.id,
    task: target.id,
    pgid: idOf(groupPid),
    pidArg: by === target ? 0 : numberIn(target.pid, by.ns),
    pgidArg: numberIn(groupPid, by.ns),
  };
}

export function exitStep(entity: Entity): ExitStep {
  const state = entity.task?.state;
  return {
    kind: 'exit',
    task: entity.id,
    status: state?.kind === 'zombie' ? state.exit : { code: 0 },
    helper: entity.role !== null,
  };
}

export function reapStep(parent: Entity, child: Entity): ReapStep {
  return { kind: 'reap', task: parent.id, child: child.id };
}
