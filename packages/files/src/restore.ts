// Restore side: re-create every open file description of the image in the restorer
// (Amber's own process), in dependency order, then give each restored task its fd table.
//
// Inherit-fd (seed 001): the caller's fd N stands in for a file of the image. The
// restorer first copies every such fd above all the fd numbers any restored table uses
// ("parks" it), and from then on only uses the copy, so an inherited fd can never be
// overwritten by, or mistaken for, a target fd: the review question on CRIU's patch
// (criu's own fd 3 inherited for a pipe, while the task's fd 3 is a file).
import * as sys from '@amber/sys';
import { FdTypes, imageFileName, type FdinfoEntry, type FileEntry, type FileLockEntry, type ImageDir } from '@amber/images';
import { FilesError } from './errors';
import { fdKey, inheritFdHint, normalizeKey, parseInheritFd, type InheritFd } from './keys';
import { applyPlacement, planPlacement, remotePlacementOps, type FdEntry } from './placement';
import type { FilePlugin, RemoteTask, RestoreContext, TaskContext } from './plugin';
import { describeFdType, type FileRegistry } from './registry';
import { MAX_BATCH, type FdStore } from '@amber/fdstore';
import { fetchFromStore, fetchOverChannel, fetchWithPidfd, nofileLimit, openFds, type Channel, type StoreEntry, type StoreTransport } from './transfer';
import { readFileDataImage, type FileData } from './wire';
import { describeLock, lockEntryProblem, takeLock } from './locks';

export interface FdRestorerOptions {
  /** inherit-fds, parsed (parseInheritFd) or as `fd[N]:KEY` strings. */
  inheritFds?: Array<InheritFd | string>;
  /**
   * files_id of the root task, whose fd numbers `fd[M]` keys name. Default: the pid of
   * the first pstree.img entry, else the only fdinfo image.
   */
  rootFilesId?: number;
  /** Close the caller's inherited fds once parked (a CLI does; default false). */
  closeInherited?: boolean;
  /**
   * The credentials of the tasks using fd table `filesId` (the privilege rule): files are
   * opened by path with them. Without it, files are opened with the restorer's own rights.
   */
  credsOf?: (filesId: number) => Array<{ pid: number; creds: sys.FsCreds }>;
}

/** One fd of a target fd table. */
export interface TargetEntry {
  fd: number;
  fileId: number;
  cloexec: boolean;
  /** The restorer's fd for the file (O_CLOEXEC). */
  restorerFd: number;
  type: number;
}

export interface InstallOptions {
  /**
   * An fd store (@amber/fdstore) whose socket the task holds at `taskFd`: each file is
   * added to the store once (shared by all tasks) and peeked by the task; see stock()
   * for a layout that takes few peeks. Kept open in the task as a service fd unless
   * keepStore is false.
   */
  store?: StoreTransport;
  /** Keep the store socket open in the task (default true), above the targets. */
  keepStore?: boolean;
  /** A unix socket the task holds: fds travel as SCM_RIGHTS. */
  channel?: Channel;
  /** Keep the channel's task end open (as a service fd above the targets). Default false: closed. */
  keepChannel?: boolean;
  /** Other fds of the task to keep (service fds): moved above the targets if in the way. */
  keep?: number[];
  /**
   * Fds already open in the task that hold a file of the image (fileId), e.g. an fd it
   * inherited at its number in the caller. The planner moves them where they belong.
   */
  present?: Array<{ fd: number; fileId: number }>;
  /** RLIMIT_NOFILE's soft limit in the task (default: read with prlimit). */
  limit?: number;
  /** Run the plugins' afterInstall (default true). */
  afterInstall?: boolean;
}

export interface InstallResult {
  /** Where each kept fd (keep, channel) ended: old number -> new number. */
  serviceFds: Map<number, number>;
  /** How many fds travelled into the task, and how many placement steps ran. */
  fetched: number;
  steps: number;
  transport: 'store' | 'channel' | 'pidfd';
}

const fid = (fileId: number): string => `f${fileId}`;

