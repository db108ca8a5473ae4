// A tiny, independent implementation of @amber/files' plugin contract for tests: it
// drives plugins directly (DumpContext, RestoreContext, TaskContext), next to the real
// FdDumper/FdRestorer, and builds scenes inside real processes with remote syscalls.
//
// Dump: fds of the given tasks, identity with kcmp(KCMP_FILE), one file id per open file
// description, files.img + fdinfo-<pid>.img + plugin images + plugin data (a JSON file).
// Restore: open() in dependency order, a restore stub per task started with its table
// in place (spawnAt moves the fds through trampolines), then afterInstall in each task
// under ptrace. Optional TaskContext.borrowFd (the epoll plugin's proposal).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import { FdTypes, ImageDir, type FdinfoEntry, type FileEntry } from '@amber/images';
import { FdDumper, FdRestorer, FileRegistry, type DumpContext, type FdProbe, type FilePlugin, type RestoreContext, type TaskContext } from '@amber/files';

const { native } = sys;

export function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `amber-${tag}-`));
}

/** A restore stub (loops on pause()) holding exactly `fds` ([fd here, fd there]). */
export function spawnStub(fds: Array<[number, number]> = []): number {
  return sys.spawnAt({ path: sys.restoreStubPath, argv: ['amber-stub'], envp: [], fds });
}

export function killChild(pid: number): void {
  try {
    native.kill(pid, sys.SIGKILL);
  } catch {
    return;
  }
  try {
    sys.waitFor(pid);
  } catch {
    /* reaped */
  }
}

export function fdFlags(pid: number, fd: number): number {
  const text = fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1');
  return parseInt(/^flags:\s*([0-7]+)/m.exec(text)![1]!, 8);
}

export function fdinfoText(pid: number, fd: number): string {
  return fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1');
}

export function fdList(pid: number): number[] {
  return fs
    .readdirSync(`/proc/${pid}/fd`)
    .map(Number)
    .sort((a, b) => a - b);
}

export function linkOf(pid: number, fd: number): string {
  return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
}

export function sameDescription(pid1: number, fd1: number, pid2: number, fd2: number): boolean {
  return native.kcmp(pid1, pid2, sys.KCMP_FILE, fd1, fd2) === 0;
}

/** A copy of a task's fd in this process (O_CLOEXEC); the caller closes it. */
export function grab(pid: number, fd: number): number {
  const pidfd = native.pidfdOpen(pid, 0);
  try {
    return native.pidfdGetfd(pidfd, fd, 0);
  } finally {
    native.close(pidfd);
  }
}

