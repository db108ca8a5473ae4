// The fd placement planner: from the fds a restoring task has now to the fd table it
// must end with, as a list of dup3 / F_DUPFD_CLOEXEC / close steps. Pure: no syscalls
// here; see execute.ts to run a plan in this process or in a task under ptrace.
//
// Why a planner (seed 000): fds come into being at numbers the kernel picks (pipe(),
// socketpair(), open(), fds inherited from the caller), and dup2(src, dst) silently
// closes whatever `dst` held. Moving fds one by one breaks as soon as one fd's target is
// another fd's current number: a pipe whose ends came back as 27 and 18 but must end at
// 18 and 27 ("swapped"), chains (a -> b -> c), cycles, an inherited fd sitting at 3 when
// the task's own fd 3 must be restored (seed 001), service fds in the way of targets.
//
// The planner keeps a model of the table and only ever overwrites or closes an fd whose
// file is not needed any more or still has another copy. It breaks cycles with one
// spare fd: the lowest free number in the service area (above every target), else any
// free number below the limit, else an fd whose file is also open elsewhere (a target
// holding a file that another target also holds, say). When none of these exists the
// table cannot be reached within RLIMIT_NOFILE and the planner says so.
//
// Assumption: `current` and `keep` together list every fd open in the task. The
// planner predicts where F_DUPFD_CLOEXEC lands (the lowest free number >= min); an fd
// it does not know of would change that, and execute.ts checks each prediction.
//
// Cost: O(n log n) in the fds involved (current, keep, targets), whatever their shape
// (10,000 dups of one file, 10,000 distinct files, long cycles). Every choice the
// planner makes (a source copy, a spare, the lowest blocked target, the lowest free
// number, a number to lend) comes from an index kept up to date with the model
// (fd-sets.ts), never from walking all copies of a file or the whole table; each target
// is tried once, and again only when the file it holds gains a copy or loses its last
// demand.

import { FdNumbers, LazyMinHeap } from './fd-sets';

/** A file open at an fd number. `id` names the open file: equal ids, same file. */
export interface FdEntry {
  fd: number;
  id: string;
  /** Whether close-on-exec is set; unknown (undefined) means "set it explicitly if it matters". */
  cloexec?: boolean;
}

export interface TargetFd {
  fd: number;
  id: string;
  /** FD_CLOEXEC at the end (default false: restored fds are inheritable unless the image says otherwise). */
  cloexec?: boolean;
}

export interface PlacementInput {
  /** What is open now besides the service fds: inherited fds, fds just created at arbitrary numbers. */
  current: FdEntry[];
  /** Service fds that must stay usable: they may be moved; `serviceFds` says where each ended. Ids must be unique. */
  keep?: FdEntry[];
  /** The final table. */
  target: TargetFd[];
  /** RLIMIT_NOFILE's soft limit in the task: no fd at or above it can be created. */
  limit: number;
  /** The lowest fd for service fds (default: one above the highest target). Must be above every target. */
  serviceBase?: number;
}

export type PlacementStep =
  /** dup3(from, to, cloexec ? O_CLOEXEC : 0). `to` may be open: dup3 closes it. */
  | { op: 'dup'; from: number; to: number; cloexec: boolean }
  /** fcntl(from, F_DUPFD_CLOEXEC, min): the kernel picks the lowest free fd >= min; the planner predicts `result`. */
  | { op: 'dupAbove'; from: number; min: number; result: number }
  /** close(fd). */
  | { op: 'close'; fd: number }
  /** fcntl(fd, F_SETFD, cloexec ? FD_CLOEXEC : 0), for a target fd that already holds its file. */
  | { op: 'setCloexec'; fd: number; cloexec: boolean };

export interface PlacementPlan {
  steps: PlacementStep[];
  /** Where each `keep` fd ended, by id: all at or above `serviceBase`, below `limit`. */
  serviceFds: Map<string, number>;
  /** The lowest service fd number used by the plan: above every target. */
  serviceBase: number;
}

