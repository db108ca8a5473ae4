// A cross-process mutex made of an abstract unix socket name.
//
// bind() of an abstract name is atomic and exclusive: the first socket gets it, every
// other bind() fails with EADDRINUSE until that socket is closed. So "lock" is
// socket() + bind(name) and "unlock" is close(). The kernel drops the name when the
// holder's socket is closed for any reason, a crash or SIGKILL included, so a dead
// holder never leaves the lock taken (a stopped holder does, until it runs again).
//
// The name space is per network namespace: processes in different network namespaces
// do not exclude each other with it. The fd store does not rely on the lock for
// correctness (every entry carries its own id and is checked after each peek); the lock
// makes concurrent users take turns instead of retrying.
import * as sys from '@amber/sys';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the calling thread for `ms` milliseconds (fractions allowed). */
export function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

export class AbstractLock {
  readonly name: string;
  #held = -1;
  #depth = 0;

  constructor(name: string) {
    this.name = name;
  }

  get held(): boolean {
    return this.#held >= 0;
  }

  /**
   * Takes the lock, waiting up to `timeoutMs`. Re-entrant within this object (a
   * nested acquire only counts). Returns false on timeout.
   */
  acquire(timeoutMs: number): boolean {
    if (this.#held >= 0) {
      this.#depth++;
      return true;
    }
    const sk = sys.socket(sys.AF_UNIX, sys.SOCK_DGRAM);
    let waitMs = 0.02;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        sys.native.bindAbstract(sk, this.name);
        this.#held = sk;
        this.#depth = 1;
        return true;
      } catch (e) {
        if (!sys.isErrno(e, 'EADDRINUSE')) {
          sys.native.close(sk);
          throw e;
        }
      }
      if (Date.now() >= deadline) {
        sys.native.close(sk);
        return false;
      }
      sleepSync(waitMs * (0.5 + Math.random()));
      waitMs = Math.min(waitMs * 2, 2);
    }
  }

  release(): void {
    if (this.#held < 0) return;
    if (--this.#depth > 0) return;
    const sk = this.#held;
    this.#held = -1;
    sys.native.close(sk);
  }
}
