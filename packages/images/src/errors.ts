// Error types. Every problem found while reading an image is an ImageError
// that names the file, the byte offset and what was expected there.

export class ImageError extends Error {
  override readonly name = 'ImageError';

  constructor(
    /** File name (or path) of the image being read. */
    readonly file: string,
    /** Byte offset in the file where the problem was found. */
    readonly offset: number,
    /** What the reader expected at that offset. */
    readonly expected: string,
    /** What it found instead, or other detail. */
    readonly detail?: string,
  ) {
    super(`${file}: ${offset >= 0 ? `at byte offset ${offset}: ` : ''}expected ${expected}${detail ? `; ${detail}` : ''}`);
  }

  /** A problem with what a well-formed image says (a reference, a range), not at one byte offset. */
  static content(file: string, expected: string, detail?: string): ImageError {
    return new ImageError(file, -1, expected, detail);
  }
}

/** A value handed to an encoder does not fit the schema. */
export class ImageEncodeError extends Error {
  override readonly name = 'ImageEncodeError';

  constructor(
    /** Dotted path of the offending value, e.g. `core_entry.tc.comm`. */
    readonly path: string,
    readonly expected: string,
    readonly found: string,
    /** Image file being written, when known. */
    readonly file?: string,
    /** Index of the entry in that file, when known. */
    readonly entryIndex?: number,
  ) {
    const where = file === undefined ? '' : `${file}${entryIndex === undefined ? '' : ` entry ${entryIndex}`}: `;
    super(`${where}${path}: expected ${expected}, found ${found}`);
  }
}

/**
 * Raised by the schema walkers; the framing layer turns it into an
 * ImageError (read side) or an ImageEncodeError (write side).
 */
export class SchemaViolation extends Error {
  constructor(readonly path: string, readonly expected: string, readonly found: string) {
    super(`${path}: expected ${expected}, found ${found}`);
  }
}

/** Short, bounded description of an arbitrary value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Uint8Array) return `${value.length} bytes`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** ImageDir.open on a directory whose dump never wrote inventory.img. */
export class IncompleteImageError extends Error {
  override readonly name = 'IncompleteImageError';

  constructor(readonly dir: string) {
    super(`image directory ${dir} is incomplete: inventory.img missing — the dump did not finish`);
  }
}