export type PlacementErrorCode =
  /** The input itself is inconsistent (duplicate fds, a target file nobody holds...). */
  | 'INVALID_INPUT'
  /** A target fd is at or above the limit. */
  | 'TARGET_ABOVE_LIMIT'
  /** Not enough fd numbers between the highest target and the limit for the service fds. */
  | 'NO_ROOM_FOR_SERVICE_FDS'
  /** A cycle of fds needs one spare fd number and every number below the limit holds a needed file. */
  | 'NO_SPARE_FD'
  /** Running a plan: the kernel's F_DUPFD result differed from the plan's (the task has fds the plan did not know). */
  | 'UNEXPECTED_FD';

export class PlacementError extends Error {
  readonly code: PlacementErrorCode;
  /** The fd numbers concerned. */
  readonly fds: number[];
  readonly limit: number | undefined;

  constructor(code: PlacementErrorCode, message: string, fds: number[], limit?: number) {
    super(message);
    this.name = 'PlacementError';
    this.code = code;
    this.fds = fds;
    this.limit = limit;
  }
}

function isFdNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
}

function invalid(message: string, fds: number[], limit?: number): PlacementError {
  return new PlacementError('INVALID_INPUT', message, fds, limit);
}

/**
 * Plans the steps from `input.current` + `input.keep` to `input.target`. After the
 * steps, in order: every target fd holds its file with its close-on-exec flag; each
 * keep file is open at exactly one fd, its `serviceFds` entry, in [serviceBase, limit);
 * nothing else is open. No step ever closes or overwrites the last copy of a file that
 * is still needed, and no step creates an fd at or above `limit`.
 */
export function planPlacement(input: PlacementInput): PlacementPlan {
  return new Planner(input).run();
}

/** A target fd: what it must hold, and how far the planner got with it. */
interface Target {
  id: string;
  cloexec: boolean;
  /** It holds its file for good. */
  settled: boolean;
  /** Tried, and it holds the last copy of a file still needed: it waits for a wake (or breakBlock). */
  blocked: boolean;
}

/**
 * What the planner knows of one fd number. Slots are never removed: a closed fd is a
 * slot with no file. (V8's hash tables slow down, quadratically, when one key is deleted
 * and added again many times, as happens to a spare fd number or a lent one.)
 */
interface Slot {
  readonly fd: number;
  /** The file it holds; undefined when closed. */
  id: string | undefined;
  cloexec: boolean | undefined;
  readonly target: Target | undefined;
  /** The keep id while this fd is that keep's service fd. */
  service: string | undefined;
}

/**
 * Where the copies of one file are, by what each does now: what the planner's choices
 * need, in O(1) or O(log n). Heaps and sets are made only when needed, as most files in
 * a big table have a single copy (allocation is what costs there).
 */
class Copies {
  count = 0;
  /** The copy, while there is one and never were two (then byFd takes over). */
  firstFd = -1;
  /** The copies by number, once there were two (lazy: stale entries are skipped). */
  byFd: LazyMinHeap | null = null;
  /** Copies below the limit that serve nothing: not on a target, not a service fd. Few at any time (tidy closes them). */
  loose: Set<number> | null = null;
  /** Settled targets and service fds holding the file, and those by number (lazy). */
  anchored = 0;
  anchoredByFd: LazyMinHeap | null = null;
  /** The lowest copy at or above the limit, or -1. Steps never create fds there, and close them only at the end. */
  lowestAbove = -1;
  /** The blocked target holding the file (its last copy), or -1. */
  blockedTarget = -1;
  /** Anchored copies set aside by lowestLender while the file could not lend. */
  parkedLenders: number[] | null = null;

  add(fd: number): void {
    this.count++;
    if (this.byFd) this.byFd.push(fd);
    else if (this.count === 1) this.firstFd = fd;
    else {
      this.byFd = new LazyMinHeap();
      this.byFd.push(this.firstFd);
      this.byFd.push(fd);
    }
  }

