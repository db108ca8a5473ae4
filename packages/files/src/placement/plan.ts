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

class Planner {
  readonly limit: number;
  readonly base: number;
  /** fd -> id, for every open fd. */
  readonly table = new Map<number, string>();
  /** id -> fds holding it. */
  readonly copies = new Map<string, Set<number>>();
  /** Target fd -> what it must hold. */
  readonly targets = new Map<number, { id: string; cloexec: boolean }>();
  readonly keepIds: string[] = [];
  readonly keepSet = new Set<string>();
  /** Known close-on-exec flags of open fds (undefined: unknown). */
  readonly flags = new Map<number, boolean | undefined>();
  readonly steps: PlacementStep[] = [];
  /** Target fds that hold their file for good. */
  readonly settled = new Set<number>();
  /** Keep id -> its service fd, once placed; and the reverse. */
  readonly service = new Map<string, number>();
  readonly serviceAt = new Map<number, string>();
  /** id -> how many unsettled targets want it. */
  readonly pending = new Map<string, number>();

  constructor(readonly input: PlacementInput) {
    const { limit } = input;
    if (!isFdNumber(limit) || limit < 1) throw invalid(`limit must be a positive integer (RLIMIT_NOFILE's soft limit), got ${String(limit)}`, []);
    this.limit = limit;
    const seen = new Map<number, string>();
    const addOpen = (e: FdEntry, what: string): void => {
      if (!isFdNumber(e.fd)) throw invalid(`${what} fd ${String(e.fd)} is not an fd number`, []);
      if (typeof e.id !== 'string') throw invalid(`${what} fd ${e.fd} has no file id`, [e.fd]);
      if (seen.has(e.fd)) throw invalid(`fd ${e.fd} is listed twice (${seen.get(e.fd)} and ${what})`, [e.fd]);
      seen.set(e.fd, what);
      this.table.set(e.fd, e.id);
      this.flags.set(e.fd, e.cloexec);
      this.copiesOf(e.id).add(e.fd);
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
    let maxTarget = -1;
    const above = (input.target ?? []).filter((t) => isFdNumber(t.fd) && t.fd >= limit).map((t) => t.fd);
    if (above.length > 0) {
      const top = Math.max(...above);
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
      if (this.targets.has(t.fd)) throw invalid(`target fd ${t.fd} is listed twice`, [t.fd]);
      if (!this.copies.get(t.id)?.size) {
        throw invalid(`target fd ${t.fd} needs file ${JSON.stringify(t.id)}, which no fd in current or keep holds`, [t.fd], limit);
      }
      this.targets.set(t.fd, { id: t.id, cloexec: t.cloexec ?? false });
      this.pending.set(t.id, (this.pending.get(t.id) ?? 0) + 1);
      maxTarget = Math.max(maxTarget, t.fd);
    }
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
  }

  copiesOf(id: string): Set<number> {
    let s = this.copies.get(id);
    if (!s) this.copies.set(id, (s = new Set()));
    return s;
  }

  // ---- the model, updated by the steps the planner emits ----

  private setFd(fd: number, id: string, cloexec: boolean | undefined): void {
    const old = this.table.get(fd);
    if (old !== undefined) this.copies.get(old)!.delete(fd);
    this.table.set(fd, id);
    this.flags.set(fd, cloexec);
    this.copiesOf(id).add(fd);
  }

  private emitDup(from: number, to: number, cloexec: boolean): void {
    this.steps.push({ op: 'dup', from, to, cloexec });
    this.setFd(to, this.table.get(from)!, cloexec);
  }

  private emitDupAbove(from: number, min: number): number {
    const result = this.lowestFree(min);
    this.steps.push({ op: 'dupAbove', from, min, result });
    this.setFd(result, this.table.get(from)!, true);
    return result;
  }

  private emitClose(fd: number): void {
    this.steps.push({ op: 'close', fd });
    this.copies.get(this.table.get(fd)!)!.delete(fd);
    this.table.delete(fd);
    this.flags.delete(fd);
  }

  lowestFree(min: number): number {
    let fd = min;
    while (this.table.has(fd)) fd++;
    return fd;
  }

  // ---- what is needed ----

  private anchored(fd: number): boolean {
    return this.settled.has(fd) || this.serviceAt.has(fd);
  }

  /** Whether `id` still has a demand not met: an unsettled target, or an unplaced keep. */
  private wanted(id: string): boolean {
    return (this.pending.get(id) ?? 0) > 0 || (this.keepSet.has(id) && !this.service.has(id));
  }

  /** Whether fd `p` (an unsettled target) may be overwritten: its file is not needed or has another copy. */
  private expendable(p: number): boolean {
    const cur = this.table.get(p);
    if (cur === undefined) return true;
    if (this.anchored(p)) return false;
    if (!this.wanted(cur)) return true;
    return this.copies.get(cur)!.size > 1;
  }

  private unsettledTarget(fd: number): boolean {
    return this.targets.has(fd) && !this.settled.has(fd);
  }

  /**
   * Closes the copies of `id` that serve nothing. Copies on unsettled targets are left
   * for dup3 to replace. Of the loose ones (elsewhere): all go when the file is not
   * wanted any more or a settled target or service fd holds it; otherwise one stays, as
   * the source to fill from, and because while it exists the copies on targets may be
   * overwritten (a cycle through them needs no spare fd).
   */
  private tidy(id: string): void {
    const fds = [...(this.copies.get(id) ?? [])];
    const loose = fds.filter((fd) => !this.anchored(fd) && !this.unsettledTarget(fd));
    if (loose.length === 0) return;
    let spare: number | undefined;
    if (this.wanted(id) && !fds.some((fd) => this.anchored(fd))) {
      // The copy least in the way: at or above the limit (it takes no number we could
      // need), then below the service area, then the lowest.
      const rank = (fd: number): number => (fd >= this.limit ? 0 : fd < this.base ? 1 : 2);
      spare = loose.reduce((a, b) => (rank(b) < rank(a) || (rank(b) === rank(a) && b < a) ? b : a));
    }
    // Copies at or above the limit stay until the end: they take no number a plan could
    // use, and may let a target lend its number (see breakBlock).
    for (const fd of loose.sort((a, b) => a - b)) if (fd !== spare && fd < this.limit) this.emitClose(fd);
  }

  private tidyAll(): void {
    for (const id of [...this.copies.keys()].sort()) this.tidy(id);
  }

  /** Targets worth another try: their file may have become expendable. */
  readonly work: number[] = [];

  /** Queues the unsettled targets that hold `id`: it just gained a copy or lost its demand. */
  private wake(id: string): void {
    for (const fd of this.copies.get(id) ?? []) if (this.unsettledTarget(fd)) this.work.push(fd);
  }

  private settle(p: number): void {
    const t = this.targets.get(p)!;
    this.settled.add(p);
    this.pending.set(t.id, this.pending.get(t.id)! - 1);
    this.wake(t.id);
  }

  private unsettle(p: number): void {
    const t = this.targets.get(p)!;
    this.settled.delete(p);
    this.pending.set(t.id, this.pending.get(t.id)! + 1);
  }

  /** Fills target `p` if it may be overwritten. */
  private fill(p: number): boolean {
    const want = this.targets.get(p)!;
    const cur = this.table.get(p);
    if (cur === want.id) {
      if (this.flags.get(p) !== want.cloexec) {
        this.steps.push({ op: 'setCloexec', fd: p, cloexec: want.cloexec });
        this.flags.set(p, want.cloexec);
      }
      this.settle(p);
      this.tidy(want.id);
      return true;
    }
    if (!this.expendable(p)) return false;
    const old = cur;
    const src = this.source(want.id, p);
    this.emitDup(src, p, want.cloexec);
    this.settle(p);
    this.tidy(want.id);
    if (old !== undefined) this.tidy(old);
    return true;
  }

  /** A copy of `id` other than `not`: a settled or service fd first (they stay put), then the lowest. */
  private source(id: string, not: number): number {
    let best = -1;
    for (const fd of this.copies.get(id)!) {
      if (fd === not) continue;
      if (best < 0 || (this.anchored(fd) && !this.anchored(best)) || (this.anchored(fd) === this.anchored(best) && fd < best)) best = fd;
    }
    if (best < 0) throw new Error(`placement planner bug: no copy of ${id} left`);
    return best;
  }

  /** Places keep `id` in the service area if there is room. */
  private place(id: string): boolean {
    // A copy already in the service area serves as it is.
    for (const fd of [...this.copies.get(id)!].sort((a, b) => a - b)) {
      if (fd >= this.base && fd < this.limit && !this.anchored(fd)) {
        this.service.set(id, fd);
        this.serviceAt.set(fd, id);
        this.tidy(id);
        this.wake(id);
        return true;
      }
    }
    if (this.lowestFree(this.base) >= this.limit) return false;
    const fd = this.emitDupAbove(this.source(id, -1), this.base);
    this.service.set(id, fd);
    this.serviceAt.set(fd, id);
    this.tidy(id);
    this.wake(id);
    return true;
  }

  /**
   * Everything left is blocked: each unsettled target holds the last copy of a file
   * still needed. Copies the file of one of them to a spare fd, which frees it.
   */
  private breakBlock(): void {
    const blocked = [...this.targets.keys()].filter((p) => !this.settled.has(p)).sort((a, b) => a - b);
    const p = blocked[0];
    if (p === undefined) {
      // Only keeps are left and the service area has no free number: cannot happen
      // (the area has room for every keep, and nothing else stays there once the
      // targets are done), but say so rather than loop.
      throw new Error('placement planner bug: service fds cannot be placed');
    }
    this.work.push(p);
    if (this.lowestFree(this.base) < this.limit) {
      this.emitDupAbove(p, this.base);
      return;
    }
    if (this.lowestFree(0) < this.limit) {
      this.emitDupAbove(p, 0);
      return;
    }
    // No free number below the limit. An fd whose file is also open at another fd that
    // stays put (or at an fd above the limit) can lend its number for a while.
    for (const [q, id] of [...this.table.entries()].sort((a, b) => a[0] - b[0])) {
      if (q >= this.limit || !this.anchored(q)) continue;
      const others = [...this.copies.get(id)!].filter((fd) => fd !== q && (this.anchored(fd) || fd >= this.limit));
      if (others.length === 0) continue;
      if (this.settled.has(q)) this.unsettle(q);
      else {
        const k = this.serviceAt.get(q)!;
        this.serviceAt.delete(q);
        this.service.delete(k);
      }
      this.emitDup(p, q, true);
      // p first (the work list is a stack): q's copy of p's file is what lets p be
      // overwritten; q gets its own file back once p's file has settled elsewhere.
      if (this.targets.has(q)) this.work.push(q);
      this.work.push(p);
      return;
    }
    const stuck = blocked.map((fd) => `fd ${fd} holds the last copy of ${this.describe(this.table.get(fd)!)} and must take ${JSON.stringify(this.targets.get(fd)!.id)}`);
    const loose = [...this.table.keys()].filter((fd) => fd < this.limit && !this.anchored(fd) && !this.targets.has(fd)).sort((a, b) => a - b);
    for (const fd of loose) stuck.push(`fd ${fd} holds the last copy of ${this.describe(this.table.get(fd)!)}`);
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

  run(): PlacementPlan {
    // Keeps already in the service area stay there.
    for (const e of this.input.keep ?? []) {
      if (e.fd >= this.base && e.fd < this.limit && !this.service.has(e.id)) {
        this.service.set(e.id, e.fd);
        this.serviceAt.set(e.fd, e.id);
      }
    }
    this.tidyAll();
    this.work.push(...[...this.targets.keys()].sort((a, b) => b - a));
    let guard = 0;
    const maxBreaks = 2 * (this.table.size + this.targets.size + this.keepIds.length) + 16;
    for (;;) {
      let progress = true;
      while (progress) {
        progress = false;
        // Lowest first: pop from the end of a list kept in descending order is not
        // needed for correctness; any order reaches the same fixpoint.
        while (this.work.length > 0) {
          const p = this.work.pop()!;
          if (!this.settled.has(p) && this.fill(p)) progress = true;
        }
        for (const k of this.keepIds) if (!this.service.has(k) && this.place(k)) progress = true;
      }
      if (this.settled.size === this.targets.size && this.service.size === this.keepIds.length) break;
      if (++guard > maxBreaks) throw new Error(`placement planner bug: no progress: ${JSON.stringify(this.steps)}`);
      this.breakBlock();
    }
    // Whatever is left over: loose copies, fds above the limit, the old service fds.
    for (const fd of [...this.table.keys()].sort((a, b) => a - b)) if (!this.anchored(fd)) this.emitClose(fd);
    return { steps: this.steps, serviceFds: new Map(this.keepIds.map((k) => [k, this.service.get(k)!])), serviceBase: this.base };
  }
}
