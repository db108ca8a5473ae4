import { parseArgs, type OptionSpec } from '../args';
import { imagesTarget } from './common';

export const psOptions: OptionSpec[] = [
  { name: 'images-dir', short: 'D', value: true, valueName: 'DIR', help: 'the image directory, instead of the DIR argument' },
  { name: 'json', help: 'one JSON object on stdout: {"tasks": [...], "pages": {...}, "metadata": {...}}' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const psHelp =
  'amber ps DIR [--json]\n\nLists the dumped process tree: pid, ppid, pgid, sid, threads, state, pages and command\n(comm), then what the images take on disk.';

export function runPs(argv: string[]): number {
  const a = parseArgs(argv, psOptions, 'ps');
  const dir = imagesTarget(a, 'ps');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const inspect = require('../inspect') as typeof import('../inspect');
  let info: import('../inspect').PsInfo;
  try {
    info = inspect.psInfo(dir);
  } catch (e) {
    process.stderr.write(`amber ps: error: ${inspect.errorMessage(e)}\n`);
    return 1;
  }
  if (!info.complete) process.stderr.write(`amber ps: warning: ${dir} has no inventory.img: the dump did not finish\n`);
  if (a.json === true) {
    process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
    return 0;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { table, humanBytes } = require('../table') as typeof import('../table');
  const rows = info.tasks.map((t) => [
    String(t.pid), String(t.ppid), String(t.pgid), String(t.sid),
    t.threads.length === 1 ? '1' : `${t.threads.length} (${t.threads.join(',')})`,
    t.state, String(t.pages), t.comm,
  ]);
  const p = info.pages;
  const m = info.metadata;
  process.stdout.write(`${table(['PID', 'PPID', 'PGID', 'SID', 'THREADS', 'STATE', 'PAGES', 'COMMAND'], rows, ['r', 'r', 'r', 'r', 'l', 'l', 'r'])}\n\n`);
  process.stdout.write(
    `images: ${p.pages} pages (${humanBytes(p.bytes)}) in ${p.files} pages file${p.files === 1 ? '' : 's'}, ` +
      `${humanBytes(m.bytes)} of metadata in ${m.files} file${m.files === 1 ? '' : 's'}; ${humanBytes(p.bytes + m.bytes)} in all\n`,
  );
  return 0;
}
