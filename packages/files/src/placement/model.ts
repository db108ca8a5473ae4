// A model fd table with the kernel's semantics for the four plan steps, to check a plan
// without running it (tests, dry runs, debugging).
import type { FdEntry, PlacementStep } from './plan';

export interface ModelFd {
  id: string;
  /** undefined: not known (as given in the input). */
  cloexec: boolean | undefined;
}

/** A step the kernel would refuse, or a plan step whose prediction is wrong. */
export class ModelError extends Error {
  constructor(
    readonly step: PlacementStep,
    readonly errno: 'EBADF' | 'EINVAL' | 'EMFILE' | 'MISPREDICTED',
    message: string,
  ) {
    super(`${JSON.stringify(step)}: ${errno}: ${message}`);
    this.name = 'ModelError';
  }
}

export class FdTableModel {
  readonly fds = new Map<number, ModelFd>();

  constructor(
    readonly limit: number,
    entries: Iterable<FdEntry> = [],
  ) {
    for (const e of entries) this.fds.set(e.fd, { id: e.id, cloexec: e.cloexec });
  }

  /** The lowest fd number >= min that is not open. */
  lowestFree(min: number): number {
    let fd = min;
    while (this.fds.has(fd)) fd++;
    return fd;
  }

  /** The fd whose file the step drops (dup3 onto an open fd, close), if any. */
  dropped(step: PlacementStep): number | undefined {
    if (step.op === 'close') return step.fd;
    if (step.op === 'dup' && this.fds.has(step.to)) return step.to;
    return undefined;
  }

  apply(step: PlacementStep): void {
    switch (step.op) {
      case 'dup': {
        const from = this.fds.get(step.from);
        if (!from) throw new ModelError(step, 'EBADF', `fd ${step.from} is not open`);
        if (step.to < 0 || step.to >= this.limit) throw new ModelError(step, 'EBADF', `fd ${step.to} is not below the limit ${this.limit}`);
        if (step.from === step.to) throw new ModelError(step, 'EINVAL', 'dup3 onto itself');
        this.fds.set(step.to, { id: from.id, cloexec: step.cloexec });
        break;
      }
      case 'dupAbove': {
        const from = this.fds.get(step.from);
        if (!from) throw new ModelError(step, 'EBADF', `fd ${step.from} is not open`);
        if (step.min < 0 || step.min >= this.limit) throw new ModelError(step, 'EINVAL', `min ${step.min} is not below the limit ${this.limit}`);
        const fd = this.lowestFree(step.min);
        if (fd >= this.limit) throw new ModelError(step, 'EMFILE', `no free fd in [${step.min}, ${this.limit})`);
        if (fd !== step.result) throw new ModelError(step, 'MISPREDICTED', `the lowest free fd >= ${step.min} is ${fd}`);
        this.fds.set(fd, { id: from.id, cloexec: true });
        break;
      }
      case 'close':
        if (!this.fds.delete(step.fd)) throw new ModelError(step, 'EBADF', `fd ${step.fd} is not open`);
        break;
      case 'setCloexec': {
        const f = this.fds.get(step.fd);
        if (!f) throw new ModelError(step, 'EBADF', `fd ${step.fd} is not open`);
        f.cloexec = step.cloexec;
        break;
      }
    }
  }

  /** fd -> id, sorted by fd. */
  snapshot(): Map<number, string> {
    return new Map([...this.fds.entries()].sort((a, b) => a[0] - b[0]).map(([fd, f]) => [fd, f.id]));
  }
}
