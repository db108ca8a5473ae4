import { parseArgs, UsageError, type OptionSpec } from '../args';
import { buildRegistry, pluginOptions } from '../plugins';

export const pluginsOptions: OptionSpec[] = [
  ...pluginOptions,
  { name: 'json', help: 'machine-readable output' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const pluginsHelp = 'amber plugins [--plugin MODULE]... [--config FILE]\n\nLists the file-type plugins dump and restore would use: built-in ones and loaded ones.';

export function runPlugins(argv: string[]): number {
  const a = parseArgs(argv, pluginsOptions, 'plugins');
  if (a._.length > 0) throw new UsageError(`unexpected argument ${a._[0]}`, 'plugins');
  const registry = buildRegistry(a, 'plugins');
  const rows = registry.list().map((p) => ({ type: p.type, name: p.name, origin: registry.originOf(p) ?? 'built-in' }));
  if (a.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
  } else {
    for (const r of rows) process.stdout.write(`${String(r.type).padStart(3)}  ${r.name.padEnd(12)} ${r.origin}\n`);
  }
  return 0;
}
