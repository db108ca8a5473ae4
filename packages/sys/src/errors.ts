import { constants } from 'node:os';

const errnoNames = new Map<number, string>();
for (const [name, num] of Object.entries(constants.errno)) {
  if (!errnoNames.has(num)) errnoNames.set(num, name);
}

/** The name of an errno value (`EEXIST`), or `E<number>` when unknown. */
export function errnoName(errno: number): string {
  return errnoNames.get(errno) ?? `E${errno}`;
}

/** What a failing syscall was about: the pid, fd, path... that the caller passed. */
export type SysErrorDetails = Record<string, number | bigint | string | number[] | undefined>;

/** A failed syscall: its name, errno (number and name) and the arguments that matter. */
export class SysError extends Error {
  readonly syscall: string;
  readonly errno: number;
  readonly code: string;
  readonly details: SysErrorDetails;

  constructor(syscall: string, errno: number, details: SysErrorDetails = {}) {
    const code = errnoName(errno);
    const args = Object.entries(details)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(',')}]` : String(v)}`)
      .join(' ');
    super(`${syscall} failed: ${code} (${errno})${args ? ` [${args}]` : ''}`);
    this.name = 'SysError';
    this.syscall = syscall;
    this.errno = errno;
    this.code = code;
    this.details = details;
  }
}

/** True when `e` is a SysError with the given errno name. */
export function isErrno(e: unknown, code: string): e is SysError {
  return e instanceof SysError && e.code === code;
}

/**
 * Runs `fn` with Error.stackTraceLimit = 0: for syscalls whose failure is an expected
 * answer (EAGAIN of an empty pipe, EBADF of a probe), a stack trace costs more than the call.
 */
export function quietly<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
