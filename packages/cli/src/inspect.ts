// Reading image directories for `amber show` and `amber ps`. This module loads
// @amber/images (protobufjs): commands require it only once they run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FdTypes, ImageDir, ImageError, PAGE_SIZE, imageFileToJson, isPagesFileName, pagemapLayout,
  type FileEntry, type JsonValue,
} from '@amber/images';

/** What `show` prints for one file: crit-style JSON, a raw pages summary, or why it cannot. */
export type ShownFile = { ok: true; json: JsonValue } | { ok: false; error: string };

const FD_TYPE_NAMES = new Map<number, string>(Object.entries(FdTypes).map(([name, n]) => [n, name]));

export function fdTypeName(type: number): string {
  return FD_TYPE_NAMES.get(type) ?? `UNKNOWN(${type})`;
}

function errorMessage(e: unknown): string {
  if (e instanceof ImageError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err.code && err.path) return `${err.path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`;
  return err.message ?? String(e);
}

/**
 * One image file as JSON. pages-N.img has no header (raw page contents): it is
 * summarised as { raw: "pages", pages, bytes } instead of decoded.
 */
export function showFile(file: string): ShownFile {
  try {
    if (isPagesFileName(file)) {
      const size = fs.statSync(file).size;
      if (size % PAGE_SIZE !== 0) {
        const e = new ImageError(path.basename(file), size - (size % PAGE_SIZE), `whole ${PAGE_SIZE}-byte pages`, `the file ends ${size % PAGE_SIZE} bytes into a page`);
        return { ok: false, error: e.message };
      }
      return { ok: true, json: { raw: 'pages', pages: size / PAGE_SIZE, bytes: size } };
    }
    return { ok: true, json: imageFileToJson(file) as unknown as JsonValue };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}

/** Image files of a directory, in name order (temporary files of a running dump left out). */
export function imageFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.img') && !n.startsWith('.')).sort();
}

/** Every image file of `dir`, keyed by file name. */
export function showDir(dir: string): Record<string, ShownFile> {
  const out: Record<string, ShownFile> = {};
  for (const name of imageFiles(dir)) out[name] = showFile(path.join(dir, name));
  return out;
}

export function isComplete(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'inventory.img'));
}

/** Opens `dir` for inspection: unfinished dumps too, but not a directory that holds no dump at all. */
function openForInspect(dir: string): ImageDir {
  const img = ImageDir.open(dir, { allowIncomplete: true });
  if (!img.complete && !img.has('pstree.img')) throw new Error(`${dir} is not an image directory: it has neither inventory.img nor pstree.img`);
  return img;
}

// ------------------------------------------------------------------ fds --

export interface FdRow {
  pid: number;
  fd: number;
  /** FdTypes name: REG, PIPE, FIFO, EVENTPOLL... */
  type: string;
  /** fdinfo flags: FD_CLOEXEC. */
  cloexec: boolean;
  /** The open file description's O_* flags, symbolic ("O_WRONLY | O_APPEND"), if recorded. */
  flags: string;
  /** What identifies the file outside the images (the --inherit-fd key). */
  key: string;
  /** file_entry id in files.img. */
  id: number;
}

const O_FLAGS: Array<[string, number]> = [
  ['O_CREAT', 0o100], ['O_EXCL', 0o200], ['O_NOCTTY', 0o400], ['O_TRUNC', 0o1000], ['O_APPEND', 0o2000],
  ['O_NONBLOCK', 0o4000], ['O_DSYNC', 0o10000], ['O_ASYNC', 0o20000], ['O_DIRECT', 0o40000],
  ['O_LARGEFILE', 0o100000], ['O_DIRECTORY', 0o200000], ['O_NOFOLLOW', 0o400000], ['O_NOATIME', 0o1000000],
  ['O_CLOEXEC', 0o2000000], ['__O_SYNC', 0o4000000], ['O_PATH', 0o10000000], ['__O_TMPFILE', 0o20000000],
];

export function openFlagsName(flags: number): string {
  const acc = flags & 3;
  const names = [acc === 0 ? 'O_RDONLY' : acc === 1 ? 'O_WRONLY' : acc === 2 ? 'O_RDWR' : 'O_ACCMODE'];
  let rest = flags & ~3;
  for (const [name, bit] of O_FLAGS) {
    if (rest & bit) {
      names.push(name);
      rest &= ~bit;
    }
  }
  if (rest) names.push(`0x${(rest >>> 0).toString(16)}`);
  return names.join(' | ');
}

function fileKey(f: FileEntry | undefined, byId: Map<number, FileEntry>): { key: string; flags: string } {
  if (!f) return { key: '(missing from files.img)', flags: '' };
  if (f.reg) return { key: f.reg.name, flags: openFlagsName(f.reg.flags) };
  if (f.pipe) return { key: `pipe:[${f.pipe.pipe_id}]`, flags: openFlagsName(f.pipe.flags) };
  if (f.fifo) {
    const reg = f.fifo.regf_id !== undefined ? byId.get(f.fifo.regf_id)?.reg : undefined;
    return { key: reg ? reg.name : `fifo:[${f.fifo.pipe_id}]`, flags: reg ? openFlagsName(reg.flags) : '' };
  }
  if (f.epfd) return { key: 'anon_inode:[eventpoll]', flags: openFlagsName(f.epfd.flags) };
  if (f.isk) return { key: `socket:[${f.isk.ino}]`, flags: openFlagsName(f.isk.flags) };
  // @amber/eventfds' kinds: the link text the task saw.
  if (f.efd) return { key: 'anon_inode:[eventfd]', flags: openFlagsName(f.efd.flags) };
  if (f.sgfd) return { key: 'anon_inode:[signalfd]', flags: openFlagsName(f.sgfd.flags) };
  if (f.tfd) return { key: 'anon_inode:[timerfd]', flags: openFlagsName(f.tfd.flags) };
  if (f.ify) return { key: 'anon_inode:inotify', flags: openFlagsName(f.ify.flags) };
  if (f.pidfd) return { key: 'anon_inode:[pidfd]', flags: openFlagsName(f.pidfd.flags) };
  if (f.usk) return { key: `unix:[${f.usk.ino}]`, flags: openFlagsName(f.usk.flags) };
  if (f.nlsk) return { key: `socket:[${f.nlsk.ino}]`, flags: openFlagsName(f.nlsk.flags) };
  return { key: `${fdTypeName(f.type).toLowerCase()}:${f.id}`, flags: '' };
}

