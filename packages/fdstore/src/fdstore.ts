// An fd storage on a self-connected AF_UNIX datagram socket (CRIU's fdstore, seed 003).
//
// The socket is bound to an abstract name and connected to that same name, so every
// datagram it sends lands in its own receive queue and stays there. add(fd) sends one
// datagram carrying the fd as SCM_RIGHTS; the entry's id is its position in the queue.
// get(id) sets SO_PEEK_OFF to the entry's byte offset and receives with MSG_PEEK: the
// kernel installs a new fd for the same open file description and leaves the entry
// queued, so an entry can be fetched any number of times, by any process that holds
// the socket. The whole store costs one fd per process.
//
// Why get() must be serialized, and where the hazard really is
// ------------------------------------------------------------
// get() is two syscalls: setsockopt(SO_PEEK_OFF, off) and recvmsg(MSG_PEEK). The peek
// offset is a field of the socket (struct sock), not of an fd or of a process: every
// fd that refers to the socket shares it, whether it was dup()ed, inherited over
// fork/exec or received with SCM_RIGHTS (a socket has exactly one open file
// description; dup()ing "your own" copy does not give you your own offset). And
// recvmsg(MSG_PEEK) moves the offset forward by what it read. So when two processes
// (or two threads, e.g. worker_threads) run get() at the same time:
//
//     A: setsockopt(off = 5 * REC)       B: setsockopt(off = 9 * REC)
//     A: recvmsg(MSG_PEEK) -> entry 9!   B: recvmsg(MSG_PEEK) -> entry 10!
//
// both get the wrong file, silently. Inside one JS thread nothing interleaves (the calls
// are synchronous), so the hazard is only between processes or threads sharing the
// socket, which is exactly what the store is for (CRIU keeps a mutex in shared memory).
//
// (In Amber's own restore the hazard does not arise: one Node thread drives every task
// with remote syscalls, one after the other. It arises for embedders, and for any
// design where restored tasks fetch their own fds.)
//
// What this module does about it:
//  1. A lock (default on): an abstract unix name derived from the socket's inode, taken
//     with bind() and dropped with close() (see lock.ts). Every process that uses the
//     store, however it got the socket, derives the same name, and a holder that dies
//     releases it. It makes add() and get() take turns between the processes and
//     threads of one network namespace.
//  2. Self-checking entries (always): each entry carries a record with its own id. get()
//     checks the record it peeked; if another user moved the offset in between (a user
//     with { lock: false }, or one in another network namespace, whose lock name is a
//     different name), the fd is closed and the get retried. As long as adds never run
//     concurrently (the lock, or a single adding process), every id labels exactly one
//     entry, so get() never returns a wrong fd, with or without the lock.
//
// The count of entries is kept on the socket too (SO_RCVLOWAT, see #readLength), so
// that adds from several processes continue one sequence of ids.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdStoreError, type FdStoreErrorCode } from './errors';
import { AbstractLock, sleepSync } from './lock';

/**
 * Bytes of the record each entry carries in its datagram: magic, id, index and count
 * within its datagram, adder pid, adder sequence, reserved. Entry `id`'s record sits at
 * byte offset id * RECORD_BYTES of the queue, whatever the datagram sizes, which is what
 * SO_PEEK_OFF addresses.
 */
export const RECORD_BYTES = 24;
const MAGIC = 0x53444641; // "AFDS"
/** The most fds one datagram carries (the kernel's SCM_MAX_FD). */
export const MAX_BATCH = 253;
/**
 * What one queued datagram costs in the socket buffer on Linux 6.18 x86_64 (its skb
 * truesize), measured: 768 bytes for a single-fd add(); a full addMany() datagram of
 * 253 fds costs about 8.4 KB, 33 bytes per fd.
 */
