import { PlanError } from '../errors';
import { PidNamespace, PidObject, PstreeModel, idOf, isVisibleIn, nsAtDepth } from '../model';
import { Entity, GroupKey, GroupState, INHERITED_KEY, OUTSIDE_KEY, Phase, keyOf, satisfies } from './entity';
import { FreePids } from './free-pids';
import { Retry, SessionHints, learn, noHints } from './session-hints';
import { SessionIndex } from './session-index';

/** Who forks whom, in which phase: the dump's tasks plus the helpers they need. */
export interface CreationTree {
  readonly root: Entity;
  /** Every entity, creators before the tasks they fork. */
  readonly entities: readonly Entity[];
  readonly helpers: readonly Entity[];
  /** The pid object of a group, for the numbers setpgid takes; undefined when no task can name it. */
  readonly groupPid: (group: GroupKey) => PidObject | undefined;
}

export interface CreationOptions {
  /** Root-namespace pids helpers must not take (processes already running there). */
  readonly reservedPids?: Iterable<number>;
  /**
   * Subtree mode: the restorer's process group, as numbered in the root namespace. Given, a
   * task of the root namespace can rejoin the inherited group with setpgid after leaving it.
   */
  readonly inheritedPgid?: number;
}

interface Orphan {
  readonly child: Entity;
  readonly parent: Entity;
  readonly need: GroupState;
}

const MAX_ATTEMPTS = 64;
const PHASES: readonly Phase[] = ['A', 'M', 'B'];

/** Decides who forks whom and in which phase; starts over when a guess proves wrong. */
export function buildCreationTree(model: PstreeModel, options: CreationOptions = {}): CreationTree {
  const hints = noHints();
  const once = { ...options, reservedPids: [...(options.reservedPids ?? [])] };
  for (let attempt = 1; ; attempt++) {
    try {
      return new CreationTreeBuilder(model, once, hints).build();
    } catch (error) {
      if (!(error instanceof Retry)) throw error;
      if (attempt >= MAX_ATTEMPTS || !learn(hints, error.hint)) throw new PlanError(error.rule, error.task, error.message);
    }
  }
}

class CreationTreeBuilder {
  /** The dump's tasks in pre-order. */
  private readonly order: Entity[] = [];
  private readonly byId = new Map<number, Entity>();
  private readonly groupSession = new Map<GroupKey, GroupKey>();
  private readonly members = new Map<GroupKey, Entity[]>();
  private readonly sessionIds = new Set<GroupKey>();
  private readonly helpers: Entity[] = [];
  private readonly sessionHelpers = new Map<GroupKey, Entity>();
  private readonly groupHelpers = new Map<GroupKey, Entity>();
  /** By (namespace, session, reaper): tasks in that session that can fork a carrier whose orphans go to that reaper. */
  private readonly carrierParents = new SessionIndex();
  /** By (namespace, session): tasks that are in that session during some phase. */
  private readonly sessionForkers = new SessionIndex();
  /** See siblingsOf. */
  private readonly siblingIndex = new Map<Entity, { bySession: Map<GroupKey, Entity[]>; anySession: Entity[] }>();
  /** By (namespace, session, their parent's reaper): tasks in that session that can fork a carrier with CLONE_PARENT. */
  private readonly cloneParentCarrierParents = new SessionIndex();
  /** By (namespace, session, reaper): zombies-to-be in that session whose own exit leaves their children to that reaper. */
  private readonly zombieCarriers = new SessionIndex();
  private readonly freePids: FreePids;
  private readonly rootInitial: GroupState;
  private readonly inheritedGroupPid: PidObject | undefined;

  constructor(
    private readonly model: PstreeModel,
    options: CreationOptions,
    private readonly hints: SessionHints,
  ) {
    this.freePids = new FreePids(model.pids.values(), model.root.ns, options.reservedPids ?? []);
    const outside = model.mode === 'container' ? OUTSIDE_KEY : INHERITED_KEY;
    this.rootInitial = { sid: outside, pgid: outside };
    if (model.mode === 'subtree' && options.inheritedPgid !== undefined) {
      this.inheritedGroupPid = { numbers: [options.inheritedPgid], ns: model.root.ns };
    }
  }

