// The in-process API: the fast path for embedders (no exec, warm code).
import { ImageDir } from '@amber/images';
import { dumpTask } from './dump/dump-task';
import { freezeTree, killTree, thawTree } from './dump/tree';
import { refuseSharedObjects } from './dump/sharing';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PageSink, ShmemImages, finishImages, writeTaskImages, writeZombie } from './images/write';
import { checkDumpTarget } from './dump/targets';
import { StagedImages, dumpsInProgress } from './dump/staging';
import { treeEntries } from './dump/pstree';
import { VirtualPids } from './dump/vpids';
import { readTreeImages } from './images/read';
import { restoreTreeFrom } from './restore/tree';
import type { AmberEmitter } from './events';
import { FdDumper, type FileRegistry } from '@amber/files';
import { defaultRegistry } from './registry';
import { DumpError } from './errors';
import { native, O_CLOEXEC, O_DIRECTORY, O_RDONLY, SYNC_FILE_RANGE_WRITE } from '@amber/sys';

/**
 * How a dump makes its images durable: writeback of page data starts as it is written,
 * and one syncfs before inventory.img replaces an fsync per file (one journal commit for
 * the whole directory instead of hundreds for a big tree).
 */
const durability = {
  syncAll(dir: string): void {
    const fd = native.open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    try {
      native.syncfs(fd);
    } finally {
      native.close(fd);
    }
  },
  startWriteback(fd: number, offset: number, length: number): void {
    native.syncFileRange(fd, offset, length, SYNC_FILE_RANGE_WRITE);
  },
};

export { defaultRegistry };

export interface DumpOptions {
  pid: number;
  imagesDir: string;
  /** Files not to dump, by key (`pipe:[ino]`, a path, `fd[N]`): restore then needs --inherit-fd. */
  external?: string[];
  /** File-type plugins (default: regular files, terminals, pipes, FIFOs, epoll). */
  registry?: FileRegistry;
  /** The tree is a shell job: its shell's terminal is external (for the default registry). */
  shellJob?: boolean;
  /** Dump established TCP connections (for the default registry; CRIU's --tcp-established). */
  tcpEstablished?: boolean;
  /** Resume the tree after the dump instead of killing it. */
  leaveRunning?: boolean;
  /** fsync every image file (default true). */
  fsync?: boolean;
  events?: AmberEmitter;
}

export interface DumpSummary {
  pid: number;
  pages: number;
}

