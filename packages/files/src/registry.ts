// The file-plugin registry: which plugin handles which fd type, in which order.
//
// Built-in types and third-party ones go through the same door: register(plugin), or
// load('module') for a plugin shipped as a package or a file. @amber/files itself only
// registers the regular-file plugin (builtinRegistry); higher layers (@amber/pipe,
// @amber/epoll) export a register(registry) function of their own.
//
// Priority: the plugin registered LAST is asked FIRST (claim() walks the list from the
// end). Generic built-ins register first and specific plugins after them, so a plugin
// loaded later (--plugin, a config file, load()) can take over fds that a generic
// built-in would otherwise claim: a memfd plugin over the regular-file plugin, a tty
// plugin over character devices. The built-ins' own claims do not overlap (reg: paths
// of regular files, directories and devices; pipe/fifo: S_IFIFO; epoll: its anon
// inode), so their relative order does not matter. list() stays in registration order.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { FdTypes } from '@amber/images';
import { FilesError } from './errors';
import type { FdProbe, FilePlugin } from './plugin';
import { regPlugin, type RegPluginOptions } from './reg';

const TYPE_NAMES = new Map<number, string>(Object.entries(FdTypes).map(([k, v]) => [v as number, k]));

/** `EVENTFD (6)`: CRIU's name of an fd type number, with the number. */
export function describeFdType(type: number): string {
  const name = TYPE_NAMES.get(type);
  return name ? `${name} (${type})` : `type ${type}`;
}

const REQUIRED = ['detect', 'dump', 'open'] as const;
const OPTIONAL = ['key', 'keyOf', 'finishDump', 'endDump', 'dependsOn', 'afterInstall', 'finishRestore'] as const;

/** Why `x` is not a FilePlugin, or undefined if it is one. */
export function pluginProblem(x: unknown): string | undefined {
  if (typeof x !== 'object' || x === null) return `it is ${x === null ? 'null' : typeof x}, not an object`;
  const p = x as Record<string, unknown>;
  if (typeof p.type !== 'number' || !Number.isInteger(p.type) || p.type < 1 || p.type > 0xffff) {
    return `its type is ${JSON.stringify(p.type)}, not an fd type number (1..65535, CRIU's fd_types: REG=1, PIPE=2...)`;
  }
  if (!TYPE_NAMES.has(p.type)) {
    const known = [...TYPE_NAMES.entries()].filter(([n]) => n > 0).map(([n, k]) => `${k}=${n}`).join(', ');
    return `its type ${p.type} is not one of CRIU's fd_types, the only values files.img can hold (${known})`;
  }
  if (typeof p.name !== 'string' || p.name.length === 0) return `its name is ${JSON.stringify(p.name)}, not a non-empty string`;
  for (const m of REQUIRED) if (typeof p[m] !== 'function') return `plugin '${p.name}': ${m}() is ${typeof p[m]}, not a function`;
  for (const m of OPTIONAL) {
    if (p[m] !== undefined && typeof p[m] !== 'function') return `plugin '${p.name}': ${m} is ${typeof p[m]}, not a function`;
  }
  return undefined;
}

export class FileRegistry {
  readonly #plugins: FilePlugin[] = [];
  readonly #byType = new Map<number, FilePlugin>();
  readonly #byName = new Map<string, FilePlugin>();
  readonly #origin = new Map<FilePlugin, string>();

  /**
   * Adds a plugin. Detection asks the plugin registered last first (see claim()), so a
   * plugin added now takes precedence over every plugin already registered. Two plugins
   * with one type number or one name are an error naming both. `origin` (a module
   * specifier, "built-in"...) only serves messages.
   */
  register(plugin: FilePlugin, origin = 'register()'): this {
    const problem = pluginProblem(plugin);
    if (problem) throw new FilesError('BAD_PLUGIN', `${origin}: not a file plugin: ${problem}`);
    const byType = this.#byType.get(plugin.type);
    if (byType) {
      throw new FilesError(
        'PLUGIN_CONFLICT',
        `file plugins '${byType.name}' (from ${this.#origin.get(byType)}) and '${plugin.name}' (from ${origin}) both handle fd type ${describeFdType(plugin.type)}`,
      );
    }
    const byName = this.#byName.get(plugin.name);
    if (byName) {
      throw new FilesError(
        'PLUGIN_CONFLICT',
        `file plugins named '${plugin.name}' clash: one for fd type ${describeFdType(byName.type)} (from ${this.#origin.get(byName)}), ` +
          `one for ${describeFdType(plugin.type)} (from ${origin})`,
      );
    }
    this.#plugins.push(plugin);
    this.#byType.set(plugin.type, plugin);
    this.#byName.set(plugin.name, plugin);
    this.#origin.set(plugin, origin);
    return this;
  }

