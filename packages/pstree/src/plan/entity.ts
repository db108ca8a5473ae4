import { PidNamespace, PidObject, PidRef, Task, idOf, isInherited } from '../model';
import { HelperRole } from './types';

/**
 * A session or process group: the root-namespace number of its pid object, or one of the
 * restorer's own (which restored tasks can only inherit).
 */
export type GroupKey = number;
/** The restorer's session or group, kept by tasks of a subtree dump. */
export const INHERITED_KEY = -1;
/** The restorer's session or group, which a container's init leaves with setsid. */
export const OUTSIDE_KEY = -2;

export function keyOf(ref: PidRef): GroupKey {
  return isInherited(ref) ? INHERITED_KEY : idOf(ref);
}

/** Phases of a task's life during the restore: before its setsid or own group (A), in its own group (M), final (B). */
export type Phase = 'A' | 'M' | 'B';

/** A session and group, either possibly unknown (a requirement or what is known before planning ends). */
export interface GroupState {
  readonly sid?: GroupKey;
  readonly pgid?: GroupKey;
}

export function satisfies(state: GroupState, need: GroupState): boolean {
  return (need.sid === undefined || need.sid === state.sid) && (need.pgid === undefined || need.pgid === state.pgid);
}

/** Shared by entities that have nothing in a list, to spare an array each. */
const NONE: readonly Entity[] = [];

function added(list: readonly Entity[], entity: Entity): Entity[] {
  const grown = list === NONE ? [] : (list as Entity[]);
  grown.push(entity);
  return grown;
}

/** A task to create: one of the dump's, or a helper. */
export class Entity {
  // Its place in the dumped tree (helpers have none).
  /** Its parent in the dump. */
  parent: Entity | null = null;
  /** Its children in the dump. */
  children: readonly Entity[] = NONE;
  /** Pre-order index in the dump, and one past its last descendant's. */
  position = -1;
  end = -1;
  /** Where orphans of an exit at or below it go: the nearest child subreaper or namespace init at or above it; null: outside. */
  reaper: Entity | null = null;
  /** Itself or its nearest ancestor that is forked by a carrier rather than by its parent. */
  nearestOrphan: Entity | null = null;

  creator: Entity | null = null;
  /** Its creator forks it with CLONE_PARENT, so its parent is the creator's parent. */
  cloneParent = false;
  /** The creator's phase in which it forks this one. */
  phaseIn: Phase = 'B';
  /** Children forked first thing (helpers that need no particular group). */
  early: readonly Entity[] = NONE;
  readonly forks: Record<Phase, readonly Entity[]> = { A: NONE, M: NONE, B: NONE };
  /** Its session at fork, and so in phase A; undefined: any. */
  needSid: GroupKey | undefined;
  /** needSid is a guess among its children's sessions (it leads its own session). */
  sidChosen = false;
  /** The group it must be forked in (neither it nor its parent can name it); undefined: any. */
  needPgid: GroupKey | undefined;
  /** It must stay in the group it is forked in: it can never name its final group. */
  groupFixed = false;
  /** Forked in phase A while its creator is in this group, which it cannot join by itself. */
  forkedInGroup: GroupKey | undefined;
  /** Session and group at fork, fixed once the creation tree is known. */
  initial: GroupState | null = null;

  constructor(
    readonly id: number,
    readonly pid: PidObject,
    readonly task: Task | null,
    readonly role: HelperRole | null,
    readonly sid: GroupKey,
    /** Final group; a carrier's is whatever it inherits. */
    public pgid: GroupKey | undefined,
    /** Its own pid is a process group id that must exist. */
    readonly holdsGroup: boolean,
  ) {}

  get ns(): PidNamespace {
    return this.pid.ns;
  }

  get leader(): boolean {
    return this.sid === this.id;
  }

  get newPidNs(): boolean {
    return this.task?.newPidNs ?? false;
  }

  get isZombie(): boolean {
    return this.task?.state.kind === 'zombie';
  }

  /** Helpers and zombies exit at the end of the restore. */
  get exits(): boolean {
    return this.role !== null || this.isZombie;
  }

  hasOwnGroupPhase(): boolean {
    return this.leader || this.holdsGroup;
  }

  /** The session and group it is in during a phase, as far as known. */
  stateIn(phase: Phase): GroupState {
    if (phase === 'A') {
      if (this.initial) return this.initial;
      return { sid: this.needSid ?? (this.leader ? undefined : this.sid), pgid: this.needPgid };
    }
    if (this.leader) return { sid: this.id, pgid: this.id };
    if (phase === 'M') return { sid: this.sid, pgid: this.id };
    return { sid: this.sid, pgid: this.role === 'carrier' ? this.initial?.pgid : this.pgid };
  }

  /**
   * The earliest phase in which it can fork a child needing `need`, as far as known: later
   * ones may wait for groups that the child's own subtree creates.
   */
  earliestPhaseFor(need: GroupState): Phase | null {
    if (satisfies(this.stateIn('A'), need)) return 'A';
    if (this.hasOwnGroupPhase() && satisfies(this.stateIn('M'), need)) return 'M';
    return satisfies(this.stateIn('B'), need) ? 'B' : null;
  }

  /** Its parent during the restore: its creator, or for a CLONE_PARENT fork its creator's parent; null until placed. */
  restoredParent(): Entity | null {
    let at: Entity = this;
    while (at.cloneParent && at.creator) at = at.creator;
    return at.creator;
  }

  addChild(child: Entity): void {
    this.children = added(this.children, child);
  }

  /** It forks `child` in `phase`, or first thing. */
  addFork(child: Entity, phase: Phase | 'early'): void {
    if (phase === 'early') this.early = added(this.early, child);
    else this.forks[phase] = added(this.forks[phase], child);
  }
}
