// Unix sockets (UNIXSK = 5) and netlink sockets (NETLINKSK = 13).
import type { FilePlugin } from '@amber/files';

/** The plugins of this module. */
export function unixPlugins(): FilePlugin[] {
  return [];
}