export function dump(opts: DumpOptions): DumpSummary {
  const ev = opts.events;
  const fsync = opts.fsync ?? true;
  checkDumpTarget(opts.pid);
  const staged = new StagedImages(opts.imagesDir, opts.pid);
  ev?.emit('pre-dump', { pid: opts.pid, imagesDir: opts.imagesDir });
  // The images are written aside and take the directory's place only once complete.
  const dir = ImageDir.create(staged.staging, { fsync, ...durability });
  ev?.emit('phase', { phase: 'freeze', pid: opts.pid });
  let tree: ReturnType<typeof freezeTree>;
  let vpids: VirtualPids;
  try {
    tree = freezeTree(opts.pid);
  } catch (e) {
    staged.discard();
    throw e;
  }
  try {
    vpids = new VirtualPids(tree);
    refuseSharedObjects(tree.tasks.map((t) => t.pid));
  } catch (e) {
    thawTree(tree);
    staged.discard();
    throw e;
  }
  const files = new FdDumper(opts.registry ?? defaultRegistry({ shellJob: opts.shellJob, tcpEstablished: opts.tcpEstablished }), { external: opts.external, rootPid: opts.pid, pids: tree.tasks.map((t) => t.pid), imagePid: (pid) => vpids.of(pid) });
  let pages = 0;
  let sink: PageSink | null = null;
  // Shared memory objects get the pages ids after the tasks' ones.
  const objects = new ShmemImages(dir, tree.tasks.length + 1, (pid, run) =>
    ev?.emit('pages', { pid, pages: run.data.length / 4096, bytes: run.data.length }));
  try {
    tree.tasks.forEach((t, i) => {
      ev?.emit('phase', { phase: 'dump-task', pid: t.pid });
      sink = new PageSink(dir, i + 1);
      const s = sink;
      const r = dumpTask(t.threads, (run) => {
        s.push(run);
        ev?.emit('pages', { pid: t.pid, pages: run.data.length / 4096, bytes: run.data.length });
      }, (tid) => tree.status.get(tid)!, objects);
      const fds = files.dumpTask(t.pid);
      if (ev?.listenerCount('file')) for (const f of fds) ev.emit('file', { op: 'dump', pid: t.pid, fd: f.fd, fileId: f.id, type: f.type });
      s.close();
      sink = null;
      pages += r.pages;
      writeTaskImages(dir, vpids.task(r.task), s, files, t.pid);
    });
    pages += objects.pages;
    for (const z of tree.zombies) writeZombie(dir, { ...z, pid: vpids.of(z.pid) });
    ev?.emit('phase', { phase: 'write-images', pid: opts.pid });
    dir.writePstree(treeEntries(tree, vpids.rootIsInit ? 'container' : 'subtree'));
    files.writeImages(dir);
    finishImages(dir);
    staged.commit(fsync);
  } catch (e) {
    (sink as PageSink | null)?.abort();
    endDumpQuietly(files, 'abort');
    thawTree(tree);
    staged.discard(); // the directory holds what it held before
    throw e;
  } finally {
    files.close();
  }
  // The post-dump hook runs while the tree is still frozen, so that its veto can leave it running.
  try {
    ev?.emit('post-dump', { pid: opts.pid, imagesDir: opts.imagesDir, pages });
  } catch (e) {
    fs.rmSync(path.join(staged.target, 'inventory.img'), { force: true });
    endDumpQuietly(files, 'abort');
    thawTree(tree);
    throw new DumpError(opts.pid, 'post-dump', `a post-dump hook vetoed the dump (the tree runs on, the images are marked incomplete): ${(e as Error).message}`, { cause: e });
  }
  ev?.emit('phase', { phase: opts.leaveRunning ? 'resume' : 'kill', pid: opts.pid });
  if (opts.leaveRunning) {
    try {
      files.endDump('resume');
    } finally {
      thawTree(tree);
    }
  } else {
    killTree(tree);
    files.endDump('kill');
  }
  ev?.emit('phase', { phase: 'done', pid: opts.pid });
  return { pid: opts.pid, pages };
}

/** Plugins undo what they changed in the live tree; a failure there must not hide the dump's own error nor keep the tree frozen. */
function endDumpQuietly(files: FdDumper, outcome: 'abort'): void {
  try {
    files.endDump(outcome);
  } catch (e) {
    process.emitWarning(`amber: a file plugin could not undo its dump-time changes (${outcome}): ${(e as Error).message}`);
  }
}

export interface RestoreOptions {
  imagesDir: string;
  /** `fd[N]:KEY`: this process's fd N stands in for the file KEY. */
  inheritFds?: string[];
  registry?: FileRegistry;
  /** Restore established TCP connections (for the default registry; CRIU's --tcp-established). */
  tcpEstablished?: boolean;
  events?: AmberEmitter;
}

export interface RestoreSummary {
  /** The root task's pid (the same as at dump). */
  pid: number;
  pages: number;
}

/** Restores the tree and leaves it running; its root is a child of this process. */
export function restore(opts: RestoreOptions): RestoreSummary {
  const ev = opts.events;
  const busy = dumpsInProgress(opts.imagesDir);
  if (!fs.existsSync(path.join(opts.imagesDir, 'inventory.img')) && busy.length > 0) {
    throw new Error(`${opts.imagesDir}: inventory.img is absent and a dump into it is still being written (amber pid ${busy.join(', ')}); restore once it has finished`);
  }
  if (!fs.existsSync(opts.imagesDir)) throw new Error(`image directory ${opts.imagesDir} does not exist`);
  const dir = ImageDir.open(opts.imagesDir);
  const tree = readTreeImages(dir);
  const root = tree.entries[0]!.pid;
  ev?.emit('pre-restore', { pid: root, imagesDir: opts.imagesDir });
  // A 'restore-task' phase for each task, then post-restore is emitted by restoreTreeFrom while the tree is still held, so it can veto.
  const r = restoreTreeFrom(dir, tree, opts);
  ev?.emit('phase', { phase: 'done', pid: r.pid });
  return r;
}
