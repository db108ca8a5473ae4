// Running a placement plan: in this process (localPlacementOps), in a task held under
// ptrace (remotePlacementOps, with any object that runs a syscall in the task, such as
// @amber/sys's Tracee), or against anything else that implements PlacementOps.
import type * as SysModule from '@amber/sys';
import { PlacementError, type PlacementStep } from './plan';

// @amber/sys loads the native addon; the planner and applyPlacement do not need it, so
// it is loaded only when sys-backed ops are asked for.
function loadSys(): typeof SysModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@amber/sys') as typeof SysModule;
}

/** The four fd operations a plan uses. */
export interface PlacementOps {
  /** dup3(from, to, cloexec ? O_CLOEXEC : 0). */
  dup3(from: number, to: number, cloexec: boolean): void;
  /** fcntl(from, F_DUPFD_CLOEXEC, min): returns the new fd. */
  dupAbove(from: number, min: number): number;
  close(fd: number): void;
  /** fcntl(fd, F_SETFD, cloexec ? FD_CLOEXEC : 0). */
  setCloexec(fd: number, cloexec: boolean): void;
}

/**
 * Runs the steps in order. A dupAbove that lands elsewhere than planned means the task
 * has fds the plan was not told about: the stray fd is closed and a PlacementError
 * (UNEXPECTED_FD) thrown before anything is overwritten on the wrong assumption.
 */
export function applyPlacement(steps: readonly PlacementStep[], ops: PlacementOps): void {
  for (const step of steps) {
    switch (step.op) {
      case 'dup':
        ops.dup3(step.from, step.to, step.cloexec);
        break;
      case 'dupAbove': {
        const got = ops.dupAbove(step.from, step.min);
        if (got !== step.result) {
          ops.close(got);
          throw new PlacementError(
            'UNEXPECTED_FD',
            `F_DUPFD_CLOEXEC of fd ${step.from} at >= ${step.min} gave fd ${got}, the plan expected ${step.result}: ` +
              `the task has fds that were not listed in current or keep`,
            [step.from, step.result, got],
          );
        }
        break;
      }
      case 'close':
        ops.close(step.fd);
        break;
      case 'setCloexec':
        ops.setCloexec(step.fd, step.cloexec);
        break;
    }
  }
}

/** PlacementOps for the calling process, through @amber/sys. */
export function localPlacementOps(): PlacementOps {
  const sys = loadSys();
  const { native } = sys;
  return {
    dup3: (from, to, cloexec) => void native.dup3(from, to, cloexec ? sys.O_CLOEXEC : 0),
    dupAbove: (from, min) => native.fcntl(from, sys.F_DUPFD_CLOEXEC, min),
    close: (fd) => native.close(fd),
    setCloexec: (fd, cloexec) => void native.fcntl(fd, sys.F_SETFD, cloexec ? sys.FD_CLOEXEC : 0),
  };
}

/** Something that runs a syscall inside a task and returns its result (sys.Tracee does). */
export interface RemoteSyscaller {
  syscall(nr: number, ...args: Array<bigint | number>): bigint;
}

/** PlacementOps that run as syscalls inside a task, e.g. a restore stub held with sys.Tracee. */
export function remotePlacementOps(task: RemoteSyscaller): PlacementOps {
  const sys = loadSys();
  const { SYS } = sys;
  return {
    dup3: (from, to, cloexec) => void task.syscall(SYS.dup3, from, to, cloexec ? sys.O_CLOEXEC : 0),
    dupAbove: (from, min) => Number(task.syscall(SYS.fcntl, from, sys.F_DUPFD_CLOEXEC, min)),
    close: (fd) => void task.syscall(SYS.close, fd),
    setCloexec: (fd, cloexec) => void task.syscall(SYS.fcntl, fd, sys.F_SETFD, cloexec ? sys.FD_CLOEXEC : 0),
  };
}
