// The public contract between Amber and a file-type plugin. Built-in handlers (regular
// files, pipes, FIFOs, epoll) use exactly this API, like any third-party plugin.
//
// Dump: for every fd of every dumped task, the registry asks each plugin's detect()
// until one claims it. Fds that share one open file description (dup, fork, SCM_RIGHTS)
// get one file id and are dumped once: dump() receives a copy of the fd in the dumper
// (pidfd_getfd), so the plugin reads its state with ordinary local syscalls.
//
// Restore: the restorer (Amber's own process) re-creates each open file description with
// open(), in dependency order, and stores it; the engine then installs the fds into each
// restored task (fd store + placement planner) and finally calls afterInstall() in the
// task, through remote syscalls, for what must happen there (e.g. epoll watches: only
// ever on the restoring task's own fds).
import type { FileEntry } from '@amber/images';
import type { ImageDir } from '@amber/images';
import type { StatxResult } from '@amber/sys';

/** What the registry knows about one fd of a dumped task before a plugin claims it. */
export interface FdProbe {
  /** The dumped task's pid (in Amber's namespace) and the fd number there. */
  pid: number;
  fd: number;
  /** The /proc/PID/fd/N link text: a path, `pipe:[123]`, `anon_inode:[eventpoll]`... */
  link: string;
  /** fstat of the file (from the dumper's copy of the fd). */
  stat: StatxResult;
  /** The raw /proc/PID/fdinfo/N text (pos, flags, mnt_id, and type-specific lines). */
  fdinfo: string;
  /** Open-file-description flags from fdinfo, without O_CLOEXEC. */
  flags: number;
}

/** Services the registry gives a plugin during dump. */
export interface DumpContext {
  /** The dumper's own copy of the fd being dumped (O_CLOEXEC; closed by the registry). */
  readonly localFd: number;
  /**
   * (Added.) The file id the registry gives this open file description: the `id` of its
   * file_entry, and of the payload (reg.id, pipe.id...), which the registry also fills.
   * For plugins that keep per-file state for finishDump (pipe data, ghost files...).
   */
  readonly fileId: number;
  /** Records a regular file (a FIFO's path, a deleted file...) and returns its file id. */
  addRegularFile(path: string, flags?: number): number;
  /** The file id of another fd of a dumped task (epoll targets): dumps it if needed. */
  fileIdOf(pid: number, fd: number): number;
  /** Copies fd `fd` of task `pid` into the dumper (O_CLOEXEC); the caller closes it. */
  getFd(pid: number, fd: number): number;
  /** Every dumped task's pid, for plugins that look at other tasks (epoll targets). */
  readonly pids: readonly number[];
  /** State private to the calling plugin for this dump (created on first use). */
  state<T>(init: () => T): T;
}

/** (Added.) What finishDump() gets besides the image directory. */
export interface FinishDumpContext {
  /** The plugin's state for this dump, as DumpContext.state created it (or fresh). */
  state<T>(init: () => T): T;
}

/** What a plugin's dump() produces for one open file description. */
export interface DumpedFile {
  /**
   * The file_entry, without `id` and `type` (the registry sets both, and the `id` of
   * the payload message: reg.id, pipe.id, fifo.id, epfd.id).
   */
  entry: Omit<FileEntry, 'id' | 'type'>;
  /**
   * (Added.) Opaque bytes for a plugin whose state has no field in @amber/images'
   * file_entry (third-party types): stored by the registry in amber-file-data.img and
   * given back at restore by RestoreContext.dataOf(). Keep it small (kilobytes);
   * bulk data belongs in the plugin's own image, written by finishDump().
   */
  data?: Uint8Array;
}

