// Restoring a process tree: the @amber/pstree plan says which task forks which (at
// which pid), who calls setsid and setpgid, and which tasks exit (zombies, helpers).
// Every step runs in restore stubs; only then does each stub become its task, and the
// whole tree is let go at once.
import {
  PTRACE_O_EXITKILL,
  isErrno, native, waitFor, Tracee, SYS, PR_SET_CHILD_SUBREAPER, RLIMIT_NOFILE, PTRACE_EVENT_CLONE, PTRACE_EVENT_FORK, PTRACE_EVENT_STOP,
  PTRACE_O_TRACECLONE, PTRACE_O_TRACEFORK, SIGCHLD, SIGKILL, SIGSTOP, SIGTRAP, type FsCreds,
} from '@amber/sys';
import { ImageDir } from '@amber/images';
import { FdRestorer, type StoreTransport } from '@amber/files';
import { FdStore } from '@amber/fdstore';
import { decodeWaitStatus, fromImageEntries, idOf, planRestore, RESTORER, type PlanStep, type TaskExtras } from '@amber/pstree';
import { shmemContentOf, type ImageTree } from '../images/read';
import { RestoreError } from '../errors';
import { SharedMemory } from './address-space';
import { PID_TAKEN, restoreInto, retryWhileZombie, spawnStub, type HeldTask } from './restore-task';
import { pstreeFromImage } from '../pstree-map';
import { fsCredsOf } from './privilege';
import type { RestoreOptions, RestoreSummary } from '../api';
import { defaultRegistry } from '../registry';

const CLONE_NEWPID = 0x20000000;
const CLONE_PARENT = 0x00008000;
/**
 * Where restore stubs hold the tree's fd store (seed 003): just above every fd number of
 * the image, so that the files a task peeks land at the lowest free numbers, which for
 * a table packed from 0 are their own (no fd to move); below this process's
 * RLIMIT_NOFILE, which the root stub inherits (a target on it is moved by the planner).
 * The root stub is started with it and every task forked from it inherits it. Each file
 * of the image is stored once and every task peeks its own copies (SCM_RIGHTS, which
 * works across pid namespaces, where pidfd_open of the restorer does not). installInto
 * closes it in each task when its table is in place.
 */
function storeFdNumber(files: FdRestorer): number {
  const soft = native.prlimit(0, RLIMIT_NOFILE).cur;
  const below = soft > 0x7fffffffn ? 0x7fffffff : Number(soft);
  return Math.max(0, Math.min(files.highestFd + 1, below - 1));
}
// EXITKILL: every task Amber holds dies with it if it is killed before the hand-over.
const TRACE_OPTIONS = PTRACE_O_TRACEFORK | PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL;

/** The stubs of the tree being made, by root-namespace pid. */
class StubTree {
  readonly stubs = new Map<number, Tracee>();
  /** Numbers per level (outermost first) of every pid in the plan. */
  /** `store`: the fd store socket here, and the number the root stub gets it at. */
  constructor(readonly store: { fd: number; taskFd: number }, readonly pids: ReadonlyMap<number, readonly number[]>) {}
  /** Pids as this process sees them (they differ inside a new pid namespace). */
  readonly outerPid = new Map<number, number>();
  readonly stopped: number[] = [];

  get(pid: number): Tracee {
    const t = this.stubs.get(pid);
    if (!t) throw new RestoreError(pid, 'tree', `the plan uses task ${pid} before it exists`);
    return t;
  }

  run(step: PlanStep): void {
    switch (step.kind) {
      case 'fork':
        return this.fork(step.parent, step.child, step.setTid, step.newPidNs, step.cloneParent);
      case 'set-child-subreaper':
        this.get(step.task).syscall(SYS.prctl, PR_SET_CHILD_SUBREAPER, 1);
        return;
      case 'setsid':
        this.get(step.task).syscall(SYS.setsid);
        return;
      case 'setpgid':
        this.get(step.by).syscall(SYS.setpgid, step.pidArg, step.pgidArg);
        return;
      case 'exit':
        return this.exit(step.task, 'code' in step.status ? { code: step.status.code } : { signal: step.status.signal });
      case 'reap':
        this.get(step.task).syscall(SYS.wait4, this.outerNumberIn(step.task, step.child), 0, 0, 0);
        return;
      case 'stop':
        this.stopped.push(step.task);
        return;
      case 'clone-thread':
        return; // threads are made with the task's memory, by restoreInto
    }
  }

  /** A child's pid as its parent sees it: its number at the parent's namespace level. */
  private outerNumberIn(parent: number, child: number): number {
    const depth = (this.pids.get(parent)?.length ?? 1) - 1;
    return this.pids.get(child)?.[depth] ?? child;
  }

