// Where amber's messages go: stderr for people (progress on a terminal), JSON lines
// for programs (--json), and an optional log file (-o).
import * as fs from 'node:fs';

export class Output {
  readonly #json: boolean;
  readonly #verbosity: number;
  readonly #log: number | null;
  readonly #tty: boolean;

  constructor(opts: { json?: boolean; verbosity?: number; logFile?: string }) {
    this.#json = opts.json ?? false;
    this.#verbosity = opts.verbosity ?? 0;
    this.#log = opts.logFile ? fs.openSync(opts.logFile, 'a') : null;
    this.#tty = process.stderr.isTTY === true;
  }

  /** A machine-readable record (--json) or a line for people. */
  event(kind: string, fields: Record<string, unknown>, text: string): void {
    const line = JSON.stringify({ event: kind, ...fields }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    if (this.#log !== null) fs.writeSync(this.#log, `${new Date().toISOString()} ${line}\n`);
    if (this.#json) process.stdout.write(`${line}\n`);
    else if (this.#verbosity > 0 || this.#tty) process.stderr.write(`amber: ${text}\n`);
  }

  /** The result line: always shown (stdout), or as JSON. */
  result(fields: Record<string, unknown>, text: string): void {
    if (this.#json) process.stdout.write(`${JSON.stringify({ event: 'result', ...fields })}\n`);
    else process.stdout.write(`${text}\n`);
    if (this.#log !== null) fs.writeSync(this.#log, `${new Date().toISOString()} ${text}\n`);
  }

  error(message: string): void {
    if (this.#json) process.stdout.write(`${JSON.stringify({ event: 'error', message })}\n`);
    process.stderr.write(`amber: error: ${message}\n`);
    if (this.#log !== null) fs.writeSync(this.#log, `${new Date().toISOString()} error: ${message}\n`);
  }

  close(): void {
    if (this.#log !== null) fs.closeSync(this.#log);
  }
}
