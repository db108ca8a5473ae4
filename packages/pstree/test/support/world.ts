import fc from 'fast-check';
import { DumpMode, KernelSim, SimError, SimPid, SimProcess } from '../../src';

/** A simulated machine with a tree to dump: a container (root is pid 1 of its own namespace) or a subtree under a shell. */
export interface World {
  readonly mode: DumpMode;
  readonly sim: KernelSim;
  readonly root: SimProcess;
  /** Level of the dumped root namespace in the simulator. */
  readonly rootLevel: number;
  /** The machine's init and the shell the subtree was started from. */
  readonly restorerSide: readonly SimProcess[];
}

/** Root-namespace pids of the processes outside the dumped tree (orphans of the tree may have joined them). */
export function externalPids(world: World): number[] {
  const tree = new Set(treeOf(world.root));
  return [...world.sim.processes()].filter((p) => !tree.has(p)).map((p) => p.pid.numberIn(world.sim.rootNs));
}

export function makeWorld(mode: DumpMode, pidMax = 32768, rootOwnGroup = true): World {
  const sim = new KernelSim(pidMax);
  if (mode === 'container') {
    const root = sim.fork(sim.init, { newPidNs: true });
    sim.setsid(root);
    return { mode, sim, root, rootLevel: 1, restorerSide: [sim.init] };
  }
  const shell = sim.fork(sim.init);
  sim.setsid(shell);
  const root = sim.fork(shell);
  if (rootOwnGroup) sim.setpgid(root, 0, 0);
  return { mode, sim, root, rootLevel: 0, restorerSide: [sim.init, shell] };
}

/**
 * Orphans of the tree reparented to the machine's init have left the dump; a session or group
 * they lead, that tasks of the tree are still in, is not the restorer's and cannot be restored.
 */
export function leansOnEscapedTasks(world: World): boolean {
  const tree = new Set(treeOf(world.root));
  const fine = (pid: SimPid): boolean => !pid.owner || tree.has(pid.owner) || world.restorerSide.includes(pid.owner);
  return [...tree].some((p) => !fine(p.pgrp) || !fine(p.session));
}

/** A world to restore into: the restorer leads its own session, as a shell would. */
export function makeTarget(mode: DumpMode): { sim: KernelSim; restorer: SimProcess; reservedPids: number[]; inheritedPgid: number } {
  const sim = new KernelSim();
  const restorer = sim.fork(sim.init);
  sim.setsid(restorer);
  const self = restorer.pid.numberIn(sim.rootNs);
  return { sim, restorer, reservedPids: mode === 'subtree' ? [1, self] : [], inheritedPgid: self };
}

export type Op =
  | { readonly kind: 'fork'; readonly who: number; readonly newPidNs: boolean; readonly subreaper: boolean; readonly cloneParent: boolean }
  | { readonly kind: 'setsid'; readonly who: number }
  | { readonly kind: 'setpgid'; readonly who: number; readonly target: number; readonly group: number }
  | { readonly kind: 'exit'; readonly who: number; readonly status: number }
  | { readonly kind: 'reap'; readonly who: number; readonly which: number }
  | { readonly kind: 'thread'; readonly who: number }
  | { readonly kind: 'thread-exit'; readonly who: number }
  | { readonly kind: 'stop'; readonly who: number }
  | { readonly kind: 'resume'; readonly who: number };

const who = fc.nat(1000);

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('fork' as const),
      who,
      newPidNs: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      subreaper: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      cloneParent: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('setsid' as const), who }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('setpgid' as const), who, target: fc.nat(4), group: fc.nat(1000) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('exit' as const), who, status: fc.nat(300) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reap' as const), who, which: fc.nat(10) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('thread' as const), who }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('thread-exit' as const), who }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stop' as const), who }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resume' as const), who }) },
);

/** The tree below (and including) the root, parents before children. */
export function treeOf(root: SimProcess): SimProcess[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const child of tree[i].children) tree.push(child);
  return tree;
}

