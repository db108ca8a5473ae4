import { parseArgs, UsageError, type OptionSpec } from '../args';
import { loadPlugins, pluginOptions, type PluginSource } from '../plugins';

export const pluginsOptions: OptionSpec[] = [
  ...pluginOptions,
  { name: 'json', help: 'machine-readable output' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const pluginsHelp =
  'amber plugins [--plugin MODULE]... [--config FILE]\n\nLists the file-type plugins dump and restore would use, in registration order (later\nones are asked first): built-in ones, then those of the config file and of --plugin,\neach with the module as given, where it was given, and the file it resolved to.';

/** `@amber/plugin-memfd (--plugin) -> /path/index.js`, for the table. */
function describeSource(s: PluginSource): string {
  switch (s.from) {
    case 'built-in':
      return `built-in (${s.module})`;
    case '--plugin':
      return `${s.module} (--plugin) -> ${s.path}`;
    case 'config':
      return `${s.module} (config ${s.config}) -> ${s.path}`;
  }
}

export function runPlugins(argv: string[]): number {
  const a = parseArgs(argv, pluginsOptions, 'plugins');
  if (a._.length > 0) throw new UsageError(`unexpected argument ${a._[0]}`, 'plugins');
  const { registry, sourceOf } = loadPlugins(a, 'plugins');
  const rows = registry.list().map((p) => {
    const source = sourceOf(p);
    return { type: p.type, name: p.name, origin: describeSource(source), ...source };
  });
  if (a.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
  } else {
    for (const r of rows) process.stdout.write(`${String(r.type).padStart(3)}  ${r.name.padEnd(12)} ${r.origin}\n`);
  }
  return 0;
}