/** Services the registry gives a plugin during restore, in the restorer process. */
export interface RestoreContext {
  /** The restorer-side fd already re-created for another file id (a dependency). */
  fdOf(fileId: number): number;
  /** The file_entry of another file id in the image. */
  entryOf(fileId: number): FileEntry;
  /** The image directory, for plugin images (pipes-data.img...). */
  readonly images: ImageDir;
  /** (Added.) The bytes a plugin's dump() returned as DumpedFile.data for `fileId`, if any. */
  dataOf(fileId: number): Uint8Array | undefined;
  /** State private to the calling plugin for this restore (created on first use). */
  state<T>(init: () => T): T;
  /**
   * (Added.) Opens `path` for the file being re-created (O_CLOEXEC) with the credentials of
   * the tasks that hold it (fs uid and gid, groups, effective capabilities): an image can
   * only give a task a file its own credentials could open. Never blocks (a FIFO without a
   * peer, a device): the open is made with O_NONBLOCK, cleared afterwards unless asked for.
   * Every plugin that opens a file by a path from the image must open it through this.
   */
  openPath(path: string, flags: number, mode?: number): number;
}

/** A restored task, stopped, on which syscalls can run (a @amber/sys Tracee fits). */
export interface RemoteTask {
  readonly pid: number;
  syscall(nr: number, ...args: Array<bigint | number>): bigint;
  /** Writes bytes into scratch memory inside the task and returns their address. */
  putScratch(data: Uint8Array, offset?: number): bigint;
}

/** Services for afterInstall(): the task's final fd numbers of other files. */
export interface TaskContext {
  readonly task: RemoteTask;
  /** The fd numbers, in this task, that hold file id `fileId` (empty if none). */
  fdsOf(fileId: number): number[];
}

export interface FilePlugin {
  /** CRIU's fd_types number (REG=1, PIPE=2, FIFO=3, EVENTFD=6, EVENTPOLL=7, MEMFD=18...). */
  readonly type: number;
  /** A short unique name: 'reg', 'pipe', 'eventpoll'... */
  readonly name: string;
  /**
   * True if this plugin handles the fd. Asked from the last registered plugin to the
   * first (later plugins take precedence); the first claim wins.
   */
  detect(probe: FdProbe): boolean;
  /**
   * The key that names this file for inherit-fd and --external (`pipe:[ino]`, a path).
   * Plugins without one cannot be made external.
   */
  key?(probe: FdProbe): string | undefined;
  /**
   * (Added.) The same key, from the image at restore time, so that --inherit-fd can
   * replace a file that was dumped normally (CRIU allows that). `pipe:[ino]`, a path.
   */
  keyOf?(entry: FileEntry): string | undefined;
  /** Dumps one open file description (called once per file id). */
  dump(probe: FdProbe, ctx: DumpContext): DumpedFile;
  /**
   * Called once after all fds are dumped: write plugin images (pipes-data...). (Added:)
   * `ctx.state` is the same per-dump state that dump()'s DumpContext.state gave.
   */
  finishDump?(images: ImageDir, ctx: FinishDumpContext): void;
  /**
   * (Added.) Called once at the very end of a dump, for plugins that dumped something:
   * 'kill' once the tree is dead, 'resume' before it runs on (--leave-running), 'abort'
   * when the dump failed and the tree runs on. For state a plugin changed in the live
   * tree (TCP repair mode, a network lock) that must be undone or released.
   */
  endDump?(outcome: DumpOutcome, ctx: FinishDumpContext): void;
  /**
   * File ids that must be re-created before this one (epoll: its targets). (Added:)
   * `ctx` lets a plugin read its DumpedFile.data (ctx.dataOf) to find them.
   */
  dependsOn?(entry: FileEntry, ctx: RestoreContext): number[];
  /**
   * Re-creates the open file description in the restorer and returns an O_CLOEXEC fd
   * for it. The engine hands it to every task that had it.
   */
  open(entry: FileEntry, ctx: RestoreContext): number;
  /** Runs in the restored task once all its fds are in place (remote syscalls). */
  afterInstall?(entry: FileEntry, fdInTask: number, ctx: TaskContext): void;
  /**
   * (Added.) Called once, in the restorer, when every task of the tree is whole and
   * before it runs, for plugins that opened something (TCP: leave repair mode, lift the
   * network lock). Not called when the restore fails.
   */
  finishRestore?(ctx: FinishRestoreContext): void;
}

/** (Added.) How a dump ended, for FilePlugin.endDump. */
export type DumpOutcome = 'kill' | 'resume' | 'abort';

/** (Added.) What finishRestore() gets. */
export interface FinishRestoreContext {
  /** The plugin's state for this restore, as RestoreContext.state created it (or fresh). */
  state<T>(init: () => T): T;
}
