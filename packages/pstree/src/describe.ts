import { ModelError } from './errors';
import {
  DumpMode,
  ExitStatus,
  INHERITED,
  Inherited,
  PidNamespace,
  PidObject,
  PidRef,
  PstreeModel,
  Task,
  TaskState,
  idOf,
  isInherited,
  nsAtDepth,
} from './model';

/** Pid numbers outermost first (as NSpid shows them), or a bare root-namespace number. */
export type PidNumbersInput = number | readonly number[];
/** NSpgid/NSsid numbers (trailing zeros where the object is not visible), or INHERITED. */
export type PidRefInput = PidNumbersInput | Inherited;

/** A plain description of one task, relative to the dumped root pid namespace. */
export interface TaskDescription {
  pid: PidNumbersInput;
  /** The parent's root-namespace pid; anything not in the tree (0) for the root. */
  ppid: number;
  pgid: PidRefInput;
  sid: PidRefInput;
  /** Thread ids (NSpid of each thread); the leader may be included or left out. */
  threads?: readonly PidNumbersInput[];
  state?: 'alive' | 'stopped' | 'zombie';
  /** A zombie's exit; { code: 0 } when left out. */
  exit?: ExitStatus;
  childSubreaper?: boolean;
}

export interface BuildOptions {
  mode: DumpMode;
  /**
   * Subtree mode: root-namespace pids of live processes outside the dumped subtree. A sid or
   * pgid naming one of them is inherited from the restorer rather than re-created.
   */
  externalPids?: Iterable<number>;
}

interface Draft {
  readonly desc: TaskDescription;
  readonly id: number;
  readonly numbers: readonly number[];
  parent: Draft | null;
  readonly children: Draft[];
  ns: PidNamespace | null;
}

interface MutableTask {
  pid: PidObject;
  threads: PidObject[];
  parent: MutableTask | null;
  children: MutableTask[];
  pgid: PidRef;
  sid: PidRef;
  state: TaskState;
  ns: PidNamespace;
  newPidNs: boolean;
  childSubreaper: boolean;
}

/** Builds and validates a model from plain task descriptions. */
export function buildModel(descriptions: readonly TaskDescription[], options: BuildOptions): PstreeModel {
  const drafts = indexDrafts(descriptions);
  const root = findRoot(drafts, options.mode);
  const order = linkTree(drafts, root);
  assignNamespaces(order, root, options.mode);
  const holders = collectHolders(order);
  const refs = new RefResolver(holders, order, root, options);
  const tasks = new Map<number, MutableTask>();
  for (const draft of order) {
    const ns = draft.ns as PidNamespace;
    const pid = holders.get(draft.id) as PidObject;
    const task: MutableTask = {
      pid,
      threads: threadObjects(draft, pid, holders),
      parent: draft.parent ? (tasks.get(draft.parent.id) as MutableTask) : null,
      children: [],
      pgid: refs.resolve(draft, 'pgid'),
      sid: refs.resolve(draft, 'sid'),
      state: taskState(draft.desc),
      ns,
      newPidNs: ns.initPid === draft.id,
      childSubreaper: draft.desc.childSubreaper === true,
    };
    task.parent?.children.push(task);
    tasks.set(draft.id, task);
  }
  const pids = new Map<number, PidObject>(holders);
  for (const dead of refs.deadObjects()) pids.set(idOf(dead), dead);
  const model: PstreeModel = { mode: options.mode, root: tasks.get(root.id) as Task, tasks, pids };
  checkNumbersUnique(pids.values());
  validateModel(model);
  return model;
}

function pidNumbers(input: PidNumbersInput, task: number | undefined): number[] {
  const numbers = typeof input === 'number' ? [input] : [...input];
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new ModelError('bad-pid-numbers', task, `task ${task ?? '?'}: bad pid numbers [${numbers.join(' ')}]`);
  }
  return numbers;
}

