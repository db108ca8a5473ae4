// @amber/socket: the socket file plugins (unix, inet, netlink).
//
//   require('@amber/socket').register(registry)   // registry: @amber/files' FileRegistry
//
// Each family is a module of its own (src/unix, src/inet); state is read through the
// kernel's sock_diag netlink interface and getsockopt on the dumper's copy of the fd,
// and queued data is peeked, never consumed.
import type { FilePlugin } from '@amber/files';
import { unixPlugins } from './unix';
import { inetPlugins, type InetOptions } from './inet';

/** Options of the package's plugins. */
export interface SocketOptions extends InetOptions {}

/** Every plugin of this package. */
export function plugins(options: SocketOptions = {}): FilePlugin[] {
  return [...unixPlugins(), ...inetPlugins(options)];
}

/** Registers the socket plugins (FileRegistry.register, or anything with that method). */
export function register(registry: { register(plugin: FilePlugin, origin?: string): unknown }, options: SocketOptions = {}): void {
  for (const plugin of plugins(options)) registry.register(plugin, '@amber/socket');
}