/** Plays a history; operations the kernel refuses are skipped, as a failed syscall would be. */
export function play(world: World, ops: readonly Op[], maxTasks = 30): void {
  // Refused syscalls are many; their stack traces would cost more than the rest.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const op of ops) {
      const tree = treeOf(world.root);
      const alive = tree.filter((p) => p.state !== 'zombie');
      const actor = alive[op.who % alive.length];
      try {
        apply(world, op, actor, tree.length < maxTasks);
      } catch (error) {
        if (!(error instanceof SimError)) throw error;
      }
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function apply(world: World, op: Op, actor: SimProcess, mayFork: boolean): void {
  const { sim } = world;
  switch (op.kind) {
    case 'fork': {
      if (!mayFork) return;
      // CLONE_PARENT by the root would put the child outside the tree.
      const cloneParent = op.cloneParent && actor !== world.root;
      const child = sim.fork(actor, { newPidNs: op.newPidNs, cloneParent });
      // Subreapers are set before they fork anything, as service managers do.
      if (op.subreaper) sim.setChildSubreaper(child, true);
      return;
    }
    case 'setsid':
      return sim.setsid(actor);
    case 'setpgid': {
      const children = [...actor.children];
      const target = op.target === 0 || children.length === 0 ? actor : children[(op.target - 1) % children.length];
      const groups = visibleGroups(sim, actor);
      const group = groups[op.group % (groups.length + 1)];
      const pidArg = target === actor ? 0 : target.pid.numberIn(actor.ns);
      return sim.setpgid(actor, pidArg, group ? group.numberIn(actor.ns) : 0);
    }
    case 'exit':
      if (actor === world.root) return;
      return sim.exit(actor, op.status < 256 ? { code: op.status } : { signal: (op.status % 31) + 1 });
    case 'reap': {
      const zombies = [...actor.children].filter((c) => c.state === 'zombie');
      if (zombies.length > 0) sim.wait(actor, zombies[op.which % zombies.length]);
      return;
    }
    case 'thread':
      sim.cloneThread(actor);
      return;
    case 'thread-exit':
      if (actor.threads.length > 0) sim.exitThread(actor, actor.threads[0]);
      return;
    case 'stop':
      return sim.stop(actor);
    case 'resume':
      return sim.resume(actor);
  }
}

function visibleGroups(sim: KernelSim, caller: SimProcess): SimPid[] {
  const groups = new Set<SimPid>();
  for (const process of sim.processes()) if (process.pgrp.numberIn(caller.ns) !== 0) groups.add(process.pgrp);
  return [...groups];
}

export interface TaskView {
  readonly pid: readonly number[];
  readonly ppid: number;
  readonly pgid: readonly number[] | 'outside';
  readonly sid: readonly number[] | 'outside';
  readonly threads: readonly (readonly number[])[];
  readonly state: string;
  readonly exit: string;
  readonly subreaper: boolean;
}

/** The tree as seen from the dumped root namespace: every pid level of every task. */
export function snapshot(root: SimProcess, rootLevel: number): TaskView[] {
  const tree = treeOf(root);
  const members = new Set(tree);
  const numbers = (pid: SimPid): number[] => pid.levels.slice(rootLevel).map((l) => l.nr);
  const ref = (process: SimProcess, pid: SimPid): readonly number[] | 'outside' => {
    if (pid.owner && !members.has(pid.owner)) return 'outside';
    const seen: number[] = [];
    for (let level = rootLevel; level <= process.pid.level; level++) seen.push(pid.numberIn(process.pid.levels[level].ns));
    while (seen.length > 0 && seen[seen.length - 1] === 0) seen.pop();
    return seen.length === 0 ? 'outside' : seen;
  };
  return tree
    .map((process) => ({
      pid: numbers(process.pid),
      ppid: process === root || !process.parent ? 0 : process.parent.pid.levels[rootLevel].nr,
      pgid: ref(process, process.pgrp),
      sid: ref(process, process.session),
      threads: [process.pid, ...process.threads].map(numbers).sort((a, b) => a[0] - b[0]),
      state: process.state,
      exit: process.exit ? JSON.stringify(process.exit) : '',
      subreaper: process.childSubreaper,
    }))
    .sort((a, b) => a.pid[0] - b.pid[0]);
}