  private readonly groupPid = (group: GroupKey): PidObject | undefined =>
    group === INHERITED_KEY ? this.inheritedGroupPid : group > 0 ? this.model.pids.get(group) : undefined;

  build(): CreationTree {
    this.createEntities();
    const orphans = this.placeChildren();
    this.indexCarriers();
    // Orphans that only CLONE_PARENT can place go first: they need helpers forked by their
    // own parent. The sibling that forks one may be an orphan placed the same way: rounds
    // until none is placed, then the rest fail with the reason.
    const waiting = orphans.filter((o) => o.parent.reaper !== o.parent);
    for (let placed = true; placed; ) {
      placed = false;
      for (let i = 0; i < waiting.length; ) {
        if (this.placeBySibling(waiting[i]!)) {
          waiting.splice(i, 1);
          placed = true;
        } else i++;
      }
    }
    for (const orphan of waiting) this.placeOrphan(orphan);
    for (const orphan of orphans) if (orphan.parent.reaper === orphan.parent) this.placeOrphan(orphan);
    this.addGroupHelpers();
    this.addGroupKeepers();
    const entities = this.fixInitialStates();
    return {
      root: this.order[0],
      entities,
      helpers: this.helpers,
      groupPid: this.groupPid,
    };
  }

  private createEntities(): void {
    for (const task of this.model.tasks.values()) {
      const sid = keyOf(task.sid);
      const pgid = keyOf(task.pgid);
      this.sessionIds.add(sid);
      if (!this.groupSession.has(pgid)) this.groupSession.set(pgid, sid);
    }
    for (const task of this.model.tasks.values()) {
      const id = idOf(task.pid);
      const pgid = keyOf(task.pgid);
      const entity = new Entity(id, task.pid, task, null, keyOf(task.sid), pgid, pgid === id || this.groupSession.has(id));
      this.byId.set(id, entity);
      entity.position = this.order.length;
      this.order.push(entity);
      this.groupMembers(pgid).push(entity);
      const parent = task.parent ? (this.byId.get(idOf(task.parent.pid)) as Entity) : null;
      entity.parent = parent;
      parent?.addChild(entity);
      entity.reaper = task.childSubreaper || task.newPidNs ? entity : parent ? parent.reaper : null;
    }
    for (let i = this.order.length - 1; i >= 0; i--) {
      const entity = this.order[i];
      let end = i + 1;
      for (const child of entity.children) end = Math.max(end, child.end);
      entity.end = end;
    }
  }

  private placeChildren(): Orphan[] {
    for (const entity of this.order) this.setOwnNeeds(entity);
    const orphansOf: Orphan[][] = [];
    for (let i = this.order.length - 1; i >= 0; i--) orphansOf[i] = this.placeChildrenOf(this.order[i]);
    const orphans = orphansOf.flat();
    const isOrphan = new Set(orphans.map((o) => o.child));
    for (const entity of this.order) {
      entity.nearestOrphan = isOrphan.has(entity) ? entity : (entity.parent?.nearestOrphan ?? null);
    }
    return orphans;
  }

  private setOwnNeeds(entity: Entity): void {
    if (entity === this.order[0]) {
      entity.needSid = this.rootInitial.sid;
      entity.needPgid = this.rootInitial.pgid;
      entity.groupFixed = this.mustInheritGroup(entity);
      return;
    }
    entity.needSid = entity.leader ? undefined : entity.sid;
    entity.groupFixed = this.mustInheritGroup(entity);
    entity.needPgid = entity.groupFixed ? entity.pgid : undefined;
  }

  /** Its group is one neither it nor its parent can name, so it must be forked inside it. */
  private mustInheritGroup(entity: Entity): boolean {
    const pgid = entity.pgid as GroupKey;
    if (entity.leader || pgid === entity.id) return false;
    const parent = entity.parent;
    return !this.canName(pgid, entity.ns) && !(parent && this.canName(pgid, parent.ns));
  }

