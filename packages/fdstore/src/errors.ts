// Errors of the fd store: one class, a stable code, and a message that names the
// store (and the id) and says what to do about it.

export type FdStoreErrorCode =
  /** get(id) of an id the store does not hold. */
  | 'UNKNOWN_ID'
  /** The handle was closed in this process. */
  | 'CLOSED'
  /** The socket buffer cannot queue another entry: raise `bufferBytes`. */
  | 'FULL'
  /** The kernel's per-user limit of fds in flight in unix sockets (ETOOMANYREFS). */
  | 'TOO_MANY_IN_FLIGHT'
  /** add(fd) of something that is not an open fd. */
  | 'BAD_FD'
  /** Another process held the store's lock for longer than `lockTimeoutMs`. */
  | 'LOCK_TIMEOUT'
  /** An entry's record does not say what its position says (a concurrent add outside the lock). */
  | 'CORRUPT'
  /** The entry's fd could not be installed: this process has no free fd below RLIMIT_NOFILE. */
  | 'NO_FREE_FD'
  /** The abstract name is taken by another socket. */
  | 'NAME_IN_USE'
  /** A socket handed over (fromSocket, receiveFrom) that is not a usable fd store. */
  | 'BAD_SOCKET'
  /** Any other failing syscall; `cause` is the SysError. */
  | 'SYSCALL';

export interface FdStoreErrorInfo {
  /** The store's display name (`@amber-fdstore-1234`). */
  store: string;
  id?: number;
  cause?: unknown;
}

export class FdStoreError extends Error {
  readonly code: FdStoreErrorCode;
  readonly store: string;
  readonly id: number | undefined;

  constructor(code: FdStoreErrorCode, message: string, info: FdStoreErrorInfo) {
    super(message, info.cause === undefined ? undefined : { cause: info.cause });
    this.name = 'FdStoreError';
    this.code = code;
    this.store = info.store;
    this.id = info.id;
  }
}
