import { builtinRegistry, type FileRegistry } from '@amber/files';
import * as pipe from '@amber/pipe';
import * as epoll from '@amber/epoll';

/** The registry Amber uses unless told otherwise: regular files, pipes, FIFOs, epoll. */
export function defaultRegistry(): FileRegistry {
  const registry = builtinRegistry();
  pipe.register(registry);
  epoll.register(registry);
  return registry;
}