  private canName(group: GroupKey, ns: PidNamespace): boolean {
    const pid = this.groupPid(group);
    return pid !== undefined && isVisibleIn(pid, ns);
  }

  /**
   * What a child needs from the task forking it: its session, and its phase-A group when
   * neither it nor its parent can name that group (otherwise one of them joins it).
   */
  private needOf(child: Entity): GroupState {
    const group = child.needPgid;
    const sid = child.needSid ?? (group !== undefined ? this.groupSession.get(group) : undefined);
    const parent = child.parent;
    const joinable = group !== undefined && (this.canName(group, child.ns) || (parent !== null && this.canName(group, parent.ns)));
    return { sid, pgid: joinable ? undefined : group };
  }

  /**
   * Decides, for each child, the phase of the parent that forks it, or that it is an orphan.
   * Children of a session other than the parent's final one fix the parent's inherited
   * session (they were forked before its setsid); when they disagree, the others are orphans.
   */
  private placeChildrenOf(parent: Entity): Orphan[] {
    const pending: { readonly child: Entity; readonly need: GroupState }[] = [];
    for (const child of parent.children) {
      const need = this.needOf(child);
      const phase = this.freePhase(parent, child, need);
      if (phase) this.attach(child, parent, phase);
      else pending.push({ child, need });
    }
    if (pending.length > 0 && parent.needSid === undefined) this.chooseInitialSession(parent, pending.map((p) => p.need));
    const orphans: Orphan[] = [];
    for (const { child, need } of pending) {
      if (this.constrainInitial(parent, child, need)) this.attach(child, parent, 'A');
      else if (this.fits(parent, 'B', need)) this.attach(child, parent, 'B');
      else orphans.push({ child, parent, need });
    }
    return orphans;
  }

  /** A phase that fits the child without constraining the parent, if any. */
  private freePhase(parent: Entity, child: Entity, need: GroupState): Phase | null {
    const ownGroupMember = child.pgid === parent.id;
    // Children of the parent's own group are forked into it rather than joining later.
    if (parent.hasOwnGroupPhase() && ownGroupMember && !child.leader && !child.holdsGroup && this.fits(parent, 'M', need)) {
      return 'M';
    }
    // Otherwise as early as possible: the parent's own setpgid may wait for a group that one
    // of them creates, and a child that can name its group joins it by itself.
    if (need.pgid === undefined && this.fits(parent, 'A', need)) return 'A';
    // A parent leaving the group it created waits for a member: not one it forks afterwards.
    const leavesOwnGroup = parent.holdsGroup && !parent.leader && parent.pgid !== parent.id;
    if (!(leavesOwnGroup && ownGroupMember) && this.fits(parent, 'B', need)) return 'B';
    if (parent.hasOwnGroupPhase() && this.fits(parent, 'M', need)) return 'M';
    return null;
  }

  /**
   * A session leader's inherited session: the one its own parent can give it, else the one
   * most of its children need. The children of other sessions become orphans, which it adopts.
   */
  private chooseInitialSession(parent: Entity, needs: readonly GroupState[]): void {
    const banned = this.hints.banned.get(parent.id);
    const forced = this.hints.forced.get(parent.id);
    if (forced !== undefined) {
      parent.needSid = forced;
      parent.sidChosen = true;
      return;
    }
    const grandparent = parent.parent;
    const votes = new Map<GroupKey, number>();
    for (const { sid } of needs) {
      if (sid !== undefined && !banned?.has(sid) && !this.isCreatedWithin(sid, parent)) votes.set(sid, (votes.get(sid) ?? 0) + 1);
    }
    let best: GroupKey | undefined;
    let bestScore = -1;
    for (const [sid, count] of votes) {
      const provided = grandparent === null || this.canProvide(grandparent, { sid });
      const score = (provided ? needs.length : 0) + count;
      if (score > bestScore) {
        best = sid;
        bestScore = score;
      }
    }
    // Unless the grandparent can adopt it, the parent must get its session from the grandparent.
    const adopts = (entity: Entity | null): boolean => entity !== null && entity.reaper === entity;
    const provided = best !== undefined && (grandparent === null || this.canProvide(grandparent, { sid: best }));
    const choose = provided || !adopts(parent) || adopts(grandparent);
    if (choose && best !== undefined) {
      parent.needSid = best;
      parent.sidChosen = true;
    }
  }

