// Image kinds: file magic, entry message type(s) and naming. Values are
// CRIU's (criu/include/magic.h); names are crit's ("CORE", "PIPES_DATA").

import type { MessageName } from './gen/schema';
import type { MessageTypes } from './gen/types';

/** First u32 of every image except inventory.img ("Sarov"). */
export const IMG_COMMON_MAGIC = 0x54564319;
/** First u32 of service files such as stats.img; Amber does not write them. */
export const IMG_SERVICE_MAGIC = 0x55105940;
/** inventory_entry.img_version for images with the common magic. */
export const IMG_VERSION = 2;

export interface KindSpec {
  /** The image magic (second u32, or the only one for inventory). */
  readonly magic: number;
  /** crit's name for the magic. */
  readonly magicName: string;
  /** Message of every entry (after the head, if any). */
  readonly entry: MessageName;
  /** Message of the first entry, if it differs (pagemap_head). */
  readonly head?: MessageName;
  /** Entries are followed by `entry.bytes` raw bytes (or `entry[extraLength]`). */
  readonly extra?: true;
  /** The field that holds the extra payload's length, if not `bytes` (sk_packet_entry: length). */
  readonly extraLength?: string;
  /** File starts with IMG_COMMON_MAGIC (all but inventory). */
  readonly common: boolean;
  /** Still written by CRIU / Amber (false: only decoded, for crit parity). */
  readonly current: boolean;
}

export const IMAGE_KINDS = {
  inventory: { magic: 0x58313116, magicName: 'INVENTORY', entry: 'inventory_entry', common: false, current: true },
  pstree: { magic: 0x50273030, magicName: 'PSTREE', entry: 'pstree_entry', common: true, current: true },
  core: { magic: 0x55053847, magicName: 'CORE', entry: 'core_entry', common: true, current: true },
  ids: { magic: 0x54432030, magicName: 'IDS', entry: 'task_kobj_ids_entry', common: true, current: true },
  mm: { magic: 0x57492820, magicName: 'MM', entry: 'mm_entry', common: true, current: true },
  pagemap: { magic: 0x56084025, magicName: 'PAGEMAP', entry: 'pagemap_entry', common: true, current: true, head: 'pagemap_head' },
  fdinfo: { magic: 0x56213732, magicName: 'FDINFO', entry: 'fdinfo_entry', common: true, current: true },
  files: { magic: 0x56303138, magicName: 'FILES', entry: 'file_entry', common: true, current: true },
  'pipes-data': { magic: 0x56453709, magicName: 'PIPES_DATA', entry: 'pipe_data_entry', common: true, current: true, extra: true },
  'fifo-data': { magic: 0x59333054, magicName: 'FIFO_DATA', entry: 'pipe_data_entry', common: true, current: true, extra: true },
  'tty-info': { magic: 0x59453036, magicName: 'TTY_INFO', entry: 'tty_info_entry', common: true, current: true },
  'file-locks': { magic: 0x54323616, magicName: 'FILE_LOCKS', entry: 'file_lock_entry', common: true, current: true },
  fs: { magic: 0x51403912, magicName: 'FS', entry: 'fs_entry', common: true, current: true },
  seccomp: { magic: 0x64413049, magicName: 'SECCOMP', entry: 'seccomp_entry', common: true, current: true },
  'sk-queues': { magic: 0x56264026, magicName: 'SK_QUEUES', entry: 'sk_packet_entry', common: true, current: true, extra: true, extraLength: 'length' },
  // Legacy per-type images: older CRIU wrote these; decoded for `show` only.
  creds: { magic: 0x54023547, magicName: 'CREDS', entry: 'creds_entry', common: true, current: false },
  sigacts: { magic: 0x55344201, magicName: 'SIGACT', entry: 'sa_entry', common: true, current: false },
  'reg-files': { magic: 0x50363636, magicName: 'REG_FILES', entry: 'reg_file_entry', common: true, current: false },
  pipes: { magic: 0x56513555, magicName: 'PIPES', entry: 'pipe_entry', common: true, current: false },
  fifo: { magic: 0x58364939, magicName: 'FIFO', entry: 'fifo_entry', common: true, current: false },
  eventpoll: { magic: 0x45023858, magicName: 'EVENTPOLL_FILE', entry: 'eventpoll_file_entry', common: true, current: false },
  'eventpoll-tfd': { magic: 0x44433746, magicName: 'EVENTPOLL_TFD', entry: 'eventpoll_tfd_entry', common: true, current: false },
  vmas: { magic: 0x54123737, magicName: 'VMAS', entry: 'vma_entry', common: true, current: false },
  itimers: { magic: 0x57464056, magicName: 'ITIMERS', entry: 'itimer_entry', common: true, current: false },
  'posix-timers': { magic: 0x52603957, magicName: 'POSIX_TIMERS', entry: 'posix_timer_entry', common: true, current: false },
  rlimit: { magic: 0x57113925, magicName: 'RLIMIT', entry: 'rlimit_entry', common: true, current: false },
} as const satisfies { readonly [kind: string]: KindSpec };

