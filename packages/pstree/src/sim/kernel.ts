import { ExitStatus } from '../model';

/**
 * A small model of the kernel's rules for pids, fork, setsid, setpgid, exit and wait,
 * enough to run a restore plan (or a random history) and look at the resulting tree.
 * It follows kernel/pid.c, kernel/sys.c, kernel/exit.c and kernel/pid_namespace.c;
 * ttys, signals other than death, exec and setns are left out.
 */

export type Errno = 'EEXIST' | 'EINVAL' | 'EPERM' | 'ESRCH' | 'ECHILD' | 'ENOMEM' | 'EAGAIN';

export class SimError extends Error {
  constructor(
    readonly errno: Errno,
    message: string,
  ) {
    super(`${errno}: ${message}`);
    this.name = 'SimError';
  }
}

export class SimNamespace {
  readonly byNumber = new Map<number, SimPid>();
  /** Cursor of the cyclic allocator (idr_alloc_cyclic); set_tid does not move it. */
  lastPid = 0;
  init: SimProcess | null = null;
  /** Its init died: no pid can be allocated here any more. */
  dying = false;

  constructor(
    readonly parent: SimNamespace | null,
    readonly level: number,
  ) {}
}

export interface PidLevel {
  readonly ns: SimNamespace;
  readonly nr: number;
}

export class SimPid {
  /** The process whose pid (or thread id) this is, while that process or thread exists. */
  owner: SimProcess | null = null;
  isThread = false;
  readonly groupMembers = new Set<SimProcess>();
  readonly sessionMembers = new Set<SimProcess>();

  /** Index = level, 0 the outermost. */
  constructor(readonly levels: readonly PidLevel[]) {}

  get level(): number {
    return this.levels.length - 1;
  }

  /** The number a task in `ns` would use for this pid, 0 if it cannot see it. */
  numberIn(ns: SimNamespace): number {
    const at = this.levels[ns.level];
    return at && at.ns === ns ? at.nr : 0;
  }

  inUse(): boolean {
    return this.owner !== null || this.groupMembers.size > 0 || this.sessionMembers.size > 0;
  }
}

export type SimState = 'running' | 'stopped' | 'zombie';

export class SimProcess {
  parent: SimProcess | null;
  readonly children = new Set<SimProcess>();
  /** Non-leader threads. */
  readonly threads: SimPid[] = [];
  pgrp: SimPid;
  session: SimPid;
  /** Set by setsid and never inherited (signal->leader). */
  sessionLeader = false;
  childSubreaper = false;
  state: SimState = 'running';
  exit: ExitStatus | null = null;
  released = false;

  constructor(
    readonly pid: SimPid,
    parent: SimProcess | null,
    pgrp: SimPid,
    session: SimPid,
  ) {
    this.parent = parent;
    this.pgrp = pgrp;
    this.session = session;
  }

  get ns(): SimNamespace {
    return this.pid.levels[this.pid.level].ns;
  }
}

export interface ForkOptions {
  /** CLONE_NEWPID: the child is pid 1 of a new namespace below the parent's. */
  readonly newPidNs?: boolean;
  /** clone3 set_tid: innermost level first; may cover fewer levels than the child has. */
  readonly setTid?: readonly number[];
  /** CLONE_PARENT: the child's parent is the caller's parent (refused to a namespace's init). */
  readonly cloneParent?: boolean;
}

export class KernelSim {
  readonly rootNs = new SimNamespace(null, 0);
  /** pid 1 of the machine. */
  readonly init: SimProcess;
  private readonly live = new Set<SimProcess>();

  constructor(readonly pidMax = 32768) {
    const pid = this.allocPid(this.rootNs, []);
    this.init = new SimProcess(pid, null, pid, pid);
    this.init.sessionLeader = true;
    this.attach(this.init);
    this.rootNs.init = this.init;
  }

  processes(): Iterable<SimProcess> {
    return this.live;
  }

  fork(parent: SimProcess, options: ForkOptions = {}): SimProcess {
    this.requireAlive(parent);
    const adopter = options.cloneParent ? parent.parent : parent;
    if (options.cloneParent && (parent.ns.init === parent || !adopter)) throw new SimError('EINVAL', 'clone: CLONE_PARENT by an init');
    const ns = options.newPidNs ? new SimNamespace(parent.ns, parent.ns.level + 1) : parent.ns;
    const pid = this.allocPid(ns, options.setTid ?? []);
    const child = new SimProcess(pid, adopter as SimProcess, parent.pgrp, parent.session);
    this.attach(child);
    (adopter as SimProcess).children.add(child);
    if (options.newPidNs) ns.init = child;
    return child;
  }