  private fits(entity: Entity, phase: Phase, need: GroupState): boolean {
    return satisfies(entity.stateIn(phase), need);
  }

  /**
   * Phase A: the parent's inherited session must be the child's. If the child needs a group,
   * the parent joins it before the fork when it or its own parent can name it; otherwise the
   * parent must have been forked in it too.
   */
  private constrainInitial(parent: Entity, child: Entity, need: GroupState): boolean {
    // The parent's inherited session is known, or chosen by now.
    if (need.sid !== undefined && parent.needSid !== need.sid) return false;
    // It can only inherit what exists before it does, not what its descendants create.
    if (this.isCreatedWithin(need.sid, parent) || this.isCreatedWithin(need.pgid, parent)) return false;
    const group = need.pgid;
    const inherits = group !== undefined && (parent.groupFixed || !this.canBeMovedInto(parent, group));
    if (inherits && parent.needPgid !== undefined && parent.needPgid !== group) return false;
    child.forkedInGroup = group;
    if (inherits) parent.needPgid = group;
    return true;
  }

  /** Whether `entity` may be in the session and group at some point, as far as known yet. */
  private canProvide(entity: Entity, need: GroupState): boolean {
    const phases: Phase[] = entity.hasOwnGroupPhase() ? ['A', 'M', 'B'] : ['A', 'B'];
    return phases.some((phase) => {
      const state = entity.stateIn(phase);
      const sidOk = need.sid === undefined || state.sid === undefined || state.sid === need.sid;
      const pgid = need.pgid;
      const pgidOk =
        pgid === undefined || state.pgid === undefined || state.pgid === pgid || (phase === 'A' && this.canBeMovedInto(entity, pgid));
      return sidOk && pgidOk;
    });
  }

  private canBeMovedInto(entity: Entity, group: GroupKey): boolean {
    const parent = entity.parent;
    return this.canName(group, entity.ns) || (parent !== null && this.canName(group, parent.ns));
  }

  /** Every task, under each session it is in during the restore (a session leader: two). */
  private indexCarriers(): void {
    for (const entity of this.order) {
      this.indexCarrier(entity, entity.sid);
      if (entity.leader && entity.needSid !== undefined && entity.needSid !== entity.sid) this.indexCarrier(entity, entity.needSid);
    }
  }

  private indexCarrier(entity: Entity, sid: GroupKey): void {
    this.sessionForkers.add(entity.ns, sid, null, entity);
    this.carrierParents.add(entity.ns, sid, entity.reaper, entity);
    if (entity.parent && !entity.newPidNs) this.cloneParentCarrierParents.add(entity.ns, sid, entity.parent.reaper, entity);
    if (entity.isZombie && entity.parent) this.zombieCarriers.add(entity.ns, sid, entity.parent.reaper, entity);
  }

  /**
   * An orphan is forked by a task of its session that exits, so that it lands on its parent:
   * a helper holding the dead session leader's pid, a zombie-to-be, or a carrier helper.
   */
  /** A child of its parent in its session forks it with CLONE_PARENT: no exit, no reaper needed. */
  private placeBySibling({ child, parent, need }: Orphan): boolean {
    const siblingNeed = this.withoutCreatorJoin(child, need);
    const sibling = siblingNeed && this.siblingForkerFor(need.sid as GroupKey, parent, child, siblingNeed);
    if (!sibling) return false;
    this.attach(child, sibling.forker, sibling.phase);
    child.cloneParent = true;
    return true;
  }

