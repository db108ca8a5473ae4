import { PlanError } from '../errors';
import { GroupKey } from './entity';

/**
 * Which session a session leader inherited is a guess when its children disagree; a guess
 * that leaves some task without a way to be forked is dropped and planning starts over.
 */
export interface SessionHints {
  /** By task: inherited sessions not to choose again. */
  readonly banned: Map<number, Set<GroupKey>>;
  readonly forced: Map<number, GroupKey>;
}

export interface Hint {
  readonly task: number;
  readonly ban?: GroupKey;
  readonly force?: GroupKey;
}

/** A failure that a different guess may avoid. */
export class Retry extends PlanError {
  constructor(
    failure: PlanError,
    readonly hint: Hint,
  ) {
    super(failure.rule, failure.task, failure.message);
  }
}

export function noHints(): SessionHints {
  return { banned: new Map(), forced: new Map() };
}

/** Records what a failure taught; false when it teaches nothing new. */
export function learn(hints: SessionHints, hint: Hint): boolean {
  const banned = hints.banned.get(hint.task) ?? new Set<GroupKey>();
  hints.banned.set(hint.task, banned);
  if (hint.ban !== undefined) {
    if (banned.has(hint.ban)) return false;
    banned.add(hint.ban);
    if (hints.forced.get(hint.task) === hint.ban) hints.forced.delete(hint.task);
    return true;
  }
  if (hint.force === undefined || banned.has(hint.force) || hints.forced.get(hint.task) === hint.force) return false;
  hints.forced.set(hint.task, hint.force);
  return true;
}