  cloneThread(process: SimProcess, setTid: readonly number[] = []): SimPid {
    this.requireAlive(process);
    const tid = this.allocPid(process.ns, setTid);
    tid.owner = process;
    tid.isThread = true;
    process.threads.push(tid);
    return tid;
  }

  exitThread(process: SimProcess, tid: SimPid): void {
    const index = process.threads.indexOf(tid);
    if (index < 0) throw new SimError('ESRCH', 'no such thread');
    process.threads.splice(index, 1);
    tid.owner = null;
    this.maybeFree(tid);
  }

  setsid(process: SimProcess): void {
    this.requireAlive(process);
    if (process.sessionLeader) throw new SimError('EPERM', 'setsid: already a session leader');
    // Fails while any process group (even one it left) has the caller's pid as its id.
    if (process.pid.groupMembers.size > 0) throw new SimError('EPERM', 'setsid: a process group with this id exists');
    this.moveGroup(process, process.pid);
    this.moveSession(process, process.pid);
    process.sessionLeader = true;
  }

  /** setpgid(pid, pgid) as called by `caller`, numbers in the caller's pid namespace. */
  setpgid(caller: SimProcess, pidArg: number, pgidArg: number): void {
    this.requireAlive(caller);
    const ns = caller.ns;
    const pidNr = pidArg === 0 ? caller.pid.numberIn(ns) : pidArg;
    const pgidNr = pgidArg === 0 ? pidNr : pgidArg;
    if (pgidNr < 0) throw new SimError('EINVAL', 'setpgid: negative pgid');
    const target = ns.byNumber.get(pidNr);
    if (!target || !target.owner) throw new SimError('ESRCH', `setpgid: no process ${pidNr}`);
    if (target.isThread) throw new SimError('EINVAL', `setpgid: ${pidNr} is not a thread-group leader`);
    const process = target.owner;
    if (process.parent === caller) {
      if (process.session !== caller.session) throw new SimError('EPERM', 'setpgid: child in another session');
    } else if (process !== caller) {
      throw new SimError('ESRCH', `setpgid: ${pidNr} is neither the caller nor its child`);
    }
    if (process.sessionLeader) throw new SimError('EPERM', 'setpgid: target is a session leader');
    let group = process.pid;
    if (pgidNr !== pidNr) {
      const found = ns.byNumber.get(pgidNr);
      const member = found ? first(found.groupMembers) : undefined;
      if (!found || !member || member.session !== caller.session) {
        throw new SimError('EPERM', `setpgid: no process group ${pgidNr} in the caller's session`);
      }
      group = found;
    }
    this.moveGroup(process, group);
  }

  setChildSubreaper(process: SimProcess, on: boolean): void {
    this.requireAlive(process);
    process.childSubreaper = on;
  }

  stop(process: SimProcess): void {
    this.requireAlive(process);
    process.state = 'stopped';
  }

  resume(process: SimProcess): void {
    this.requireAlive(process);
    process.state = 'running';
  }

  exit(process: SimProcess, status: ExitStatus): void {
    this.requireAlive(process);
    if (process === this.init) throw new SimError('EPERM', 'the machine init cannot exit');
    for (const tid of process.threads.splice(0)) {
      tid.owner = null;
      this.maybeFree(tid);
    }
    if (process.ns.init === process) this.zapNamespace(process);
    const reaper = this.findNewReaper(process);
    for (const child of process.children) {
      child.parent = reaper;
      reaper.children.add(child);
    }
    process.children.clear();
    process.state = 'zombie';
    process.exit = status;
  }

  /** waitpid for one zombie child: the child is released and its pids may be freed. */
  wait(parent: SimProcess, child: SimProcess): void {
    if (child.parent !== parent || child.state !== 'zombie' || child.released) {
      throw new SimError('ECHILD', 'wait: not a zombie child of the caller');
    }
    this.release(child);
  }

