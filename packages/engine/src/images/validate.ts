// Images are input, not trust: what the restore reads is checked before it acts on it.
// Every problem is an ImageError naming the file and what is wrong with it. The framing
// layer (@amber/images) already checks magics, lengths and message types; this checks
// what the messages say: counts, ranges, and references between images.
import { PagesHash } from '@amber/sys';
import { ImageError, pagemapTrailer, PAGE_SIZE, PE_LAZY, PE_PARENT, PE_PRESENT, pagemapLayout, type ImageDir, type Pagemap, type PagemapRange, type PstreeEntry } from '@amber/images';
import { VMA, type VmaDump } from '../model';

/** Linux's PID_MAX_LIMIT on 64-bit: no pid or tid is above it. */
const PID_MAX_LIMIT = 4194304;
/** More tasks or threads than a pid space holds, or mappings than vm.max_map_count allows, is not a dump. */
const MAX_TASKS = PID_MAX_LIMIT;
const MAX_VMAS = 1 << 20;
/** The top of the x86-64 address space with 5-level paging. */
const USER_TOP = 1n << 56n;
const PAGE = BigInt(PAGE_SIZE);

const hex = (n: bigint): string => `0x${n.toString(16)}`;

/** pstree.img: task and thread ids in range, each used once, parents inside the tree. */
export function checkPstree(file: string, entries: readonly PstreeEntry[]): void {
  if (entries.length === 0) throw ImageError.content(file, 'at least one task', 'it holds none');
  if (entries.length > MAX_TASKS) throw ImageError.content(file, `at most ${MAX_TASKS} tasks`, `it lists ${entries.length}`);
  const ids = new Set<number>();
  const pids = new Set(entries.map((e) => e.pid));
  const idOk = (n: number) => Number.isInteger(n) && n >= 1 && n <= PID_MAX_LIMIT;
  entries.forEach((e, i) => {
    if (!idOk(e.pid)) throw ImageError.content(file, `task ${i}: a pid from 1 to ${PID_MAX_LIMIT}`, `found ${e.pid}`);
    const threads = e.threads?.length ? e.threads : [e.pid];
    if (threads[0] !== e.pid) throw ImageError.content(file, `task ${e.pid}: its own pid as its first thread`, `found ${threads[0]}`);
    for (const tid of threads) {
      if (!idOk(tid)) throw ImageError.content(file, `task ${e.pid}: thread ids from 1 to ${PID_MAX_LIMIT}`, `found ${tid}`);
      if (ids.has(tid)) throw ImageError.content(file, `task ${e.pid}: every pid and tid used once in the tree`, `${tid} appears twice`);
      ids.add(tid);
    }
    if (i > 0 && !pids.has(e.ppid)) throw ImageError.content(file, `task ${e.pid}: a parent inside the tree`, `its ppid ${e.ppid} is no task of the image`);
    if (i > 0 && e.ppid === e.pid) throw ImageError.content(file, `task ${e.pid}: a parent other than itself`, `ppid ${e.ppid}`);
  });
  // Every task reaches the root through its parents (no cycles, the root first).
  const parent = new Map(entries.map((e) => [e.pid, e.ppid]));
  const root = entries[0]!.pid;
  for (const e of entries) {
    let p = e.pid;
    for (let steps = 0; p !== root; steps++) {
      if (steps > entries.length) throw ImageError.content(file, `task ${e.pid}: a chain of parents up to the root ${root}`, 'its parents form a cycle');
      p = parent.get(p)!;
    }
  }
}

/** mm-<pid>.img's VMAs: page-aligned, non-empty, in order, not overlapping, inside the user address space. */
export function checkVmas(file: string, vmas: readonly VmaDump[]): void {
  if (vmas.length > MAX_VMAS) throw ImageError.content(file, `at most ${MAX_VMAS} VMAs`, `it lists ${vmas.length}`);
  let prevEnd = 0n;
  for (const v of vmas) {
    const what = `vma ${hex(v.start)}-${hex(v.end)}`;
    if (v.start % PAGE || v.end % PAGE) throw ImageError.content(file, `${what}: page-aligned bounds`, 'they are not');
    if (v.end <= v.start) throw ImageError.content(file, `${what}: an end above its start`, 'it is empty or reversed');
    if (v.end > USER_TOP && !(v.status & VMA.AREA_VSYSCALL)) throw ImageError.content(file, `${what}: inside the user address space`, `it ends above ${hex(USER_TOP)}`);
    if (v.start < prevEnd) throw ImageError.content(file, `${what}: VMAs in address order without overlap`, `it starts below the previous end ${hex(prevEnd)}`);
    prevEnd = v.end;
  }
}

/** Whether a task's own pages image may hold pages of this VMA (private memory, and old images' shared anonymous). */
function holdsOwnPages(v: VmaDump): boolean {
  if (v.status & (VMA.AREA_VSYSCALL | VMA.AREA_VVAR)) return false;
  if (v.shm) return (v.status & VMA.FILE_PRIVATE) !== 0 || v.shm.kind === 'anon';
  return (v.status & (VMA.ANON_PRIVATE | VMA.FILE_PRIVATE | VMA.ANON_SHARED)) !== 0;
}