  private placeOrphan(orphan: Orphan): void {
    const { child, parent, need } = orphan;
    const sid = need.sid as GroupKey;
    if (this.placeBySibling(orphan)) return;
    if (parent.reaper !== parent) {
      const failure = new PlanError(
        'orphan-without-reaper',
        child.id,
        `task ${child.id} must be forked in session ${sessionName(sid)} by a task that then exits, leaving it to its parent ${parent.id}; but ${parent.id} is neither pid 1 of its pid namespace nor a child subreaper, and none of its children can be in that session to fork it with CLONE_PARENT`,
      );
      // The child guessed its own inherited session wrong, or the parent did, leaving it out.
      if (child.sidChosen) throw new Retry(failure, { task: child.id, ban: sid });
      if (parent.sidChosen && parent.needSid !== undefined) throw new Retry(failure, { task: parent.id, ban: parent.needSid });
      throw failure;
    }
    const leaderHelper = this.sessionHelperFor(sid, parent, child, need, 'exit') ?? this.groupHelperFor(sid, parent, child, need);
    if (leaderHelper) return this.attach(child, leaderHelper, 'B');
    for (const zombie of this.zombieCarriers.get(parent.ns, sid, parent)) {
      const phase = this.isForkedBy(zombie, child) ? null : zombie.earliestPhaseFor(need);
      if (phase) return this.attach(child, zombie, phase);
    }
    for (const forker of this.carrierParents.get(parent.ns, sid, parent)) {
      const phase = this.isForkedBy(forker, child) ? null : forker.earliestPhaseFor(need);
      if (phase) return this.attach(child, this.newCarrier(forker, phase, sid), 'B');
    }
    // A carrier forked with CLONE_PARENT is its forker's sibling: its orphans go where the forker's parent's go.
    for (const forker of this.cloneParentCarrierParents.get(parent.ns, sid, parent)) {
      const phase = this.isForkedBy(forker, child) ? null : forker.earliestPhaseFor(need);
      if (phase) return this.attach(child, this.newCarrier(forker, phase, sid, true), 'B');
    }
    const failure = new PlanError(
      'no-session-carrier',
      child.id,
      `task ${child.id} needs a task of session ${sessionName(sid)}${need.pgid !== undefined ? ` and group ${sessionName(need.pgid)}` : ''} in its pid namespace to fork it, whose orphans go to its parent ${parent.id}: there is none`,
    );
    // Either its parent (a session leader) guessed its inherited session wrong and should
    // have forked it before its setsid, or the child guessed its own wrong.
    const parentMayForkIt = parent.leader && parent !== this.order[0] && this.hints.forced.get(parent.id) !== sid;
    if (parentMayForkIt && !this.hints.banned.get(parent.id)?.has(sid)) throw new Retry(failure, { task: parent.id, force: sid });
    if (child.sidChosen) throw new Retry(failure, { task: child.id, ban: sid });
    throw failure;
  }

  /**
   * A task whose parent is `parent` and that is in the session (and group) the child needs
   * at some phase: its CLONE_PARENT fork lands the child on `parent`. A pid namespace's init
   * cannot use CLONE_PARENT, and the child must not be one of its own creators.
   */
  private siblingForkerFor(sid: GroupKey, parent: Entity, child: Entity, need: GroupState): { forker: Entity; phase: Phase } | null {
    const helper = this.sessionHelperFor(sid, parent, child, need, 'clone-parent');
    if (helper) return { forker: helper, phase: 'B' };
    const groupHelper = this.siblingGroupHelperFor(sid, parent, child, need);
    if (groupHelper) return { forker: groupHelper, phase: 'M' };
    const { bySession, anySession } = this.siblingsOf(parent);
    for (const forker of chain(bySession.get(sid) ?? [], anySession)) {
      if (forker === child || forker.ns !== birthNs(child) || forker.restoredParent() !== parent) continue;
      if (this.isForkedBy(forker, child)) continue;
      const phase = forker.earliestPhaseFor(need);
      if (phase) return { forker, phase };
    }
    return null;
  }

