import { parseArgs, positiveInt, UsageError, type OptionSpec } from '../args';
import { Output } from '../output';
import { dumpProgress } from '../progress';
import { commonOptions } from './common';
import { buildRegistry, pluginOptions } from '../plugins';

export const dumpOptions: OptionSpec[] = [
  { name: 'tree', short: 't', value: true, valueName: 'PID', help: 'the root of the process tree to dump' },
  ...commonOptions,
  ...pluginOptions,
  { name: 'leave-running', short: 'R', help: 'resume the tree after the dump instead of killing it' },
  { name: 'shell-job', short: 'j', help: "the tree is a job of a shell outside it: leave the shell's terminal out (restore --shell-job gives it another)" },
  { name: 'tcp-established', help: 'dump established TCP connections too (TCP repair mode; their packets are held by a network lock until restore)' },
  { name: 'no-fsync', help: 'do not fsync image files (faster; a crash may lose the images)' },
  { name: 'external', value: true, repeat: true, valueName: 'KEY', help: 'do not dump the file KEY (pipe:[ino], socket:[ino], a path, fd[N]); restore needs --inherit-fd for it' },
  { name: 'inherit-fd', value: true, repeat: true, valueName: 'KEY', help: 'same as --external (CRIU spelling)' },
  { name: 'ghost-limit', value: true, valueName: 'SIZE', help: 'the most data of an unlinked open file the dump saves (bytes, or with K, M, G; default 1M; holes do not count)' },
];

/** A size in bytes: digits with an optional K, M or G suffix (powers of 1024), as CRIU's --ghost-limit. */
export function parseSize(value: string, what: string, command: string): number {
  const m = /^(\d+)([KMG]?)$/i.exec(value);
  const n = m ? Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] || ' ').toUpperCase()) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`${what} must be a size in bytes (digits, optionally with K, M or G), got ${JSON.stringify(value)}`, command);
  return n;
}

export const dumpHelp = 'amber dump -t PID -D DIR [options]\n\nFreezes the process tree rooted at PID and writes its state to DIR.';

export function runDump(argv: string[]): number {
  const a = parseArgs(argv, dumpOptions, 'dump');
  if (a._.length > 0) throw new UsageError(`unexpected argument ${a._[0]}`, 'dump');
  const pid = positiveInt(a.tree as string | undefined, '-t/--tree PID', 'dump');
  const imagesDir = a['images-dir'] as string | undefined;
  if (!imagesDir) throw new UsageError('-D/--images-dir DIR is required', 'dump');
  const ghostLimit = a['ghost-limit'] === undefined ? undefined : parseSize(a['ghost-limit'] as string, '--ghost-limit', 'dump');
  const registry = buildRegistry(a, 'dump', { shellJob: a['shell-job'] === true, tcpEstablished: a['tcp-established'] === true, ghostLimit });
  const out = new Output({ json: a.json === true, verbosity: (a.v as number | undefined) ?? 0, logFile: a['log-file'] as string | undefined });
  try {
    // Loaded only now: `amber --help` and usage errors never pay for the engine.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require('@amber/engine') as typeof import('@amber/engine');
    const events = new engine.AmberEmitter();
    events.on('phase', (e) => out.event('phase', e, `${e.phase} (pid ${e.pid})`));
    const progress = dumpProgress(events, out, pid);
    const t0 = process.hrtime.bigint();
    const external = [...((a.external as string[] | undefined) ?? []), ...((a['inherit-fd'] as string[] | undefined) ?? [])];
    const r = engine.dump({ registry, pid, imagesDir, leaveRunning: a['leave-running'] === true, fsync: a['no-fsync'] !== true, external, events });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    progress?.finish(true, r.pages);
    out.result({ pid: r.pid, pages: r.pages, imagesDir, ms }, `dumped pid ${r.pid} to ${imagesDir}: ${r.pages} pages (${(r.pages * 4096 / 1048576).toFixed(1)} MiB) in ${ms.toFixed(1)} ms${a['leave-running'] ? ', left running' : ''}`);
    return 0;
  } catch (e) {
    out.error((e as Error).message);
    return 1;
  } finally {
    out.close();
  }
}
