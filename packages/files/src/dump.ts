// Dump side: the fd tables of the dumped tasks, one file id per open file description,
// each description dumped once by the plugin that claims it.
//
// Identity (which fds share one open file description: dup, fork, SCM_RIGHTS) is what
// kcmp(KCMP_FILE) answers, for two fds at a time. Doing it pairwise is quadratic; here
// fds are first grouped by (dev, inode) from statx (two fds of one description always
// share the inode), and within a group the known descriptions are kept sorted in the
// kernel's own order: kcmp returns 0 (same), 1 (less) or 2 (greater) by comparing the
// (obfuscated) struct file pointers, a total order, so a new fd finds its description,
// or where a new one goes, with a binary search: ceil(log2(k + 1)) kcmp calls among k
// descriptions of one inode, and none at all for an inode seen for the first time.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdTypes, imageFileName, type FdinfoEntry, type FileEntry, type FileLockEntry, type ImageDir } from '@amber/images';
import { FilesError } from './errors';
import { parseFdinfo } from './fdinfo';
import { FL_LEASE, FL_POSIX, describeLock, lockedInodes, parseLockLines } from './locks';
import { fdKey, inheritFdHint, keyOfLink, normalizeKey, parseExternalKey } from './keys';
import type { DumpContext, DumpOutcome, FdProbe, FilePlugin } from './plugin';
import { ZERO_FOWN, regEntryForPath } from './reg';
import { describeFdType, type FileRegistry } from './registry';
import { writeFileDataImage, type FileData } from './wire';

export interface FdDumperOptions {
  /**
   * Keys of files that stay outside the dump (`pipe:[ino]`, `socket:[ino]`, a path,
   * `fd[M]` for fd M of the root task): recorded as external and not dumped; restore
   * then needs an inherit-fd for each. A key that matches no fd is an error.
   */
  external?: string[];
  /** The root task, whose fd numbers `fd[M]` keys name (default: the first task dumped). */
  rootPid?: number;
  /** Every task of the dump, for DumpContext.pids (default: the tasks dumped so far). */
  pids?: number[];
  /** How the images name task `pid` (its pid in the dumped root namespace; default: pid). */
  imagePid?: (pid: number) => number;
}

export interface FdDumperStats {
  /** Fds looked at (dumpTask and fileIdOf). */
  fds: number;
  /** File ids assigned (open file descriptions, plus files added by path). */
  files: number;
  /** kcmp(KCMP_FILE) calls made to tell descriptions apart. */
  kcmpCalls: number;
  /** Time spent in identity (grouping and kcmp), nanoseconds. */
  identityNs: bigint;
}

interface KnownFd {
  id: number;
  cloexec: boolean;
}

interface FileRecord {
  entry: FileEntry;
  plugin: FilePlugin | undefined;
  data?: Uint8Array;
}

interface Rep {
  pid: number;
  fd: number;
  id: number;
}

/**
 * Which socket an fd is (unix, tcp, udp, netlink, packet), from SO_DOMAIN, SO_TYPE and
 * SO_PROTOCOL on a copy of it when there is one, for "no plugin" messages.
 */