  private fork(parent: number, child: number, setTid: readonly number[], newPidNs: boolean, cloneParent: boolean): void {
    if (parent === RESTORER) {
      // The root stub holds the fd store; every task forked from it inherits it.
      const pid = spawnStub(setTid, newPidNs, 'amber-restore', [[this.store.fd, this.store.taskFd]]);
      this.outerPid.set(child, pid);
      this.stubs.set(child, Tracee.seize(pid, { options: TRACE_OPTIONS }));
      return;
    }
    const p = this.get(parent);
    const tids = Buffer.alloc(4 * setTid.length);
    setTid.forEach((n, i) => tids.writeInt32LE(n, i * 4));
    const tidsAddr = p.putScratch(tids, 512);
    const args = Buffer.alloc(88); // struct clone_args
    args.writeBigUInt64LE(BigInt((newPidNs ? CLONE_NEWPID : 0) | (cloneParent ? CLONE_PARENT : 0)), 0);
    // clone3 wants no exit_signal with CLONE_PARENT: the child takes the caller's (SIGCHLD),
    // and ptrace reports the fork as a clone.
    args.writeBigUInt64LE(BigInt(cloneParent ? 0 : SIGCHLD), 32); // exit_signal
    args.writeBigUInt64LE(tidsAddr, 64);
    args.writeBigUInt64LE(BigInt(setTid.length), 72);
    const argsAddr = p.putScratch(args, 0);
    const forked = retryWhileZombie(child, () => {
      const st = p.syscallUntilStop(SYS.clone3, argsAddr, args.length);
      const eexist = st.kind === 'stopped' && st.signal === SIGTRAP && p.getRegs().signed('ax') === -17n;
      return eexist ? PID_TAKEN : st;
    });
    let s = forked === PID_TAKEN ? null : forked;
    if (s === null) throw new RestoreError(child, 'fork', `task ${parent} cannot fork task ${child}: pid ${child} is in use; stop its holder, or restore into a new pid namespace`);
    if (!(s.kind === 'stopped' && s.event === (cloneParent ? PTRACE_EVENT_CLONE : PTRACE_EVENT_FORK))) {
      const err = s.kind === 'stopped' && s.signal === SIGTRAP ? -p.getRegs().signed('ax') : 0n;
      const why = err ? `errno ${err}` : JSON.stringify(s);
      throw new RestoreError(child, 'fork', `task ${parent} cannot fork task ${child}: ${why}`);
    }
    const pid = native.ptraceGetEventMsg(p.pid);
    p.cont(0);
    s = waitFor(p.pid);
    if (!(s.kind === 'stopped' && s.signal === SIGTRAP)) throw new RestoreError(parent, 'fork', `task ${parent} did not come back from clone3: ${JSON.stringify(s)}`);
    s = waitFor(pid);
    if (!(s.kind === 'stopped' && s.event === PTRACE_EVENT_STOP)) throw new RestoreError(child, 'fork', `task ${child} did not stop after its fork: ${JSON.stringify(s)}`);
    this.outerPid.set(child, pid);
    this.stubs.set(child, Tracee.adopt(pid));
  }

  /** A zombie or helper ends: exit with its code, or die of its signal. */
  private exit(task: number, status: { code: number } | { signal: number }): void {
    const t = this.get(task);
    let s;
    if ('code' in status) {
      s = t.syscallUntilStop(SYS.exit_group, status.code);
    } else {
      // Die of the signal. SIGKILL ends the task at once, even in a ptrace stop; other
      // signals stop it on their way in and are let through.
      native.kill(t.pid, status.signal);
      if (status.signal !== SIGKILL) contQuietly(t);
      s = waitFor(t.pid);
      while (s.kind === 'stopped') {
        contQuietly(t, s.event === 0 ? s.signal : 0);
        s = waitFor(t.pid);
      }
    }
    if (s.kind !== 'exited' && s.kind !== 'signaled') throw new RestoreError(task, 'exit', `task ${task} did not end: ${JSON.stringify(s)}`);
    t.forget();
    this.stubs.delete(task);
  }

  /** Error path: nothing made so far may outlive the failed restore. */
  killAll(): void {
    for (const t of this.stubs.values()) t.forget();
    for (const pid of this.outerPid.values()) {
      try {
        native.kill(pid, SIGKILL);
      } catch {
        /* gone */
      }
    }
    for (const pid of this.outerPid.values()) {
      try {
        waitFor(pid);
      } catch {
        /* reaped or not ours */
      }
    }
  }
}