  /** The lowest copy for which `live` holds. */
  lowest(live: (fd: number) => boolean): number | undefined {
    if (this.byFd) return this.byFd.min(live);
    return this.count === 1 ? this.firstFd : undefined;
  }

  addLoose(fd: number): void {
    (this.loose ??= new Set()).add(fd);
  }

  get looseCount(): number {
    return this.loose?.size ?? 0;
  }
}

class Planner {
  readonly limit: number;
  readonly base: number;
  /** Every fd number the plan touches: what is open, the targets. */
  readonly slots = new Map<number, Slot>();
  /** The open fd numbers as a bitmap, for F_DUPFD predictions; and how many. */
  readonly numbers = new FdNumbers();
  open = 0;
  /** id -> where its copies are. */
  readonly files = new Map<string, Copies>();
  /** The target fds, ascending. */
  readonly targetFds: number[] = [];
  settledCount = 0;
  readonly keepIds: string[] = [];
  readonly keepSet = new Set<string>();
  /** Keep id -> its service fd, once placed. */
  readonly service = new Map<string, number>();
  /** id -> how many unsettled targets want it. */
  readonly pending = new Map<string, number>();
  readonly steps: PlacementStep[] = [];
  /** Targets to try (a stack). Every unsettled target is either here or blocked. */
  readonly work: number[] = [];
  /** Blocked targets by number (lazy), for breakBlock. */
  readonly blockedByFd = new LazyMinHeap();
  /**
   * Anchored fds that may lend their number to break a cycle when no number is free
   * (breakBlock): those whose file is also held by another anchored fd or above the
   * limit. Lazy: an entry whose file cannot lend when it comes on top is parked with its
   * file and pushed again when the file gains a second anchored copy.
   */
  readonly lenders = new LazyMinHeap();

  constructor(readonly input: PlacementInput) {
    const { limit } = input;
    if (!isFdNumber(limit) || limit < 1) throw invalid(`limit must be a positive integer (RLIMIT_NOFILE's soft limit), got ${String(limit)}`, []);
    this.limit = limit;
    const seen = new Map<number, string>();
    const opened: Array<[number, string, boolean | undefined]> = [];
    const addOpen = (e: FdEntry, what: string): void => {
      if (!isFdNumber(e.fd)) throw invalid(`${what} fd ${String(e.fd)} is not an fd number`, []);
      if (typeof e.id !== 'string') throw invalid(`${what} fd ${e.fd} has no file id`, [e.fd]);
      if (seen.has(e.fd)) throw invalid(`fd ${e.fd} is listed twice (${seen.get(e.fd)} and ${what})`, [e.fd]);
      seen.set(e.fd, what);
      opened.push([e.fd, e.id, e.cloexec]);
    };
    for (const e of input.current ?? []) addOpen(e, 'current');
    const keepSeen = new Set<string>();
    for (const e of input.keep ?? []) {
      addOpen(e, 'keep');
      if (keepSeen.has(e.id)) throw invalid(`two keep fds have the same id ${JSON.stringify(e.id)}: service fds are named by id`, [e.fd]);
      keepSeen.add(e.id);
      this.keepIds.push(e.id);
      this.keepSet.add(e.id);
    }
    const held = new Set(opened.map((o) => o[1]));
    let maxTarget = -1;
    const above = (input.target ?? []).filter((t) => isFdNumber(t.fd) && t.fd >= limit).map((t) => t.fd);
    if (above.length > 0) {
      const top = above.reduce((a, b) => Math.max(a, b));
      throw new PlacementError(
        'TARGET_ABOVE_LIMIT',
        `target fd${above.length > 1 ? 's' : ''} ${above.join(', ')} ${above.length > 1 ? 'are' : 'is'} not below RLIMIT_NOFILE ${limit}: ` +
          `raise the task's soft limit to at least ${top + 1 + this.keepIds.length}${this.keepIds.length ? ` (room for ${this.keepIds.length} service fd(s) included)` : ''}`,
        above,
        limit,
      );
    }
    for (const t of input.target ?? []) {
      if (!isFdNumber(t.fd)) throw invalid(`target fd ${String(t.fd)} is not an fd number`, []);
      if (this.slots.has(t.fd)) throw invalid(`target fd ${t.fd} is listed twice`, [t.fd]);
      if (!held.has(t.id)) {
        throw invalid(`target fd ${t.fd} needs file ${JSON.stringify(t.id)}, which no fd in current or keep holds`, [t.fd], limit);
      }
      const target: Target = { id: t.id, cloexec: t.cloexec ?? false, settled: false, blocked: false };
      this.slots.set(t.fd, { fd: t.fd, id: undefined, cloexec: undefined, target, service: undefined });
      this.targetFds.push(t.fd);
      this.pending.set(t.id, (this.pending.get(t.id) ?? 0) + 1);
      maxTarget = Math.max(maxTarget, t.fd);
    }
    this.targetFds.sort((a, b) => a - b);
    const base = input.serviceBase ?? maxTarget + 1;
    if (!isFdNumber(base) || base <= maxTarget) {
      throw invalid(`serviceBase ${String(input.serviceBase)} must be above the highest target fd ${maxTarget}`, [maxTarget], limit);
    }
    this.base = base;
    if (base + this.keepIds.length > limit) {
      throw new PlacementError(
        'NO_ROOM_FOR_SERVICE_FDS',
        `no room for ${this.keepIds.length} service fd(s) at or above fd ${base} (above the highest target fd ${maxTarget}) and below RLIMIT_NOFILE ${limit}: ` +
          `raise the soft limit to at least ${base + this.keepIds.length}`,
        [maxTarget],
        limit,
      );
    }
    for (const [fd, id, cloexec] of opened) this.setFd(fd, id, cloexec);
  }

