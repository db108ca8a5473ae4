// Inet sockets (INETSK = 4): TCP and UDP over IPv4 and IPv6.
import type { FilePlugin } from '@amber/files';

/** The plugins of this module. */
export function inetPlugins(): FilePlugin[] {
  return [];
}
