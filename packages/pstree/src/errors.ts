/** The rule a process tree breaks, named so that callers and tests can tell errors apart. */
export type PstreeRule =
  // the description or /proc data does not form one tree
  | 'duplicate-pid'
  | 'no-root'
  | 'several-roots'
  | 'bad-pid-numbers'
  | 'bad-status'
  | 'bad-image-entry'
  // container dumps
  | 'pid-outside-container'
  | 'container-root-not-init'
  // pid namespaces
  | 'pid-depth'
  | 'pid-namespace-entered'
  | 'pid-numbers-disagree'
  // states, sessions and groups the kernel cannot produce
  | 'zombie-with-children'
  | 'zombie-with-threads'
  | 'id-is-a-thread'
  | 'session-leader-pgid'
  | 'session-id-not-leader'
  | 'group-spans-sessions'
  | 'inherited-group-outside-inherited-session'
  // planning
  | 'orphan-without-reaper'
  | 'no-session-carrier'
  | 'pgid-unreachable'
  | 'order-cycle'
  | 'pid-space-exhausted';

/** Base class: `task` is the root-namespace pid of the task at fault, when there is one. */
export class PstreeError extends Error {
  constructor(
    readonly rule: PstreeRule,
    readonly task: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input does not describe a process tree the kernel could have produced, or breaks the dump mode. */
export class ModelError extends PstreeError {}

/** The tree is valid but this planner cannot re-create it with the kernel's rules. */
export class PlanError extends PstreeError {}
