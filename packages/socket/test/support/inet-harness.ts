// Drives the inet plugin on sockets of this very process, as the registry would: dump()
// on a pidfd_getfd copy, finishDump into a real image directory, endDump, then open() and
// finishRestore in the same process. Every call is a real syscall on a real socket.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, openFileNoBlock } from '@amber/sys';
import { ImageDir, type FileEntry } from '@amber/images';
import type { DumpOutcome, FilePlugin } from '@amber/files';
import { inetPlugin, type InetOptions } from '../../src/inet';
import { unlock } from '../../src/inet/netlock';

export const AF_INET = 2;
export const AF_INET6 = 10;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_NONBLOCK = 0o4000;
export const SOCK_CLOEXEC = 0o2000000;
export const SOL_SOCKET = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_IPV6 = 41;

export interface Dumped {
  entry: FileEntry;
  data?: Uint8Array;
}

/** One dump: sockets dumped one by one, then the images written and the dump ended. */
export class Dump {
  readonly plugin: FilePlugin;
  readonly dir: string;
  readonly images: ImageDir;
  readonly files = new Map<number, Dumped>();
  #state = new Map<string, unknown>();
  #nextId = 1;
  #ended = false;

  constructor(options: InetOptions = {}) {
    this.plugin = inetPlugin(options);
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-inet-'));
    this.images = ImageDir.create(path.join(this.dir, 'img'), { fsync: false });
  }

  #stateFn = <T>(init: () => T): T => {
    if (!this.#state.has('s')) this.#state.set('s', init());
    return this.#state.get('s') as T;
  };

  /** Dumps fd `fd` of this process; returns its file id. */
  dump(fd: number): number {
    const pidfd = native.pidfdOpen(process.pid, 0);
    const localFd = native.pidfdGetfd(pidfd, fd, 0);
    native.close(pidfd);
    const id = this.#nextId++;
    try {
      const probe = {
        pid: process.pid,
        fd,
        link: fs.readlinkSync(`/proc/self/fd/${fd}`),
        stat: native.statx(localFd, '', 0x1000 /* AT_EMPTY_PATH */),
        fdinfo: fs.readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1'),
        flags: native.fcntl(fd, 3 /* F_GETFL */, 0) & ~0o2000000,
      };
      if (!this.plugin.detect(probe)) throw new Error(`the inet plugin does not claim fd ${fd} (${probe.link})`);
      const out = this.plugin.dump(probe, {
        localFd,
        fileId: id,
        pids: [process.pid],
        state: this.#stateFn,
        addRegularFile: () => {
          throw new Error('not used');
        },
        fileIdOf: () => {
          throw new Error('not used');
        },
        getFd: () => {
          throw new Error('not used');
        },
      });
      this.files.set(id, { entry: { ...out.entry, id, type: 4 } as FileEntry, data: out.data });
      return id;
    } finally {
      native.close(localFd);
    }
  }

  /** Writes the images (finishDump) and files.img. */
  finish(): void {
    this.plugin.finishDump?.(this.images, { state: this.#stateFn });
    this.images.writeFiles([...this.files.values()].map((f) => f.entry));
  }

  end(outcome: DumpOutcome): void {
    if (this.#ended) return;
    this.#ended = true;
    this.plugin.endDump?.(outcome, { state: this.#stateFn });
  }

  /** A restore of this dump, with a plugin of its own (as `amber restore` would have). */
  restorer(options: InetOptions = {}): Restore {
    return new Restore(inetPlugin(options), this);
  }

  /** Ends the dump if the test did not, and removes any network lock it left (a failed test). */
  cleanup(): void {
    try {
      this.end('abort');
    } catch {
      /* already ended */
    }
    for (const f of this.files.values()) {
      const lock = f.data ? (JSON.parse(Buffer.from(f.data).toString()) as { lock?: string }).lock : undefined;
      if (lock) unlock(lock);
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export class Restore {
  #state = new Map<string, unknown>();
  readonly opened = new Map<number, number>();

  constructor(readonly plugin: FilePlugin, readonly dump: Dump) {}

  #ctx() {
    const stateFn = <T>(init: () => T): T => {
      if (!this.#state.has('s')) this.#state.set('s', init());
      return this.#state.get('s') as T;
    };
    return {
      fdOf: (id: number) => this.open(id),
      entryOf: (id: number) => this.dump.files.get(id)!.entry,
      images: this.dump.images,
      dataOf: (id: number) => this.dump.files.get(id)?.data,
      openPath: (p: string, flags: number, mode?: number) => openFileNoBlock(p, flags, mode),
      state: stateFn,
    };
  }

  /** open() of file `id` (its dependencies first); returns the new fd. */
  open(id: number): number {
    const known = this.opened.get(id);
    if (known !== undefined) return known;
    const entry = this.dump.files.get(id)!.entry;
    for (const dep of this.plugin.dependsOn?.(entry, this.#ctx()) ?? []) this.open(dep);
    const fd = this.plugin.open(entry, this.#ctx());
    this.opened.set(id, fd);
    return fd;
  }

  finish(): void {
    this.plugin.finishRestore?.({ state: this.#ctx().state });
  }
}

export function sockaddr4(port: number, addr = [127, 0, 0, 1]): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt16LE(AF_INET, 0);
  b.writeUInt16BE(port, 2);
  Buffer.from(addr).copy(b, 4);
  return b;
}

export function sockaddr6(port: number, loopback = true): Buffer {
  const b = Buffer.alloc(28);
  b.writeUInt16LE(AF_INET6, 0);
  b.writeUInt16BE(port, 2);
  if (loopback) b[23] = 1;
  return b;
}

export function portOf(fd: number): number {
  return native.getsockname(fd).readUInt16BE(2);
}

export function tcpListener(family = AF_INET, setup: (fd: number) => void = () => {}, backlog = 16): number {
  const fd = native.socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  setup(fd);
  native.bind(fd, family === AF_INET ? sockaddr4(0) : sockaddr6(0));
  native.listen(fd, backlog);
  return fd;
}

/** A connected pair over loopback: [client, accepted server side]. */
export function tcpPair(listener: number, family = AF_INET): [number, number] {
  const c = native.socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  native.connect(c, family === AF_INET ? sockaddr4(portOf(listener)) : sockaddr6(portOf(listener)));
  const s = native.accept4(listener, SOCK_CLOEXEC);
  return [c, s];
}

export function closeAll(fds: Iterable<number | undefined>): void {
  for (const fd of fds) {
    if (fd === undefined) continue;
    try {
      native.close(fd);
    } catch {
      /* closed */
    }
  }
}
