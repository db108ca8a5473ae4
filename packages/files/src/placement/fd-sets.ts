// Two small indexes that keep the placement planner at O(n log n) in the number of fds:
// a min-heap that drops stale entries when they reach the top, and a paged bitmap of
// open fd numbers that answers "the lowest free fd >= min" (what F_DUPFD picks).

/** A min-heap of numbers with lazy deletion: entries no longer valid are dropped when found on top. */
export class LazyMinHeap {
  readonly #a: number[] = [];

  push(x: number): void {
    const a = this.#a;
    let i = a.length;
    a.push(x);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= x) break;
      a[i] = a[parent]!;
      i = parent;
    }
    a[i] = x;
  }

  /** The smallest entry for which `live` holds (stale ones on the way are dropped); undefined if none. */
  min(live: (x: number) => boolean): number | undefined {
    const a = this.#a;
    while (a.length > 0) {
      if (live(a[0]!)) return a[0];
      this.#popTop();
    }
    return undefined;
  }

  #popTop(): void {
    const a = this.#a;
    const last = a.pop()!;
    if (a.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= a.length) break;
      const r = l + 1;
      const c = r < a.length && a[r]! < a[l]! ? r : l;
      if (a[c]! >= last) break;
      a[i] = a[c]!;
      i = c;
    }
    a[i] = last;
  }
}

const PAGE_FDS = 1024;
const WORDS = PAGE_FDS / 32;

/** One page: 1024 fd numbers as 32 words of bits, and how many are open. */
interface Page {
  words: Uint32Array;
  open: number;
}

/**
 * The open fd numbers, as 1024-fd pages of bits kept only where something is open, so
 * a table with one fd at 1,000,000 costs one page. lowestFree skips a full page in one
 * step and a full 32-fd word in another, so a query costs at most (open fds / 1024) + 64
 * steps and, in a planner's use (free numbers close above `min`), a handful.
 */
export class FdNumbers {
  readonly #pages = new Map<number, Page>();

  constructor(open: Iterable<number> = []) {
    for (const fd of open) this.add(fd);
  }

  add(fd: number): void {
    const key = Math.floor(fd / PAGE_FDS);
    let page = this.#pages.get(key);
    if (!page) this.#pages.set(key, (page = { words: new Uint32Array(WORDS), open: 0 }));
    const w = (fd % PAGE_FDS) >>> 5;
    const bit = 1 << (fd & 31);
    if ((page.words[w]! & bit) === 0) {
      page.words[w] = page.words[w]! | bit;
      page.open++;
    }
  }

  delete(fd: number): void {
    const key = Math.floor(fd / PAGE_FDS);
    const page = this.#pages.get(key);
    if (!page) return;
    const w = (fd % PAGE_FDS) >>> 5;
    const bit = 1 << (fd & 31);
    if ((page.words[w]! & bit) !== 0) {
      page.words[w] = page.words[w]! & ~bit;
      if (--page.open === 0) this.#pages.delete(key);
    }
  }

  has(fd: number): boolean {
    const page = this.#pages.get(Math.floor(fd / PAGE_FDS));
    return !!page && (page.words[(fd % PAGE_FDS) >>> 5]! & (1 << (fd & 31))) !== 0;
  }

  /** The lowest fd number >= min that is not open. */
  lowestFree(min: number): number {
    let key = Math.floor(min / PAGE_FDS);
    let from = min % PAGE_FDS;
    for (;;) {
      const page = this.#pages.get(key);
      if (!page) return key * PAGE_FDS + from;
      if (page.open < PAGE_FDS) {
        for (let w = from >>> 5; w < WORDS; w++) {
          // Bits below `from` in its word count as taken.
          const below = w === from >>> 5 ? (1 << (from & 31)) - 1 : 0;
          const taken = (page.words[w]! | below) >>> 0;
          if (taken !== 0xffffffff) {
            const free = ~taken & (taken + 1); // the lowest zero bit, alone
            return key * PAGE_FDS + w * 32 + (31 - Math.clz32(free));
          }
        }
      }
      key++;
      from = 0;
    }
  }
}