  // ---- the model, updated by the steps the planner emits ----

  private slot(fd: number): Slot {
    let s = this.slots.get(fd);
    if (!s) this.slots.set(fd, (s = { fd, id: undefined, cloexec: undefined, target: undefined, service: undefined }));
    return s;
  }

  private copiesOf(id: string): Copies {
    let c = this.files.get(id);
    if (!c) this.files.set(id, (c = new Copies()));
    return c;
  }

  /** Settled targets and service fds stay put: an anchored fd is never overwritten or closed. */
  private anchored(s: Slot): boolean {
    return s.target?.settled === true || s.service !== undefined;
  }

  /** Counts fd `fd` as an anchored copy of file `c`, and as a possible lender. */
  private anchor(c: Copies, fd: number): void {
    c.anchored++;
    (c.anchoredByFd ??= new LazyMinHeap()).push(fd);
    this.lenders.push(fd);
    if (c.anchored === 2 && c.parkedLenders) {
      for (const x of c.parkedLenders) this.lenders.push(x);
      c.parkedLenders = null;
    }
  }

  /** Files slot `s` (which holds a file) under what it does now. */
  private attach(s: Slot): void {
    const c = this.copiesOf(s.id!);
    c.add(s.fd);
    if (this.anchored(s)) this.anchor(c, s.fd);
    else if (s.fd >= this.limit) {
      if (c.lowestAbove < 0 || s.fd < c.lowestAbove) c.lowestAbove = s.fd;
    } else if (!s.target) c.addLoose(s.fd);
  }

  /** Undoes attach(s), before s changes file or closes. (Copies at or above the limit go only at the end.) */
  private detach(s: Slot): void {
    const c = this.files.get(s.id!)!;
    c.count--;
    if (this.anchored(s)) c.anchored--;
    else c.loose?.delete(s.fd);
  }

  private setFd(fd: number, id: string, cloexec: boolean | undefined): void {
    const s = this.slot(fd);
    if (s.id !== undefined) this.detach(s);
    else {
      this.numbers.add(fd);
      this.open++;
    }
    s.id = id;
    s.cloexec = cloexec;
    this.attach(s);
  }

