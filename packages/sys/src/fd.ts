// Fd policy on top of the raw calls: everything Amber opens is O_CLOEXEC, and an
// OwnedFd makes the one owner explicit.
import { native } from './native';
import { F_DUPFD_CLOEXEC, O_CLOEXEC, SOCK_CLOEXEC } from './constants';

/** An fd with exactly one owner, closed explicitly (idempotent). */
export class OwnedFd {
  #fd: number;

  constructor(fd: number) {
    this.#fd = fd;
  }

  get fd(): number {
    if (this.#fd < 0) throw new Error('OwnedFd used after close()');
    return this.#fd;
  }

  get closed(): boolean {
    return this.#fd < 0;
  }

  /** Gives up ownership: the caller now closes the fd. */
  release(): number {
    const fd = this.fd;
    this.#fd = -1;
    return fd;
  }

  close(): void {
    if (this.#fd >= 0) {
      const fd = this.#fd;
      this.#fd = -1;
      native.close(fd);
    }
  }
}

/** Runs `fn` with an fd and closes it afterwards, whatever happens. */
export function withFd<T>(fd: number, fn: (fd: number) => T): T {
  try {
    return fn(fd);
  } finally {
    native.close(fd);
  }
}

export function openFile(path: string, flags: number, mode = 0): number {
  return native.open(path, flags | O_CLOEXEC, mode);
}

export function pipe(flags = 0): [number, number] {
  return native.pipe2(flags | O_CLOEXEC);
}

export function dupFd(fd: number, minFd = 0): number {
  return native.fcntl(fd, F_DUPFD_CLOEXEC, minFd);
}

export function socket(domain: number, type: number, protocol = 0): number {
  return native.socket(domain, type | SOCK_CLOEXEC, protocol);
}

export function socketpair(domain: number, type: number, protocol = 0): [number, number] {
  return native.socketpair(domain, type | SOCK_CLOEXEC, protocol);
}

/** Reads until `buf` is full or EOF; returns the bytes read. */
export function readFull(fd: number, buf: Uint8Array): number {
  let done = 0;
  while (done < buf.length) {
    const n = native.read(fd, buf.subarray(done));
    if (n === 0) break;
    done += n;
  }
  return done;
}

export function writeAll(fd: number, buf: Uint8Array): void {
  let done = 0;
  while (done < buf.length) done += native.write(fd, buf.subarray(done));
}
