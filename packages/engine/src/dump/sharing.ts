// Kernel objects processes of the tree may share without being threads of one another
// (clone with CLONE_FILES, CLONE_FS, CLONE_SIGHAND or CLONE_VM but not CLONE_THREAD).
// Restore makes each process its own, so a dump that finds such sharing refuses it.
import { native } from '@amber/sys';
import { DumpError } from '../errors';

const SHARED = [
  { type: 2, what: 'fd table', flag: 'CLONE_FILES' },
  { type: 3, what: 'filesystem info (cwd, root, umask)', flag: 'CLONE_FS' },
  { type: 4, what: 'signal handlers', flag: 'CLONE_SIGHAND' },
  { type: 1, what: 'address space', flag: 'CLONE_VM (a vfork child that has not exec\'ed yet?)' },
] as const;

/**
 * Sorts the processes by each kind of object with kcmp (which orders them), so equal
 * neighbours are the sharing ones: n log n local kcmp calls per kind.
 */
export function refuseSharedObjects(pids: number[]): void {
  if (pids.length < 2) return;
  for (const { type, what, flag } of SHARED) {
    const cmp = (a: number, b: number): number => {
      const r = native.kcmp(a, b, type, 0, 0);
      return r === 0 ? 0 : r === 1 ? -1 : 1;
    };
    const sorted = [...pids].sort(cmp);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (cmp(a, b) === 0) {
        throw new DumpError(a, 'sharing', `processes ${Math.min(a, b)} and ${Math.max(a, b)} share one ${what} (${flag} without CLONE_THREAD); Amber restores each process with its own, so it does not dump them: dump a tree where no two processes share it`);
      }
    }
  }
}