  private emitDup(from: number, to: number, cloexec: boolean): void {
    this.steps.push({ op: 'dup', from, to, cloexec });
    this.setFd(to, this.slots.get(from)!.id!, cloexec);
  }

  private emitDupAbove(from: number, min: number): number {
    const result = this.numbers.lowestFree(min);
    this.steps.push({ op: 'dupAbove', from, min, result });
    this.setFd(result, this.slots.get(from)!.id!, true);
    return result;
  }

  private emitClose(fd: number): void {
    this.steps.push({ op: 'close', fd });
    const s = this.slots.get(fd)!;
    this.detach(s);
    s.id = undefined;
    s.cloexec = undefined;
    this.numbers.delete(fd);
    this.open--;
  }

  /** The lowest free fd >= min below the limit, or the limit when there is none. */
  private lowestFree(min: number): number {
    return Math.min(this.numbers.lowestFree(min), this.limit);
  }

  // ---- roles ----

  private settle(s: Slot): void {
    const t = s.target!;
    t.settled = true;
    this.settledCount++;
    this.anchor(this.files.get(t.id)!, s.fd);
    this.pending.set(t.id, this.pending.get(t.id)! - 1);
    this.wake(t.id);
  }

  private unsettle(s: Slot): void {
    const t = s.target!;
    this.files.get(t.id)!.anchored--;
    t.settled = false;
    this.settledCount--;
    this.pending.set(t.id, this.pending.get(t.id)! + 1);
  }

  /** Slot `s`, a loose copy of keep `id` in the service area, becomes its service fd. */
  private makeService(id: string, s: Slot): void {
    const c = this.files.get(id)!;
    c.loose?.delete(s.fd);
    s.service = id;
    this.service.set(id, s.fd);
    this.anchor(c, s.fd);
  }

  /** Service fd `s` stops being one (its number is lent, see breakBlock): a loose copy again. */
  private unmakeService(s: Slot): void {
    const c = this.files.get(s.id!)!;
    this.service.delete(s.service!);
    s.service = undefined;
    c.anchored--;
    c.addLoose(s.fd);
  }

  // ---- what is needed ----

  /** Whether `id` still has a demand not met: an unsettled target, or an unplaced keep. */
  private wanted(id: string): boolean {
    return (this.pending.get(id) ?? 0) > 0 || (this.keepSet.has(id) && !this.service.has(id));
  }

  /** Whether slot `s` (an unsettled target) may be overwritten: its file is not needed or has another copy. */
  private expendable(s: Slot): boolean {
    if (s.id === undefined) return true;
    if (this.anchored(s)) return false;
    if (!this.wanted(s.id)) return true;
    return this.files.get(s.id)!.count > 1;
  }

  /**
   * Closes the copies of `id` that serve nothing. Copies on unsettled targets are left
   * for dup3 to replace. Of the loose ones (elsewhere): all go when the file is not
   * wanted any more or a settled target or service fd holds it; otherwise one stays, as
   * the source to fill from, and because while it exists the copies on targets may be
   * overwritten (a cycle through them needs no spare fd).
   */
  private tidy(id: string): void {
    const c = this.files.get(id);
    if (!c || c.looseCount === 0) return;
    let spare: number | undefined;
    if (this.wanted(id) && c.anchored === 0) {
      // The copy least in the way: at or above the limit (it takes no number we could
      // need), then below the service area, then the lowest.
      if (c.lowestAbove >= 0) spare = c.lowestAbove;
      else {
        for (const fd of c.loose!) {
          if (spare === undefined || (fd < this.base) > (spare < this.base) || ((fd < this.base) === (spare < this.base) && fd < spare)) spare = fd;
        }
      }
    }
    if (spare !== undefined && c.looseCount === 1 && c.loose!.has(spare)) return;
    // Copies at or above the limit stay until the end: they take no number a plan could
    // use, and may let a target lend its number (see breakBlock).
    const closing = [...c.loose!].filter((fd) => fd !== spare).sort((a, b) => a - b);
    for (const fd of closing) this.emitClose(fd);
  }