export class FdRestorer {
  readonly registry: FileRegistry;
  readonly images: ImageDir;
  readonly #files = new Map<number, FileEntry>();
  readonly #tables = new Map<number, FdinfoEntry[]>();
  readonly #opened = new Map<number, number>();
  readonly #opening: number[] = [];
  readonly #inheritFor = new Map<number, InheritFd>();
  /** Caller fd -> our parked copy. */
  readonly #parked = new Map<number, number>();
  readonly #state = new Map<FilePlugin, unknown>();
  /** Per fd store: file id -> where it is stored. */
  readonly #stored = new WeakMap<FdStore, Map<number, StoreEntry>>();
  readonly #rootFilesId: number | undefined;
  /** filelocks.img, by the pid of the task that takes each lock again. */
  readonly #locks = new Map<number, FileLockEntry[]>();
  readonly #parkBase: number;
  readonly #highestFd: number;
  readonly #credsOf: FdRestorerOptions['credsOf'];
  #data: Map<number, FileData> | undefined;
  #closed = false;

  constructor(registry: FileRegistry, images: ImageDir, options: FdRestorerOptions = {}) {
    this.registry = registry;
    this.images = images;
    this.#credsOf = options.credsOf;
    for (const e of images.readFiles()) {
      if (this.#files.has(e.id)) throw new FilesError('BAD_IMAGE', `files.img lists file id ${e.id} twice`);
      this.#files.set(e.id, e);
    }
    let maxFd = -1;
    for (const name of images.list()) {
      const m = /^fdinfo-(\d+)\.img$/.exec(name);
      if (!m) continue;
      const filesId = Number(m[1]);
      const table = images.readFdinfo(filesId).sort((a, b) => a.fd - b.fd);
      for (const e of table) {
        if (!this.#files.has(e.id)) throw new FilesError('BAD_IMAGE', `${name}: fd ${e.fd} names file id ${e.id}, which files.img lacks`);
        maxFd = Math.max(maxFd, e.fd);
      }
      this.#tables.set(filesId, table);
    }
    this.#highestFd = maxFd;
    this.#readLocks();
    this.#parkBase = Math.max(maxFd + 1, 10);
    this.#rootFilesId = options.rootFilesId ?? this.#defaultRoot();

    // inherit-fd: every key must name a file; every external file needs one.
    const inherits = (options.inheritFds ?? []).map((x) => (typeof x === 'string' ? parseInheritFd(x) : { ...x, key: normalizeKey(x.key, 'inherit-fd') }));
    const index = this.#keyIndex();
    const seen = new Map<string, InheritFd>();
    for (const inh of inherits) {
      const dup = seen.get(inh.key);
      if (dup) throw new FilesError('BAD_KEY', `inherit-fd '${inh.arg}' and '${dup.arg}' both name ${inh.key}`);
      seen.set(inh.key, inh);
      const ids = index.get(inh.key);
      if (!ids || ids.size === 0) {
        const known = [...index.keys()].filter((k) => !k.startsWith('fd[')).slice(0, 12);
        throw new FilesError(
          'UNKNOWN_KEY',
          `inherit-fd '${inh.arg}': no file of the image has the key ${inh.key} (CRIU would ignore this silently). ` +
            `Keys in this image: ${known.length ? known.join(', ') : '(none)'}${this.#rootFilesId !== undefined ? `, or fd[M] for an fd M of the root task ${this.#rootFilesId}` : ''}`,
        );
      }
      try {
        sys.native.fcntl(inh.fd, sys.F_GETFD, 0);
      } catch (e) {
        throw new FilesError('BAD_INHERIT_FD', `inherit-fd '${inh.arg}': fd ${inh.fd} is not open in the restoring process (pid ${process.pid})`, { cause: e });
      }
      for (const id of ids) {
        const other = this.#inheritFor.get(id);
        if (other) throw new FilesError('BAD_KEY', `inherit-fd '${inh.arg}' and '${other.arg}' both name file ${id} (${this.#describeFile(id)})`);
        this.#inheritFor.set(id, inh);
      }
    }
    const missing = [...this.#files.values()].filter((e) => e.reg?.ext && !this.#inheritFor.has(e.id));
    if (missing.length) {
      const lines = missing.map((e) => `file ${e.id} (${e.reg!.name}${this.#holders(e.id)}): pass ${inheritFdHint(normalizeKey(e.reg!.name))}`);
      throw new FilesError('MISSING_INHERIT_FD', `the dump left ${missing.length === 1 ? 'a file' : `${missing.length} files`} out as external, and restore needs a stand-in for each: ${lines.join('; ')}`);
    }
    // Park the inherited fds above every target fd number.
    try {
      for (const inh of inherits) {
        if (!this.#parked.has(inh.fd)) this.#parked.set(inh.fd, sys.dupFd(inh.fd, this.#parkBase));
      }
      if (options.closeInherited) for (const fd of this.#parked.keys()) sys.native.close(fd);
    } catch (e) {
      this.close();
      throw e;
    }
  }

  /** The fd tables in the image (files_ids). */
  filesIds(): number[] {
    return [...this.#tables.keys()].sort((a, b) => a - b);
  }

  /** The highest fd number any table of the image uses (-1: none). A transport fd above it is in no target's way. */
  get highestFd(): number {
    return this.#highestFd;
  }

  /** Every file_entry of the image, by id. */
  get files(): ReadonlyMap<number, FileEntry> {
    return this.#files;
  }

  /** The inherit-fd that stands in for a file, if any. */
  inheritedBy(fileId: number): InheritFd | undefined {
    return this.#inheritFor.get(fileId);
  }

  /** Where the restorer keeps its copy of inherited fd `fd` (above every target fd). */
  parkedFd(fd: number): number | undefined {
    return this.#parked.get(fd);
  }

  /** Re-creates every file any fd table uses, dependencies first. */
  openAll(): void {
    const ids = new Set<number>();
    for (const t of this.#tables.values()) for (const e of t) ids.add(e.id);
    for (const id of [...ids].sort((a, b) => a - b)) this.fdOf(id);
  }

  /** The restorer's fd for file `fileId` (O_CLOEXEC), re-created on first use. */
  fdOf(fileId: number): number {
    this.#check();
    const have = this.#opened.get(fileId);
    if (have !== undefined) return have;
    const entry = this.#files.get(fileId);
    if (!entry) throw new FilesError('BAD_DEPENDENCY', `file id ${fileId} is not in files.img${this.#opening.length ? ` (needed by file ${this.#opening.at(-1)})` : ''}`);
    const inh = this.#inheritFor.get(fileId);
    if (inh) {
      const fd = sys.dupFd(this.#parked.get(inh.fd)!, this.#parkBase);
      this.#opened.set(fileId, fd);
      return fd;
    }
    if (entry.reg?.ext) throw new FilesError('MISSING_INHERIT_FD', `file ${fileId} (${entry.reg.name}) was dumped as external: pass ${inheritFdHint(normalizeKey(entry.reg.name))}`);
    const plugin = this.registry.forType(entry.type);
    if (!plugin) {
      throw new FilesError(
        'NO_PLUGIN',
        `file ${fileId}${this.#holders(fileId)} is of fd type ${describeFdType(entry.type)} and no registered plugin handles it ` +
          `(registered: ${this.registry.describe()}): load the plugin that dumped it (registry.load('module'))`,
      );
    }
    if (this.#opening.includes(fileId)) {
      const cycle = [...this.#opening.slice(this.#opening.indexOf(fileId)), fileId];
      throw new FilesError('BAD_DEPENDENCY', `files depend on each other in a cycle: ${cycle.join(' -> ')}`);
    }
    this.#opening.push(fileId);
    try {
      const ctx = this.#context(plugin, fileId);
      for (const dep of plugin.dependsOn?.(entry, ctx) ?? []) this.fdOf(dep);
      const fd = plugin.open(entry, ctx);
      if (!Number.isInteger(fd) || fd < 0) throw new FilesError('BAD_PLUGIN', `plugin '${plugin.name}' open() of file ${fileId} returned ${String(fd)}, not an fd`);
      sys.native.fcntl(fd, sys.F_SETFD, sys.FD_CLOEXEC);
      this.#opened.set(fileId, fd);
      return fd;
    } finally {
      this.#opening.pop();
    }
  }

  /** The file_entry of a file id. */
  entryOf(fileId: number): FileEntry {
    const e = this.#files.get(fileId);
    if (!e) throw new FilesError('BAD_DEPENDENCY', `file id ${fileId} is not in files.img`);
    return e;
  }

  /** The target fd table of task `filesId`, sorted by fd (files are re-created as needed). */
  tableFor(filesId: number): TargetEntry[] {
    const table = this.#tables.get(filesId);
    if (!table) throw new FilesError('BAD_IMAGE', `the image has no fd table fdinfo-${filesId}.img (tables: ${this.filesIds().join(', ') || 'none'})`);
    return table.map((e) => ({ fd: e.fd, fileId: e.id, cloexec: (e.flags & sys.FD_CLOEXEC) !== 0, restorerFd: this.fdOf(e.id), type: e.type }));
  }

  /**
   * [restorer fd, target fd] pairs for sys.spawnAt's `fds`, for a task started with its
   * table in place. spawnAt leaves every fd inheritable: call completeSpawned() on the
   * stopped task afterwards for FD_CLOEXEC and afterInstall.
   */
  spawnFds(filesId: number): Array<[number, number]> {
    return this.tableFor(filesId).map((t) => [t.restorerFd, t.fd]);
  }

  /** For a task started with spawnFds(): sets FD_CLOEXEC where recorded and runs afterInstall. */
  completeSpawned(task: RemoteTask, filesId: number): void {
    const table = this.tableFor(filesId);
    for (const t of table) if (t.cloexec) task.syscall(sys.SYS.fcntl, t.fd, sys.F_SETFD, sys.FD_CLOEXEC);
    this.#afterInstall(task, table);
  }

  /**
   * Gives a stopped task (e.g. a restore stub under sys.Tracee) its fd table: each file
   * travels into the task (peeked from an fd `store` the task holds, sent over a
   * `channel` socket, or by default copied with remote pidfd_getfd), the placement
   * planner's dup3 / F_DUPFD_CLOEXEC / close steps run in the task, FD_CLOEXEC is set
   * as recorded, every other fd of the task is closed (but `keep`, the store socket
   * unless keepStore is false, and the channel with keepChannel), and finally each
   * plugin's afterInstall runs.
   */
  installInto(task: RemoteTask, filesId: number, options: InstallOptions = {}): InstallResult {
    const table = this.tableFor(filesId);
    const files = [...new Set(table.map((t) => t.fileId))];
    const sources = files.map((id) => this.fdOf(id));
    if (options.store && options.channel) throw new FilesError('INSTALL', 'installInto: pass a store or a channel, not both');
    // Fetched fds come with the flag most targets want (pidfd_getfd: always FD_CLOEXEC).
    const cloexec = options.store || options.channel ? table.filter((t) => t.cloexec).length * 2 >= table.length : true;
    const got = options.store
      ? fetchFromStore(task, options.store, this.storeEntries(options.store.store, files), cloexec)
      : options.channel
        ? fetchOverChannel(task, options.channel, sources, cloexec)
        : fetchWithPidfd(task, sources);
    const current: FdEntry[] = [];
    const listed = new Set<number>();
    got.forEach((fd, i) => {
      current.push({ fd, id: fid(files[i]!), cloexec });
      listed.add(fd);
    });
    for (const p of options.present ?? []) {
      if (!this.#files.has(p.fileId)) throw new FilesError('INSTALL', `present fd ${p.fd}: file id ${p.fileId} is not in the image`);
      if (listed.has(p.fd)) throw new FilesError('INSTALL', `present fd ${p.fd} is listed twice`);
      current.push({ fd: p.fd, id: fid(p.fileId) });
      listed.add(p.fd);
    }
    const keepFds = [...(options.keep ?? [])];
    if (options.channel && options.keepChannel) keepFds.push(options.channel.taskFd);
    if (options.store && (options.keepStore ?? true)) keepFds.push(options.store.taskFd);
    const keep: FdEntry[] = [];
    for (const fd of new Set(keepFds)) {
      if (listed.has(fd)) throw new FilesError('INSTALL', `keep fd ${fd} is also listed as present (or received)`);
      keep.push({ fd, id: `keep:${fd}` });
      listed.add(fd);
    }
    // Anything else open in the task does not belong to the restored table.
    for (const fd of openFds(task.pid)) if (!listed.has(fd)) current.push({ fd, id: `stray:${fd}` });
    const limit = options.limit ?? nofileLimit(task.pid);
    let steps = 0;
    try {
      const plan = planPlacement({ current, keep, target: table.map((t) => ({ fd: t.fd, id: fid(t.fileId), cloexec: t.cloexec })), limit });
      applyPlacement(plan.steps, remotePlacementOps(task));
      steps = plan.steps.length;
      const serviceFds = new Map<number, number>();
      for (const [id, fd] of plan.serviceFds) serviceFds.set(Number(id.slice('keep:'.length)), fd);
      if (options.afterInstall ?? true) this.#afterInstall(task, table);
      return { serviceFds, fetched: got.length, steps, transport: options.store ? 'store' : options.channel ? 'channel' : 'pidfd' };
    } catch (e) {
      if (e instanceof FilesError) throw e;
      throw new FilesError('INSTALL', `installing the fd table of ${filesId} into task ${task.pid} failed: ${(e as Error).message}`, { cause: e });
    }
  }

  /**
   * Adds every file the fd tables `filesIds` use (default: all of them) to `store`, laid
   * out for few peeks: files used by exactly the same tables share datagrams (addMany,
   * up to MAX_BATCH fds each), so one peek gives a task a whole datagram of files it
   * needs and nothing else. Files already in the store stay where they are. Without
   * this, installInto adds each file on its own (one datagram, one peek per file), and
   * the kernel walks the queue from its head at every peek.
   */
  stock(store: FdStore, filesIds: readonly number[] = this.filesIds()): void {
    const known = this.#storeMap(store);
    // Who uses each file, as a key ("12,15"); files grouped by key, in order of first
    // appearance (tables in order, fds in order: the order a task's fds are installed in).
    const users = new Map<number, { key: string; last: number }>();
    for (const filesId of filesIds) {
      const table = this.#tables.get(filesId);
      if (!table) throw new FilesError('BAD_IMAGE', `the image has no fd table fdinfo-${filesId}.img (tables: ${this.filesIds().join(', ') || 'none'})`);
      for (const e of table) {
        const u = users.get(e.id);
        if (!u) users.set(e.id, { key: String(filesId), last: filesId });
        else if (u.last !== filesId) {
          u.key += `,${filesId}`;
          u.last = filesId;
        }
      }
    }
    const groups = new Map<string, number[]>();
    for (const [fileId, u] of users) {
      if (known.has(fileId)) continue;
      const g = groups.get(u.key);
      if (g) g.push(fileId);
      else groups.set(u.key, [fileId]);
    }
    store.exclusive(() => {
      for (const files of groups.values()) {
        const ids = store.addMany(files.map((f) => this.fdOf(f)));
        ids.forEach((id, i) => known.set(files[i]!, { id, first: ids[i - (i % MAX_BATCH)]!, index: i % MAX_BATCH }));
      }
    });
  }

  /**
   * The fd store entry ids of files `fileIds`, adding each file not stored yet to `store`
   * (one datagram per file, so that a peek installs just that file).
   */
  storeIds(store: FdStore, fileIds: readonly number[]): number[] {
    return this.storeEntries(store, fileIds).map((e) => e.id);
  }

  #storeMap(store: FdStore): Map<number, StoreEntry> {
    let known = this.#stored.get(store);
    if (!known) this.#stored.set(store, (known = new Map()));
    return known;
  }

  /** Like storeIds, with where each entry sits in its datagram (what fetchFromStore batches by). */
  storeEntries(store: FdStore, fileIds: readonly number[]): StoreEntry[] {
    const known = this.#storeMap(store);
    return store.exclusive(() =>
      fileIds.map((f) => {
        let e = known.get(f);
        if (e === undefined) {
          const id = store.add(this.fdOf(f));
          known.set(f, (e = { id, first: id, index: 0 }));
        }
        return e;
      }),
    );
  }

  /**
   * Every task is whole: each plugin that opened something finishes its work
   * (FilePlugin.finishRestore), before the restorer's fds are closed.
   */
  finishRestore(): void {
    this.#check();
    for (const p of this.registry.list()) {
      if (p.finishRestore && this.#state.has(p)) p.finishRestore({ state: <T>(init: () => T): T => this.#state.get(p) as T ?? init() });
    }
  }

  /** Closes every fd the restorer opened (re-created files, parked inherited fds). */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const fd of this.#opened.values()) sys.native.close(fd);
    this.#opened.clear();
    for (const fd of this.#parked.values()) sys.native.close(fd);
    this.#parked.clear();
  }

  // ------------------------------------------------------------------------------

  #check(): void {
    if (this.#closed) throw new Error('FdRestorer used after close()');
  }

  #defaultRoot(): number | undefined {
    try {
      const first = this.images.readPstree()[0];
      if (first && this.#tables.has(first.pid)) return first.pid;
    } catch {
      /* no pstree.img */
    }
    return this.#tables.size === 1 ? [...this.#tables.keys()][0] : undefined;
  }

  /** key -> file ids: stored external keys, plugins' keyOf(), fd[M] of the root task. */
  #keyIndex(): Map<string, Set<number>> {
    const index = new Map<string, Set<number>>();
    const add = (key: string | undefined, id: number): void => {
      if (key === undefined) return;
      let k: string;
      try {
        k = normalizeKey(key);
      } catch {
        return;
      }
      let s = index.get(k);
      if (!s) index.set(k, (s = new Set()));
      s.add(id);
    };
    for (const e of this.#files.values()) {
      if (e.reg?.ext) add(e.reg.name, e.id);
      else {
        try {
          add(this.registry.forType(e.type)?.keyOf?.(e), e.id);
        } catch {
          /* a plugin that cannot name this file */
        }
      }
    }
    const root = this.#rootFilesId === undefined ? undefined : this.#tables.get(this.#rootFilesId);
    for (const e of root ?? []) add(fdKey(e.fd), e.id);
    return index;
  }

  #describeFile(id: number): string {
    const e = this.#files.get(id);
    if (!e) return `file ${id}`;
    return e.reg ? e.reg.name : e.pipe ? `pipe:[${e.pipe.pipe_id}]` : describeFdType(e.type);
  }

  /** ", held by task 12 fd 3, ...": who holds a file, for messages. */
  #holders(id: number): string {
    const out: string[] = [];
    for (const [filesId, t] of this.#tables) for (const e of t) if (e.id === id) out.push(`task ${filesId} fd ${e.fd}`);
    return out.length ? `, held by ${out.slice(0, 4).join(', ')}${out.length > 4 ? '...' : ''}` : '';
  }

  /**
   * Who a file is opened for: the tasks whose tables hold it; for a file no table holds (an
   * epoll's target, a FIFO's path) the holders of the file that needs it, else the root.
   */
  #openersOf(fileId: number): Array<{ pid: number; creds: sys.FsCreds }> | undefined {
    const credsOf = this.#credsOf;
    if (!credsOf) return undefined;
    for (const id of [fileId, ...[...this.#opening].reverse()]) {
      const out = new Map<string, { pid: number; creds: sys.FsCreds }>();
      for (const [filesId, t] of this.#tables) {
        if (!t.some((e) => e.id === id)) continue;
        for (const h of credsOf(filesId)) out.set(JSON.stringify(h.creds, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)), h);
      }
      if (out.size) return [...out.values()];
    }
    return this.#rootFilesId === undefined ? [] : credsOf(this.#rootFilesId);
  }

  /** RestoreContext.openPath: the privilege rule; one task holding the file must be able to open it. */
  #openPath(fileId: number, path: string, flags: number, mode = 0): number {
    const openers = this.#openersOf(fileId);
    if (!openers) return sys.openFileNoBlock(path, flags, mode);
    if (openers.length === 0) throw new FilesError('PERMISSION', `file ${fileId}: ${path}: no task of the image holds it, so no credentials to open it with`);
    let refused: unknown;
    for (const o of openers) {
      try {
        return sys.openFileAs(path, flags, o.creds, mode);
      } catch (e) {
        if (!sys.isErrno(e, 'EACCES') && !sys.isErrno(e, 'EPERM')) throw e;
        refused = e;
      }
    }
    const who = openers.map((o) => `task ${o.pid} (uid ${o.creds.fsuid}, gid ${o.creds.fsgid}${o.creds.groups.length ? `, groups ${o.creds.groups.join(',')}` : ''}, caps 0x${o.creds.capEff.toString(16)})`).join(', ');
    throw new FilesError(
      'PERMISSION',
      `file ${fileId}: ${path} (flags 0${flags.toString(8)}) cannot be opened by ${who}${this.#holders(fileId)}: ${(refused as Error).message}; ` +
        'an image can only give a task a file its own credentials could open ' +
        `(if the task rightly holds it, e.g. opened before it dropped privileges, hand it over yourself: --inherit-fd 'fd[N]:${path}')`,
      { cause: refused },
    );
  }

  #context(plugin: FilePlugin, fileId: number): RestoreContext {
    return {
      openPath: (path, flags, mode) => this.#openPath(fileId, path, flags, mode),
      fdOf: (id) => this.fdOf(id),
      entryOf: (id) => this.entryOf(id),
      images: this.images,
      dataOf: (id) => {
        if (!this.#data) this.#data = readFileDataImage(this.images);
        return this.#data.get(id)?.data;
      },
      state: <T>(init: () => T): T => {
        if (!this.#state.has(plugin)) this.#state.set(plugin, init());
        return this.#state.get(plugin) as T;
      },
    };
  }

  /** The pids filelocks.img names (each must be a task of the restored tree). */
  get lockOwners(): number[] {
    return [...this.#locks.keys()];
  }

  /** How many file locks the image holds (filelocks.img). */
  get lockCount(): number {
    let n = 0;
    for (const l of this.#locks.values()) n += l.length;
    return n;
  }

  /**
   * Takes again, inside `task` (the restored task the image names `pid`, whose fd table
   * `filesId` is in place), every file lock it held: through the same fd numbers, with
   * non-blocking fcntl F_SETLK / F_OFD_SETLK / flock. A lock that cannot be taken (another
   * process holds a conflicting one now) is an error naming it; the caller then kills the
   * restored tasks, and their locks go with them.
   */
  restoreLocks(task: RemoteTask, pid: number, filesId: number): number {
    const locks = this.#locks.get(pid) ?? [];
    if (locks.length === 0) return 0;
    const table = this.#tables.get(filesId) ?? [];
    for (const l of locks) {
      const at = table.find((e) => e.fd === l.fd);
      const entry = at && this.#files.get(at.id);
      const path = entry?.reg?.name ?? '?';
      if (!at || !entry || entry.type !== FdTypes.REG || entry.reg?.ext || this.#inheritFor.has(at.id)) {
        throw new FilesError('BAD_IMAGE', `filelocks.img: pid ${pid} holds ${describeLock(l)} through fd ${l.fd}, which is not a regular file Amber restored in its fd table ${filesId}`);
      }
      try {
        takeLock(task, l);
      } catch (e) {
        const busy = sys.isErrno(e, 'EAGAIN') || sys.isErrno(e, 'EACCES') || sys.isErrno(e, 'EWOULDBLOCK');
        throw new FilesError(
          'LOCK',
          `cannot take back ${describeLock(l)} on ${path} for pid ${pid} fd ${l.fd}: ${(e as Error).message}` +
            (busy ? '; another process holds a conflicting lock on that file now (it took it after the dump): stop it or let it release the lock, then restore again' : ''),
          { cause: e },
        );
      }
    }
    return locks.length;
  }

  #readLocks(): void {
    const name = imageFileName.fileLocks();
    if (!this.images.has(name)) return;
    for (const l of this.images.readEntries('file-locks', name)) {
      const problem = lockEntryProblem(l);
      if (problem) throw new FilesError('BAD_IMAGE', `${name}: cannot restore ${problem} (pid ${l.pid} fd ${l.fd})`);
      const list = this.#locks.get(l.pid) ?? [];
      list.push(l);
      this.#locks.set(l.pid, list);
    }
  }

  #afterInstall(task: RemoteTask, table: TargetEntry[]): void {
    const byFile = new Map<number, number[]>();
    for (const t of table) {
      const l = byFile.get(t.fileId) ?? [];
      l.push(t.fd);
      byFile.set(t.fileId, l);
    }
    const ctx: TaskContext = { task, fdsOf: (id) => [...(byFile.get(id) ?? [])] };
    for (const [id, fds] of byFile) {
      if (this.#inheritFor.has(id)) continue; // a stand-in: not the plugin's file
      const entry = this.#files.get(id)!;
      const plugin = this.registry.forType(entry.type);
      plugin?.afterInstall?.(entry, fds[0]!, ctx);
    }
  }
}
