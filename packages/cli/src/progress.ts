// Progress on a terminal for dump and restore: the current phase and a pages bar with
// the rate, drawn from the engine's events. Nothing is drawn unless stderr is a
// terminal and --json is off (Output.interactive); there it costs one listener.
import * as fs from 'node:fs';
import type { AmberEmitter } from '@amber/engine';
import type { Output } from './output';

const PAGE = 4096;
const BAR_WIDTH = 24;
/** Redraw at most this often (the last state is always drawn by finish()). */
const REDRAW_MS = 50;

export interface ProgressOptions {
  /** What runs: "dump" or "restore". */
  verb: string;
  /** Expected pages, when known or estimated beforehand; the bar grows if it is exceeded. */
  totalPages?: number | undefined;
  /** Clock, for tests. */
  now?: () => number;
}

export interface Progress {
  /**
   * Draws the final state. `complete` sets the total to what was done (100%);
   * `pages` is the final count, for operations that report pages only at the end.
   */
  finish(complete: boolean, pages?: number): void;
}

export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** One progress line: label, bar (when a total is known), percentage, amount and rate. */
export function renderProgress(label: string, pages: number, totalPages: number | undefined, elapsedMs: number): string {
  const bytes = pages * PAGE;
  const rate = elapsedMs > 0 && pages > 0 ? `  ${(bytes / 1e6 / (elapsedMs / 1000)).toFixed(1)} MB/s` : '';
  if (totalPages === undefined || totalPages <= 0) return `${label}  ${formatMB(bytes)} (${pages} pages)${rate}`;
  const total = Math.max(totalPages, pages);
  const frac = pages / total;
  const filled = Math.round(frac * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const pct = `${Math.floor(frac * 100)}%`.padStart(4);
  return `${label}  ${bar} ${pct}  ${(bytes / 1e6).toFixed(1)}/${formatMB(total * PAGE)} (${pages} pages)${rate}`;
}

/**
 * Follows `events` and draws progress through `out`. Returns null (and listens to
 * nothing) when stderr is not an interactive terminal.
 */
export function attachProgress(events: AmberEmitter, out: Output, opts: ProgressOptions): Progress | null {
  if (!out.interactive) return null;
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  let label = opts.verb;
  let pages = 0;
  let total = opts.totalPages;
  let lastDraw = -Infinity;
  /** When the last pages arrived: the rate is pages over the time they took, not the phases after. */
  let pagesAt = t0;
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < REDRAW_MS) return;
    lastDraw = t;
    out.status(renderProgress(label, pages, total, pagesAt - t0));
  };
  events.on('phase', (e) => {
    label = `${opts.verb}: ${e.phase}`;
    draw(true);
  });
  events.on('pages', (e) => {
    pages += e.pages;
    pagesAt = now();
    draw(false);
  });
  return {
    finish(complete: boolean, finalPages?: number): void {
      if (finalPages !== undefined && finalPages > pages) {
        pages = finalPages;
        pagesAt = now();
      }
      if (complete && total !== undefined) total = pages;
      draw(true);
    },
  };
}

/**
 * Pages a dump of `pid` will save, estimated before it starts: the task's anonymous
 * (including copied-on-write) and swapped memory, which is what the engine saves.
 */
export function estimateDumpPages(pid: number): number | undefined {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
    const n = Math.ceil((kb('Anonymous') + kb('Swap')) / 4);
    return n > 0 ? n : undefined;
  } catch {
    return undefined; // the dump itself reports what is wrong with the pid
  }
}

/** Progress for `amber dump -t PID`, with the total estimated from the task's memory. */
export function dumpProgress(events: AmberEmitter, out: Output, pid: number): Progress | null {
  if (!out.interactive) return null;
  return attachProgress(events, out, { verb: 'dump', totalPages: estimateDumpPages(pid) });
}

/** Progress for `amber restore -D DIR`, with the total read from the images' pagemaps. */
export function restoreProgress(events: AmberEmitter, out: Output, imagesDir: string): Progress | null {
  if (!out.interactive) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { imagePages } = require('./inspect') as typeof import('./inspect');
  return attachProgress(events, out, { verb: 'restore', totalPages: imagePages(imagesDir) });
}