function checkEntries(file: string, pagemap: Pagemap): PagemapRange[] {
  let ranges: PagemapRange[];
  try {
    ranges = pagemapLayout(pagemap.entries).ranges;
  } catch (e) {
    throw ImageError.content(file, 'plausible page counts', (e as Error).message);
  }
  let prevEnd = 0n;
  for (const r of ranges) {
    const what = `pagemap entry at ${hex(r.vaddr)}`;
    if (r.flags & ~(PE_PRESENT | PE_LAZY | PE_PARENT)) throw ImageError.content(file, `${what}: known flags (PE_PRESENT, PE_LAZY, PE_PARENT)`, `flags 0x${r.flags.toString(16)}`);
    if (r.flags & PE_PARENT) throw ImageError.content(file, `${what}: pages in this image`, 'it points to a parent image (incremental dumps are not supported)');
    if (!(r.flags & PE_PRESENT)) throw ImageError.content(file, `${what}: present pages`, `flags 0x${r.flags.toString(16)} (lazy pages are not supported)`);
    if (r.vaddr % PAGE) throw ImageError.content(file, `${what}: a page-aligned address`, 'it is not aligned');
    if (r.nrPages <= 0) throw ImageError.content(file, `${what}: at least one page`, `nr_pages is ${r.nrPages}`);
    const end = r.vaddr + BigInt(r.nrPages) * PAGE;
    if (end > USER_TOP) throw ImageError.content(file, `${what}: pages inside the user address space`, `${r.nrPages} pages end at ${hex(end)}`);
    if (r.vaddr < prevEnd) throw ImageError.content(file, `${what}: entries in address order without overlap`, `it starts below the previous end ${hex(prevEnd)}`);
    prevEnd = end;
  }
  return ranges;
}

/** A task's pagemap: every run inside the private VMAs it belongs to, in order, and pages for all of them. */
export function checkTaskPagemap(dir: ImageDir, file: string, pagemap: Pagemap, vmas: readonly VmaDump[]): PagemapRange[] {
  const ranges = checkEntries(file, pagemap);
  let i = 0;
  for (const r of ranges) {
    // Walk the VMAs (both sorted) and require every page of the run to be covered.
    let at = r.vaddr;
    const end = r.vaddr + BigInt(r.nrPages) * PAGE;
    while (at < end) {
      while (i < vmas.length && vmas[i]!.end <= at) i++;
      const v = vmas[i];
      if (!v || v.start > at) throw ImageError.content(file, `pagemap entry at ${hex(r.vaddr)} (${r.nrPages} pages): pages inside the task's VMAs (mm)`, `${hex(at)} is in no VMA`);
      if (!holdsOwnPages(v)) throw ImageError.content(file, `pagemap entry at ${hex(r.vaddr)}: pages of private memory`, `${hex(at)} is in the VMA ${hex(v.start)}-${hex(v.end)} (status 0x${v.status.toString(16)}), whose content is not the task's own`);
      at = v.end < end ? v.end : end;
    }
  }
  checkPagesFile(dir, file, pagemap, ranges);
  return ranges;
}

/** A shared memory object's pagemap: offsets inside the object. */
export function checkObjectPagemap(dir: ImageDir, file: string, pagemap: Pagemap, size: bigint): PagemapRange[] {
  const ranges = checkEntries(file, pagemap);
  const top = ((size + PAGE - 1n) / PAGE) * PAGE;
  for (const r of ranges) {
    const end = r.vaddr + BigInt(r.nrPages) * PAGE;
    if (end > top) throw ImageError.content(file, `pagemap entry at offset ${hex(r.vaddr)}: pages inside the object of ${size} bytes`, `it ends at ${hex(end)}`);
  }
  checkPagesFile(dir, file, pagemap, ranges);
  return ranges;
}

/** The pages image holds exactly the pages the pagemap lists. */
function checkPagesFile(dir: ImageDir, file: string, pagemap: Pagemap, ranges: readonly PagemapRange[]): void {
  const name = `pages-${pagemap.head.pages_id}.img`;
  const want = ranges.reduce((n, r) => n + (r.pagesOffset === undefined ? 0 : r.nrPages * PAGE_SIZE), 0);
  let size: number;
  try {
    const reader = dir.openPages(pagemap.head.pages_id);
    size = reader.size;
    reader.close();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    if (want === 0) return;
    throw ImageError.content(name, `the pages ${file} lists (${want} bytes)`, 'the file is missing');
  }
  if (size !== want) throw ImageError.content(name, `${want} bytes: the pages ${file} lists`, `the file has ${size} bytes`);
}

/** Checks page data against pagemap_head.amber_pages_hash as it streams by, in file order. */
export class PagesChecksum {
  readonly #hash = new PagesHash();
  constructor(readonly file: string, readonly expected: bigint | undefined, readonly pagemap: Pagemap) {}
  update(data: Uint8Array): void {
    if (this.expected !== undefined) this.#hash.update(data);
  }
  /** Throws unless every byte of the file went through update() and the checksum matches. */
  finish(): void {
    if (this.expected === undefined) return;
    const got = this.#hash.update(pagemapTrailer(this.pagemap.entries)).digest();
    if (got !== this.expected) {
      throw ImageError.content(this.file, `page data with the checksum 0x${this.expected.toString(16)} (pagemap_head.amber_pages_hash, over the pages and the pagemap's addresses)`,
        `it is 0x${got.toString(16)}: the page data or the pagemap is damaged`);
    }
  }
}

/** Pages ids name one pages image each: two pagemaps may not share one. */
export function checkPagesIds(uses: ReadonlyMap<number, string>, pagesId: number, file: string): void {
  const other = uses.get(pagesId);
  if (other !== undefined && other !== file) throw ImageError.content(file, `a pages id of its own`, `pages-${pagesId}.img is also ${other}'s`);
}