  /**
   * A dead group leader's helper that is itself a child of `parent`: forked with
   * CLONE_PARENT by a sibling in the group's session, it makes the group and forks the
   * orphan with CLONE_PARENT too.
   */
  private siblingGroupHelperFor(sid: GroupKey, parent: Entity, child: Entity, need: GroupState): Entity | null {
    const group = need.pgid;
    if (group === undefined || group <= 0 || this.model.tasks.has(group) || this.sessionIds.has(group)) return null;
    const pid = this.model.pids.get(group);
    if (!pid || pid.ns !== birthNs(child)) return null;
    const existing = this.groupHelpers.get(group);
    if (existing) return existing.restoredParent() === parent && !this.isForkedBy(existing, child) ? existing : null;
    const { bySession, anySession } = this.siblingsOf(parent);
    for (const forker of chain(bySession.get(sid) ?? [], anySession)) {
      if (forker === child || forker.ns !== pid.ns || forker.restoredParent() !== parent || this.isForkedBy(forker, child)) continue;
      const phase = forker.earliestPhaseFor({ sid });
      if (!phase) continue;
      const helper = this.newHelper(pid, 'group-leader', sid, forker, phase);
      helper.cloneParent = true;
      this.groupHelpers.set(group, helper);
      return helper;
    }
    return null;
  }

  /**
   * The tasks and helpers `parent` forks that could fork a sibling with CLONE_PARENT (no
   * namespace init), by the sessions they are in at some phase (anySession: not known
   * yet), so that placing many orphans does not walk all of a parent's children each time.
   */
  private siblingsOf(parent: Entity): { bySession: Map<GroupKey, Entity[]>; anySession: Entity[] } {
    let index = this.siblingIndex.get(parent);
    if (index) return index;
    index = { bySession: new Map(), anySession: [] };
    for (const e of new Set(chain(parent.children, parent.early, parent.forks.A, parent.forks.M, parent.forks.B))) {
      if (e.newPidNs) continue;
      const phases: Phase[] = e.hasOwnGroupPhase() ? ['A', 'M', 'B'] : ['A', 'B'];
      const sids = new Set(phases.map((phase) => e.stateIn(phase).sid));
      for (const sid of sids) {
        if (sid === undefined) {
          index.anySession.push(e);
          continue;
        }
        const list = index.bySession.get(sid);
        if (list) list.push(e);
        else index.bySession.set(sid, [e]);
      }
    }
    this.siblingIndex.set(parent, index);
    return index;
  }

  /**
   * A child forked with CLONE_PARENT cannot be moved by its creator, which is not its
   * parent: the one group it must be in and cannot name itself (its final one, or one its
   * early children are forked in), it must be forked in. Null when there are several.
   */
  private withoutCreatorJoin(child: Entity, need: GroupState): GroupState | null {
    const unnamable = new Set<GroupKey>();
    if (need.pgid !== undefined) unnamable.add(need.pgid);
    const group = child.pgid;
    if (group !== undefined && group !== child.id && !child.leader && !this.canName(group, child.ns)) {
      // Back into it after making its own group: only a parent can move it there.
      if (child.holdsGroup) return null;
      unnamable.add(group);
    }
    for (const early of child.forks.A) {
      const inGroup = early.forkedInGroup;
      if (inGroup !== undefined && !this.canName(inGroup, child.ns)) unnamable.add(inGroup);
    }
    if (unnamable.size > 1) return null;
    const [pgid] = unnamable;
    return pgid === undefined ? need : { sid: need.sid, pgid };
  }

