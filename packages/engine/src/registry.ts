import { builtinRegistry, ttyPlugin, type FileRegistry } from '@amber/files';
import * as pipe from '@amber/pipe';
import * as epoll from '@amber/epoll';
import * as socket from '@amber/socket';
import * as eventfds from '@amber/eventfds';
import memfdPlugin from '@amber/plugin-memfd';

export interface DefaultRegistryOptions {
  /** The tree is a shell job: its shell's terminal is recorded as external (--shell-job). */
  shellJob?: boolean;
  /** Established TCP connections are dumped and restored (CRIU's --tcp-established). */
  tcpEstablished?: boolean;
  /** The most data of an unlinked open file the dump saves (bytes; --ghost-limit; default 1 MiB). */
  ghostLimit?: number;
}

/** The registry Amber uses unless told otherwise: regular files, terminals, pipes, FIFOs, epoll, sockets,
 * eventfd/signalfd/timerfd/inotify/pidfd (@amber/eventfds), memfd (@amber/plugin-memfd). */
export function defaultRegistry(options: DefaultRegistryOptions = {}): FileRegistry {
  const registry = builtinRegistry({ ghostLimit: options.ghostLimit });
  registry.register(ttyPlugin({ shellJob: options.shellJob }), 'built-in (@amber/files)');
  pipe.register(registry);
  epoll.register(registry);
  socket.register(registry, { tcpEstablished: options.tcpEstablished });
  eventfds.register(registry);
  // The example third-party plugin, registered by default so a plain dump keeps memfds;
  // `--plugin @amber/plugin-memfd` then adds nothing (the same plugin object).
  registry.register(memfdPlugin, 'built-in (@amber/plugin-memfd)');
  return registry;
}
