// @amber/socket: the socket file plugins (unix, inet, netlink).
//
//   require('@amber/socket').register(registry)   // registry: @amber/files' FileRegistry
//
// Each family is a module of its own (src/unix, src/inet); state is read through the
// kernel's sock_diag netlink interface and getsockopt on the dumper's copy of the fd,
// and queued data is peeked, never consumed.
import type { FilePlugin } from '@amber/files';
import { unixPlugins } from './unix';
import { inetPlugins } from './inet';

/** Every plugin of this package. */
export function plugins(): FilePlugin[] {
  return [...unixPlugins(), ...inetPlugins()];
}

/** Registers the socket plugins (FileRegistry.register, or anything with that method). */
export function register(registry: { register(plugin: FilePlugin, origin?: string): unknown }): void {
  for (const plugin of plugins()) registry.register(plugin, '@amber/socket');
}