export function restoreTreeFrom(dir: ImageDir, tree: ImageTree, opts: RestoreOptions): RestoreSummary {
  const extras = new Map<number, TaskExtras>();
  for (const [pid, status] of tree.zombies) extras.set(pid, { state: { kind: 'zombie', exit: decodeWaitStatus(status) } });
  // Subreapers must be one before their orphans are made, so the plan knows them.
  for (const [pid, { task }] of tree.tasks) {
    if (task.childSubreaper || task.stopSignal) extras.set(pid, { childSubreaper: task.childSubreaper, state: { kind: task.stopSignal ? 'stopped' : 'alive' } });
  }
  const model = fromImageEntries(tree.entries.map(pstreeFromImage), { extras });
  const plan = planRestore(model);
  const root = idOf(model.root.pid);
  // The privilege rule: files are opened with the credentials of the tasks that hold them.
  const holders = new Map<number, Array<{ pid: number; creds: FsCreds }>>();
  for (const [pid, image] of tree.tasks) {
    const list = holders.get(image.filesId) ?? [];
    list.push({ pid, creds: fsCredsOf(image.task.threads[0]!.creds) });
    holders.set(image.filesId, list);
  }
  const files = new FdRestorer(opts.registry ?? defaultRegistry({ tcpEstablished: opts.tcpEstablished }), dir, {
    inheritFds: opts.inheritFds, rootFilesId: root, credsOf: (filesId) => holders.get(filesId) ?? [],
  });
  // A lock of a task the tree lacks would silently not be taken: refused before any task exists.
  for (const pid of files.lockOwners) {
    if (!tree.tasks.has(pid)) throw new RestoreError(root, 'file-locks', `filelocks.img names pid ${pid}, which is not a live task of the image's tree: the image is inconsistent`);
  }
  // One process (this one) adds and peeks, one remote syscall at a time: no lock needed.
  const store = FdStore.create({ lock: false });
  const transport: StoreTransport = { store, taskFd: storeFdNumber(files) };
  const stubs = new StubTree({ fd: store.fd, taskFd: transport.taskFd }, plan.pids);
  const held: HeldTask[] = [];
  const shared = new SharedMemory((obj) => shmemContentOf(dir, obj));
  let pages = 0;
  try {
    files.openAll();
    files.stock(store);
    for (const step of plan.steps) stubs.run(step);
    for (const [pid, image] of tree.tasks) {
      opts.events?.emit('phase', { phase: 'restore-task', pid });
      const t = stubs.get(pid);
      const h = restoreInto(t, image.task, image.pages(), {
        complete: (task) => {
          files.installInto(task, image.filesId, { store: transport, keepStore: false });
          // The task's file locks, once its fds are in place (and none is closed after).
          files.restoreLocks(task, pid, image.filesId);
        },
      }, (run) =>
        opts.events?.emit('pages', { pid, pages: run.data.length / 4096, bytes: run.data.length }),
        { memory: shared, store: transport },
        { setTid: (id) => [...(plan.pids.get(id) ?? [id])].reverse() },
      );
      held.push(h);
      pages += h.pages;
      if (opts.events?.listenerCount('file')) {
        for (const e of files.tableFor(image.filesId)) opts.events.emit('file', { op: 'restore', pid, fd: e.fd, fileId: e.fileId, type: e.type });
      }
    }
    // The hooks run while every task is whole but still held: a veto kills them all.
    const rootPid = stubs.outerPid.get(root) ?? root;
    for (const hook of ['post-restore', 'pre-resume'] as const) {
      try {
        opts.events?.emit(hook, { pid: rootPid, imagesDir: opts.imagesDir });
      } catch (e) {
        throw new RestoreError(root, hook, `a ${hook} hook vetoed the restore (every restored task was killed): ${(e as Error).message}`, { cause: e });
      }
    }
    // Plugins finish while the tree is whole and still held (TCP leaves repair mode).
    files.finishRestore();
  } catch (e) {
    for (const h of held) h.abandon();
    stubs.killAll();
    throw e;
  } finally {
    files.close();
    store.close();
  }
  // Queued while still held, a stop signal stops the task before it runs any of its code.
  for (const pid of stubs.stopped) native.kill(stubs.outerPid.get(pid) ?? pid, tree.tasks.get(pid)?.task.stopSignal || SIGSTOP);
  // Children first, so a parent that runs first finds them whole.
  for (const h of held.reverse()) h.release();
  return { pid: stubs.outerPid.get(root) ?? root, pages };
}


/** PTRACE_CONT that tolerates a task already gone (it is then collected by the next wait). */
function contQuietly(t: Tracee, signal = 0): void {
  try {
    t.cont(signal);
  } catch (e) {
    if (!isErrno(e, 'ESRCH')) throw e;
  }
}
