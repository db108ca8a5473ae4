// Opening files for a restored task with the task's own credentials (native/creds_ops.cc).
import { native, type FsCreds } from './native';
import { F_GETFL, F_SETFL, O_CLOEXEC, O_NONBLOCK, O_PATH } from './constants';

export const R_OK = 4;
export const W_OK = 2;
export const X_OK = 1;

/**
 * Opens `path` as a task with `creds` could (O_CLOEXEC), never blocking: the open is made
 * with O_NONBLOCK (a FIFO without a peer, a device that waits for carrier), which is then
 * cleared if the caller did not ask for it.
 */
export function openFileAs(path: string, flags: number, creds: FsCreds, mode = 0): number {
  return blockingAsAsked(native.openAs(path, flags | O_CLOEXEC | O_NONBLOCK, mode, creds), flags);
}

/** openFile that never blocks (O_NONBLOCK for the open, then as asked), with this process's own rights. */
export function openFileNoBlock(path: string, flags: number, mode = 0): number {
  return blockingAsAsked(native.open(path, flags | O_CLOEXEC | O_NONBLOCK, mode), flags);
}

function blockingAsAsked(fd: number, flags: number): number {
  // An O_PATH fd does no I/O (and takes no F_SETFL): nothing to clear.
  if (!(flags & O_NONBLOCK) && !(flags & O_PATH)) {
    try {
      native.fcntl(fd, F_SETFL, native.fcntl(fd, F_GETFL, 0) & ~O_NONBLOCK);
    } catch (e) {
      native.close(fd);
      throw e;
    }
  }
  return fd;
}

/** Throws (EACCES...) unless a task with `creds` may access `path` with `mode` (R_OK, W_OK, X_OK). */
export function checkAccessAs(path: string, mode: number, creds: FsCreds): void {
  native.accessAs(path, mode, creds);
}
