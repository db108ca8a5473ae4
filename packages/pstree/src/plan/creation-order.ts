import { PlanError } from '../errors';
import { PidNamespace, PidObject, isVisibleIn } from '../model';
import { CreationTree, sessionName } from './creation';
import { Entity, GroupKey, INHERITED_KEY } from './entity';
import { forkStep, joinStep, ownGroupStep, threadSteps } from './steps';
import { PlanStep } from './types';

/** A step, waiting for its predecessor in its task's timeline and for other tasks' steps. */
interface Node {
  readonly step: PlanStep;
  readonly actor: Entity | null;
  next: Node | null;
  dependents: Node[] | null;
  pending: number;
}

/** A setpgid into a group, by the task itself or by the task that forked it (which can name more groups). */
interface Join {
  readonly group: GroupKey;
  readonly byCreator: boolean;
}

/** Phase-A children forked while the task is in one group, joined first unless inherited. */
interface Segment {
  readonly group: GroupKey;
  readonly join: Join | null;
  readonly children: readonly Entity[];
}

/** How a task goes from the group it inherits to its final one. */
interface GroupChange {
  readonly segments: readonly Segment[];
  readonly setsid: boolean;
  readonly createOwn: boolean;
  readonly join: Join | null;
}

/**
 * Orders the creation steps: each task's own steps form a timeline (threads, forks before
 * setsid, setsid or its own group, forks after); steps wait across timelines for forks, for
 * a group to exist before anyone joins it, and for a parent that moves its child.
 */
export function orderCreation(tree: CreationTree): PlanStep[] {
  return new CreationOrder(tree).order();
}

class CreationOrder {
  private readonly nodes: Node[] = [];
  private readonly forkNode = new Map<Entity, Node>();
  private readonly setsidNode = new Map<Entity, Node>();
  private readonly groupCreated = new Map<GroupKey, Node>();
  /** setpgid steps and the group they join, linked once every group's creation is known. */
  private readonly joins: { readonly target: Entity; readonly node: Node; readonly join: Join }[] = [];
  /** The timeline being built: its task, last step, and a creator's step the next one waits for. */
  private entity: Entity | null = null;
  private last: Node | null = null;
  private gate: Node | null = null;

  constructor(private readonly tree: CreationTree) {}

  order(): PlanStep[] {
    this.forkNode.set(this.tree.root, this.node(forkStep(null, this.tree.root), null));
    for (const entity of this.tree.entities) this.buildTimeline(entity);
    for (const { target, node, join } of this.joins) this.linkJoin(target, node, join);
    return this.sort();
  }

  private groupChange(entity: Entity): GroupChange {
    const inherited = entity.initial?.pgid as GroupKey;
    let segments: Segment[] = [{ group: inherited, join: null, children: entity.forks.A }];
    if (entity.forks.A.some((child) => child.forkedInGroup !== undefined && child.forkedInGroup !== inherited)) {
      const byGroup = new Map<GroupKey, Entity[]>([[inherited, []]]);
      for (const child of entity.forks.A) {
        const group = child.forkedInGroup ?? inherited;
        const list = byGroup.get(group);
        if (list) list.push(child);
        else byGroup.set(group, [child]);
      }
      segments = [...byGroup].map(([group, children]) => ({
        group,
        join: group === inherited ? null : this.joinOf(entity, group),
        children,
      }));
    }
    const current = segments[segments.length - 1].group;
    if (entity.leader) return { segments, setsid: true, createOwn: false, join: null };
    if (entity.role === 'carrier' || entity.role === 'group-keeper') return { segments, setsid: false, createOwn: false, join: null };
    const createOwn = entity.holdsGroup;
    const final = entity.pgid as GroupKey;
    const before = createOwn ? entity.id : current;
    return { segments, setsid: false, createOwn, join: final === before ? null : this.joinOf(entity, final) };
  }

  private joinOf(entity: Entity, group: GroupKey): Join {
    if (this.canName(group, entity.ns)) return { group, byCreator: false };
    // Only a parent may move its child: not a creator that forked it with CLONE_PARENT.
    if (entity.creator && !entity.cloneParent && this.canName(group, entity.creator.ns)) return { group, byCreator: true };
    throw new PlanError(
      'pgid-unreachable',
      entity.id,
      `task ${entity.id} must be in group ${sessionName(group)}, which neither it nor the task forking it can name, and it cannot be forked inside it`,
    );
  }