/** Reads what a pipe holds through a copy of a task's read end, consuming it (non-blocking). */
export function drain(pid: number, fd: number, max = 4 << 20): Buffer[] {
  const local = grab(pid, fd);
  const chunks: Buffer[] = [];
  try {
    const fl = native.fcntl(local, sys.F_GETFL, 0);
    native.fcntl(local, sys.F_SETFL, fl | sys.O_NONBLOCK);
    const buf = Buffer.alloc(max);
    for (;;) {
      let n: number;
      try {
        n = native.read(local, buf);
      } catch (e) {
        if (sys.isErrno(e, 'EAGAIN')) break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    native.fcntl(local, sys.F_SETFL, fl);
  } finally {
    native.close(local);
  }
  return chunks;
}

// ------------------------------------------------------------------ scenes --

/** Builds state inside a stub with remote syscalls: fds get the numbers the task itself chose. */
export class Remote {
  readonly pid: number;
  readonly t: sys.Tracee;

  constructor(pid: number) {
    this.pid = pid;
    this.t = sys.Tracee.seize(pid);
  }

  static stub(fds: Array<[number, number]> = []): Remote {
    return new Remote(spawnStub(fds));
  }

  call(nr: number, ...args: Array<bigint | number>): number {
    return Number(this.t.syscall(nr, ...args));
  }

  pipe2(flags = 0): [number, number] {
    const at = this.t.putScratch(Buffer.alloc(8), 0);
    this.call(sys.SYS.pipe2, at, flags);
    const b = this.t.readMem(at, 8);
    return [b.readInt32LE(0), b.readInt32LE(4)];
  }

  dup2(from: number, to: number): number {
    return this.call(sys.SYS.dup2, from, to);
  }

  dup(fd: number): number {
    return this.call(sys.SYS.dup, fd);
  }

  close(fd: number): void {
    this.call(sys.SYS.close, fd);
  }

  fcntl(fd: number, cmd: number, arg = 0): number {
    return this.call(sys.SYS.fcntl, fd, cmd, arg);
  }

  write(fd: number, data: string | Buffer): number {
    const b = typeof data === 'string' ? Buffer.from(data) : data;
    const at = this.t.putScratch(b, 0);
    return this.call(sys.SYS.write, fd, at, b.length);
  }

  open(p: string, flags: number): number {
    const at = this.t.putScratch(Buffer.from(`${p}\0`), 0);
    return this.call(sys.SYS.open, at, flags, 0);
  }

  epollCreate(): number {
    return this.call(291 /* epoll_create1 */, 0);
  }

  epollCtl(ep: number, op: number, fd: number, events: number, data: bigint | number): void {
    const b = Buffer.alloc(12);
    b.writeUInt32LE(events >>> 0, 0);
    b.writeBigUInt64LE(BigInt(data), 4);
    const at = this.t.putScratch(b, 0);
    this.call(233 /* epoll_ctl */, ep, op, fd, at);
  }

  /** epoll_wait inside the task (timeout 0): the events it delivers. */
  epollWait(ep: number, max = 64): Array<{ events: number; data: bigint }> {
    const at = this.t.putScratch(Buffer.alloc(12 * max), 0);
    const n = this.call(232 /* epoll_wait */, ep, at, max, 0);
    const b = this.t.readMem(at, 12 * n);
    return Array.from({ length: n }, (_, i) => ({ events: b.readUInt32LE(12 * i), data: b.readBigUInt64LE(12 * i + 4) }));
  }

  detach(): void {
    this.t.detach();
  }
}

// ------------------------------------------------------------------- dump --

export interface HarnessImage {
  dir: string;
  images: ImageDir;
  pids: number[];
}

interface Known {
  pid: number;
  fd: number;
  id: number;
  ino: bigint;
  dev: bigint;
}

/** Dumps the fds of `pids` with `plugins` through the contract alone. */
export function harnessDump(plugins: readonly FilePlugin[], pids: number[], dir: string): HarnessImage {
  const files = new Map<number, FileEntry>();
  const data = new Map<number, { plugin: string; data: string }>();
  const known: Known[] = [];
  const byKey = new Map<string, number>();
  const tables = new Map<number, FdinfoEntry[]>();
  const state = new Map<FilePlugin, unknown>();
  const used = new Set<FilePlugin>();
  const byPath = new Map<string, number>();
  const pidfds = new Map<number, number>();
  let next = 1;

  const getFd = (pid: number, fd: number): number => {
    let p = pidfds.get(pid);
    if (p === undefined) pidfds.set(pid, (p = native.pidfdOpen(pid, 0)));
    return native.pidfdGetfd(p, fd, 0);
  };
  const stateOf = <T>(p: FilePlugin, init: () => T): T => {
    if (!state.has(p)) state.set(p, init());
    return state.get(p) as T;
  };
  const addRegularFile = (p: string, flags = sys.O_RDONLY): number => {
    const k = `${flags}:${p}`;
    const have = byPath.get(k);
    if (have !== undefined) return have;
    const id = next++;
    const st = native.statx(sys.AT_FDCWD, p, 0);
    files.set(id, { type: FdTypes.REG, id, reg: { id, flags, pos: 0n, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 }, name: p, mode: st.mode } });
    byPath.set(k, id);
    return id;
  };
  const fileIdOf = (pid: number, fd: number): number => {
    const key = `${pid}:${fd}`;
    const have = byKey.get(key);
    if (have !== undefined) return have;
    const local = getFd(pid, fd);
    try {
      const stat = native.statx(local, '', sys.AT_EMPTY_PATH);
      const same = known.find((k) => k.ino === stat.ino && k.dev === stat.dev && native.kcmp(pid, k.pid, sys.KCMP_FILE, fd, k.fd) === 0);
      if (same) {
        byKey.set(key, same.id);
        return same.id;
      }
      const id = next++;
      known.push({ pid, fd, id, ino: stat.ino, dev: stat.dev });
      byKey.set(key, id);
      const fdinfo = fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1');
      const probe: FdProbe = {
        pid, fd, link: fs.readlinkSync(`/proc/${pid}/fd/${fd}`), stat, fdinfo,
        flags: parseInt(/^flags:\s*([0-7]+)/m.exec(fdinfo)![1]!, 8) & ~sys.O_CLOEXEC,
      };
      const plugin = plugins.find((p) => p.detect(probe));
      if (!plugin) throw new Error(`harness: no plugin claims pid ${pid} fd ${fd} (${probe.link})`);
      used.add(plugin);
      const ctx: DumpContext = {
        localFd: local, fileId: id, pids, addRegularFile, fileIdOf, getFd,
        state: (init) => stateOf(plugin, init),
      };
      const out = plugin.dump(probe, ctx);
      const entry = { ...out.entry, id, type: plugin.type } as FileEntry;
      for (const k of ['pipe', 'fifo', 'epfd'] as const) {
        const v = entry[k];
        if (v) (entry as unknown as Record<string, unknown>)[k] = { ...v, id };
      }
      files.set(id, entry);
      if (out.data) data.set(id, { plugin: plugin.name, data: Buffer.from(out.data).toString('base64') });
      return id;
    } finally {
      native.close(local);
    }
  };

  try {
    for (const pid of pids) {
      const table: FdinfoEntry[] = [];
      for (const fd of fdList(pid)) {
        const id = fileIdOf(pid, fd);
        const cloexec = (parseInt(/^flags:\s*([0-7]+)/m.exec(fdinfoText(pid, fd))![1]!, 8) & sys.O_CLOEXEC) !== 0;
        table.push({ id, flags: cloexec ? sys.FD_CLOEXEC : 0, type: files.get(id)!.type, fd });
      }
      tables.set(pid, table);
    }
    const images = ImageDir.create(dir, { fsync: false, overwrite: true });
    images.writeFiles([...files.values()].sort((a, b) => a.id - b.id));
    for (const [pid, t] of tables) images.writeFdinfo(pid, t);
    for (const p of plugins) if (used.has(p)) p.finishDump?.(images, { state: (init) => stateOf(p, init) });
    fs.writeFileSync(path.join(dir, 'harness-data.json'), JSON.stringify(Object.fromEntries(data)));
    images.writeInventory({ img_version: 2 });
    return { dir, images: ImageDir.open(dir), pids };
  } finally {
    for (const fd of pidfds.values()) native.close(fd);
  }
}

// ---------------------------------------------------------------- restore --

export interface HarnessRestoreOptions {
  /** Offer TaskContext.borrowFd (the epoll plugin's proposal), done here with remote pidfd_getfd. */
  borrowFd?: boolean;
  /** Pre-install the files plugins list in needsTemporarily() at a high fd, closed after afterInstall. */
  temporaries?: boolean;
  /** Skip afterInstall. */
  afterInstall?: boolean;
}

export interface HarnessRestore {
  /** Dumped pid -> restored stub pid. */
  pids: Map<number, number>;
  /** The restorer's fd of each file id. */
  fds: Map<number, number>;
  entries: Map<number, FileEntry>;
  /** Kills the stubs and closes the restorer's fds. */
  close(): void;
}

/** Restores the image into one restore stub per dumped task. */
export function harnessRestore(plugins: readonly FilePlugin[], img: HarnessImage, opts: HarnessRestoreOptions = {}): HarnessRestore {
  const images = img.images;
  const entries = new Map(images.readFiles().map((e) => [e.id, e]));
  const rawData = JSON.parse(fs.readFileSync(path.join(img.dir, 'harness-data.json'), 'utf8')) as Record<string, { data: string }>;
  const state = new Map<FilePlugin, unknown>();
  const fds = new Map<number, number>();
  const opening: number[] = [];
  const pluginOf = (e: FileEntry): FilePlugin => {
    const p = plugins.find((x) => x.type === e.type);
    if (!p) throw new Error(`harness: no plugin for file ${e.id} of type ${e.type}`);
    return p;
  };
  const ctxFor = (p: FilePlugin): RestoreContext => ({
    fdOf, entryOf, images,
    openPath: (p, flags, mode) => sys.openFileNoBlock(p, flags, mode),
    dataOf: (id) => (rawData[String(id)] ? Buffer.from(rawData[String(id)]!.data, 'base64') : undefined),
    state: <T>(init: () => T): T => {
      if (!state.has(p)) state.set(p, init());
      return state.get(p) as T;
    },
  });
  function entryOf(id: number): FileEntry {
    const e = entries.get(id);
    if (!e) throw new Error(`harness: no file ${id}`);
    return e;
  }
  function fdOf(id: number): number {
    const have = fds.get(id);
    if (have !== undefined) return have;
    if (opening.includes(id)) throw new Error(`harness: dependency cycle through file ${id}`);
    const e = entryOf(id);
    const p = pluginOf(e);
    opening.push(id);
    try {
      const ctx = ctxFor(p);
      for (const d of p.dependsOn?.(e, ctx) ?? []) fdOf(d);
      const fd = p.open(e, ctx);
      fds.set(id, fd);
      return fd;
    } finally {
      opening.pop();
    }
  }

  const tables = new Map(img.pids.map((pid) => [pid, images.readFdinfo(pid)]));
  const restored = new Map<number, number>();
  const close = () => {
    for (const pid of restored.values()) killChild(pid);
    for (const fd of fds.values()) {
      try {
        native.close(fd);
      } catch {
        /* closed */
      }
    }
    fds.clear();
  };
  try {
    for (const t of tables.values()) for (const e of t) fdOf(e.id);
    for (const [pid, table] of tables) {
      const held = new Set(table.map((e) => e.id));
      const temps = new Map<number, number>();
      if (opts.temporaries) {
        let next = Math.max(100, ...table.map((e) => e.fd + 1));
        for (const id of held) {
          const e = entries.get(id)!;
          const extra = (pluginOf(e) as FilePlugin & { needsTemporarily?: (e: FileEntry, c: RestoreContext) => number[] }).needsTemporarily;
          for (const t of extra?.(e, ctxFor(pluginOf(e))) ?? []) if (!held.has(t) && !temps.has(t)) temps.set(t, next++);
        }
      }
      const stub = spawnStub([...table.map((e): [number, number] => [fds.get(e.id)!, e.fd]), ...[...temps].map(([id, fd]): [number, number] => [fdOf(id), fd])]);
      restored.set(pid, stub);
      const tracee = sys.Tracee.seize(stub);
      try {
        for (const e of table) if (e.flags & sys.FD_CLOEXEC) tracee.syscall(sys.SYS.fcntl, e.fd, sys.F_SETFD, sys.FD_CLOEXEC);
        if (opts.afterInstall ?? true) {
          const byFile = new Map<number, number[]>();
          for (const e of table) byFile.set(e.id, [...(byFile.get(e.id) ?? []), e.fd]);
          for (const [id, fd] of temps) byFile.set(id, [fd]);
          let pidfd = -1n;
          const ctx: TaskContext & { borrowFd?(id: number): number } = { task: tracee, fdsOf: (id) => [...(byFile.get(id) ?? [])] };
          if (opts.borrowFd) {
            ctx.borrowFd = (id: number) => {
              if (pidfd < 0n) pidfd = tracee.syscall(434 /* pidfd_open */, process.pid, 0);
              return Number(tracee.syscall(sys.SYS.pidfd_getfd, pidfd, fdOf(id), 0));
            };
          }
          for (const [id, list] of byFile) {
            if (temps.has(id)) continue;
            const e = entries.get(id)!;
            pluginOf(e).afterInstall?.(e, list[0]!, ctx);
          }
          if (pidfd >= 0n) tracee.syscall(sys.SYS.close, pidfd);
          for (const fd of temps.values()) tracee.syscall(sys.SYS.close, fd);
        }
      } finally {
        tracee.detach();
      }
    }
  } catch (e) {
    close();
    throw e;
  }
  return { pids: restored, fds, entries, close };
}

// ------------------------------------------------------ both ways at once --

/** 'harness': this file's contract implementation; 'files': @amber/files' FdDumper/FdRestorer. */
export type Way = 'harness' | 'files';
export const WAYS: readonly Way[] = ['harness', 'files'];

export interface RoundTripOptions {
  harness?: HarnessRestoreOptions;
  /** FdDumper external keys / FdRestorer inherit-fds ('files' way only). */
  external?: string[];
  inheritFds?: string[];
  /** Called after the dump, before the originals are killed (default: kill them). */
  afterDump?: (img: ImageDir) => void;
  keepOriginals?: boolean;
}

export interface RoundTrip {
  dir: string;
  images: ImageDir;
  /** Dumped pid -> restored pid. */
  pids: Map<number, number>;
  close(): void;
}

/** Dumps `pids`, kills them, restores each into a stub: through the harness or through @amber/files. */
export function roundTrip(way: Way, plugins: readonly FilePlugin[], pids: number[], opts: RoundTripOptions = {}): RoundTrip {
  const dir = tempDir(`rt-${way}`);
  let images: ImageDir;
  if (way === 'harness') {
    images = harnessDump(plugins, pids, dir).images;
  } else {
    const registry = new FileRegistry();
    for (const p of plugins) registry.register(p, 'test');
    const dumper = new FdDumper(registry, { pids, external: opts.external ?? [] });
    for (const pid of pids) dumper.dumpTask(pid);
    const out = ImageDir.create(dir, { fsync: false, overwrite: true });
    dumper.writeImages(out);
    out.writeInventory({ img_version: 2 });
    images = ImageDir.open(dir);
  }
  opts.afterDump?.(images);
  if (!opts.keepOriginals) for (const pid of pids) killChild(pid);
  if (way === 'harness') {
    const r = harnessRestore(plugins, { dir, images, pids }, opts.harness ?? {});
    for (const fd of r.fds.values()) native.close(fd);
    r.fds.clear();
    return { dir, images, pids: r.pids, close: () => { r.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const registry = new FileRegistry();
  for (const p of plugins) registry.register(p, 'test');
  const restorer = new FdRestorer(registry, images, { inheritFds: opts.inheritFds ?? [] });
  const restored = new Map<number, number>();
  try {
    restorer.openAll();
    for (const pid of pids) {
      const stub = spawnStub();
      restored.set(pid, stub);
      const t = sys.Tracee.seize(stub);
      try {
        restorer.installInto(t, pid);
      } finally {
        t.detach();
      }
    }
  } catch (e) {
    for (const p of restored.values()) killChild(p);
    throw e;
  } finally {
    restorer.close();
  }
  return {
    dir, images, pids: restored,
    close: () => {
      for (const p of restored.values()) killChild(p);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
