// The privilege rule for what a task reaches by path without an fd (its mapped files, its
// exe, cwd and root): a task with the restored task's credentials must be allowed it.
// These are opened or entered inside the stub, which is still root then; so they are
// checked first with the task's own fs ids, groups and effective capabilities.
import { checkAccessAs, PROT_WRITE, R_OK, W_OK, X_OK, type FsCreds } from '@amber/sys';
import { VMA, type CredsDump, type TaskDump } from '../model';
import { RestoreError } from '../errors';

export function fsCredsOf(c: CredsDump): FsCreds {
  return { fsuid: c.fsuid, fsgid: c.fsgid, groups: [...c.groups], capEff: c.capEff };
}

const MODE_NAMES: Record<number, string> = { [R_OK]: 'read', [R_OK | W_OK]: 'read and write', [X_OK]: 'search or execute' };

function check(task: TaskDump, creds: FsCreds, path: string, mode: number, what: string): void {
  try {
    checkAccessAs(path, mode, creds);
  } catch (e) {
    throw new RestoreError(task.pid, 'privilege',
      `${what} ${path}: task ${task.pid} (uid ${creds.fsuid}, gid ${creds.fsgid}${creds.groups.length ? `, groups ${creds.groups.join(',')}` : ''}) may not ${MODE_NAMES[mode] ?? mode} it: ` +
      `${(e as Error).message}; an image can only give a task what its own credentials could get`, { cause: e });
  }
}

/** Throws a RestoreError naming the path and the uid unless the task itself could reach every path it uses. */
export function checkTaskPaths(task: TaskDump): void {
  const creds = fsCredsOf(task.threads[0]!.creds);
  check(task, creds, task.cwd, X_OK, 'working directory');
  if (task.root !== '/') check(task, creds, task.root, X_OK, 'root directory');
  if (task.mm.exePath) check(task, creds, task.mm.exePath, X_OK, 'executable');
  const seen = new Set<string>();
  for (const v of task.mm.vmas) {
    if (v.shm || !v.path || !(v.status & (VMA.FILE_PRIVATE | VMA.FILE_SHARED))) continue;
    const mode = v.status & VMA.FILE_SHARED && v.prot & PROT_WRITE ? R_OK | W_OK : R_OK;
    const key = `${mode}:${v.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    check(task, creds, v.path, mode, `mapping at 0x${v.start.toString(16)} of`);
  }
}
