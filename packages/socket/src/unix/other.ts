// Sockets no plugin of this package restores (packet sockets, and every family other
// than unix, inet and netlink): claimed so that the dump stops with an error that names
// the pid, the fd and the kind of socket, and so that `--external socket:[ino]` records
// them with the right fd type (PACKETSK for packet sockets).
import type { FilePlugin } from '@amber/files';
import { AF_INET, AF_INET6, AF_NETLINK, AF_UNIX, describeSocketKind, refuse, socketKindOfProbe } from '../common';

export const PACKETSK = 10;
const HANDLED = new Set([AF_UNIX, AF_INET, AF_INET6, AF_NETLINK]);

export function otherSocketsPlugin(): FilePlugin {
  return {
    type: PACKETSK,
    name: 'socket-unsupported',
    detect: (probe) => {
      const kind = socketKindOfProbe(probe);
      return kind !== undefined && !HANDLED.has(kind.domain);
    },
    key: (probe) => `socket:[${probe.stat.ino}]`,
    dump: (probe) => {
      const kind = socketKindOfProbe(probe)!;
      throw refuse(
        `cannot dump pid ${probe.pid} fd ${probe.fd} (${probe.link}): it is a ${describeSocketKind(kind)} socket, which Amber does not restore; ` +
          `leave it out with --external socket:[${probe.stat.ino}] and give it back at restore with --inherit-fd 'fd[N]:socket:[${probe.stat.ino}]'`,
      );
    },
    open: (entry) => {
      throw refuse(`file ${entry.id}: a ${entry.type === PACKETSK ? 'packet' : 'socket'} file that was not external; Amber cannot restore it`);
    },
  };
}