export const BYTES_PER_ENTRY = 768;
/** The default socket buffer: about 43,000 entries. Only a limit; nothing is allocated up front. */
export const DEFAULT_BUFFER_BYTES = 32 << 20;
const DEFAULT_LOCK_TIMEOUT_MS = 10_000;
/** SO_PEEK_OFF is an int: the last id whose offset fits. */
const MAX_ID = Math.floor(0x7fffffff / RECORD_BYTES) - 1;
const SO_TYPE = 3;
const SO_RCVLOWAT = 18;
/** Set in the SO_RCVLOWAT length while an add is between raising it and sending. */
const LENGTH_PENDING = 0x40000000;
const SO_DOMAIN = 39;
const ETOOMANYREFS = 109;
const ENV_VAR = 'AMBER_FDSTORE';

export interface FdStoreOptions {
  /** The abstract socket name (without the leading NUL); default `amber-fdstore-<socket inode>`. */
  name?: string;
  /**
   * Socket buffer (SO_SNDBUF and SO_RCVBUF as the kernel reports them), which bounds
   * how many entries fit: about BYTES_PER_ENTRY each. Set with SO_*BUFFORCE when the
   * process has CAP_NET_ADMIN, else with SO_*BUF, which the kernel caps at
   * 2 x /proc/sys/net/core/{w,r}mem_max. Default DEFAULT_BUFFER_BYTES (32 MiB).
   */
  bufferBytes?: number;
  /**
   * Make add/get take turns between processes with the abstract-name lock (default
   * true). Without it get() stays safe (it checks what it peeked and retries), but adds
   * must then never run in two processes at once: use { lock: false } only when one
   * process adds, or when the callers serialize themselves.
   */
  lock?: boolean;
  /** How long to wait for the lock before failing with LOCK_TIMEOUT (default 10 s). */
  lockTimeoutMs?: number;
}

export interface FdStoreAttachOptions {
  /** The store's abstract name, for messages only (default derived from the inode). */
  name?: string;
  lock?: boolean;
  lockTimeoutMs?: number;
}

/** A store as seen from this process: see describe(). */
export interface FdStoreDescriptor {
  fd: number;
  name: string;
  count: number;
}

function isInt(n: unknown, min = 0): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min;
}

function readProcInt(path: string): number | undefined {
  try {
    return Number(fs.readFileSync(path, 'utf8').trim());
  } catch {
    return undefined;
  }
}

function socketInode(fd: number): bigint {
  return sys.native.statx(fd, '', sys.AT_EMPTY_PATH).ino;
}

export function lockNameFor(ino: bigint): string {
  return `amber-fdstore-lock-${ino}`;
}

let ownerSeq = Math.floor(Math.random() * 0x7fffffff);

export class FdStore {
  #fd: number;
  #name: string;
  #count: number;
  #lock: AbstractLock | null;
  #lockTimeoutMs: number;
  #smallBuf = Buffer.alloc(RECORD_BYTES);
  #bigBuf = Buffer.alloc(RECORD_BYTES * MAX_BATCH);

