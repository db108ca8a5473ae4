// Errors that name the task, the step and the cause, as users need to act on them.

export class DumpError extends Error {
  constructor(readonly pid: number, readonly step: string, detail: string, options?: { cause?: unknown }) {
    super(`dump of task ${pid} failed at ${step}: ${detail}`, options);
    this.name = 'DumpError';
  }
}

export class RestoreError extends Error {
  constructor(readonly pid: number, readonly step: string, detail: string, options?: { cause?: unknown }) {
    super(`restore of task ${pid} failed at ${step}: ${detail}`, options);
    this.name = 'RestoreError';
  }
}
