import { TaskDescription, buildModel } from './describe';
import { ModelError } from './errors';
import {
  DumpMode,
  INHERITED,
  PidRef,
  PstreeModel,
  Task,
  TaskState,
  idOf,
  isInherited,
  visibleNumbers,
} from './model';

/**
 * One pstree.img entry: CRIU's pstree_entry (pid, ppid, pgid, sid, threads: numbers in the
 * dumped root namespace) plus Amber's fields for nested pid namespaces and inherited ids.
 */
export interface PstreeImageEntry {
  pid: number;
  ppid: number;
  /** 0 when inherited. */
  pgid: number;
  /** 0 when inherited. */
  sid: number;
  threads: number[];
  /** Per-level numbers, outermost first; written when the task is below the root namespace. */
  nsPid?: number[];
  /** Per-level numbers the task can see, outermost first; written when deeper than the root namespace. */
  nsPgid?: number[];
  nsSid?: number[];
  /** Every thread's per-level numbers, concatenated (nsPid.length numbers each); written for nested multi-threaded tasks. */
  nsThreads?: number[];
  pgidInherited?: boolean;
  sidInherited?: boolean;
}

/** What CRIU keeps in core-PID.img rather than in pstree.img. */
export interface TaskExtras {
  readonly state?: TaskState;
  readonly childSubreaper?: boolean;
}

export interface FromImageOptions {
  /** Default: container when the root is pid 1 and nothing is inherited, otherwise subtree. */
  readonly mode?: DumpMode;
  /** By root-namespace pid. */
  readonly extras?: ReadonlyMap<number, TaskExtras>;
  /** See BuildOptions; only needed for images without Amber's inherited flags (CRIU's). */
  readonly externalPids?: Iterable<number>;
}

export function toImageEntries(model: PstreeModel): PstreeImageEntry[] {
  const entries: PstreeImageEntry[] = [];
  for (const task of model.tasks.values()) {
    const entry: PstreeImageEntry = {
      pid: idOf(task.pid),
      ppid: task.parent ? idOf(task.parent.pid) : 0,
      pgid: isInherited(task.pgid) ? 0 : idOf(task.pgid),
      sid: isInherited(task.sid) ? 0 : idOf(task.sid),
      threads: task.threads.map(idOf),
    };
    if (task.ns.depth > 0) entry.nsPid = [...task.pid.numbers];
    writeRef(entry, task, task.pgid, 'nsPgid', 'pgidInherited');
    writeRef(entry, task, task.sid, 'nsSid', 'sidInherited');
    if (task === model.root) {
      // Explicit on the root, telling readers the flags are authoritative (CRIU writes none).
      entry.pgidInherited = isInherited(task.pgid);
      entry.sidInherited = isInherited(task.sid);
    }
    if (task.ns.depth > 0 && task.threads.length > 1) entry.nsThreads = task.threads.flatMap((t) => t.numbers);
    entries.push(entry);
  }
  return entries;
}

function writeRef(
  entry: PstreeImageEntry,
  task: Task,
  ref: PidRef,
  levels: 'nsPgid' | 'nsSid',
  flag: 'pgidInherited' | 'sidInherited',
): void {
  if (isInherited(ref)) {
    entry[flag] = true;
    return;
  }
  const numbers = visibleNumbers(ref, task.ns);
  if (numbers.length > 1) entry[levels] = numbers;
}

/** The per-task fields that travel in core images, to hand back to fromImageEntries. */
export function taskExtras(model: PstreeModel): Map<number, TaskExtras> {
  const extras = new Map<number, TaskExtras>();
  for (const [id, task] of model.tasks) extras.set(id, { state: task.state, childSubreaper: task.childSubreaper });
  return extras;
}

export function fromImageEntries(entries: readonly PstreeImageEntry[], options: FromImageOptions = {}): PstreeModel {
  const inherits = entries.some((e) => e.pgidInherited === true || e.sidInherited === true);
  const ids = new Set(entries.map((e) => e.pid));
  const root = entries.find((e) => !ids.has(e.ppid) || e.ppid === e.pid);
  const mode = options.mode ?? (root && root.pid === 1 && !root.nsPid && !inherits ? 'container' : 'subtree');
  // Amber marks the root's flags even when false; then nothing has to be guessed.
  const flagged = root !== undefined && root.pgidInherited !== undefined;
  const externalPids = options.externalPids ?? (flagged ? [] : undefined);
  const descriptions = entries.map((entry): TaskDescription => {
    const extras = options.extras?.get(entry.pid);
    const state = extras?.state;
    return {
      pid: entry.nsPid ?? [entry.pid],
      ppid: entry.ppid,
      pgid: entry.pgidInherited ? INHERITED : (entry.nsPgid ?? [entry.pgid]),
      sid: entry.sidInherited ? INHERITED : (entry.nsSid ?? [entry.sid]),
      threads: threadNumbers(entry),
      state: state?.kind,
      exit: state?.kind === 'zombie' ? state.exit : undefined,
      childSubreaper: extras?.childSubreaper,
    };
  });
  return buildModel(descriptions, { mode, externalPids });
}

function threadNumbers(entry: PstreeImageEntry): number[][] {
  const levels = entry.nsPid?.length ?? 1;
  if (entry.nsThreads) {
    if (entry.nsThreads.length !== levels * entry.threads.length) {
      throw new ModelError('bad-image-entry', entry.pid, `pstree entry ${entry.pid}: nsThreads does not hold ${levels} numbers per thread`);
    }
    return entry.threads.map((_, i) => (entry.nsThreads as number[]).slice(i * levels, (i + 1) * levels));
  }
  if (levels > 1) {
    if (entry.threads.some((t) => t !== entry.pid)) {
      throw new ModelError('bad-image-entry', entry.pid, `pstree entry ${entry.pid}: nested task with threads but no nsThreads`);
    }
    return [];
  }
  return entry.threads.map((t) => [t]);
}
