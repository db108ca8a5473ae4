// Which file-type plugins a command uses: the built-in ones, those named in the config
// file, and those given with --plugin (in that order). Loaded only by commands that
// need them, so start-up stays lean.
import * as fs from 'node:fs';
import type { FilePlugin, FileRegistry } from '@amber/files';
import { UsageError, type OptionSpec, type Parsed } from './args';

export const pluginOptions: OptionSpec[] = [
  { name: 'plugin', value: true, repeat: true, valueName: 'MODULE', help: 'load file-type plugins from MODULE (a package name or a path); repeatable' },
  { name: 'config', value: true, valueName: 'FILE', help: 'config file (default: $AMBER_CONFIG, then /etc/amber/config.json): {"plugins": [MODULE...]}' },
];

export const DEFAULT_CONFIG = '/etc/amber/config.json';

interface Config {
  plugins?: string[];
}

/** Where a plugin came from, as the user gave it. */
export type PluginSource =
  | { from: 'built-in'; module: string }
  | { from: '--plugin'; module: string; path: string }
  | { from: 'config'; module: string; config: string; path: string };

export interface LoadedPlugins {
  registry: FileRegistry;
  sourceOf(plugin: FilePlugin): PluginSource;
}

export interface RegistryOptions {
  /** --shell-job: the shell's terminal is external (see @amber/files' tty plugin). */
  shellJob?: boolean;
  /** --tcp-established: established TCP connections are dumped and restored. */
  tcpEstablished?: boolean;
  /** --ghost-limit: the most data of an unlinked file the dump saves (bytes). */
  ghostLimit?: number;
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

/** The registry dump and restore use, and where each of its plugins came from. */
export function loadPlugins(a: Parsed, command: string, options: RegistryOptions = {}): LoadedPlugins {
  // The engine's registry module alone: `amber plugins` needs the plugins, not the engine
  // (dump and restore load the rest of the engine when they run).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { defaultRegistry } = require('@amber/engine/dist/src/registry') as typeof import('@amber/engine/dist/src/registry');
  const registry = defaultRegistry({ shellJob: options.shellJob, tcpEstablished: options.tcpEstablished, ghostLimit: options.ghostLimit });
  const sources = new Map<FilePlugin, PluginSource>();
  const cfg = readConfig(a, command);
  const wanted: Array<{ module: string; config?: string }> = [
    ...(cfg?.config.plugins ?? []).map((module) => ({ module, config: cfg!.file })),
    ...((a.plugin as string[] | undefined) ?? []).map((module) => ({ module })),
  ];
  for (const w of wanted) {
    let resolved: string;
    try {
      resolved = resolveSpecifier(w.module);
    } catch {
      throw new UsageError(`plugin module ${w.module} not found (from ${w.config ?? '--plugin'})`, command);
    }
    for (const p of registry.load(resolved)) {
      if (sources.has(p)) continue;
      sources.set(p, w.config !== undefined ? { from: 'config', module: w.module, config: w.config, path: resolved } : { from: '--plugin', module: w.module, path: resolved });
    }
  }
  return {
    registry,
    sourceOf: (p) => sources.get(p) ?? { from: 'built-in', module: builtInModule(registry.originOf(p)) },
  };
}

/** `built-in (@amber/pipe)` -> `@amber/pipe`. */
function builtInModule(origin: string | undefined): string {
  return /^built-in \((.+)\)$/.exec(origin ?? '')?.[1] ?? origin ?? 'built-in';
}

export function buildRegistry(a: Parsed, command: string, options: RegistryOptions = {}): FileRegistry {
  return loadPlugins(a, command, options).registry;
}