  private constructor(fd: number, name: string, count: number, ino: bigint, opts: FdStoreOptions | FdStoreAttachOptions) {
    const lock = opts.lock ?? true;
    this.#fd = fd;
    this.#name = name;
    this.#count = count;
    this.#lock = lock ? new AbstractLock(lockNameFor(ino)) : null;
    this.#lockTimeoutMs = opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  }

  /**
   * Creates a store: a SOCK_DGRAM socket (non-blocking, close-on-exec) bound to an
   * abstract name and connected to itself, with its buffers sized for many fds.
   */
  static create(opts: FdStoreOptions = {}): FdStore {
    const bufferBytes = opts.bufferBytes ?? DEFAULT_BUFFER_BYTES;
    if (!isInt(bufferBytes, 1)) throw new TypeError(`bufferBytes must be a positive integer, got ${String(opts.bufferBytes)}`);
    const sk = sys.socket(sys.AF_UNIX, sys.SOCK_DGRAM | sys.SOCK_NONBLOCK);
    let ino: bigint;
    let name = '';
    try {
      ino = socketInode(sk);
      name = opts.name ?? `amber-fdstore-${ino}`;
      try {
        sys.native.bindAbstract(sk, name);
      } catch (e) {
        if (sys.isErrno(e, 'EADDRINUSE')) {
          throw new FdStoreError('NAME_IN_USE', `fd store @${name}: the abstract name is already bound by another socket; pick another { name }`, { store: `@${name}`, cause: e });
        }
        throw e;
      }
      sys.native.connectAbstract(sk, name);
      setBuffer(sk, sys.SO_SNDBUFFORCE, sys.SO_SNDBUF, bufferBytes);
      setBuffer(sk, sys.SO_RCVBUFFORCE, sys.SO_RCVBUF, bufferBytes);
    } catch (e) {
      sys.native.close(sk);
      if (e instanceof FdStoreError) throw e;
      throw new FdStoreError('SYSCALL', `cannot create fd store${name ? ` @${name}` : ''}: ${(e as Error).message}`, { store: name ? `@${name}` : '(new store)', cause: e });
    }
    return new FdStore(sk, name, 0, ino, opts);
  }

  /**
   * Attaches to a store socket this process already holds (inherited over exec,
   * received with SCM_RIGHTS...). Takes ownership of `fd`: close() closes it. The entry
   * count is read from the socket, and checked against its queue once.
   */
  static fromSocket(fd: number, opts: FdStoreAttachOptions = {}): FdStore {
    if (!isInt(fd)) throw new TypeError(`fromSocket: fd must be a non-negative integer, got ${String(fd)}`);
    let ino: bigint;
    const fallbackName = opts.name ?? `fd ${fd}`;
    try {
      const st = sys.native.statx(fd, '', sys.AT_EMPTY_PATH);
      if ((st.mode & sys.S_IFMT) !== sys.S_IFSOCK) throw new Error('not a socket');
      if (sys.native.getsockoptInt(fd, sys.SOL_SOCKET, SO_DOMAIN) !== sys.AF_UNIX) throw new Error('not an AF_UNIX socket');
      if (sys.native.getsockoptInt(fd, sys.SOL_SOCKET, SO_TYPE) !== sys.SOCK_DGRAM) throw new Error('not a SOCK_DGRAM socket');
      ino = st.ino;
    } catch (e) {
      throw new FdStoreError('BAD_SOCKET', `fd store @${fallbackName}: fd ${fd} is not an fd store socket (${(e as Error).message})`, { store: `@${fallbackName}`, cause: e });
    }
    const name = opts.name ?? `amber-fdstore-${ino}`;
    const store = new FdStore(fd, name, 0, ino, opts);
    store.#checkLength();
    return store;
  }

  /** Attaches to the store described by `value` (default: process.env.AMBER_FDSTORE), as written by toEnv(). */
  static fromEnv(value: string | undefined = process.env[ENV_VAR], opts: Omit<FdStoreAttachOptions, 'name'> = {}): FdStore {
    if (!value) throw new FdStoreError('BAD_SOCKET', `no fd store handed over: ${ENV_VAR} is not set`, { store: '(none)' });
    const fields = new Map(value.split(';').map((kv) => kv.split('=', 2) as [string, string]));
    const fd = Number(fields.get('fd'));
    const name = fields.get('name');
    if (!isInt(fd) || !name) {
      throw new FdStoreError('BAD_SOCKET', `malformed fd store handover "${value}": expected fd=N;name=NAME`, { store: name ? `@${name}` : '(none)' });
    }
    return FdStore.fromSocket(fd, { ...opts, name });
  }

  /** Receives a store socket sent with sendTo() over the unix socket `socketFd` (blocking as that socket is). */
  static receiveFrom(socketFd: number, opts: Omit<FdStoreAttachOptions, 'name'> = {}): FdStore {
    const buf = Buffer.alloc(512);
    const r = sys.native.recvFds(socketFd, buf, 1, 0);
    let header: { fdstore?: number; name?: string } = {};
    try {
      header = JSON.parse(buf.subarray(0, r.bytes).toString('utf8')) as typeof header;
    } catch {
      /* checked below */
    }
    if (r.fds.length !== 1 || header.fdstore !== 1 || typeof header.name !== 'string') {
      for (const f of r.fds) sys.native.close(f);
      throw new FdStoreError('BAD_SOCKET', `the message received on fd ${socketFd} is not an fd store handover`, { store: '(none)' });
    }
    return FdStore.fromSocket(r.fds[0]!, { ...opts, name: header.name });
  }

  /** The store socket's fd in this process. */
  get fd(): number {
    this.#check();
    return this.#fd;
  }

  /** The display name, `@` + the abstract name. */
  get name(): string {
    return `@${this.#name}`;
  }

  /** How many entries the store held when this process last added or looked (ids 0..count-1); see refresh(). */
  get count(): number {
    return this.#count;
  }

  get closed(): boolean {
    return this.#fd < 0;
  }

  /** The socket's send buffer as the kernel reports it: what bounds the number of entries. */
  get bufferBytes(): number {
    this.#check();
    return sys.native.getsockoptInt(this.#fd, sys.SOL_SOCKET, sys.SO_SNDBUF);
  }

  /** The fd (as numbered in this process), the abstract name and the current count. */
  describe(): FdStoreDescriptor {
    return { fd: this.fd, name: this.#name, count: this.refresh() };
  }

  /**
   * The AMBER_FDSTORE value for a child that will find the socket at `fdInChild`
   * (e.g. 3 when passed as stdio[3] to child_process.spawn): `fd=3;name=...`. The
   * count needs no handing over: it lives on the socket.
   */
  toEnv(fdInChild: number): string {
    this.#check();
    return `fd=${fdInChild};name=${this.#name}`;
  }

  /** Sends the store socket and its name over the unix socket `socketFd`; see receiveFrom(). */
  sendTo(socketFd: number): void {
    this.#check();
    const header = Buffer.from(JSON.stringify({ fdstore: 1, name: this.#name }));
    sys.native.sendFds(socketFd, header, [this.#fd], 0);
  }

  /**
   * Stores a copy of `fd` (the same open file description; the caller keeps `fd` and
   * may close it) and returns its id, the entry's sequence number.
   */
  add(fd: number): number {
    return this.addMany([fd])[0]!;
  }

  /**
   * Stores several fds at once and returns their ids (consecutive, in order). Up to
   * `MAX_BATCH` fds travel in one datagram, which costs the socket buffer about as
   * much as a single add() does (one skb), and makes gets of later entries faster
   * (the kernel walks the queue one datagram at a time). The price: get() of an entry
   * receives the entries before it in the same datagram too (and closes them). If a
   * datagram fails (FULL...), the ones before it stay stored: `count` shows them.
   */
  addMany(fds: readonly number[]): number[] {
    this.#check();
    for (const fd of fds) if (!isInt(fd)) throw new TypeError(`add: fd must be a non-negative integer, got ${String(fd)}`);
    if (fds.length === 0) return [];
    return this.#locked(() => {
      const ids: number[] = [];
      for (let at = 0; at < fds.length; at += MAX_BATCH) {
        const chunk = fds.slice(at, at + MAX_BATCH);
        const first = this.#sendBatch(chunk);
        for (let k = 0; k < chunk.length; k++) ids.push(first + k);
      }
      return ids;
    });
  }

  /** Sends one datagram; returns the id of its first entry. Called with the lock held. */
  #sendBatch(fds: number[]): number {
    // The length lives on the socket (see #readLength), so adds from every process
    // holding the lock continue one sequence. It is raised, marked "add in progress",
    // before the send and unmarked after it. A process killed in between leaves the mark:
    // the next adder (under the lock, so nobody else is mid-add) finds the real length
    // by peeking. Too high a length unrepaired would only waste ids (get() checks
    // labels); too low would give one id to two entries, hence this order.
    let first = this.#readLength();
    if (this.#lengthPending()) {
      first = this.#discover(0);
      this.#writeLength(first);
    }
    if (first + fds.length - 1 > MAX_ID) {
      throw new FdStoreError('FULL', `fd store ${this.name} holds ${first} fds, the most SO_PEEK_OFF offsets can address`, { store: this.name });
    }
    this.#writeLength(first + fds.length, true);
    try {
      sys.native.sendFds(this.#fd, this.#records(first, fds.length), fds, sys.MSG_DONTWAIT);
    } catch (e) {
      this.#writeLength(first);
      this.#count = first;
      throw this.#sendError(e, fds);
    }
    this.#writeLength(first + fds.length);
    this.#count = first + fds.length;
    return first;
  }

  /**
   * The number of entries, kept on the socket itself in SO_RCVLOWAT (as length + 1: the
   * kernel turns 0 into 1). Unix datagram sockets do not use that field, and being a
   * field of the socket, every process holding the socket reads and writes the same
   * one: a shared counter that costs one syscall, where finding the end of the queue
   * by peeking costs a walk of the whole queue.
   */
  #readLength(): number {
    return (sys.native.getsockoptInt(this.#fd, sys.SOL_SOCKET, SO_RCVLOWAT) & ~LENGTH_PENDING) - 1;
  }

  /** Whether an add raised the length and has not sent yet (or died before it did). */
  #lengthPending(): boolean {
    return (sys.native.getsockoptInt(this.#fd, sys.SOL_SOCKET, SO_RCVLOWAT) & LENGTH_PENDING) !== 0;
  }

  #writeLength(n: number, pending = false): void {
    sys.native.setsockoptInt(this.#fd, sys.SOL_SOCKET, SO_RCVLOWAT, (n + 1) | (pending ? LENGTH_PENDING : 0));
  }

  /**
   * Returns a new fd (O_CLOEXEC) for entry `id`. The entry stays: get(id) can be
   * called again, here or in any process holding the socket.
   */
  get(id: number): number {
    return this.getMany([id])[0]!;
  }

  /**
   * get() for several ids, in the order given. Entries that share a datagram (addMany)
   * come from one peek. On an error, the fds already received are closed.
   */
  getMany(ids: readonly number[]): number[] {
    this.#check();
    for (const id of ids) if (!isInt(id)) throw new TypeError(`get: id must be a non-negative integer, got ${String(id)}`);
    if (ids.length === 0) return [];
    return this.#locked(() => {
      const got = new Map<number, number>();
      try {
        const order = [...new Set(ids)].sort((a, b) => a - b);
        for (const id of order) {
          if (got.has(id)) continue;
          this.#fetch(id, order, got);
        }
        // A repeated id gets its own fd each time.
        const seen = new Set<number>();
        return ids.map((id) => {
          if (!seen.has(id)) {
            seen.add(id);
            return got.get(id)!;
          }
          return sys.dupFd(got.get(id)!);
        });
      } catch (e) {
        for (const fd of got.values()) sys.native.close(fd);
        throw e;
      }
    });
  }

  /**
   * Peeks the datagram holding `id` and takes from it every wanted id it holds (the
   * records from `id` to the end of the datagram come back with it). The first peek
   * installs only the datagram's first fd; when the wanted entries sit further in, a
   * second peek installs as many as needed. Called with the lock held.
   */
  #fetch(id: number, wanted: number[], got: Map<number, number>): void {
    if (id > MAX_ID) throw this.#unknown(id);
    let last = '';
    let same = 0;
    let maxFds = 1;
    for (let attempt = 0; attempt < 1000; attempt++) {
      const r = this.#peekAt(id, this.#bigBuf, maxFds);
      if (r === null) {
        // Nothing at that offset. Under the lock that is the answer; without it, another
        // process may have moved the offset past the end.
        if (this.#lock || (attempt >= 20 && id >= this.#readLength())) {
          this.#count = this.#readLength();
          throw this.#unknown(id);
        }
        sleepSync(0.01 * (1 + Math.random() * Math.min(attempt, 50)));
        continue;
      }
      const { bytes, fds } = r;
      const buf = this.#bigBuf;
      const rec = buf.subarray(0, Math.min(bytes, RECORD_BYTES));
      if (rec.length === RECORD_BYTES && rec.readUInt32LE(0) === MAGIC && rec.readUInt32LE(4) === id) {
        const index = rec.readUInt16LE(8);
        // The wanted entries of this datagram: `id` and any later wanted id whose
        // record came back, contiguous and consistent.
        const take: Array<[number, number]> = [];
        for (let off = 0; off + RECORD_BYTES <= bytes; off += RECORD_BYTES) {
          const step = off / RECORD_BYTES;
          const eid = buf.readUInt32LE(off + 4);
          if (buf.readUInt32LE(off) !== MAGIC || eid !== id + step || buf.readUInt16LE(off + 8) !== index + step) break;
          if (eid === id || (!got.has(eid) && binaryHas(wanted, eid))) take.push([eid, index + step]);
        }
        const need = take[take.length - 1]![1] + 1;
        if (fds.length < need && maxFds < need) {
          // Peek again, installing enough of the datagram's fds.
          for (const fd of fds) sys.native.close(fd);
          maxFds = need;
          attempt--;
          continue;
        }
        const kept = new Set<number>();
        for (const [eid, k] of take) {
          if (k < fds.length) {
            got.set(eid, fds[k]!);
            kept.add(k);
          }
        }
        for (let k = 0; k < fds.length; k++) if (!kept.has(k)) sys.native.close(fds[k]!);
        if (!got.has(id)) {
          throw new FdStoreError('NO_FREE_FD', `fd store ${this.name}: entry ${id} could not be installed in this process (not enough free fds below RLIMIT_NOFILE); close some fds or raise the soft limit`, { store: this.name, id });
        }
        if (id >= this.#count) this.#count = id + 1;
        return;
      }
      for (const fd of fds) sys.native.close(fd);
      // Another user moved the shared peek offset between our setsockopt and recvmsg,
      // or the entry really is mislabelled. Under the lock nobody else moves the offset
      // (short of users without it), so the same record three times in a row is the
      // entry itself; without the lock, a peer in step with us can show the same wrong
      // record again and again, so only the attempt limit ends the retries.
      const key = rec.toString('hex');
      same = key === last ? same + 1 : 0;
      last = key;
      if (same >= 2 && this.#lock) {
        throw new FdStoreError('CORRUPT', `fd store ${this.name}: entry ${id} is labelled ${rec.length === RECORD_BYTES ? rec.readUInt32LE(4) : '?'} (an add() that raced outside the lock); that id is unusable`, { store: this.name, id });
      }
      sleepSync(0.01 * (1 + Math.random() * Math.min(attempt, 50)));
    }
    throw new FdStoreError('CORRUPT', `fd store ${this.name}: could not read entry ${id} consistently after 1000 attempts: other processes keep moving the socket's peek offset without the lock`, { store: this.name, id });
  }

  /**
   * Runs `fn` holding the store's lock, so that a series of add()/get() calls inside it
   * takes the lock once (each call otherwise takes and drops it: three syscalls). Other
   * processes wait meanwhile. Without the lock ({ lock: false }) it just runs `fn`.
   */
  exclusive<T>(fn: () => T): T {
    this.#check();
    return this.#locked(fn);
  }

  /** Re-reads the number of entries from the socket (other processes may have added). */
  refresh(): number {
    this.#check();
    this.#count = this.#readLength();
    return this.#count;
  }

  /**
   * Checks the length kept on the socket against the queue (one peek at the end of the
   * queue) and repairs it if they disagree. fromSocket() does this once.
   */
  #checkLength(): void {
    this.#locked(() => {
      const n = this.#readLength();
      if (n < 0 || this.#lengthPending() || (n > 0 && this.#peekRecord(n - 1) === null) || this.#peekRecord(n) !== null) {
        this.#writeLength(this.#discover(0));
      }
    });
    this.#count = this.#readLength();
  }

  /**
   * Closes this process's fd of the store. The entries live on while any other process
   * holds the socket; they go away (and their files are released) when the last one
   * closes it. Idempotent.
   */
  close(): void {
    if (this.#fd < 0) return;
    const fd = this.#fd;
    this.#fd = -1;
    sys.native.close(fd);
  }

  #check(): void {
    if (this.#fd < 0) {
      throw new FdStoreError('CLOSED', `fd store ${this.name} is closed in this process; attach again with FdStore.fromSocket() on an fd that still holds it`, { store: this.name });
    }
  }

  #unknown(id: number): FdStoreError {
    return new FdStoreError('UNKNOWN_ID', `fd store ${this.name} has no entry ${id}: it holds ${this.#count} fds (ids 0..${this.#count - 1})`, { store: this.name, id });
  }

  #locked<T>(fn: () => T): T {
    const lock = this.#lock;
    if (!lock) return fn();
    if (!lock.acquire(this.#lockTimeoutMs)) {
      throw new FdStoreError(
        'LOCK_TIMEOUT',
        `fd store ${this.name}: another process held its lock @${lock.name} for more than ${this.#lockTimeoutMs} ms (a holder stopped by a signal or a debugger?)`,
        { store: this.name },
      );
    }
    try {
      return fn();
    } finally {
      lock.release();
    }
  }

  /** The records of `n` entries from `first` on, sent as one datagram. */
  #records(first: number, n: number): Buffer {
    const b = Buffer.alloc(RECORD_BYTES * n);
    ownerSeq = (ownerSeq + 1) >>> 0;
    for (let k = 0; k < n; k++) {
      const o = RECORD_BYTES * k;
      b.writeUInt32LE(MAGIC, o);
      b.writeUInt32LE(first + k, o + 4);
      b.writeUInt16LE(k, o + 8);
      b.writeUInt16LE(n, o + 10);
      b.writeUInt32LE(process.pid, o + 12);
      b.writeUInt32LE(ownerSeq, o + 16);
    }
    return b;
  }

  /**
   * setsockopt(SO_PEEK_OFF) + recvmsg(MSG_PEEK) at entry `id`: the bytes from its record
   * to the end of its datagram (as many as fit in `buf`) and the datagram's first
   * `maxFds` fds (the kernel drops the others, MSG_CTRUNC). Null when there is no entry.
   */
  #peekAt(id: number, buf: Buffer, maxFds: number): { bytes: number; fds: number[] } | null {
    try {
      sys.native.setsockoptInt(this.#fd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, id * RECORD_BYTES);
      const r = sys.native.recvFds(this.#fd, buf, maxFds, sys.MSG_PEEK | sys.MSG_DONTWAIT);
      return { bytes: r.bytes, fds: r.fds };
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN')) return null;
      throw this.#sysError(e, id);
    }
  }

  /** The record of entry `id` (a copy), or null when there is none. */
  #peekRecord(id: number): Buffer | null {
    const r = this.#peekAt(id, this.#smallBuf, 1);
    if (r === null) return null;
    for (const fd of r.fds) sys.native.close(fd);
    return Buffer.from(this.#smallBuf.subarray(0, Math.min(r.bytes, RECORD_BYTES)));
  }

  /** The smallest position >= `from` with no entry (entries 0..from-1 are known to exist). */
  #discover(from: number): number {
    const exists = (p: number): boolean => this.#peekRecord(p) !== null;
    let lo = from;
    if (!exists(lo)) return lo;
    lo += 1;
    let step = 1;
    let hi: number;
    for (;;) {
      const p = Math.min(lo + step, MAX_ID + 1);
      if (p <= MAX_ID && exists(p)) {
        lo = p + 1;
        step *= 2;
      } else {
        hi = p;
        break;
      }
    }
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (exists(mid)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #sendError(e: unknown, fds: number[]): Error {
    const fd = fds.length === 1 ? `fd ${fds[0]}` : `fds ${fds.join(',')}`;
    const n = this.#count;
    if (sys.isErrno(e, 'EAGAIN') || sys.isErrno(e, 'ENOBUFS')) {
      const buf = sys.native.getsockoptInt(this.#fd, sys.SOL_SOCKET, sys.SO_SNDBUF);
      const wmemMax = readProcInt('/proc/sys/net/core/wmem_max');
      return new FdStoreError(
        'FULL',
        `fd store ${this.name} is full after ${n} fds (socket buffer ${buf} bytes; each add() costs about ${BYTES_PER_ENTRY} bytes, ` +
          `each addMany() datagram of up to ${MAX_BATCH} fds about ${BYTES_PER_ENTRY} + 30 per fd): ` +
          `create it with a larger { bufferBytes } or add in batches with addMany(); above ` +
          `${wmemMax === undefined ? '2 x wmem_max' : `${2 * wmemMax} bytes (2 x /proc/sys/net/core/wmem_max)`} that needs CAP_NET_ADMIN (SO_SNDBUFFORCE)`,
        { store: this.name, cause: e },
      );
    }
    if (e instanceof sys.SysError && e.errno === ETOOMANYREFS) {
      let limits = '';
      try {
        const l = sys.native.prlimit(0, sys.RLIMIT_NOFILE);
        limits = ` (soft limit ${l.cur}, hard limit ${l.max === sys.RLIM_INFINITY ? 'unlimited' : l.max})`;
      } catch {
        /* message without the numbers */
      }
      return new FdStoreError(
        'TOO_MANY_IN_FLIGHT',
        `fd store ${this.name} cannot take ${fd} after ${n} fds: this user has too many fds queued in unix sockets (ETOOMANYREFS). ` +
          `Without CAP_SYS_ADMIN or CAP_SYS_RESOURCE the kernel allows at most RLIMIT_NOFILE of them per user${limits}: ` +
          `raise the soft limit towards the hard limit (prlimit, ulimit -n) or store fewer fds`,
        { store: this.name, cause: e },
      );
    }
    if (sys.isErrno(e, 'EBADF')) {
      return new FdStoreError('BAD_FD', `fd store ${this.name}: cannot add ${fd}: not an open fd`, { store: this.name, cause: e });
    }
    return this.#sysError(e);
  }

  #sysError(e: unknown, id?: number): Error {
    if (e instanceof FdStoreError) return e;
    const code: FdStoreErrorCode = 'SYSCALL';
    return new FdStoreError(code, `fd store ${this.name}${id === undefined ? '' : ` entry ${id}`}: ${(e as Error).message}`, id === undefined ? { store: this.name, cause: e } : { store: this.name, id, cause: e });
  }
}

/** True when the sorted array `a` contains `x`. */
function binaryHas(a: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length && a[lo] === x;
}

/** Sets a socket buffer with the FORCE option when permitted (CAP_NET_ADMIN), else the capped one. */
function setBuffer(sk: number, force: number, plain: number, bytes: number): void {
  // The kernel doubles the value for its bookkeeping overhead and reports the doubled
  // value; ask for half so that getsockopt reports `bytes`.
  const val = Math.min(Math.ceil(bytes / 2), 0x3fffffff);
  try {
    sys.native.setsockoptInt(sk, sys.SOL_SOCKET, force, val);
  } catch (e) {
    if (!sys.isErrno(e, 'EPERM')) throw e;
    sys.native.setsockoptInt(sk, sys.SOL_SOCKET, plain, val);
  }
}
