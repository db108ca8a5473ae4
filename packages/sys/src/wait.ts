// Decoding of waitpid statuses, ptrace stops included.
import { native } from './native';
import { __WALL, PTRACE_EVENT_STOP, SIGTRAP } from './constants';

export type WaitStatus =
  | { kind: 'exited'; code: number }
  | { kind: 'signaled'; signal: number; coreDumped: boolean }
  /** A stop: `event` is the PTRACE_EVENT_* number (0 for a plain signal stop). */
  | { kind: 'stopped'; signal: number; event: number }
  | { kind: 'continued' }
  | { kind: 'none' };

export function decodeWaitStatus(status: number): WaitStatus {
  const low = status & 0x7f;
  if (low === 0) return { kind: 'exited', code: (status >> 8) & 0xff };
  if ((status & 0xff) === 0x7f) return { kind: 'stopped', signal: (status >> 8) & 0xff, event: (status >> 16) & 0xff };
  if (status === 0xffff) return { kind: 'continued' };
  return { kind: 'signaled', signal: low, coreDumped: (status & 0x80) !== 0 };
}

/** waitpid on one pid (always __WALL) and decode. WNOHANG with no change gives `none`. */
export function waitFor(pid: number, options = 0): WaitStatus {
  const r = native.waitpid(pid, options | __WALL);
  if (r.pid === 0) return { kind: 'none' };
  return decodeWaitStatus(r.status);
}

/**
 * Waits off the main thread, for children that are not ptraced. Never use it on a
 * task this process traces: the worker's waitpid would steal the tracer's stops.
 */
export async function waitForAsync(pid: number, options = 0): Promise<WaitStatus> {
  const r = await native.waitpidAsync(pid, options | __WALL);
  if (r.pid === 0) return { kind: 'none' };
  return decodeWaitStatus(r.status);
}

/** True for the stop that PTRACE_INTERRUPT (or a seized group stop) produces. */
export function isEventStop(s: WaitStatus): boolean {
  return s.kind === 'stopped' && s.event === PTRACE_EVENT_STOP;
}

export function isInterruptStop(s: WaitStatus): boolean {
  return s.kind === 'stopped' && s.event === PTRACE_EVENT_STOP && s.signal === SIGTRAP;
}

export function describeWaitStatus(s: WaitStatus): string {
  switch (s.kind) {
    case 'exited':
      return `exited with code ${s.code}`;
    case 'signaled':
      return `killed by signal ${s.signal}`;
    case 'stopped':
      return s.event ? `stopped (ptrace event ${s.event}, signal ${s.signal})` : `stopped by signal ${s.signal}`;
    case 'continued':
      return 'continued';
    case 'none':
      return 'no change';
  }
}
