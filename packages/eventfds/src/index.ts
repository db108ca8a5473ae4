// @amber/eventfds: file plugins for the event-like fds real programs hold (issue 14):
// eventfd, signalfd, timerfd, inotify, pidfd and namespace fds, in CRIU's image format.
//
//   require('@amber/eventfds').register(registry)   // registry: @amber/files' FileRegistry
import type { FilePlugin } from '@amber/files';
import { eventfdPlugin } from './eventfd';
import { signalfdPlugin } from './signalfd';
import { timerfdPlugin } from './timerfd';
import { inotifyPlugin } from './inotify';
import { pidfdPlugin } from './pidfd';
import { nsfdPlugin } from './nsfd';

export { eventfdPlugin, EVENTFD, EFD_SEMAPHORE, EVENTFD_MAX } from './eventfd';
export { signalfdPlugin, SIGNALFD } from './signalfd';
export {
  timerfdPlugin, TIMERFD, TFD_TIMER_ABSTIME, TFD_TIMER_CANCEL_ON_SET,
  CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_REALTIME_ALARM, CLOCK_BOOTTIME_ALARM,
} from './timerfd';
export { inotifyPlugin, INOTIFY, parseInotifyWatches, openByHandle, type InotifyWatchLine } from './inotify';
export { pidfdPlugin, PIDFD, PIDFD_THREAD } from './pidfd';
export { nsfdPlugin, NS } from './nsfd';

/** The plugins of this package, in registration order. */
export const plugins: readonly FilePlugin[] = [eventfdPlugin, signalfdPlugin, timerfdPlugin, inotifyPlugin, pidfdPlugin, nsfdPlugin];

/** Registers every plugin of this package (FileRegistry.register, or anything with that method). */
export function register(registry: { register(plugin: FilePlugin, origin?: string): unknown }): void {
  for (const p of plugins) registry.register(p, '@amber/eventfds');
}