  /** subreaper, threads, helpers; phase A forks, group by group; setsid or own group; M forks; final group; B forks. */
  private buildTimeline(entity: Entity): void {
    this.entity = entity;
    this.last = null;
    this.gate = this.forkNode.get(entity) as Node;
    const change = this.groupChange(entity);
    if (entity.task?.childSubreaper) this.add({ kind: 'set-child-subreaper', task: entity.id });
    for (const step of threadSteps(entity)) this.add(step);
    this.fork(entity.early);
    for (const segment of change.segments) {
      if (segment.join) this.join(segment.join);
      this.fork(segment.children);
    }
    if (change.setsid) {
      const setsid = this.add({ kind: 'setsid', task: entity.id });
      this.groupCreated.set(entity.id, setsid);
      this.setsidNode.set(entity, setsid);
    }
    if (change.createOwn) this.groupCreated.set(entity.id, this.add(ownGroupStep(entity)));
    this.fork(entity.forks.M);
    if (change.join) this.join(change.join);
    this.fork(entity.forks.B);
  }

  /** The next step of the timeline being built. */
  private add(step: PlanStep): Node {
    const node = this.node(step, this.entity);
    if (this.last) {
      this.last.next = node;
      node.pending++;
    }
    if (this.gate) this.depend(this.gate, node);
    this.gate = null;
    this.last = node;
    return node;
  }

  private fork(children: readonly Entity[]): void {
    for (const child of children) this.forkNode.set(child, this.add(forkStep(this.entity, child)));
  }

  /** A setpgid by the task in its timeline, or by its creator between its neighbours there. */
  private join(join: Join): void {
    const target = this.entity as Entity;
    if (!join.byCreator) {
      this.joins.push({ target, node: this.add(this.joinStep(target, target, join.group)), join });
      return;
    }
    const creator = target.creator as Entity;
    const move = this.node(this.joinStep(creator, target, join.group), creator);
    this.joins.push({ target, node: move, join });
    this.depend(this.last ?? (this.forkNode.get(target) as Node), move);
    this.gate = move;
  }

  private joinStep(by: Entity, target: Entity, group: GroupKey): PlanStep {
    return joinStep(by, target, this.tree.groupPid(group) as PidObject);
  }

  private linkJoin(target: Entity, node: Node, join: Join): void {
    const created = this.groupCreated.get(join.group);
    if (created) this.depend(created, node);
    else if (join.group !== INHERITED_KEY) {
      throw new PlanError(
        'pgid-unreachable',
        target.id,
        `task ${target.id} must join group ${join.group}, which is never created: its leader is dead and no task of its session can fork a helper for it`,
      );
    }
    // The creator moves a child it forked in its old session before leaving that session.
    const setsid = join.byCreator ? this.setsidNode.get(target.creator as Entity) : undefined;
    if (setsid && target.phaseIn === 'A') this.depend(node, setsid);
  }

  private canName(group: GroupKey, ns: PidNamespace): boolean {
    const pid = this.tree.groupPid(group);
    return pid !== undefined && isVisibleIn(pid, ns);
  }

  private node(step: PlanStep, actor: Entity | null): Node {
    const node: Node = { step, actor, next: null, dependents: null, pending: 0 };
    this.nodes.push(node);
    return node;
  }

  private depend(before: Node, after: Node): void {
    if (before.dependents) before.dependents.push(after);
    else before.dependents = [after];
    after.pending++;
  }

  /** Kahn's algorithm, first come first served. */
  private sort(): PlanStep[] {
    const ready = this.nodes.filter((n) => n.pending === 0);
    const steps: PlanStep[] = [];
    for (let i = 0; i < ready.length; i++) {
      const node = ready[i];
      steps.push(node.step);
      if (node.next && --node.next.pending === 0) ready.push(node.next);
      for (const dependent of node.dependents ?? []) if (--dependent.pending === 0) ready.push(dependent);
    }
    if (steps.length < this.nodes.length) {
      const stuck = this.nodes.find((n) => n.pending > 0) as Node;
      const id = stuck.actor ? stuck.actor.id : 0;
      throw new PlanError('order-cycle', id, `no order works: task ${id}'s ${stuck.step.kind} waits on steps that wait on it`);
    }
    return steps;
  }
}