  private tidyAll(): void {
    for (const id of [...this.files.keys()].sort()) this.tidy(id);
  }

  private queue(fd: number): void {
    const s = this.slots.get(fd)!;
    const t = s.target!;
    if (t.blocked) {
      t.blocked = false;
      const c = this.files.get(s.id!)!;
      if (c.blockedTarget === fd) c.blockedTarget = -1;
    }
    this.work.push(fd);
  }

  private block(s: Slot): void {
    s.target!.blocked = true;
    this.files.get(s.id!)!.blockedTarget = s.fd;
    this.blockedByFd.push(s.fd);
  }

  /**
   * `id` just gained a copy or lost its demand: the target blocked on it, if any, may
   * be overwritten now. (Only a blocked target needs this: every other unsettled
   * target is still on the work stack.)
   */
  private wake(id: string): void {
    const fd = this.files.get(id)?.blockedTarget ?? -1;
    if (fd >= 0) this.queue(fd);
  }

  /** Fills target slot `s` if it may be overwritten. */
  private fill(s: Slot): boolean {
    const want = s.target!;
    if (s.id === want.id) {
      if (s.cloexec !== want.cloexec) {
        this.steps.push({ op: 'setCloexec', fd: s.fd, cloexec: want.cloexec });
        s.cloexec = want.cloexec;
      }
      this.settle(s);
      this.tidy(want.id);
      return true;
    }
    if (!this.expendable(s)) return false;
    const old = s.id;
    this.emitDup(this.source(want.id), s.fd, want.cloexec);
    this.settle(s);
    this.tidy(want.id);
    if (old !== undefined) this.tidy(old);
    return true;
  }

  /** A copy of `id`: a settled or service fd first (they stay put), then the lowest. */
  private source(id: string): number {
    const c = this.files.get(id)!;
    const holds = (fd: number): boolean => this.slots.get(fd)!.id === id;
    const best = c.anchored > 0 ? c.anchoredByFd!.min((fd) => holds(fd) && this.anchored(this.slots.get(fd)!)) : c.lowest(holds);
    if (best === undefined) throw new Error(`placement planner bug: no copy of ${id} left`);
    return best;
  }

  /** Places keep `id` in the service area if there is room. */
  private place(id: string): boolean {
    // A copy already in the service area serves as it is.
    let there = -1;
    for (const fd of this.files.get(id)!.loose ?? []) if (fd >= this.base && fd < this.limit && (there < 0 || fd < there)) there = fd;
    if (there < 0) {
      if (this.lowestFree(this.base) >= this.limit) return false;
      there = this.emitDupAbove(this.source(id), this.base);
    }
    this.makeService(id, this.slots.get(there)!);
    this.tidy(id);
    this.wake(id);
    return true;
  }

  /** The lowest anchored fd whose file is also held elsewhere for good (another anchored fd, an fd above the limit). */
  private lowestLender(): number | undefined {
    return this.lenders.min((fd) => {
      const s = this.slots.get(fd)!;
      if (!this.anchored(s)) return false; // stale: pushed again when anchored again
      const c = this.files.get(s.id!)!;
      if (c.anchored > 1 || c.lowestAbove >= 0) return true;
      (c.parkedLenders ??= []).push(fd);
      return false;
    });
  }

