// Unix sockets (UNIXSK = 5), netlink sockets (NETLINKSK = 13), and a clear refusal for
// every other socket family no plugin restores (packet...).
import type { FilePlugin } from '@amber/files';
import type { FileEntry } from '@amber/images';
import { AF_UNIX, socketKindOfProbe } from '../common';
import { dumpUnix, finishUnixDump, newDumpState } from './dump';
import { fillUnix, newRestoreState, openUnix, type UnixRestoreState } from './restore';
import { netlinkPlugin } from './netlink';
import { otherSocketsPlugin } from './other';

export const UNIXSK = 5;

/** The unix socket plugin. */
export function unixSocketPlugin(): FilePlugin {
  // The restore under way: afterInstall's context has no plugin state, and restores run
  // one at a time (synchronously) in a process.
  let restoring: UnixRestoreState | undefined;
  return {
    type: UNIXSK,
    name: 'unix',
    detect: (probe) => socketKindOfProbe(probe)?.domain === AF_UNIX,
    key: (probe) => `unix:[${probe.stat.ino}]`,
    keyOf: (entry: FileEntry) => (entry.usk ? `unix:[${entry.usk.ino}]` : undefined),
    dump: (probe, ctx) => dumpUnix(probe, ctx, ctx.state(newDumpState)),
    finishDump: (images, ctx) => finishUnixDump(images, ctx),
    open: (entry, ctx) => openUnix(entry, ctx, (restoring = ctx.state(newRestoreState))),
    afterInstall: () => {
      if (restoring) fillUnix(restoring);
    },
  };
}

/** The plugins of this module. */
export function unixPlugins(): FilePlugin[] {
  return [otherSocketsPlugin(), netlinkPlugin(), unixSocketPlugin()];
}
