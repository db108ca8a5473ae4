import { PlanError } from '../errors';
import { PidNamespace, PidObject, nsAtDepth } from '../model';

/** The kernel's PID_MAX_LIMIT on 64-bit machines. */
const PID_MAX_LIMIT = 4194304;

/** Hands out pid numbers no pid of the dump uses, for helpers with no pid of their own. */
export class FreePids {
  private readonly used = new Map<PidNamespace, Set<number>>();
  private readonly cursor = new Map<PidNamespace, number>();
  private known = false;

  constructor(
    private readonly pids: Iterable<PidObject>,
    private readonly rootNs: PidNamespace,
    private readonly reservedInRoot: Iterable<number>,
  ) {}

  /** Numbers for a new task of `ns`, outermost first. */
  take(ns: PidNamespace): number[] {
    if (!this.known) this.learnUsed();
    const numbers: number[] = [];
    for (let depth = 0; depth <= ns.depth; depth++) numbers.push(this.next(nsAtDepth(ns, depth)));
    return numbers;
  }

  /** Most plans need no such helper: the used numbers are only collected for the first. */
  private learnUsed(): void {
    this.known = true;
    for (const pid of this.pids) {
      for (let depth = 0; depth <= pid.ns.depth; depth++) this.usedIn(nsAtDepth(pid.ns, depth)).add(pid.numbers[depth]);
    }
    const rootUsed = this.usedIn(this.rootNs);
    for (const nr of this.reservedInRoot) rootUsed.add(nr);
    rootUsed.add(1); // pid 1 of the root namespace is its init, in the dump or not
  }

  private next(ns: PidNamespace): number {
    const used = this.usedIn(ns);
    let nr = this.cursor.get(ns) ?? 2;
    while (used.has(nr)) nr++;
    if (nr >= PID_MAX_LIMIT) throw new PlanError('pid-space-exhausted', undefined, 'no free pid left for a helper task');
    used.add(nr);
    this.cursor.set(ns, nr + 1);
    return nr;
  }

  private usedIn(ns: PidNamespace): Set<number> {
    let used = this.used.get(ns);
    if (!used) {
      used = new Set();
      this.used.set(ns, used);
    }
    return used;
  }
}