export type ImageKind = keyof typeof IMAGE_KINDS;

/** Kinds whose files are a plain list of entries (no head, no extra payloads). */
export type ListKind = {
  [K in ImageKind]: (typeof IMAGE_KINDS)[K] extends { head: string } | { extra: true } ? never : K;
}[ImageKind];

/** Public type of the entries of a kind. */
export type EntryOf<K extends ImageKind> = MessageTypes[(typeof IMAGE_KINDS)[K]['entry']];

const BY_MAGIC: ReadonlyMap<number, ImageKind> = new Map(
  (Object.keys(IMAGE_KINDS) as ImageKind[]).map((k) => [IMAGE_KINDS[k].magic, k]),
);
const BY_NAME: ReadonlyMap<string, ImageKind> = new Map(
  (Object.keys(IMAGE_KINDS) as ImageKind[]).map((k) => [IMAGE_KINDS[k].magicName, k]),
);

export function kindByMagic(magic: number): ImageKind | undefined {
  return BY_MAGIC.get(magic);
}

export function kindByMagicName(name: string): ImageKind | undefined {
  return BY_NAME.get(name);
}

export function hex32(v: number): string {
  return `0x${(v >>> 0).toString(16).padStart(8, '0')}`;
}

/** File names inside an image directory. */
/** Where a shared memory object's id comes from: a shmem inode, or a SysV shmid. */
export type ShmemSpace = 'shmem' | 'sysvshm';

export const imageFileName = {
  inventory: (): string => 'inventory.img',
  pstree: (): string => 'pstree.img',
  core: (tid: number): string => `core-${tid}.img`,
  ids: (pid: number): string => `ids-${pid}.img`,
  mm: (pid: number): string => `mm-${pid}.img`,
  pagemap: (pid: number): string => `pagemap-${pid}.img`,
  /** The content of a shared memory object: shmem (memfd, shared anonymous) by inode, SysV by shmid. */
  shmemPagemap: (space: ShmemSpace, id: bigint): string => `pagemap-${space}-${id}.img`,
  pages: (pagesId: number): string => `pages-${pagesId}.img`,
  fdinfo: (filesId: number): string => `fdinfo-${filesId}.img`,
  files: (): string => 'files.img',
  pipesData: (): string => 'pipes-data.img',
  fifoData: (): string => 'fifo-data.img',
  fs: (pid: number): string => `fs-${pid}.img`,
  fileLocks: (): string => 'filelocks.img',
  ttyInfo: (): string => 'tty-info.img',
  skQueues: (): string => 'sk-queues.img',
} as const;

/** Raw page images have no header at all. */
export function isPagesFileName(name: string): boolean {
  return /(^|\/)pages-\d+\.img$/.test(name);
}
