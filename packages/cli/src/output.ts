// Where amber's messages go: stderr for people (progress on a terminal), JSON lines
// for programs (--json), and an optional log file (-o).
import * as fs from 'node:fs';

export interface OutputOptions {
  json?: boolean;
  verbosity?: number;
  logFile?: string;
  /** Override terminal detection (default: process.stderr.isTTY). */
  tty?: boolean;
}

export class Output {
  readonly #json: boolean;
  readonly #verbosity: number;
  readonly #log: number | null;
  readonly #tty: boolean;
  /** The progress line currently drawn on the terminal (no newline yet), if any. */
  #status: string | null = null;

  constructor(opts: OutputOptions) {
    this.#json = opts.json ?? false;
    this.#verbosity = opts.verbosity ?? 0;
    this.#log = opts.logFile ? fs.openSync(opts.logFile, 'a') : null;
    this.#tty = opts.tty ?? process.stderr.isTTY === true;
  }

  /** True when a person watches stderr on a terminal and no JSON was asked for: progress is drawn. */
  get interactive(): boolean {
    return this.#tty && !this.#json;
  }

  /** A machine-readable record (--json) or a line for people. */
  event(kind: string, fields: Record<string, unknown>, text: string): void {
    const line = JSON.stringify({ event: kind, ...fields }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    if (this.#log !== null) fs.writeSync(this.#log, `${new Date().toISOString()} ${line}\n`);
    if (this.#json) process.stdout.write(`${line}\n`);
    else if (this.#verbosity > 0 || this.#tty) this.#line(`amber: ${text}`);
  }

  /**
   * Draws (or redraws) the one-line progress display on a terminal; a no-op unless
   * `interactive`. Lines written meanwhile appear above it.
   */
  status(text: string): void {
    if (!this.interactive) return;
    this.#status = text;
    process.stderr.write(`\r\x1b[K${text}`);
  }

  /** Leaves the last progress display on screen and moves to a new line. */
  endStatus(): void {
    if (this.#status === null) return;
    this.#status = null;
    process.stderr.write('\n');
  }

  #line(text: string): void {
    if (this.#status !== null) process.stderr.write(`\r\x1b[K${text}\n${this.#status}`);
    else process.stderr.write(`${text}\n`);
  }

  /** The result line: always shown (stdout), or as JSON. */
  result(fields: Record<string, unknown>, text: string): void {
    this.endStatus();
    if (this.#json) process.stdout.write(`${JSON.stringify({ event: 'result', ...fields })}\n`);
    else process.stdout.write(`${text}\n`);
    if (this.#log !== null) fs.writeSync(this.#log, `${new Date().toISOString()} ${text}\n`);
  }

  error(message: string): void {
    this.endStatus();
    if (this.#json) process.stdout.write(`${JSON.stringify({ event: 'error', message })}\n`);
    process.stderr.write(`amber: error: ${message}\n`);
    if (this.#log !== null) fs.writeSync(this.#log, `${new Date().toISOString()} error: ${message}\n`);
  }

  close(): void {
    this.endStatus();
    if (this.#log !== null) fs.closeSync(this.#log);
  }
}