  /**
   * Everything left is blocked: each unsettled target holds the last copy of a file
   * still needed. Copies the file of one of them to a spare fd, which frees it.
   */
  private breakBlock(): void {
    const p = this.blockedByFd.min((fd) => this.slots.get(fd)!.target!.blocked);
    if (p === undefined) {
      // Only keeps are left and the service area has no free number: cannot happen
      // (the area has room for every keep, and nothing else stays there once the
      // targets are done), but say so rather than loop.
      throw new Error('placement planner bug: service fds cannot be placed');
    }
    if (this.lowestFree(this.base) < this.limit) {
      this.queue(p);
      this.emitDupAbove(p, this.base);
      return;
    }
    if (this.lowestFree(0) < this.limit) {
      this.queue(p);
      this.emitDupAbove(p, 0);
      return;
    }
    // No free number below the limit. An fd whose file is also open at another fd that
    // stays put (or at an fd above the limit) can lend its number for a while.
    const q = this.lowestLender();
    if (q !== undefined) {
      const lender = this.slots.get(q)!;
      if (lender.target?.settled) this.unsettle(lender);
      else this.unmakeService(lender);
      this.emitDup(p, q, true);
      // p first (the work list is a stack): q's copy of p's file is what lets p be
      // overwritten; q gets its own file back once p's file has settled elsewhere.
      if (lender.target) this.queue(q);
      this.queue(p);
      return;
    }
    const blocked = this.targetFds.filter((fd) => !this.slots.get(fd)!.target!.settled);
    const stuck = blocked.map((fd) => `fd ${fd} holds the last copy of ${this.describe(this.slots.get(fd)!.id!)} and must take ${JSON.stringify(this.slots.get(fd)!.target!.id)}`);
    const loose = this.openFds().filter((fd) => fd < this.limit && !this.anchored(this.slots.get(fd)!) && !this.slots.get(fd)!.target);
    for (const fd of loose) stuck.push(`fd ${fd} holds the last copy of ${this.describe(this.slots.get(fd)!.id!)}`);
    throw new PlacementError(
      'NO_SPARE_FD',
      `cannot place fds ${[...blocked, ...loose].join(', ')}: ${stuck.join('; ')}. Undoing such a cycle takes one spare fd number, ` +
        `and every fd below RLIMIT_NOFILE ${this.limit} holds a file still needed: raise the soft limit to at least ${this.limit + 1}`,
      [...blocked, ...loose],
      this.limit,
    );
  }

  private describe(id: string): string {
    return this.keepSet.has(id) && !this.service.has(id) ? `${JSON.stringify(id)} (a service fd to keep)` : JSON.stringify(id);
  }

  /** The open fds, ascending. */
  private openFds(): number[] {
    const out: number[] = [];
    for (const s of this.slots.values()) if (s.id !== undefined) out.push(s.fd);
    return out.sort((a, b) => a - b);
  }

  run(): PlacementPlan {
    // Keeps already in the service area stay there.
    for (const e of this.input.keep ?? []) {
      if (e.fd >= this.base && e.fd < this.limit) this.makeService(e.id, this.slots.get(e.fd)!);
    }
    this.tidyAll();
    // Lowest first (the stack pops from the end); any order reaches a fixpoint.
    for (let i = this.targetFds.length - 1; i >= 0; i--) this.work.push(this.targetFds[i]!);
    let guard = 0;
    const maxBreaks = 2 * (this.open + this.targetFds.length + this.keepIds.length) + 16;
    for (;;) {
      let progress = true;
      while (progress) {
        progress = false;
        while (this.work.length > 0) {
          const s = this.slots.get(this.work.pop()!)!;
          if (s.target!.settled) continue;
          if (this.fill(s)) progress = true;
          else this.block(s);
        }
        for (const k of this.keepIds) if (!this.service.has(k) && this.place(k)) progress = true;
      }
      if (this.settledCount === this.targetFds.length && this.service.size === this.keepIds.length) break;
      if (++guard > maxBreaks) throw new Error(`placement planner bug: no progress: ${JSON.stringify(this.steps.slice(-20))}`);
      this.breakBlock();
    }
    // Whatever is left over: loose copies, fds above the limit, the old service fds.
    for (const fd of this.openFds()) if (!this.anchored(this.slots.get(fd)!)) this.emitClose(fd);
    return { steps: this.steps, serviceFds: new Map(this.keepIds.map((k) => [k, this.service.get(k)!])), serviceBase: this.base };
  }
}
