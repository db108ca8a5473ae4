// One error class for the file layer, with a code that callers and tests can match on.

export type FilesErrorCode =
  /** Two plugins claim one fd type number or one name. */
  | 'PLUGIN_CONFLICT'
  /** A module given to registry.load() does not export a usable plugin. */
  | 'BAD_PLUGIN'
  /** An fd that no registered plugin claims. */
  | 'UNCLAIMED_FD'
  /** A file in the image whose type has no registered plugin. */
  | 'NO_PLUGIN'
  /** A malformed inherit-fd argument or external key. */
  | 'BAD_KEY'
  /** A key (inherit-fd at restore, external at dump) that matches no file. */
  | 'UNKNOWN_KEY'
  /** A file dumped as external, and no inherit-fd for it at restore. */
  | 'MISSING_INHERIT_FD'
  /** An inherit-fd whose fd is not open in the restorer. */
  | 'BAD_INHERIT_FD'
  /** A file changed (size, type) since the dump. */
  | 'FILE_CHANGED'
  /** A file vanished since the dump. */
  | 'FILE_GONE'
  /** A file the dump cannot save (deleted and too big, deleted directory...). */
  | 'UNSUPPORTED_FILE'
  /** A task's fd vanished or changed while it was dumped (the task is not frozen). */
  | 'FD_RACE'
  /** Plugin dependencies form a cycle, or name a file that does not exist. */
  | 'BAD_DEPENDENCY'
  /** The image is inconsistent (fdinfo names a file id files.img lacks...). */
  | 'BAD_IMAGE'
  /** Installing fds into a task failed. */
  | 'INSTALL'
  /** A file lock of the image cannot be taken again (someone else holds it now). */
  | 'LOCK'
  /** The credentials of the tasks holding a file do not let them open it (the privilege rule). */
  | 'PERMISSION';

export class FilesError extends Error {
  readonly code: FilesErrorCode;

  constructor(code: FilesErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FilesError';
    this.code = code;
  }
}