function indexDrafts(descriptions: readonly TaskDescription[]): Map<number, Draft> {
  const drafts = new Map<number, Draft>();
  for (const desc of descriptions) {
    const numbers = pidNumbers(desc.pid, undefined);
    const id = numbers[0];
    if (drafts.has(id)) throw new ModelError('duplicate-pid', id, `pid ${id} is described twice`);
    drafts.set(id, { desc, id, numbers, parent: null, children: [], ns: null });
  }
  return drafts;
}

function findRoot(drafts: Map<number, Draft>, mode: DumpMode): Draft {
  const candidates = [...drafts.values()].filter((d) => d.desc.ppid === d.id || !drafts.has(d.desc.ppid));
  if (candidates.length === 0) throw new ModelError('no-root', undefined, 'every task has a parent in the tree: there is no root');
  const isInit = (d: Draft): boolean => d.numbers.length === 1 && d.numbers[0] === 1;
  const root = mode === 'container' ? (candidates.find(isInit) ?? candidates[0]) : candidates[0];
  for (const other of candidates) {
    if (other === root) continue;
    if (mode === 'container') {
      throw new ModelError(
        'pid-outside-container',
        other.id,
        `task ${other.id}: its parent ${other.desc.ppid} is outside the container's pid namespace`,
      );
    }
    throw new ModelError('several-roots', other.id, `task ${other.id}: its parent ${other.desc.ppid} is not in the dumped subtree`);
  }
  return root;
}

/** Links parents and children and returns the tasks in pre-order, children by pid. */
function linkTree(drafts: Map<number, Draft>, root: Draft): Draft[] {
  for (const draft of drafts.values()) {
    if (draft === root) continue;
    const parent = drafts.get(draft.desc.ppid) as Draft;
    draft.parent = parent;
    parent.children.push(draft);
  }
  const order: Draft[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const draft = stack.pop() as Draft;
    order.push(draft);
    draft.children.sort((a, b) => a.id - b.id);
    for (let i = draft.children.length - 1; i >= 0; i--) stack.push(draft.children[i]);
  }
  if (order.length !== drafts.size) {
    const lost = [...drafts.values()].find((d) => !order.includes(d)) as Draft;
    throw new ModelError('no-root', lost.id, `task ${lost.id} does not descend from the root ${root.id} (its parents form a cycle)`);
  }
  return order;
}

function assignNamespaces(order: Draft[], root: Draft, mode: DumpMode): void {
  const rootIsInit = root.numbers.length === 1 && root.numbers[0] === 1;
  if (mode === 'container' && !rootIsInit) {
    throw new ModelError(
      'container-root-not-init',
      root.id,
      `container dump: the root task [${root.numbers.join(' ')}] is not pid 1 of its pid namespace`,
    );
  }
  if (root.numbers.length !== 1) {
    throw new ModelError('pid-depth', root.id, `the root task has ${root.numbers.length} pid levels: it must define the root namespace`);
  }
  root.ns = { depth: 0, parent: null, initPid: rootIsInit ? root.id : null };
  for (const draft of order) {
    if (draft === root) continue;
    const parentNs = (draft.parent as Draft).ns as PidNamespace;
    const depth = draft.numbers.length - 1;
    if (depth === parentNs.depth) {
      draft.ns = parentNs;
    } else if (depth === parentNs.depth + 1 && draft.numbers[depth] === 1) {
      draft.ns = { depth, parent: parentNs, initPid: draft.id };
    } else if (depth === parentNs.depth + 1) {
      throw new ModelError(
        'pid-namespace-entered',
        draft.id,
        `task ${draft.id} is in a pid namespace its parent is not in, but is not its pid 1 (entered with setns): not supported`,
      );
    } else {
      throw new ModelError(
        'pid-depth',
        draft.id,
        `task ${draft.id} has ${draft.numbers.length} pid levels, its parent ${parentNs.depth + 1}: a child is in its parent's namespace or one level below`,
      );
    }
  }
}