  /**
   * The helper holding a dead session leader's pid, forked by `parent` when new. Its fork
   * lands the child on `parent` with CLONE_PARENT if `parent` forked it, or by its exit if
   * its orphans go to `parent`.
   */
  private sessionHelperFor(sid: GroupKey, parent: Entity, child: Entity, need: GroupState, landing: 'clone-parent' | 'exit'): Entity | null {
    if (sid <= 0 || this.model.tasks.has(sid)) return null;
    const pid = this.model.pids.get(sid);
    if (!pid || pid.ns !== parent.ns || (need.pgid !== undefined && need.pgid !== sid)) return null;
    let helper = this.sessionHelpers.get(sid);
    if (!helper) {
      helper = this.newHelper(pid, 'session-leader', sid, parent, 'A');
      this.sessionHelpers.set(sid, helper);
      this.carrierParents.add(parent.ns, sid, parent.reaper, helper);
      this.sessionForkers.add(parent.ns, sid, null, helper);
    }
    const lands = helper.creator === parent || (landing === 'exit' && this.landingOf(helper) === parent);
    return lands && !this.isForkedBy(helper, child) ? helper : null;
  }

  /** A dead group leader's helper, forked by a task of its session whose orphans go to `parent`. */
  private groupHelperFor(sid: GroupKey, parent: Entity, child: Entity, need: GroupState): Entity | null {
    const group = need.pgid;
    if (group === undefined || group <= 0 || this.model.tasks.has(group) || this.sessionIds.has(group)) return null;
    const pid = this.model.pids.get(group);
    if (!pid || pid.ns !== parent.ns) return null;
    const existing = this.groupHelpers.get(group);
    if (existing) return this.landingOf(existing) === parent && !this.isForkedBy(existing, child) ? existing : null;
    for (const forker of this.carrierParents.get(parent.ns, sid, parent)) {
      const phase = this.isForkedBy(forker, child) ? null : forker.earliestPhaseFor({ sid });
      if (!phase) continue;
      const helper = this.newHelper(pid, 'group-leader', sid, forker, phase);
      this.groupHelpers.set(group, helper);
      return helper;
    }
    return null;
  }

  /** Where a helper's children go when it exits. */
  private landingOf(helper: Entity): Entity | null {
    const parent = helper.restoredParent() as Entity;
    return parent.task ? parent.reaper : this.landingOf(parent);
  }

  private newCarrier(forker: Entity, phase: Phase, sid: GroupKey, cloneParent = false): Entity {
    const numbers = this.freePids.take(forker.ns);
    const carrier = new Entity(numbers[0], { numbers, ns: forker.ns }, null, 'carrier', sid, undefined, false);
    this.helpers.push(carrier);
    this.attach(carrier, forker, phase);
    carrier.cloneParent = cloneParent;
    return carrier;
  }

  /** Helpers forked in phase A go first, so that their session or group exists early. */
  private newHelper(pid: PidObject, role: 'session-leader' | 'group-leader', sid: GroupKey, creator: Entity, phase: Phase): Entity {
    const helper = new Entity(idOf(pid), pid, null, role, sid, idOf(pid), true);
    helper.creator = creator;
    helper.phaseIn = phase;
    creator.addFork(helper, phase === 'A' ? 'early' : phase);
    this.helpers.push(helper);
    return helper;
  }

  /** A group whose leader is dead gets a helper with its pid, forked by a task of its session that can see it. */
  private addGroupHelpers(): void {
    for (const [group, members] of this.members) {
      if (group <= 0 || this.model.tasks.has(group) || this.sessionIds.has(group) || this.groupHelpers.has(group)) continue;
      const pid = this.model.pids.get(group) as PidObject;
      const need = { sid: this.groupSession.get(group) as GroupKey };
      const forkers = this.sessionForkers.get(pid.ns, need.sid, null);
      // Without one, members can only inherit the group; the timeline reports any join it cannot do.
      for (const creator of chain(members, forkers)) {
        const phase = creator.ns === pid.ns ? creator.earliestPhaseFor(need) : null;
        if (phase) {
          this.newHelper(pid, 'group-leader', need.sid, creator, phase);
          break;
        }
      }
    }
  }

