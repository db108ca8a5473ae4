// Process helpers with Amber's policy: spawn at a pid, the restore stub, subreaping.
import * as path from 'node:path';
import { native, buildDir, type SpawnOptions } from './native';
import { PR_SET_CHILD_SUBREAPER } from './constants';

/** The freestanding program that restore starts at each pid and then takes over. */
export const restoreStubPath = path.join(buildDir, 'amber-stub');

/**
 * Starts `path` at an exact pid (set_tid, innermost namespace first), optionally as
 * init of a new pid namespace, with exactly the fds listed, and returns its pid as
 * seen from the caller. Returns once the child has exec'ed.
 */
export function spawnAt(options: SpawnOptions): number {
  return native.spawnAt(options);
}

/** Makes this process the reaper of orphaned descendants (PR_SET_CHILD_SUBREAPER). */
export function setChildSubreaper(on = true): void {
  native.prctl(PR_SET_CHILD_SUBREAPER, on ? 1 : 0);
}
