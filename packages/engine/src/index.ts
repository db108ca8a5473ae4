export * from './model';
export * from './errors';
export * from './proc';
export { dumpProcess, type FrozenDump } from './dump/dump-process';
export { restoreTask, type RestoredTask, type RestoreTaskOptions, type TaskFds } from './restore/restore-task';
export type { TimerIdMode } from './restore/timers';
export { parseProcTimers } from './dump/timers';
export * from './events';
export { dump, restore, defaultRegistry, type DumpOptions, type DumpSummary, type RestoreOptions, type RestoreSummary } from './api';