/** Pid objects held by tasks and threads, by root-namespace number. */
function collectHolders(order: Draft[]): Map<number, PidObject> {
  const holders = new Map<number, PidObject>();
  for (const draft of order) holders.set(draft.id, { numbers: draft.numbers, ns: draft.ns as PidNamespace });
  for (const draft of order) {
    for (const input of draft.desc.threads ?? []) {
      const numbers = pidNumbers(input, draft.id);
      const id = numbers[0];
      if (id === draft.id) {
        if (numbers.join() !== draft.numbers.join()) {
          throw new ModelError('pid-numbers-disagree', draft.id, `task ${draft.id}: its leader thread has other numbers`);
        }
        continue;
      }
      if (numbers.length !== draft.numbers.length) {
        throw new ModelError('bad-pid-numbers', draft.id, `task ${draft.id}: thread ${id} has ${numbers.length} pid levels, not ${draft.numbers.length}`);
      }
      if (holders.has(id)) throw new ModelError('duplicate-pid', id, `pid ${id} is used twice`);
      holders.set(id, { numbers, ns: draft.ns as PidNamespace });
    }
  }
  return holders;
}

function threadObjects(draft: Draft, pid: PidObject, holders: Map<number, PidObject>): PidObject[] {
  const threads = [pid];
  for (const input of draft.desc.threads ?? []) {
    const id = typeof input === 'number' ? input : input[0];
    if (id !== draft.id) threads.push(holders.get(id) as PidObject);
  }
  return threads;
}

function taskState(desc: TaskDescription): TaskState {
  if (desc.state === 'zombie') return { kind: 'zombie', exit: desc.exit ?? { code: 0 } };
  return desc.state === 'stopped' ? { kind: 'stopped' } : { kind: 'alive' };
}

type RawRef = Inherited | readonly number[];

interface DeadDraft {
  numbers: number[];
  /** Namespace of the deepest level some referencing task can see. */
  ns: PidNamespace;
}

/** Turns NSpgid/NSsid numbers into shared pid objects, creating the dead ones. */
class RefResolver {
  private readonly raw = new Map<Draft, { pgid: RawRef; sid: RawRef }>();
  private readonly dead = new Map<number, DeadDraft>();
  private readonly deadObjectsById = new Map<number, PidObject>();

  constructor(
    private readonly holders: Map<number, PidObject>,
    order: Draft[],
    root: Draft,
    private readonly options: BuildOptions,
  ) {
    for (const draft of order) {
      this.raw.set(draft, { pgid: this.rawRef(draft, 'pgid'), sid: this.rawRef(draft, 'sid') });
    }
    if (options.mode === 'subtree') this.applyInheritance(root);
    for (const [draft, refs] of this.raw) {
      for (const ref of [refs.pgid, refs.sid]) if (!isInherited(ref)) this.note(draft, ref);
    }
    for (const [id, dead] of this.dead) {
      // Levels deeper than any referencing task can see are in an unknown namespace: drop them.
      this.deadObjectsById.set(id, { numbers: dead.numbers.slice(0, dead.ns.depth + 1), ns: dead.ns });
    }
  }

  resolve(draft: Draft, what: 'pgid' | 'sid'): PidRef {
    const ref = (this.raw.get(draft) as { pgid: RawRef; sid: RawRef })[what];
    if (isInherited(ref)) return INHERITED;
    return this.holders.get(ref[0]) ?? (this.deadObjectsById.get(ref[0]) as PidObject);
  }

  deadObjects(): Iterable<PidObject> {
    return this.deadObjectsById.values();
  }

