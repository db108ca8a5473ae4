// Which file-type plugins a command uses: the built-in ones, those named in the config
// file, and those given with --plugin (in that order). Loaded only by commands that
// need them, so start-up stays lean.
import * as fs from 'node:fs';
import type { FileRegistry } from '@amber/files';
import { UsageError, type OptionSpec, type Parsed } from './args';

export const pluginOptions: OptionSpec[] = [
  { name: 'plugin', value: true, repeat: true, valueName: 'MODULE', help: 'load file-type plugins from MODULE (a package name or a path); repeatable' },
  { name: 'config', value: true, valueName: 'FILE', help: 'config file (default: $AMBER_CONFIG, then /etc/amber/config.json): {"plugins": [MODULE...]}' },
];

export const DEFAULT_CONFIG = '/etc/amber/config.json';

interface Config {
  plugins?: string[];
}

function readConfig(a: Parsed, command: string): { file: string; config: Config } | null {
  const given = (a.config as string | undefined) ?? process.env.AMBER_CONFIG;
  const file = given ?? DEFAULT_CONFIG;
  if (!fs.existsSync(file)) {
    if (given) throw new UsageError(`config file ${file} does not exist`, command);
    return null;
  }
  let config: unknown;
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`config file ${file} is not valid JSON: ${(e as Error).message}`, command);
  }
  const plugins = (config as Config | null)?.plugins;
  if (typeof config !== 'object' || config === null || (plugins !== undefined && (!Array.isArray(plugins) || !plugins.every((p) => typeof p === 'string')))) {
    throw new UsageError(`config file ${file}: expected {"plugins": ["module", ...]}`, command);
  }
  return { file, config: config as Config };
}

/** Module specifiers are resolved from the working directory, like node's own CLI. */
function resolveSpecifier(spec: string): string {
  if (spec.startsWith('.') || spec.startsWith('/')) return require.resolve(fs.realpathSync(spec));
  return require.resolve(spec, { paths: [process.cwd(), __dirname] });
}

export function buildRegistry(a: Parsed, command: string): FileRegistry {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require('@amber/engine') as typeof import('@amber/engine');
  const registry = engine.defaultRegistry();
  const cfg = readConfig(a, command);
  const specs = [...(cfg?.config.plugins ?? []), ...((a.plugin as string[] | undefined) ?? [])];
  for (const spec of specs) {
    let resolved: string;
    try {
      resolved = resolveSpecifier(spec);
    } catch {
      throw new UsageError(`plugin module ${spec} not found (from ${cfg && cfg.config.plugins?.includes(spec) ? cfg.file : '--plugin'})`, command);
    }
    registry.load(resolved);
  }
  return registry;
}
