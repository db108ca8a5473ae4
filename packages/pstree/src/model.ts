/**
 * The process-tree model. Pids are shared objects (as in the kernel's struct pid): one
 * number per pid-namespace level, outermost first, with level 0 the dumped root namespace.
 * Tasks reference pid objects for their pid (which is also their tgid), threads, pgid and
 * sid; a pgid or sid may reference a pid object no task holds any more (a dead leader).
 */

export type DumpMode = 'container' | 'subtree';

export type ExitStatus = { readonly code: number } | { readonly signal: number };

export type TaskState =
  | { readonly kind: 'alive' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'zombie'; readonly exit: ExitStatus };

export interface PidNamespace {
  /** 0 for the dumped root namespace. */
  readonly depth: number;
  readonly parent: PidNamespace | null;
  /** Root-namespace pid of the namespace's pid 1; null when it is outside the dump (subtree root namespace). */
  readonly initPid: number | null;
}

export interface PidObject {
  /** Outermost first; numbers[0] is the number in the dumped root namespace and identifies the object. */
  readonly numbers: readonly number[];
  /** The namespace of the last (innermost known) number. */
  readonly ns: PidNamespace;
}

/** A pgid or sid that comes from outside the dump (subtree mode): restored by inheriting the restorer's. */
export const INHERITED = 'inherited';
export type Inherited = typeof INHERITED;
export type PidRef = PidObject | Inherited;

export interface Task {
  /** The task's pid, which is also its tgid. */
  readonly pid: PidObject;
  /** Every thread, the leader first. */
  readonly threads: readonly PidObject[];
  readonly parent: Task | null;
  readonly children: readonly Task[];
  readonly pgid: PidRef;
  readonly sid: PidRef;
  readonly state: TaskState;
  /** The task's own (active) pid namespace. */
  readonly ns: PidNamespace;
  /** The task is pid 1 of `ns`, a namespace it was created into (the container root is one too). */
  readonly newPidNs: boolean;
  readonly childSubreaper: boolean;
}

export interface PstreeModel {
  readonly mode: DumpMode;
  readonly root: Task;
  /** Every task by root-namespace pid, in pre-order from the root, children by pid. */
  readonly tasks: ReadonlyMap<number, Task>;
  /** Every pid object by root-namespace number: tasks, threads and dead leaders. */
  readonly pids: ReadonlyMap<number, PidObject>;
}

export function idOf(pid: PidObject): number {
  return pid.numbers[0];
}

export function isInherited<T>(ref: T | Inherited): ref is Inherited {
  return ref === INHERITED;
}

/** Root-namespace number of a pgid or sid, 0 when inherited. */
export function refNumber(ref: PidRef): number {
  return isInherited(ref) ? 0 : idOf(ref);
}

export function depthOf(task: Task): number {
  return task.ns.depth;
}

export function nsAtDepth(ns: PidNamespace, depth: number): PidNamespace {
  let at = ns;
  while (at.depth > depth && at.parent) at = at.parent;
  return at;
}

/** Whether a task in `ns` can name the pid object (find_vpid would find it). */
export function isVisibleIn(pid: PidObject, ns: PidNamespace): boolean {
  return ns.depth <= pid.ns.depth && nsAtDepth(pid.ns, ns.depth) === ns;
}

/** The pid object's number as seen from `ns`, or 0 when it is not visible there. */
export function numberIn(pid: PidObject, ns: PidNamespace): number {
  return isVisibleIn(pid, ns) ? pid.numbers[ns.depth] : 0;
}

/** The numbers a task at `ns` sees, as /proc NSpgid/NSsid shows them without the trailing zeros. */
export function visibleNumbers(pid: PidObject, ns: PidNamespace): number[] {
  let common = nsAtDepth(ns, pid.ns.depth);
  let target = nsAtDepth(pid.ns, common.depth);
  while (common !== target && common.parent && target.parent) {
    common = common.parent;
    target = target.parent;
  }
  return pid.numbers.slice(0, common.depth + 1);
}

export function isZombie(task: Task): boolean {
  return task.state.kind === 'zombie';
}

export function isSessionLeader(task: Task): boolean {
  return task.sid === task.pid;
}

export function decodeWaitStatus(status: number): ExitStatus {
  const signal = status & 0x7f;
  return signal !== 0 ? { signal } : { code: (status >> 8) & 0xff };
}

export function encodeWaitStatus(exit: ExitStatus): number {
  return 'signal' in exit ? exit.signal & 0x7f : (exit.code & 0xff) << 8;
}

/** Pid objects of the model that no task or thread holds: dead session and group leaders. */
export function deadPids(model: PstreeModel): PidObject[] {
  const held = new Set<PidObject>();
  for (const task of model.tasks.values()) for (const thread of task.threads) held.add(thread);
  return [...model.pids.values()].filter((pid) => !held.has(pid));
}