  private rawRef(draft: Draft, what: 'pgid' | 'sid'): RawRef {
    const input = draft.desc[what];
    if (input === INHERITED) return this.outside(draft, what, []);
    const numbers = typeof input === 'number' ? [input] : [...input];
    while (numbers.length > 0 && numbers[numbers.length - 1] === 0) numbers.pop();
    if (numbers.some((n) => !Number.isInteger(n) || n <= 0)) {
      throw new ModelError('bad-pid-numbers', draft.id, `task ${draft.id}: bad ${what} numbers [${numbers.join(' ')}]`);
    }
    if (numbers.length === 0) return this.outside(draft, what, []);
    return numbers;
  }

  private outside(draft: Draft, what: 'pgid' | 'sid', numbers: number[]): Inherited {
    if (this.options.mode === 'container') {
      throw new ModelError(
        'pid-outside-container',
        draft.id,
        `task ${draft.id}: its ${what} ${numbers.join(' ') || '(not visible)'} is outside the container's pid namespace`,
      );
    }
    return INHERITED;
  }

  /**
   * Subtree mode: a session the root did not create is the one it inherited, and so is any
   * sid or pgid naming a process outside the subtree. Without the list of those, a pgid the
   * root is in without leading it, held by no task of the tree, is taken for the inherited
   * group too (it could also be a group whose leader died inside the subtree).
   */
  private applyInheritance(root: Draft): void {
    const external = new Set(this.options.externalPids ?? []);
    const rootRefs = this.raw.get(root) as { pgid: RawRef; sid: RawRef };
    const inheritedSid = !isInherited(rootRefs.sid) && rootRefs.sid[0] !== root.id ? rootRefs.sid[0] : 0;
    const guessPgid = this.options.externalPids === undefined;
    const inheritedPgid =
      guessPgid && !isInherited(rootRefs.pgid) && rootRefs.pgid[0] !== root.id && !this.holders.has(rootRefs.pgid[0])
        ? rootRefs.pgid[0]
        : 0;
    const isOutside = (ref: RawRef, inheritedNumber: number): boolean =>
      !isInherited(ref) && (ref[0] === inheritedNumber || (external.has(ref[0]) && !this.holders.has(ref[0])));
    for (const refs of this.raw.values()) {
      if (isOutside(refs.sid, inheritedSid)) refs.sid = INHERITED;
      if (isOutside(refs.pgid, inheritedPgid)) refs.pgid = INHERITED;
    }
  }

  private note(draft: Draft, numbers: readonly number[]): void {
    const holder = this.holders.get(numbers[0]);
    const fail = (): never => {
      throw new ModelError(
        'pid-numbers-disagree',
        draft.id,
        `task ${draft.id}: pid ${numbers[0]} is [${numbers.join(' ')}] here but not elsewhere in the tree`,
      );
    };
    if (holder) {
      if (!isPrefix(numbers, holder.numbers) && !isPrefix(holder.numbers, numbers)) fail();
      return;
    }
    const ns = draft.ns as PidNamespace;
    const placed = Math.min(numbers.length, ns.depth + 1);
    const placedNs = nsAtDepth(ns, placed - 1);
    const known = this.dead.get(numbers[0]);
    if (!known) {
      this.dead.set(numbers[0], { numbers: [...numbers], ns: placedNs });
      return;
    }
    if (!isPrefix(numbers, known.numbers) && !isPrefix(known.numbers, numbers)) fail();
    if (numbers.length > known.numbers.length) known.numbers = [...numbers];
    const [deep, shallow] = placedNs.depth >= known.ns.depth ? [placedNs, known.ns] : [known.ns, placedNs];
    if (nsAtDepth(deep, shallow.depth) !== shallow) fail();
    known.ns = deep;
  }
}

function isPrefix(short: readonly number[], long: readonly number[]): boolean {
  return short.length <= long.length && short.every((n, i) => long[i] === n);
}

