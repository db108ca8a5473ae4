import * as fs from 'node:fs';
import { parseArgs, UsageError, type OptionSpec } from '../args';
import { imagesTarget } from './common';

export const showOptions: OptionSpec[] = [
  { name: 'fds', help: "each task's fd table: fd, type, flags and key (needs a directory)" },
  { name: 'images-dir', short: 'D', value: true, valueName: 'DIR', help: 'the image directory, instead of the FILE|DIR argument' },
  { name: 'json', help: 'with --fds: a JSON array instead of a table (show is JSON otherwise)' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const showHelp =
  'amber show FILE|DIR [options]\n       amber show --fds DIR [--json]\n\nDecodes an image file to JSON, like crit show; for a directory, every image file in\nit as one JSON object keyed by file name. Exits 1 if any file is broken, naming the\nfile and the byte offset. With --fds, lists the fd table of each dumped task.';

function fail(message: string): number {
  process.stderr.write(`amber show: error: ${message}\n`);
  return 1;
}

export function runShow(argv: string[]): number {
  const a = parseArgs(argv, showOptions, 'show');
  const target = imagesTarget(a, 'show', 'FILE or DIR');
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch (e) {
    return fail(`${target}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
  }
  if (a.fds === true && !st.isDirectory()) throw new UsageError(`--fds needs an image directory; ${target} is a file`, 'show');

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const inspect = require('../inspect') as typeof import('../inspect');
  if (st.isDirectory() && !inspect.isComplete(target)) {
    process.stderr.write(`amber show: warning: ${target} has no inventory.img: the dump did not finish\n`);
  }

  if (a.fds === true) {
    let rows: import('../inspect').FdRow[];
    try {
      rows = inspect.fdTables(target);
    } catch (e) {
      return fail(inspect.errorMessage(e));
    }
    if (a.json === true) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { table } = require('../table') as typeof import('../table');
      const cells = rows.map((r) => [String(r.pid), String(r.fd), r.type, r.cloexec ? 'cloexec' : '-', r.flags.replace(/ \| /g, '|') || '-', r.key]);
      process.stdout.write(`${table(['PID', 'FD', 'TYPE', 'FD-FLAGS', 'FLAGS', 'KEY'], cells, ['r', 'r'])}\n`);
    }
    return 0;
  }

  if (!st.isDirectory()) {
    const shown = inspect.showFile(target);
    if (!shown.ok) return fail(shown.error);
    process.stdout.write(`${JSON.stringify(shown.json, null, 2)}\n`);
    return 0;
  }

  let files: ReturnType<typeof inspect.showDir>;
  try {
    files = inspect.showDir(target);
  } catch (e) {
    return fail(inspect.errorMessage(e));
  }
  const out: Record<string, unknown> = {};
  let broken = 0;
  for (const [name, f] of Object.entries(files)) {
    if (f.ok) out[name] = f.json;
    else {
      out[name] = { error: f.error };
      broken++;
      process.stderr.write(`amber show: error: ${f.error}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return broken > 0 ? 1 : 0;
}
