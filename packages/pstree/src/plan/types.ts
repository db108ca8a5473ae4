import { DumpMode, ExitStatus } from '../model';

/**
 * Steps of a restore. Tasks are named by their pid in the dumped root namespace; 0 is the
 * restorer, which forks the root. Every step is performed by one task (see actorOf).
 */
export type PlanStep =
  | ForkStep
  | SubreaperStep
  | CloneThreadStep
  | SetsidStep
  | SetpgidStep
  | ExitStep
  | ReapStep
  | StopStep;

/** `parent` calls clone3 with set_tid (innermost level first), CLONE_NEWPID when `newPidNs`. */
export interface ForkStep {
  readonly kind: 'fork';
  readonly parent: number;
  readonly child: number;
  readonly setTid: readonly number[];
  readonly newPidNs: boolean;
  /** The child is a helper that exits before the restore ends. */
  readonly helper: boolean;
  /** CLONE_PARENT: the child's parent is `parent`'s own parent, so it needs no reaper to land there. */
  readonly cloneParent: boolean;
}

/** prctl(PR_SET_CHILD_SUBREAPER) by the task, before it forks, so orphans land where they did. */
export interface SubreaperStep {
  readonly kind: 'set-child-subreaper';
  readonly task: number;
}

export interface CloneThreadStep {
  readonly kind: 'clone-thread';
  readonly task: number;
  readonly tid: number;
  readonly setTid: readonly number[];
}

export interface SetsidStep {
  readonly kind: 'setsid';
  readonly task: number;
}

/**
 * `by` calls setpgid(pidArg, pgidArg), numbers as seen from its own pid namespace: `by` is
 * `task` itself (pidArg 0) or its parent, for a child that cannot see the group.
 */
export interface SetpgidStep {
  readonly kind: 'setpgid';
  readonly by: number;
  readonly task: number;
  readonly pgid: number;
  readonly pidArg: number;
  readonly pgidArg: number;
}

/** The task exits: zombies with their recorded status, helpers with code 0. */
export interface ExitStep {
  readonly kind: 'exit';
  readonly task: number;
  readonly status: ExitStatus;
  readonly helper: boolean;
}

/** `task` waits for its exited helper child `child`. */
export interface ReapStep {
  readonly kind: 'reap';
  readonly task: number;
  readonly child: number;
}

/** The task was stopped (job control) when dumped. */
export interface StopStep {
  readonly kind: 'stop';
  readonly task: number;
}

export type HelperRole =
  /** Takes a dead session leader's pid, calls setsid, forks the session's orphans, exits. */
  | 'session-leader'
  /** Takes a dead group leader's pid, creates the group for its members to join, exits. */
  | 'group-leader'
  /** Takes a free pid inside a session to fork orphans of that session, exits. */
  | 'carrier'
  /** Forked into the group of a task that leaves it, so the group outlives the leaving; exits. */
  | 'group-keeper';

export interface HelperTask {
  readonly pid: number;
  readonly numbers: readonly number[];
  readonly role: HelperRole;
  /** Its parent, which reaps it: the task that forks it, or that task's parent for a CLONE_PARENT fork. */
  readonly parent: number;
}

export interface RestorePlan {
  readonly mode: DumpMode;
  /** Every step in an order that works: creation, then exits of zombies and helpers, then stops. */
  readonly steps: readonly PlanStep[];
  /** The same steps grouped by the task that performs them (0: the restorer), each in order. */
  readonly byTask: ReadonlyMap<number, readonly PlanStep[]>;
  readonly helpers: ReadonlyMap<number, HelperTask>;
  /** Numbers per level (outermost first) of every pid in the plan: tasks, threads, helpers, dead leaders. */
  readonly pids: ReadonlyMap<number, readonly number[]>;
}

export const RESTORER = 0;

/** The task that performs the step. */
export function actorOf(step: PlanStep): number {
  switch (step.kind) {
    case 'fork':
      return step.parent;
    case 'setpgid':
      return step.by;
    default:
      return step.task;
  }
}