/** Two pid objects never share a number in one namespace. */
function checkNumbersUnique(pids: Iterable<PidObject>): void {
  const taken = new Map<PidNamespace, Map<number, PidObject>>();
  for (const pid of pids) {
    for (let depth = 1; depth <= pid.ns.depth; depth++) {
      const ns = nsAtDepth(pid.ns, depth);
      let numbers = taken.get(ns);
      if (!numbers) {
        numbers = new Map();
        taken.set(ns, numbers);
      }
      const other = numbers.get(pid.numbers[depth]);
      if (other) {
        throw new ModelError(
          'duplicate-pid',
          idOf(pid),
          `pids ${idOf(other)} and ${idOf(pid)} are both ${pid.numbers[depth]} in the same pid namespace`,
        );
      }
      numbers.set(pid.numbers[depth], pid);
    }
  }
}

/** The kernel's invariants on sessions, groups and zombies. */
function validateModel(model: PstreeModel): void {
  const threadIds = new Set<PidObject>();
  for (const task of model.tasks.values()) for (const thread of task.threads.slice(1)) threadIds.add(thread);
  const checkNotThread = (task: Task, ref: PidObject, what: string): void => {
    if (threadIds.has(ref)) {
      throw new ModelError('id-is-a-thread', idOf(task.pid), `task ${idOf(task.pid)}: its ${what} ${idOf(ref)} is a thread, not a process`);
    }
  };
  const groupSession = new Map<PidObject, { sid: PidRef; member: Task }>();
  for (const task of model.tasks.values()) {
    const id = idOf(task.pid);
    if (task.state.kind === 'zombie' && task.children.length > 0) {
      throw new ModelError('zombie-with-children', id, `task ${id} is a zombie with children: they are reparented when it dies`);
    }
    if (task.state.kind === 'zombie' && task.threads.length > 1) {
      throw new ModelError('zombie-with-threads', id, `task ${id} is a zombie with threads: they die with it`);
    }
    if (task.sid === task.pid && task.pgid !== task.pid) {
      throw new ModelError('session-leader-pgid', id, `task ${id} leads its session but is in group ${groupName(task.pgid)}: setsid makes it lead its group, and a session leader cannot change group`);
    }
    if (isInherited(task.pgid) && !isInherited(task.sid)) {
      throw new ModelError(
        'inherited-group-outside-inherited-session',
        id,
        `task ${id} is in the inherited process group but not in the inherited session`,
      );
    }
    if (!isInherited(task.sid)) {
      checkNotThread(task, task.sid, 'sid');
      checkSessionHolder(model, task, task.sid);
    }
    if (!isInherited(task.pgid)) {
      checkNotThread(task, task.pgid, 'pgid');
      const seen = groupSession.get(task.pgid);
      if (!seen) groupSession.set(task.pgid, { sid: task.sid, member: task });
      else if (seen.sid !== task.sid) {
        throw new ModelError(
          'group-spans-sessions',
          id,
          `task ${id} is in group ${idOf(task.pgid)} and session ${groupName(task.sid)}, task ${idOf(seen.member.pid)} in the same group is in session ${groupName(seen.sid)}`,
        );
      }
    }
  }
  for (const [group, { sid }] of groupSession) {
    const holder = model.tasks.get(idOf(group));
    if (holder && holder.sid !== sid) {
      throw new ModelError(
        'group-spans-sessions',
        idOf(holder.pid),
        `task ${idOf(holder.pid)} is in session ${groupName(holder.sid)}, but the group it created is in session ${groupName(sid)}: setsid fails while its group exists`,
      );
    }
  }
}

function checkSessionHolder(model: PstreeModel, task: Task, sid: PidObject): void {
  const holder = model.tasks.get(idOf(sid));
  if (holder && holder.sid !== holder.pid) {
    throw new ModelError(
      'session-id-not-leader',
      idOf(task.pid),
      `task ${idOf(task.pid)} is in session ${idOf(sid)}, but task ${idOf(sid)} does not lead a session`,
    );
  }
}

function groupName(ref: PidRef): string {
  return isInherited(ref) ? 'inherited from the restorer' : String(idOf(ref));
}
