// @amber/files: the file layer. The plugin contract, the registry, fd identity and the
// fd tables of dumped tasks, restore of file descriptions and fd tables, inherit-fd and
// external files, the regular-file plugin, and the fd placement planner.
export * from './plugin';
export { FilesError, type FilesErrorCode } from './errors';
export { FileRegistry, builtinRegistry, describeFdType, pluginProblem } from './registry';
export { FdDumper, guessFdType, type FdDumperOptions, type FdDumperStats } from './dump';
export { FdRestorer, type FdRestorerOptions, type TargetEntry, type InstallOptions, type InstallResult } from './restore';
export { fetchFromStore, fetchOverChannel, fetchWithPidfd, SCM_MAX_FD, type Channel, type StoreEntry, type StoreTransport } from './transfer';
export { parseInheritFd, parseExternalKey, normalizeKey, keyOfLink, fdKey, fdOfKey, inheritFdHint, type InheritFd } from './keys';
export { parseFdinfo, fdinfoField, type FdinfoCommon } from './fdinfo';
export { ttyPlugin, ttyKey, isTtyKey, isTerminalDevice, sessionOf, type TtyPluginOptions } from './tty';
export { regPlugin, regEntryForPath, REG_GHOST_LIMIT, type RegPluginOptions } from './reg';
export {
  ghostImageName, readGhostImage, readRemapImage, readFileDataImage, FILE_DATA_IMAGE, GHOST_FILE_MAGIC, AMBER_FILE_DATA_MAGIC, REMAP_FPATH_IMAGE,
  type GhostFile, type GhostChunk, type GhostTime, type RemapEntry, type FileData,
} from './wire';
export * from './placement';
export * from './locks';