  /**
   * Loads plugins from a module: `require(specifier)` (a package name, resolved from the
   * current directory and then from @amber/files; or a path, relative to the current
   * directory). The module provides plugins as its default export, a `plugin` or
   * `plugins` export (a FilePlugin or an array of them), the module itself, or a
   * `register(registry)` function. Returns the plugins it added.
   */
  load(specifier: string): FilePlugin[] {
    if (typeof specifier !== 'string' || specifier.length === 0) throw new FilesError('BAD_PLUGIN', `load(): the module specifier is ${JSON.stringify(specifier)}`);
    let mod: unknown;
    let resolved: string;
    try {
      resolved = resolveFrom(specifier);
    } catch (e) {
      throw new FilesError('BAD_PLUGIN', `cannot load file plugin module '${specifier}': ${(e as Error).message.split('\n')[0]}`, { cause: e });
    }
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require(resolved);
    } catch (e) {
      throw new FilesError('BAD_PLUGIN', `cannot load file plugin module '${specifier}' (${resolved}): ${(e as Error).message}`, { cause: e });
    }
    const origin = `'${specifier}'`;
    const m = mod as Record<string, unknown> | null | undefined;
    const candidates: Array<[string, unknown]> = [];
    if (m && typeof m === 'object' && !Array.isArray(m)) {
      for (const name of ['default', 'plugin', 'plugins']) if (m[name] !== undefined) candidates.push([name, m[name]]);
    }
    if (candidates.length === 0 && (Array.isArray(m) || (m && pluginProblem(m) === undefined))) candidates.push(['module.exports', m]);
    if (candidates.length === 0 && m && typeof m.register === 'function') {
      const before = this.#plugins.length;
      (m.register as (r: FileRegistry) => unknown)(this);
      return this.#plugins.slice(before);
    }
    if (candidates.length === 0) {
      const keys = m && typeof m === 'object' ? Object.keys(m) : [];
      throw new FilesError(
        'BAD_PLUGIN',
        `module '${specifier}' does not export a file plugin: expected a default export, a \`plugin\` or \`plugins\` export ` +
          `(a FilePlugin or an array of them) or a register(registry) function; it exports ${keys.length ? keys.map((k) => `\`${k}\``).join(', ') : 'nothing'}`,
      );
    }
    const plugins: FilePlugin[] = [];
    for (const [name, value] of candidates) {
      // `export default plugin` next to `export const plugin`: the same object once.
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0) throw new FilesError('BAD_PLUGIN', `module '${specifier}': export \`${name}\` is an empty array`);
      list.forEach((p, i) => {
        const problem = pluginProblem(p);
        if (problem) {
          throw new FilesError('BAD_PLUGIN', `module '${specifier}': export \`${name}\`${Array.isArray(value) ? `[${i}]` : ''} is not a file plugin: ${problem}`);
        }
        if (!plugins.includes(p as FilePlugin)) plugins.push(p as FilePlugin);
      });
    }
    for (const p of plugins) {
      if (!this.#plugins.includes(p)) this.register(p, origin);
    }
    return plugins;
  }

  /** Every plugin, in registration order (detection asks them in the reverse order). */
  list(): readonly FilePlugin[] {
    return [...this.#plugins];
  }

  forType(type: number): FilePlugin | undefined {
    return this.#byType.get(type);
  }

  byName(name: string): FilePlugin | undefined {
    return this.#byName.get(name);
  }

  /** Where a plugin came from (for messages). */
  originOf(plugin: FilePlugin): string | undefined {
    return this.#origin.get(plugin);
  }

  /**
   * The plugin that handles the fd: the plugins' detect() are asked from the one
   * registered last to the one registered first, and the first to claim the fd wins.
   */
  claim(probe: FdProbe): FilePlugin | undefined {
    for (let i = this.#plugins.length - 1; i >= 0; i--) {
      const p = this.#plugins[i]!;
      if (p.detect(probe)) return p;
    }
    return undefined;
  }

  /** `reg (1), pipe (2)`: for messages. */
  describe(): string {
    return this.#plugins.length ? this.#plugins.map((p) => `${p.name} (${p.type})`).join(', ') : 'none';
  }
}

function resolveFrom(specifier: string): string {
  const fromCwd = createRequire(path.join(process.cwd(), '__amber_plugin_loader__.js'));
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) return fromCwd.resolve(path.resolve(specifier));
  try {
    return fromCwd.resolve(specifier);
  } catch {
    return require.resolve(specifier);
  }
}

/** A registry with the plugins @amber/files itself provides: regular files. */
export function builtinRegistry(options: RegPluginOptions = {}): FileRegistry {
  return new FileRegistry().register(regPlugin(options), 'built-in (@amber/files)');
}
