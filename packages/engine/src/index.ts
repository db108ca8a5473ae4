export * from './model';
export * from './errors';
export * from './proc';
export { dumpProcess, type DumpProcessOptions, type ProcessDump } from './dump/dump-process';
export { restoreTask, type RestoredTask } from './restore/restore-task';