function socketFdType(fd: number | undefined): { type: number | undefined; what: string } {
  const unknown = { type: undefined, what: 'a socket (fd type UNIXSK (5), INETSK (4), PACKETSK (10) or NETLINKSK (13))' };
  if (fd === undefined) return unknown;
  let domain: number;
  let type: number;
  let protocol: number;
  try {
    domain = sys.native.getsockoptInt(fd, sys.SOL_SOCKET, 39); // SO_DOMAIN
    type = sys.native.getsockoptInt(fd, sys.SOL_SOCKET, 3); // SO_TYPE
    protocol = sys.native.getsockoptInt(fd, sys.SOL_SOCKET, 38); // SO_PROTOCOL
  } catch {
    return unknown;
  }
  const t = (fdType: number, what: string) => ({ type: fdType, what: `${what}, fd type ${describeFdType(fdType)}` });
  const types: Record<number, string> = { 1: 'stream', 2: 'datagram', 3: 'raw', 5: 'seqpacket', 10: 'packet' };
  const typeName = types[type] ?? `type ${type}`;
  if (domain === 1) return t(FdTypes.UNIXSK, `a unix ${typeName} socket`);
  if (domain === 2 || domain === 10) {
    const v = domain === 2 ? 'IPv4' : 'IPv6';
    const name = protocol === 6 ? 'tcp' : protocol === 17 ? 'udp' : `${typeName} protocol ${protocol}`;
    return t(FdTypes.INETSK, `a ${name} socket (${v})`);
  }
  if (domain === 16) return t(FdTypes.NETLINKSK, `a netlink socket (protocol ${protocol})`);
  if (domain === 17) return t(FdTypes.PACKETSK, `a packet socket (${typeName})`);
  return { type: undefined, what: `a socket of address family ${domain} (${typeName})` };
}

/** What kind of fd a /proc link and mode look like, for "no plugin" messages (`fd`: a copy, for sockets). */
export function guessFdType(link: string, mode: number, fd?: number): { type: number | undefined; what: string } {
  const anon = /^anon_inode:\[?([a-z_-]+)\]?$/.exec(link);
  const t = (type: number, what: string) => ({ type, what: `${what}, fd type ${describeFdType(type)}` });
  if (link.startsWith('pipe:[')) return t(FdTypes.PIPE, 'a pipe (see @amber/pipe)');
  if (link.startsWith('socket:[') || (mode & sys.S_IFMT) === sys.S_IFSOCK) return socketFdType(fd);
  if (anon) {
    const byName: Record<string, [number, string]> = {
      eventfd: [FdTypes.EVENTFD, 'an eventfd'],
      eventpoll: [FdTypes.EVENTPOLL, 'an epoll instance (see @amber/epoll)'],
      inotify: [FdTypes.INOTIFY, 'an inotify instance'],
      signalfd: [FdTypes.SIGNALFD, 'a signalfd'],
      timerfd: [FdTypes.TIMERFD, 'a timerfd'],
      fanotify: [FdTypes.FANOTIFY, 'a fanotify instance'],
      pidfd: [FdTypes.PIDFD, 'a pidfd'],
      'bpf-map': [FdTypes.BPFMAP, 'a BPF map'],
    };
    const hit = byName[anon[1]!];
    if (hit) return t(hit[0], hit[1]);
    // Kinds whose state lives in the kernel where no syscall gives it back.
    const never: Record<string, string> = {
      io_uring: 'an io_uring instance', userfaultfd: 'a userfaultfd', perf_event: 'a perf event', 'bpf-prog': 'a BPF program',
      bpf_link: 'a BPF link', secretmem: 'a memfd_secret', 'kvm-vm': 'a KVM virtual machine',
    };
    const kind = never[anon[1]!];
    if (kind) return { type: undefined, what: `${kind} (${link}), a kind of fd Amber cannot restore` };
    return { type: undefined, what: `an anonymous inode of kind '${anon[1]}'` };
  }
  if (link.startsWith('/memfd:')) return t(FdTypes.MEMFD, 'a memfd');
  if ((mode & sys.S_IFMT) === sys.S_IFIFO) return t(FdTypes.FIFO, 'a FIFO (see @amber/pipe)');
  if (/^\/dev\/(pts\/|tty|console)/.test(link)) return t(FdTypes.TTY, 'a terminal');
  if (/^[a-z_]+:\[\d+\]$/.test(link)) return t(FdTypes.NS, 'a namespace file');
  return { type: undefined, what: `a file of mode 0${mode.toString(8)}` };
}

const F_GETOWN = 9;
const F_GETSIG = 11;

/**
 * An O_ASYNC owner (F_SETOWN) or signal (F_SETSIG) of the open file description that
 * the plugin's entry does not carry (no fown, or an empty one) would be lost: refused.
 */