  /**
   * A task that leaves the group it created first forks a keeper into it, which holds the
   * group until the end: its members may join after it left, or leave for a while.
   */
  private addGroupKeepers(): void {
    for (const entity of this.order) {
      if (!entity.holdsGroup || entity.leader || entity.pgid === entity.id) continue;
      const numbers = this.freePids.take(entity.ns);
      const keeper = new Entity(numbers[0], { numbers, ns: entity.ns }, null, 'group-keeper', entity.sid, entity.id, false);
      this.helpers.push(keeper);
      this.attach(keeper, entity, 'M');
    }
  }

  /** Top-down: everyone's session and group at fork. */
  private fixInitialStates(): Entity[] {
    const root = this.order[0];
    root.initial = this.rootInitial;
    const entities = [root];
    for (let i = 0; i < entities.length; i++) {
      const creator = entities[i];
      this.fixForked(creator, creator.early, 'A', entities);
      for (const phase of PHASES) this.fixForked(creator, creator.forks[phase], phase, entities);
    }
    if (entities.length !== this.order.length + this.helpers.length) {
      const stuck = [...this.order, ...this.helpers].find((e) => e.initial === null) as Entity;
      throw new PlanError('order-cycle', stuck.id, `task ${stuck.id} would be forked by one of its own descendants`);
    }
    return entities;
  }

  private fixForked(creator: Entity, children: readonly Entity[], phase: Phase, entities: Entity[]): void {
    if (children.length === 0) return;
    const phaseState = creator.stateIn(phase);
    for (const child of children) {
      const group = phase === 'A' ? child.forkedInGroup : undefined;
      const state = group === undefined ? phaseState : { sid: phaseState.sid, pgid: group };
      child.initial = state;
      if (child.role === 'carrier') child.pgid = state.pgid;
      if (child.task && !child.leader && state.sid !== child.sid) {
        throw new PlanError('no-session-carrier', child.id, `internal: task ${child.id} would be forked outside its session`);
      }
      entities.push(child);
    }
  }

  private attach(child: Entity, creator: Entity, phase: Phase): void {
    child.creator = creator;
    child.phaseIn = phase;
    creator.addFork(child, phase);
  }

  /**
   * Whether `entity` would be forked, directly or not, by `task`: up its chain of creators,
   * through parents within the dump and through carriers already chosen.
   */
  private isForkedBy(entity: Entity, task: Entity): boolean {
    let at: Entity | null = entity;
    while (at) {
      if (!at.task) {
        at = at.creator;
        continue;
      }
      if (this.isWithin(at, task)) return true;
      const orphan = at.nearestOrphan;
      at = orphan ? orphan.creator : null;
    }
    return false;
  }

  /** Whether only `ancestor` or its descendants can create the group: its leader is one, or it is in a namespace `ancestor` created. */
  private isCreatedWithin(group: GroupKey | undefined, ancestor: Entity): boolean {
    if (group === undefined || group <= 0) return false;
    const holder = this.byId.get(group);
    if (holder) return this.isWithin(holder, ancestor);
    const pid = this.model.pids.get(group) as PidObject;
    return ancestor.newPidNs && pid.ns.depth >= ancestor.ns.depth && nsAtDepth(pid.ns, ancestor.ns.depth) === ancestor.ns;
  }

  private isWithin(entity: Entity, ancestor: Entity): boolean {
    return entity.position >= ancestor.position && entity.position < ancestor.end;
  }

  private groupMembers(group: GroupKey): Entity[] {
    let list = this.members.get(group);
    if (!list) {
      list = [];
      this.members.set(group, list);
    }
    return list;
  }
}

/** The namespace a task is forked from: its parent's, or its own for an init of a new one's parent. */
function birthNs(entity: Entity): PidNamespace | null {
  return entity.newPidNs ? entity.ns.parent : entity.ns;
}

function* chain<T>(...lists: readonly (readonly T[])[]): Generator<T> {
  for (const list of lists) yield* list;
}

export function sessionName(key: GroupKey): string {
  if (key === INHERITED_KEY) return '(inherited from the restorer)';
  if (key === OUTSIDE_KEY) return '(outside the container)';
  return String(key);
}
