// seccomp.img: every seccomp filter of the dumped tree once, each pointing at the filter
// installed before it (CRIU's layout: a thread names its newest filter). Chains that
// threads share (inherited, or TSYNC) are stored once.
import * as fs from 'node:fs';
import type { ImageDir, SeccompFilter } from '@amber/images';
import type { SeccompFilterDump } from '../model';
import { RestoreError } from '../errors';

const FILE = 'seccomp.img';
const tables = new WeakMap<ImageDir, SeccompTable>();

class SeccompTable {
  readonly entries: SeccompFilter[] = [];
  readonly #index = new Map<string, number>();

  /** Adds a chain (the oldest first); returns the index of its newest filter. */
  add(chain: SeccompFilterDump[]): number {
    let prev: number | undefined;
    for (const f of chain) {
      const key = `${prev ?? '-'}:${f.flags}:${f.prog.toString('base64')}`;
      let at = this.#index.get(key);
      if (at === undefined) {
        at = this.entries.length;
        this.entries.push({ filter: f.prog, prev, flags: f.flags || undefined });
        this.#index.set(key, at);
      }
      prev = at;
    }
    return prev!;
  }
}

/** The filters a dump into `dir` collects, written by writeSeccompImage. */
export function seccompTable(dir: ImageDir): SeccompTable {
  let t = tables.get(dir);
  if (!t) tables.set(dir, (t = new SeccompTable()));
  return t;
}

export function writeSeccompImage(dir: ImageDir): void {
  const t = tables.get(dir);
  if (t && t.entries.length) dir.writeEntries('seccomp', FILE, [{ seccomp_filters: t.entries }]);
}

const loaded = new WeakMap<ImageDir, SeccompFilter[]>();

function filtersOf(dir: ImageDir, pid: number): SeccompFilter[] {
  let f = loaded.get(dir);
  if (!f) {
    if (!fs.existsSync(dir.filePath(FILE))) throw new RestoreError(pid, 'images', `a thread has seccomp filters but ${FILE} is missing`);
    f = dir.readEntries('seccomp', FILE).flatMap((e) => e.seccomp_filters ?? []);
    loaded.set(dir, f);
  }
  return f;
}

const BPF_MAXINSNS = 4096;

/** The chain ending at filter `newest`, the oldest first; validated (indices, loops, sizes). */
export function seccompChain(dir: ImageDir, pid: number, tid: number, newest: number): SeccompFilterDump[] {
  const all = filtersOf(dir, pid);
  const chain: SeccompFilterDump[] = [];
  let at: number | undefined = newest;
  while (at !== undefined) {
    const f: SeccompFilter | undefined = all[at];
    if (!f || chain.length >= all.length) throw new RestoreError(pid, 'images', `${FILE}: the filter chain of thread ${tid} is broken at index ${at}`);
    const prog = Buffer.from(f.filter);
    if (prog.length === 0 || prog.length % 8 !== 0 || prog.length / 8 > BPF_MAXINSNS) {
      throw new RestoreError(pid, 'images', `${FILE}: filter ${at} is ${prog.length} bytes, not a BPF program`);
    }
    chain.push({ prog, flags: f.flags ?? 0 });
    at = f.prev;
  }
  return chain.reverse();
}
