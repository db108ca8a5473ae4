// How crit presents integers in its JSON ("pretty" mode): fields CRIU marks
// (criu).hex are "0x..." strings (the mark is inherited by sub-messages),
// (criu).flags fields are "A | B | 0x.." strings, (criu).dict fields are names.
// Facts from CRIU's images/*.proto options and lib/pycriu/images/pb2dict.py.

export type FlagTable = readonly (readonly [name: string, bit: number])[];

export const HEX_FIELDS: ReadonlySet<string> = new Set([
  'task_core_entry.blk_sigset',
  'task_core_entry.blk_sigset_extended',
  'task_core_entry.membarrier_registration_mask',
  'user_x86_cet_entry.cet',
  'user_x86_cet_entry.ssp',
  'thread_info_x86.clear_tid_addr',
  'thread_info_x86.gpregs',
  'sa_entry.sigaction',
  'sa_entry.flags',
  'sa_entry.restorer',
  'sa_entry.mask',
  'sa_entry.mask_extended',
  'mm_entry.mm_start_code',
  'mm_entry.mm_end_code',
  'mm_entry.mm_start_data',
  'mm_entry.mm_end_data',
  'mm_entry.mm_start_stack',
  'mm_entry.mm_start_brk',
  'mm_entry.mm_brk',
  'mm_entry.mm_arg_start',
  'mm_entry.mm_arg_end',
  'mm_entry.mm_env_start',
  'mm_entry.mm_env_end',
  'vma_entry.start',
  'vma_entry.end',
  'vma_entry.madv',
  'vma_entry.fdflags',
  'pagemap_entry.vaddr',
  'pipe_entry.flags',
]);

const MMAP_PROT: FlagTable = [['PROT_READ', 0x1], ['PROT_WRITE', 0x2], ['PROT_EXEC', 0x4]];

const MMAP_FLAGS: FlagTable = [
  ['MAP_SHARED', 0x1], ['MAP_PRIVATE', 0x2], ['MAP_DROPPABLE', 0x08], ['MAP_ANON', 0x20], ['MAP_GROWSDOWN', 0x0100],
];

const MMAP_STATUS: FlagTable = [
  ['VMA_AREA_NONE', 0], ['VMA_AREA_REGULAR', 1 << 0], ['VMA_AREA_STACK', 1 << 1], ['VMA_AREA_VSYSCALL', 1 << 2],
  ['VMA_AREA_VDSO', 1 << 3], ['VMA_AREA_HEAP', 1 << 5], ['VMA_FILE_PRIVATE', 1 << 6], ['VMA_FILE_SHARED', 1 << 7],
  ['VMA_ANON_SHARED', 1 << 8], ['VMA_ANON_PRIVATE', 1 << 9], ['VMA_AREA_SYSVIPC', 1 << 10],
  ['VMA_AREA_SOCKET', 1 << 11], ['VMA_AREA_VVAR', 1 << 12], ['VMA_AREA_AIORING', 1 << 13],
  ['VMA_AREA_MEMFD', 1 << 14], ['VMA_AREA_SHSTK', 1 << 15], ['VMA_AREA_UPROBES', 1 << 17], ['VMA_UNSUPP', 2 ** 31],
];

const RFILE_FLAGS: FlagTable = [
  ['O_WRONLY', 0o1], ['O_RDWR', 0o2], ['O_CREAT', 0o100], ['O_EXCL', 0o200], ['O_NOCTTY', 0o400],
  ['O_TRUNC', 0o1000], ['O_APPEND', 0o2000], ['O_NONBLOCK', 0o4000], ['O_DSYNC', 0o10000], ['FASYNC', 0o20000],
  ['O_DIRECT', 0o40000], ['O_LARGEFILE', 0o100000], ['O_DIRECTORY', 0o200000], ['O_NOFOLLOW', 0o400000],
  ['O_NOATIME', 0o1000000], ['O_CLOEXEC', 0o2000000],
];

const PMAP_FLAGS: FlagTable = [['PE_PARENT', 1 << 0], ['PE_LAZY', 1 << 1], ['PE_PRESENT', 1 << 2]];

export const FLAG_FIELDS: ReadonlyMap<string, FlagTable> = new Map([
  ['vma_entry.prot', MMAP_PROT],
  ['vma_entry.flags', MMAP_FLAGS],
  ['vma_entry.status', MMAP_STATUS],
  ['reg_file_entry.flags', RFILE_FLAGS],
  ['pagemap_entry.flags', PMAP_FLAGS],
]);

export const DICT_FIELDS: ReadonlyMap<string, ReadonlyMap<number, string>> = new Map([
  ['task_core_entry.task_state', new Map([[1, 'Alive'], [2, 'Dead'], [3, 'Stopped'], [6, 'Zombie']])],
]);