function refuseLostOwner(probe: FdProbe, localFd: number, payloads: Record<string, unknown>): void {
  if (probe.flags & sys.O_PATH) return; // an O_PATH fd has no owner (fcntl F_GETOWN: EBADF)
  const owner = sys.native.fcntl(localFd, F_GETOWN, 0);
  const signum = sys.native.fcntl(localFd, F_GETSIG, 0);
  if (owner === 0 && signum === 0) return;
  // A lease sets the owner itself (its break is signalled): the lease's own refusal names it better.
  if (parseLockLines(probe.fdinfo).some((l) => l.flag === FL_LEASE)) return;
  const kept = Object.values(payloads).some((v) => {
    const f = (v as { fown?: { pid?: number; signum?: number } } | null)?.fown;
    return typeof v === 'object' && !!f && (f.pid !== 0 || f.signum !== 0);
  });
  if (kept) return;
  throw new FilesError(
    'UNSUPPORTED_FILE',
    `cannot dump pid ${probe.pid} fd ${probe.fd} (${probe.link}): it has an O_ASYNC owner or signal (F_GETOWN ${owner}, F_GETSIG ${signum}) that Amber does not keep for this kind of file; clear it (F_SETOWN 0, F_SETSIG 0) before the dump`,
  );
}

export class FdDumper {
  readonly registry: FileRegistry;
  readonly stats: FdDumperStats = { fds: 0, files: 0, kcmpCalls: 0, identityNs: 0n };
  readonly #external = new Map<string, { arg: string; used: boolean }>();
  readonly #files = new Map<number, FileRecord>();
  readonly #fdinfo = new Map<number, FdinfoEntry[]>();
  readonly #known = new Map<string, KnownFd>();
  readonly #groups = new Map<string, Rep[]>();
  readonly #pidfds = new Map<number, number>();
  readonly #state = new Map<FilePlugin, unknown>();
  readonly #ended = new Set<FilePlugin>();
  readonly #byPath = new Map<string, number>();
  /** The inode number of each open file description's file (what /proc/locks names). */
  readonly #inoOf = new Map<number, bigint>();
  readonly #pids: number[];
  #rootPid: number | undefined;
  readonly #imagePid: (pid: number) => number;
  #nextId = 1;

  constructor(registry: FileRegistry, options: FdDumperOptions = {}) {
    this.registry = registry;
    for (const arg of options.external ?? []) this.#external.set(parseExternalKey(arg), { arg, used: false });
    this.#rootPid = options.rootPid;
    this.#pids = [...(options.pids ?? [])];
    this.#imagePid = options.imagePid ?? ((pid) => pid);
  }

  /** The tasks of the dump (options.pids plus every task dumped). */
  get pids(): readonly number[] {
    return this.#pids;
  }