  /** find_new_reaper: the nearest living child subreaper above, in the same namespace, else its init. */
  private findNewReaper(father: SimProcess): SimProcess {
    const level = father.pid.level;
    for (let reaper = father.parent; reaper && reaper.pid.level === level; reaper = reaper.parent) {
      if (reaper.childSubreaper && reaper.state !== 'zombie') return reaper;
    }
    return father.ns.init as SimProcess;
  }

  /** The init of a namespace died: every other task in it (and in namespaces below) is killed and reaped. */
  private zapNamespace(init: SimProcess): void {
    const ns = init.ns;
    ns.dying = true;
    const doomed = [...this.live].filter((p) => p !== init && p.pid.numberIn(ns) !== 0);
    for (const process of doomed) {
      process.ns.dying = true;
      for (const tid of process.threads.splice(0)) {
        tid.owner = null;
        this.maybeFree(tid);
      }
    }
    for (const process of doomed) this.release(process);
  }

  private release(process: SimProcess): void {
    process.released = true;
    process.state = 'zombie';
    process.parent?.children.delete(process);
    for (const child of process.children) child.parent = null;
    process.children.clear();
    this.live.delete(process);
    process.pid.owner = null;
    process.pgrp.groupMembers.delete(process);
    process.session.sessionMembers.delete(process);
    this.maybeFree(process.pid);
    this.maybeFree(process.pgrp);
    this.maybeFree(process.session);
  }

  private attach(process: SimProcess): void {
    process.pid.owner = process;
    process.pgrp.groupMembers.add(process);
    process.session.sessionMembers.add(process);
    this.live.add(process);
  }

  private moveGroup(process: SimProcess, group: SimPid): void {
    if (process.pgrp === group) return;
    const old = process.pgrp;
    old.groupMembers.delete(process);
    process.pgrp = group;
    group.groupMembers.add(process);
    this.maybeFree(old);
  }

  private moveSession(process: SimProcess, session: SimPid): void {
    const old = process.session;
    old.sessionMembers.delete(process);
    process.session = session;
    session.sessionMembers.add(process);
    this.maybeFree(old);
  }

  private maybeFree(pid: SimPid): void {
    if (pid.inUse()) return;
    for (const { ns, nr } of pid.levels) if (ns.byNumber.get(nr) === pid) ns.byNumber.delete(nr);
  }

  private requireAlive(process: SimProcess): void {
    if (process.released || process.state === 'zombie') throw new SimError('ESRCH', 'the process is dead');
  }

  /** alloc_pid: innermost level first, set_tid entries where given, the cyclic allocator elsewhere. */
  private allocPid(ns: SimNamespace, setTid: readonly number[]): SimPid {
    if (setTid.length > ns.level + 1) throw new SimError('EINVAL', 'set_tid has more levels than the namespace');
    const chain: SimNamespace[] = [];
    for (let at: SimNamespace | null = ns; at; at = at.parent) chain.push(at);
    const numbers: number[] = [];
    for (let i = 0; i < chain.length; i++) {
      const at = chain[i];
      if (at.dying) throw new SimError('ENOMEM', 'the pid namespace is dying');
      if (i < setTid.length) {
        const nr = setTid[i];
        if (nr < 1 || nr >= this.pidMax) throw new SimError('EINVAL', `set_tid ${nr} out of range`);
        if (nr !== 1 && !at.init) throw new SimError('EINVAL', `set_tid ${nr}: the namespace has no pid 1 yet`);
        if (at.byNumber.has(nr)) throw new SimError('EEXIST', `pid ${nr} is taken at level ${at.level}`);
        numbers.push(nr);
      } else {
        numbers.push(at.init ? this.nextFree(at) : 1);
      }
    }
    const levels = chain.map((at, i) => ({ ns: at, nr: numbers[i] })).reverse();
    const pid = new SimPid(levels);
    for (const { ns: at, nr } of levels) at.byNumber.set(nr, pid);
    return pid;
  }

  private nextFree(ns: SimNamespace): number {
    for (let step = 1; step < this.pidMax; step++) {
      let nr = ns.lastPid + step;
      if (nr >= this.pidMax) nr -= this.pidMax - 2; // wrap around, past pid 1
      if (nr >= 2 && nr < this.pidMax && !ns.byNumber.has(nr)) {
        ns.lastPid = nr;
        return nr;
      }
    }
    throw new SimError('EAGAIN', `no free pid at level ${ns.level}`);
  }
}

function first<T>(set: Set<T>): T | undefined {
  for (const item of set) return item;
  return undefined;
}
