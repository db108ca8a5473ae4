// @amber/pipe: the pipe (PIPE = 2) and FIFO (FIFO = 3) file plugins.
//
//   require('@amber/pipe').register(registry)   // registry: @amber/files' FileRegistry
//
// Content is saved without consuming it (tee), also when only the write end is dumped;
// restored in order with the buffer size, packet boundaries (any mix of stream data and
// packets) and each open file description's own flags; unlinked FIFOs too. See pipe.ts, fifo.ts and data.ts.
import type { FilePlugin } from '@amber/files';
import { pipePlugin } from './pipe';
import { fifoPlugin } from './fifo';

export { pipePlugin, pipeKey, PIPE } from './pipe';
export { fifoPlugin, FIFO } from './fifo';
export {
  TeeBuffer, readContents, refill, toRecords, contentBytes, pipeMaxSize, hasPackets, layoutOf, withLayout, layoutFromData, type PipeContent,
} from './data';
export { PipeError, SETFL_MASK } from './util';

/** Both plugins of this package. */
export const plugins: readonly FilePlugin[] = [pipePlugin, fifoPlugin];

/** Registers the pipe and FIFO plugins (FileRegistry.register, or anything with that method). */
export function register(registry: { register(plugin: FilePlugin, origin?: string): unknown }): void {
  registry.register(pipePlugin, '@amber/pipe');
  registry.register(fifoPlugin, '@amber/pipe');
}
