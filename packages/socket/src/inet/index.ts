// Inet sockets (INETSK = 4): TCP and UDP over IPv4 and IPv6.
import type { FilePlugin } from '@amber/files';
import { inetPlugin, type InetOptions } from './plugin';

export type { InetOptions } from './plugin';
export { inetPlugin } from './plugin';

/** The plugins of this module. */
export function inetPlugins(options: InetOptions = {}): FilePlugin[] {
  return [inetPlugin(options)];
}
