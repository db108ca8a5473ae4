import * as fs from 'node:fs';
import { parseArgs, UsageError, type OptionSpec } from '../args';
import { Output } from '../output';
import { restoreProgress } from '../progress';
import { commonOptions } from './common';
import { buildRegistry, pluginOptions } from '../plugins';
import { foregroundOnResume, shellJobInheritFds } from '../shell-job';

export const restoreOptions: OptionSpec[] = [
  ...commonOptions,
  ...pluginOptions,
  { name: 'restore-detached', short: 'd', help: 'exit once the tree runs, instead of waiting for its root' },
  { name: 'pidfile', value: true, valueName: 'FILE', help: "write the restored root's pid to FILE" },
  { name: 'inherit-fd', value: true, repeat: true, valueName: 'fd[N]:KEY', help: "amber's fd N stands in for the file KEY (see amber show --fds)" },
  { name: 'tcp-established', help: 'restore the established TCP connections of a dump --tcp-established (and lift its network lock)' },
  { name: 'shell-job', short: 'j', help: "the tree was dumped as a shell job: give it amber's terminal and make it the foreground job" },
];

export const restoreHelp =
  'amber restore -D DIR [options]\n\nRe-creates the dumped tree from DIR with its pids and lets it run. Without -d, amber\nwaits for the root task and exits with its status (128+N if killed by signal N).';

export async function runRestore(argv: string[]): Promise<number> {
  const a = parseArgs(argv, restoreOptions, 'restore');
  if (a._.length > 0) throw new UsageError(`unexpected argument ${a._[0]}`, 'restore');
  const imagesDir = a['images-dir'] as string | undefined;
  if (!imagesDir) throw new UsageError('-D/--images-dir DIR is required', 'restore');
  const registry = buildRegistry(a, 'restore', { tcpEstablished: a['tcp-established'] === true });
  const out = new Output({ json: a.json === true, verbosity: (a.v as number | undefined) ?? 0, logFile: a['log-file'] as string | undefined });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require('@amber/engine') as typeof import('@amber/engine');
    const events = new engine.AmberEmitter();
    events.on('phase', (e) => out.event('phase', e, `${e.phase} (pid ${e.pid})`));
    const shellJob = a['shell-job'] === true;
    const inheritFds = shellJobInheritFds(imagesDir, (a['inherit-fd'] as string[] | undefined) ?? [], shellJob);
    if (shellJob) foregroundOnResume(events);
    const progress = restoreProgress(events, out, imagesDir);
    const t0 = process.hrtime.bigint();
    const r = engine.restore({ registry, imagesDir, inheritFds, events });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    progress?.finish(true, r.pages);
    if (a.pidfile) fs.writeFileSync(a.pidfile as string, `${r.pid}\n`);
    out.result({ pid: r.pid, pages: r.pages, ms }, `restored pid ${r.pid} from ${imagesDir}: ${r.pages} pages in ${ms.toFixed(1)} ms`);
    if (a['restore-detached']) return 0;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sys = require('@amber/sys') as typeof import('@amber/sys');
    const s = await sys.waitForAsync(r.pid);
    if (s.kind === 'exited') return s.code;
    if (s.kind === 'signaled') return 128 + s.signal;
    return 1;
  } catch (e) {
    out.error((e as Error).message);
    return 1;
  } finally {
    out.close();
  }
}
