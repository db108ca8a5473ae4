// @amber/epoll: the epoll file plugin (EVENTPOLL = 7).
//
//   require('@amber/epoll').register(registry)   // registry: @amber/files' FileRegistry
//
// Watches are read from fdinfo, their targets found with kcmp(KCMP_EPOLL_TFD) even after
// dup2/close (seed 002), and restored inside each restored task, on its own fds, with
// their original fd numbers, events and data. See plugin.ts, targets.ts, install.ts.
import type { FilePlugin } from '@amber/files';
import { eventpollPlugin } from './plugin';

export { eventpollPlugin, watchesOfTask, EVENTPOLL, type EpollData } from './plugin';
export { parseWatches, watchCounts, isFiredOneshot, describeEvents, EP_PRIVATE_BITS, type Watch } from './fdinfo';
export { EpollError } from './targets';
export { consumedEdges, hasWaitingEvent, isEdgeTriggered } from './edges';
export { makeReady, type Undo } from './readiness';
export { SYS_epoll_ctl, SYS_epoll_wait, SYS_pidfd_open, rawSyscall, type BorrowingTaskContext } from './install';

/** The plugin of this package. */
export const plugins: readonly FilePlugin[] = [eventpollPlugin];

/** Registers the epoll plugin (FileRegistry.register, or anything with that method). */
export function register(registry: { register(plugin: FilePlugin, origin?: string): unknown }): void {
  registry.register(eventpollPlugin, '@amber/epoll');
}
