export { FdStore, RECORD_BYTES, MAX_BATCH, BYTES_PER_ENTRY, DEFAULT_BUFFER_BYTES, lockNameFor } from './fdstore';
export type { FdStoreOptions, FdStoreAttachOptions, FdStoreDescriptor } from './fdstore';
export { FdStoreError } from './errors';
export type { FdStoreErrorCode, FdStoreErrorInfo } from './errors';
export { AbstractLock } from './lock';