const UNIX_TYPES: Record<number, string> = { 1: 'stream', 2: 'datagram', 5: 'seqpacket' };
const NETLINK_PROTOCOLS: Record<number, string> = { 0: 'route', 4: 'sock_diag', 6: 'xfrm', 9: 'audit', 12: 'netfilter', 15: 'uevent', 16: 'generic' };

/** Sockets say which: "unix stream", "netlink route", "packet" (external packet sockets too). */
function socketKindName(f: FileEntry | undefined): string | undefined {
  if (!f) return undefined;
  if (f.usk) return `unix ${UNIX_TYPES[f.usk.type] ?? `type ${f.usk.type}`}`;
  if (f.nlsk) return `netlink ${NETLINK_PROTOCOLS[f.nlsk.protocol] ?? `protocol ${f.nlsk.protocol}`}`;
  if (f.type === FdTypes.PACKETSK) return 'packet';
  if (f.type === FdTypes.UNIXSK) return 'unix';
  if (f.type === FdTypes.NETLINKSK) return 'netlink';
  return undefined;
}

/**
 * Each task's fd table. Files live in files.img by id; a FIFO's path is the
 * reg_file_entry its regf_id names (CRIU's layout).
 */
export function fdTables(dir: string): FdRow[] {
  const img = openForInspect(dir);
  const files = img.has('files.img') ? img.readFiles() : [];
  const byId = new Map<number, FileEntry>();
  for (const f of files) byId.set(f.id, f);
  const rows: FdRow[] = [];
  for (const task of img.readPstree()) {
    const filesId = img.has(`ids-${task.pid}.img`) ? img.readIds(task.pid).files_id : img.readCore(task.pid).ids?.files_id;
    if (filesId === undefined) throw new ImageError(`core-${task.pid}.img`, 0, 'task ids (ids-PID.img or core_entry.ids)', 'neither is present');
    const fds = img.readFdinfo(filesId).slice().sort((a, b) => a.fd - b.fd);
    for (const e of fds) {
      const f = byId.get(e.id);
      const { key, flags } = fileKey(f, byId);
      rows.push({ pid: task.pid, fd: e.fd, type: socketKindName(f) ?? fdTypeName(e.type), cloexec: (e.flags & 1) !== 0, flags, key, id: e.id });
    }
  }
  return rows;
}

// ------------------------------------------------------------------- ps --

export interface PsTask {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  threads: number[];
  comm: string;
  /** Alive, Zombie, Stopped (from task_core_entry.task_state). */
  state: string;
  /** Pages stored for this task (present pagemap entries). */
  pages: number;
}

export interface PsInfo {
  tasks: PsTask[];
  /** Page contents: pages and bytes of the pages-N.img files. */
  pages: { pages: number; bytes: number; files: number };
  /** Every other image file. */
  metadata: { bytes: number; files: number };
  complete: boolean;
}

// compel's task states, as CRIU's core images use them.
const TASK_STATES: Record<number, string> = { 1: 'Alive', 2: 'Dead', 3: 'Stopped', 6: 'Zombie' };

export function psInfo(dir: string): PsInfo {
  const img = openForInspect(dir);
  const tasks = img.readPstree().map((t): PsTask => {
    const core = img.readCore(t.pid);
    const pages = img.has(`pagemap-${t.pid}.img`) ? pagemapLayout(img.readPagemap(t.pid).entries).presentBytes / PAGE_SIZE : 0;
    const state = core.tc ? (TASK_STATES[core.tc.task_state] ?? String(core.tc.task_state)) : '?';
    return { pid: t.pid, ppid: t.ppid, pgid: t.pgid, sid: t.sid, threads: t.threads ?? [t.pid], comm: core.tc?.comm ?? '?', state, pages };
  });
  const pages = { pages: 0, bytes: 0, files: 0 };
  const metadata = { bytes: 0, files: 0 };
  for (const name of imageFiles(dir)) {
    const size = fs.statSync(path.join(dir, name)).size;
    if (isPagesFileName(name)) {
      pages.files++;
      pages.bytes += size;
      pages.pages += Math.floor(size / PAGE_SIZE);
    } else {
      metadata.files++;
      metadata.bytes += size;
    }
  }
  return { tasks, pages, metadata, complete: img.complete };
}

/** Pages a restore of `dir` will write (the present pagemap entries of every task), if readable. */
export function imagePages(dir: string): number | undefined {
  try {
    const img = ImageDir.open(dir);
    let n = 0;
    for (const t of img.readPstree()) n += pagemapLayout(img.readPagemap(t.pid).entries).presentBytes / PAGE_SIZE;
    return n;
  } catch {
    return undefined; // restore reports the problem itself
  }
}

export { errorMessage };
