import { BuildOptions, TaskDescription, buildModel } from './describe';
import { ModelError } from './errors';
import { INHERITED, PstreeModel, decodeWaitStatus } from './model';

/** The fields of /proc/PID/status the tree needs. NS* lines start at the reader's namespace. */
export interface ProcStatus {
  readonly name: string;
  /** The state letter: R, S, D, T, t, Z, X, ... */
  readonly state: string;
  readonly tgid: number;
  readonly pid: number;
  readonly ppid: number;
  readonly nsTgid: readonly number[];
  readonly nsPid: readonly number[];
  readonly nsPgid: readonly number[];
  readonly nsSid: readonly number[];
}

/** What the dump engine reads about one process. */
export interface ProcTaskRecord {
  /** Text of /proc/PID/status. */
  readonly status: string;
  /** Texts of /proc/PID/task/TID/status, one per thread (the leader may be included). */
  readonly threads?: readonly string[];
  /** A zombie's exit status as waitpid reports it (field 52 of /proc/PID/stat). */
  readonly waitStatus?: number;
  /** From PR_GET_CHILD_SUBREAPER, which only the task itself can ask. */
  readonly childSubreaper?: boolean;
}

export function parseProcStatus(text: string): ProcStatus {
  const fields = new Map<string, string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', start);
    if (colon > start && colon < end) fields.set(text.slice(start, colon), text.slice(colon + 1, end));
    start = end + 1;
  }
  const list = (key: string, fallback?: number): number[] => {
    const value = fields.get(key);
    if (value === undefined) {
      if (fallback !== undefined) return [fallback];
      throw new ModelError('bad-status', undefined, `/proc status without a ${key} line`);
    }
    const numbers = parseNumbers(value);
    if (numbers === null) throw new ModelError('bad-status', undefined, `/proc status: bad ${key} line "${value.trim()}"`);
    return numbers;
  };
  const [pid] = list('Pid');
  const [tgid] = list('Tgid');
  const [ppid] = list('PPid');
  return {
    name: (fields.get('Name') ?? '').trim(),
    state: (fields.get('State') ?? 'R').trim().charAt(0),
    tgid,
    pid,
    ppid,
    nsTgid: list('NStgid', tgid),
    nsPid: list('NSpid', pid),
    nsPgid: list('NSpgid'),
    nsSid: list('NSsid'),
  };
}

/** Whitespace-separated decimal numbers; null if anything else is there, or nothing. */
function parseNumbers(value: string): number[] | null {
  const numbers: number[] = [];
  let current = -1;
  for (let i = 0; i <= value.length; i++) {
    const code = i < value.length ? value.charCodeAt(i) : 32;
    if (code >= 48 && code <= 57) current = (current < 0 ? 0 : current * 10) + (code - 48);
    else if (code === 32 || code === 9 || code === 13) {
      if (current >= 0) numbers.push(current);
      current = -1;
    } else return null;
  }
  return numbers.length > 0 ? numbers : null;
}

/**
 * Builds the model from what /proc shows. The reader may sit in an ancestor of the dumped
 * root namespace (a container seen from the host): the levels above the root's own
 * namespace are cut off. `externalPids` are root-namespace numbers.
 */
export function modelFromProc(records: readonly ProcTaskRecord[], options: BuildOptions): PstreeModel {
  const parsed = records.map((record) => ({ record, status: parseProcStatus(record.status) }));
  const byReaderPid = new Map(parsed.map((p) => [p.status.pid, p]));
  for (const { status } of parsed) {
    if (status.pid !== status.tgid) throw new ModelError('bad-status', undefined, `/proc record ${status.pid} is a thread of ${status.tgid}`);
  }
  const candidates = parsed.filter((p) => p.status.ppid === p.status.pid || !byReaderPid.has(p.status.ppid));
  const isInit = (s: ProcStatus): boolean => s.nsPid[s.nsPid.length - 1] === 1;
  const root = (options.mode === 'container' ? candidates.find((p) => isInit(p.status)) : undefined) ?? candidates[0];
  if (!root) throw new ModelError('no-root', undefined, 'every task has a parent in the records: there is no root');
  const offset = root.status.nsPid.length - 1;

  const descriptions = parsed.map(({ record, status }): TaskDescription => {
    if (status.nsPid.length <= offset) {
      throw new ModelError(
        options.mode === 'container' ? 'pid-outside-container' : 'pid-depth',
        undefined,
        `task ${status.pid}: it is outside the root's pid namespace`,
      );
    }
    const pid = status.nsPid.slice(offset);
    const ref = (what: 'pgid' | 'sid', numbers: readonly number[]): readonly number[] | typeof INHERITED => {
      const inRoot = numbers.slice(offset);
      if (inRoot[0] !== 0) return inRoot;
      if (options.mode === 'container') {
        throw new ModelError(
          'pid-outside-container',
          pid[0],
          `task ${pid[0]} (${status.pid} from the dumper): its ${what} ${numbers[0] || '(not visible)'} is outside the container's pid namespace`,
        );
      }
      return INHERITED;
    };
    const parent = byReaderPid.get(status.ppid);
    const zombie = status.state === 'Z' || status.state === 'X';
    return {
      pid,
      ppid: parent && parent.status !== status ? parent.status.nsPid[offset] : 0,
      pgid: ref('pgid', status.nsPgid),
      sid: ref('sid', status.nsSid),
      threads: (record.threads ?? []).map((text) => parseProcStatus(text).nsPid.slice(offset)),
      // 't' is a tracing stop, the dumper's own doing; 'T' is a job-control stop.
      state: zombie ? 'zombie' : status.state === 'T' ? 'stopped' : 'alive',
      exit: zombie ? decodeWaitStatus(record.waitStatus ?? 0) : undefined,
      childSubreaper: record.childSubreaper === true,
    };
  });
  return buildModel(descriptions, options);
}