  /** Every file recorded so far, by id. */
  get files(): FileEntry[] {
    return [...this.#files.values()].map((r) => r.entry).sort((a, b) => a.id - b.id);
  }

  /** The fdinfo entries of a dumped task. */
  fdinfoOf(pid: number): FdinfoEntry[] | undefined {
    return this.#fdinfo.get(pid);
  }

  /**
   * Dumps the fd table of task `pid` (which should be frozen): every fd gets the file id
   * of its open file description, shared with every other fd of every dumped task that
   * holds the same description. Returns the task's fdinfo entries (sorted by fd).
   */
  dumpTask(pid: number): FdinfoEntry[] {
    if (this.#fdinfo.has(pid)) throw new Error(`FdDumper: task ${pid} was already dumped`);
    if (this.#rootPid === undefined) this.#rootPid = pid;
    if (!this.#pids.includes(pid)) this.#pids.push(pid);
    let names: string[];
    try {
      names = fs.readdirSync(`/proc/${pid}/fd`);
    } catch (e) {
      throw new FilesError('FD_RACE', `cannot list the fds of task ${pid}: ${(e as Error).message}`, { cause: e });
    }
    const fds = names.map(Number).sort((a, b) => a - b);
    const entries: FdinfoEntry[] = [];
    for (const fd of fds) {
      const k = this.#resolve(pid, fd);
      entries.push({ id: k.id, flags: k.cloexec ? sys.FD_CLOEXEC : 0, type: this.#files.get(k.id)!.entry.type, fd });
    }
    this.#fdinfo.set(pid, entries);
    return entries;
  }

  /** The file id of fd `fd` of task `pid`, dumping its file if it is new. */
  fileIdOf(pid: number, fd: number): number {
    return this.#resolve(pid, fd).id;
  }

  /**
   * Records a file by path (exe, cwd, root, mapped files, a FIFO's path) as a REG
   * file_entry and returns its file id; the same (path, flags) gives the same id.
   */
  addRegularFile(path: string, flags: number = sys.O_RDONLY): number {
    const k = `${flags}:${path}`;
    const known = this.#byPath.get(k);
    if (known !== undefined) return known;
    const reg = regEntryForPath(path, flags);
    const id = this.#newId();
    this.#files.set(id, { entry: { type: FdTypes.REG, id, reg: { ...reg, id } }, plugin: this.registry.forType(FdTypes.REG) });
    this.#byPath.set(k, id);
    return id;
  }

  /** Copies fd `fd` of task `pid` into this process (O_CLOEXEC); the caller closes it. */
  getFd(pid: number, fd: number): number {
    try {
      return sys.native.pidfdGetfd(this.#pidfd(pid), fd, 0);
    } catch (e) {
      if (sys.isErrno(e, 'EBADF')) throw new FilesError('FD_RACE', `task ${pid} has no fd ${fd} (any more): is it frozen?`, { cause: e });
      throw e;
    }
  }

  /**
   * Writes files.img, fdinfo-<pid>.img for every dumped task (files_id = pid), the
   * plugins' images (finishDump, for plugins that dumped something) and
   * amber-file-data.img when a plugin returned data. An external key that matched no
   * fd is an error (before anything is written).
   */
  writeImages(dir: ImageDir): void {
    const locks = this.collectLocks();
    const unused = [...this.#external.entries()].filter(([, v]) => !v.used);
    if (unused.length) {
      const list = unused.map(([key, v]) => `'${v.arg}'${v.arg !== key ? ` (${key})` : ''}`).join(', ');
      throw new FilesError(
        'UNKNOWN_KEY',
        `external file key${unused.length > 1 ? 's' : ''} ${list} matched no fd of the dumped tasks (pids ${this.#pids.join(', ')}); ` +
          'keys are /proc/PID/fd link texts (pipe:[INODE], socket:[INODE], /a/path) or fd[M] for fd M of the root task',
      );
    }
    dir.writeFiles(this.files);
    if (locks.length) dir.writeEntries('file-locks', imageFileName.fileLocks(), locks);
    for (const [pid, entries] of this.#fdinfo) dir.writeFdinfo(pid, entries);
    const used = new Set<FilePlugin>();
    for (const r of this.#files.values()) if (r.plugin && !r.entry.reg?.ext) used.add(r.plugin);
    for (const p of this.registry.list()) {
      if (used.has(p) && p.finishDump) p.finishDump(dir, { state: (init) => this.#stateOf(p, init) });
    }
    const data: FileData[] = [];
    for (const r of this.#files.values()) if (r.data && r.plugin) data.push({ id: r.entry.id, plugin: r.plugin.name, data: r.data });
    if (data.length) writeFileDataImage(dir, data);
    this.close();
  }

  /**
   * The file locks the dumped tasks hold (CRIU's file_lock_entry, pid as imagePid names
   * the task): POSIX locks once per owner, flock and OFD locks once per open file
   * description (every task sharing it lists them), each with a task and fd it can be
   * taken through again. Reads /proc/locks once, then the fdinfo of the fds on locked
   * inodes. Refuses what Amber cannot take again: leases, locks of unknown kinds, locks
   * on files that are not regular files dumped by Amber (memfd, external files).
   */
  collectLocks(): FileLockEntry[] {
    const locked = lockedInodes();
    if (locked.size === 0) return [];
    const out: FileLockEntry[] = [];
    const seen = new Set<string>();
    for (const [pid, entries] of this.#fdinfo) {
      for (const e of entries) {
        const ino = this.#inoOf.get(e.id);
        if (ino === undefined || !locked.has(ino)) continue;
        let text: string;
        try {
          text = fs.readFileSync(`/proc/${pid}/fdinfo/${e.fd}`, 'latin1');
        } catch (err) {
          throw new FilesError('FD_RACE', `task ${pid} fd ${e.fd} vanished while its locks were read (${(err as Error).message}): is the task frozen?`, { cause: err });
        }
        for (const l of parseLockLines(text)) {
          const refuse = (why: string, wayOut: string) => {
            let link = '?';
            try {
              link = fs.readlinkSync(`/proc/${pid}/fd/${e.fd}`);
            } catch {
              /* only for the message */
            }
            return new FilesError(
              'UNSUPPORTED_FILE',
              `cannot dump pid ${pid} fd ${e.fd} (${link}): the task holds ${describeLock(l)} on it (${l.line}), ${why}, ` +
                `so a restored program would silently lose it and another process could get in. ${wayOut}`,
            );
          };
          if (l.flag === FL_LEASE) throw refuse('and Amber does not restore leases', 'Dump it when it holds no lease (F_SETLEASE F_UNLCK), or keep the program running');
          if (l.flag === 0 || l.type < 0) throw refuse('a kind of lock Amber does not know', 'Dump it when it holds no such lock, or keep the program running');
          const rec = this.#files.get(e.id)!;
          if (rec.entry.type !== FdTypes.REG || rec.entry.reg?.ext) {
            throw refuse(`and Amber restores locks only on regular files it dumps (this one is ${rec.entry.reg?.ext ? 'external' : describeFdType(rec.entry.type)})`, 'Dump it when it holds no lock there, or keep the program running');
          }
          // POSIX locks belong to the fd table (one entry per owner); the others to the description.
          const key = l.flag === FL_POSIX ? `${l.flag}:${pid}:${ino}:${l.type}:${l.start}:${l.len}` : `${l.flag}:${e.id}:${l.type}:${l.start}:${l.len}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ flag: l.flag, type: l.type, pid: this.#imagePid(pid), fd: e.fd, start: l.start, len: l.len });
        }
      }
    }
    return out;
  }

  /**
   * Tells every plugin that dumped something how the dump ended (FilePlugin.endDump):
   * 'kill' after the tree was killed, 'resume' or 'abort' before it runs on. Each plugin
   * is told at most once; the first error is thrown after every plugin was told.
   */
  endDump(outcome: DumpOutcome): void {
    let first: unknown;
    for (const p of this.registry.list()) {
      if (!p.endDump || !this.#state.has(p) || this.#ended.has(p)) continue;
      this.#ended.add(p);
      try {
        p.endDump(outcome, { state: (init) => this.#stateOf(p, init) });
      } catch (e) {
        first ??= e;
      }
    }
    if (first !== undefined) throw first;
  }

  /** Closes the pidfds the dumper holds (writeImages does it too). */
  close(): void {
    for (const fd of this.#pidfds.values()) sys.native.close(fd);
    this.#pidfds.clear();
  }

  // ------------------------------------------------------------------------------

  #newId(): number {
    this.stats.files++;
    return this.#nextId++;
  }

  #pidfd(pid: number): number {
    let fd = this.#pidfds.get(pid);
    if (fd === undefined) {
      try {
        fd = sys.native.pidfdOpen(pid, 0);
      } catch (e) {
        throw new FilesError('FD_RACE', `cannot open a pidfd for task ${pid}: ${(e as Error).message}`, { cause: e });
      }
      this.#pidfds.set(pid, fd);
    }
    return fd;
  }

  #stateOf<T>(plugin: FilePlugin, init: () => T): T {
    if (!this.#state.has(plugin)) this.#state.set(plugin, init());
    return this.#state.get(plugin) as T;
  }

  #probe(pid: number, fd: number): { probe: FdProbe; cloexec: boolean; localFd: number } {
    let link: string;
    let fdinfo: string;
    try {
      link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      fdinfo = fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'latin1');
    } catch (e) {
      throw new FilesError('FD_RACE', `task ${pid} fd ${fd} vanished while it was dumped (${(e as Error).message}): is the task frozen?`, { cause: e });
    }
    const localFd = this.getFd(pid, fd);
    try {
      const stat = sys.native.statx(localFd, '', sys.AT_EMPTY_PATH);
      const info = parseFdinfo(fdinfo);
      return { probe: { pid, fd, link, stat, fdinfo, flags: info.flags }, cloexec: info.cloexec, localFd };
    } catch (e) {
      sys.native.close(localFd);
      throw e;
    }
  }

  /** The description `pid`/`fd` shares with an fd seen before, else where it goes in its group. */
  #identify(pid: number, fd: number, stat: sys.StatxResult): { id: number | undefined; group: Rep[]; at: number } {
    const t0 = process.hrtime.bigint();
    const gk = `${stat.dev}:${stat.ino}`;
    let group = this.#groups.get(gk);
    if (!group) this.#groups.set(gk, (group = []));
    let lo = 0;
    let hi = group.length;
    let id: number | undefined;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const rep = group[mid]!;
      this.stats.kcmpCalls++;
      let r: number;
      try {
        r = sys.native.kcmp(pid, rep.pid, sys.KCMP_FILE, fd, rep.fd);
      } catch (e) {
        throw new FilesError('FD_RACE', `kcmp of task ${pid} fd ${fd} with task ${rep.pid} fd ${rep.fd} failed (${(e as Error).message}): are the tasks frozen?`, { cause: e });
      }
      if (r === 0) {
        id = rep.id;
        break;
      }
      if (r === 1) hi = mid;
      else if (r === 2) lo = mid + 1;
      else {
        // Unordered (the kernel never says so for KCMP_FILE, but be safe): scan.
        for (const other of group) {
          this.stats.kcmpCalls++;
          if (sys.native.kcmp(pid, other.pid, sys.KCMP_FILE, fd, other.fd) === 0) {
            id = other.id;
            break;
          }
        }
        lo = group.length;
        break;
      }
    }
    this.stats.identityNs += process.hrtime.bigint() - t0;
    return { id, group, at: lo };
  }

  #resolve(pid: number, fd: number): KnownFd {
    const key = `${pid}:${fd}`;
    const known = this.#known.get(key);
    if (known) return known;
    this.stats.fds++;
    const { probe, cloexec, localFd } = this.#probe(pid, fd);
    try {
      const found = this.#identify(pid, fd, probe.stat);
      if (found.id !== undefined) {
        const k = { id: found.id, cloexec };
        this.#known.set(key, k);
        return k;
      }
      const id = this.#newId();
      this.#inoOf.set(id, probe.stat.ino);
      found.group.splice(found.at, 0, { pid, fd, id });
      const k = { id, cloexec };
      this.#known.set(key, k);
      this.#dumpFile(probe, localFd, id);
      return k;
    } finally {
      sys.native.close(localFd);
    }
  }

  #externalKey(probe: FdProbe, plugin: FilePlugin | undefined): string | undefined {
    if (this.#external.size === 0) return undefined;
    let natural: string | undefined;
    try {
      const k = plugin?.key?.(probe);
      if (k !== undefined) natural = normalizeKey(k);
    } catch {
      /* a plugin key that does not parse cannot match */
    }
    const fromLink = keyOfLink(probe.link);
    const candidates = [natural, fromLink, probe.pid === this.#rootPid ? fdKey(probe.fd) : undefined];
    for (const c of candidates) {
      const ext = c === undefined ? undefined : this.#external.get(c);
      if (ext) {
        ext.used = true;
        return natural ?? fromLink ?? fdKey(probe.fd);
      }
    }
    return undefined;
  }

  #dumpFile(probe: FdProbe, localFd: number, id: number): void {
    const plugin = this.registry.claim(probe);
    const ext = this.#externalKey(probe, plugin);
    if (ext !== undefined) {
      // External: CRIU's inherit-fd marking. The key goes in a reg payload flagged ext;
      // the type stays the plugin's (EXT when no plugin knows the fd).
      this.#files.set(id, {
        entry: { type: (plugin?.type ?? FdTypes.EXT) as FileEntry['type'], id, reg: { id, flags: probe.flags, pos: 0n, fown: ZERO_FOWN, name: ext, ext: true } },
        plugin,
      });
      return;
    }
    if (!plugin) throw this.#unclaimed(probe, localFd);
    const ctx: DumpContext = {
      localFd,
      fileId: id,
      pids: this.#pids,
      addRegularFile: (p, flags) => this.addRegularFile(p, flags),
      fileIdOf: (pid, fd) => this.fileIdOf(pid, fd),
      getFd: (pid, fd) => this.getFd(pid, fd),
      state: (init) => this.#stateOf(plugin, init),
    };
    const out = plugin.dump(probe, ctx);
    if (typeof out !== 'object' || out === null || typeof out.entry !== 'object' || out.entry === null) {
      throw new FilesError('BAD_PLUGIN', `plugin '${plugin.name}' dump() of pid ${probe.pid} fd ${probe.fd} returned ${JSON.stringify(out)}, not { entry }`);
    }
    const entry = { ...out.entry, id, type: plugin.type } as FileEntry;
    const payloads = entry as unknown as Record<string, unknown>;
    for (const k of ['reg', 'pipe', 'fifo', 'epfd', 'tty']) {
      const v = payloads[k];
      if (v && typeof v === 'object') payloads[k] = { ...(v as object), id };
    }
    refuseLostOwner(probe, localFd, payloads);
    const rec: FileRecord = { entry, plugin };
    if (out.data !== undefined) {
      if (!(out.data instanceof Uint8Array)) throw new FilesError('BAD_PLUGIN', `plugin '${plugin.name}' dump() returned data that is not a Uint8Array`);
      rec.data = out.data;
    }
    this.#files.set(id, rec);
  }

  #unclaimed(probe: FdProbe, localFd: number): FilesError {
    const guess = guessFdType(probe.link, probe.stat.mode, localFd);
    const forType = guess.type === undefined ? undefined : this.registry.forType(guess.type);
    // Suggest a key that names this file alone: a path, pipe:[N], socket:[N]; else fd[M]
    // (only meaningful in the root task).
    const natural = keyOfLink(probe.link);
    const unique = natural !== undefined && (natural.startsWith('/') || /^(pipe|socket):\[\d+\]$/.test(natural));
    const key = unique ? natural : probe.pid === this.#rootPid ? fdKey(probe.fd) : undefined;
    const why = forType
      ? `it looks like ${guess.what}, and the plugin registered for that type, '${forType.name}', did not claim it`
      : `it is ${guess.what}, and no plugin for it is registered`;
    return new FilesError(
      'UNCLAIMED_FD',
      `cannot dump pid ${probe.pid} fd ${probe.fd} (${probe.link}): no file plugin claims it: ${why} (registered: ${this.registry.describe()}). ` +
        `Register a plugin for it (registry.register(), registry.load('module'))` +
        (key ? `, or leave the file out of the dump with --external ${key} and hand it back at restore with ${inheritFdHint(key)}` : ''),
    );
  }
}
