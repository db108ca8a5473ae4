// The in-process API: the fast path for embedders (no exec, warm code).
import { ImageDir } from '@amber/images';
import { dumpProcess } from './dump/dump-process';
import { restoreTask } from './restore/restore-task';
import { PageSink, finishImages, writeTaskImages } from './images/write';
import { readTaskImages } from './images/read';
import type { AmberEmitter } from './events';
import { FdDumper, FdRestorer, builtinRegistry, type FileRegistry } from '@amber/files';

/** The registry Amber uses unless told otherwise: every built-in file type. */
export function defaultRegistry(): FileRegistry {
  return builtinRegistry();
}

export interface DumpOptions {
  pid: number;
  imagesDir: string;
  /** Files not to dump, by key (`pipe:[ino]`, a path, `fd[N]`): restore then needs --inherit-fd. */
  external?: string[];
  /** File-type plugins (default: regular files, pipes, FIFOs, epoll). */
  registry?: FileRegistry;
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
  ev?.emit('pre-dump', { pid: opts.pid, imagesDir: opts.imagesDir });
  const dir = ImageDir.create(opts.imagesDir, { overwrite: true, fsync: opts.fsync ?? true });
  const sink = new PageSink(dir, 1);
  const files = new FdDumper(opts.registry ?? defaultRegistry(), { external: opts.external, rootPid: opts.pid, pids: [opts.pid] });
  ev?.emit('phase', { phase: 'dump-task', pid: opts.pid });
  let frozen;
  try {
    frozen = dumpProcess(opts.pid, (run) => {
      sink.push(run);
      ev?.emit('pages', { pid: opts.pid, pages: run.data.length / 4096, bytes: run.data.length });
    }, files);
  } catch (e) {
    sink.abort(); // no temp file left behind; the directory stays without inventory
    files.close();
    throw e;
  }
  try {
    sink.close();
    ev?.emit('phase', { phase: 'write-images', pid: opts.pid });
    writeTaskImages(dir, frozen.task, sink, files);
    files.writeImages(dir);
    finishImages(dir);
  } catch (e) {
    frozen.release('resume');
    throw e;
  } finally {
    files.close();
  }
  ev?.emit('phase', { phase: opts.leaveRunning ? 'resume' : 'kill', pid: opts.pid });
  frozen.release(opts.leaveRunning ? 'resume' : 'kill');
  ev?.emit('post-dump', { pid: opts.pid, imagesDir: opts.imagesDir, pages: frozen.pages });
  ev?.emit('phase', { phase: 'done', pid: opts.pid });
  return { pid: opts.pid, pages: frozen.pages };
}

export interface RestoreOptions {
  imagesDir: string;
  /** `fd[N]:KEY`: this process's fd N stands in for the file KEY. */
  inheritFds?: string[];
  registry?: FileRegistry;
  events?: AmberEmitter;
}

export interface RestoreSummary {
  /** The root task's pid (the same as at dump). */
  pid: number;
  pages: number;
}

/** Restores the tree and leaves it running as children of this process. */
export function restore(opts: RestoreOptions): RestoreSummary {
  const ev = opts.events;
  const dir = ImageDir.open(opts.imagesDir);
  const image = readTaskImages(dir);
  ev?.emit('pre-restore', { pid: image.task.pid, imagesDir: opts.imagesDir });
  ev?.emit('phase', { phase: 'restore-task', pid: image.task.pid });
  const pid = image.task.pid;
  const files = new FdRestorer(opts.registry ?? defaultRegistry(), dir, { inheritFds: opts.inheritFds, rootFilesId: pid });
  let r;
  try {
    files.openAll();
    r = restoreTask(image.task, image.pages(), { spawn: files.spawnFds(pid), complete: (t) => files.completeSpawned(t, pid) });
  } finally {
    files.close();
  }
  ev?.emit('post-restore', { pid: r.pid, imagesDir: opts.imagesDir });
  ev?.emit('phase', { phase: 'done', pid: r.pid });
  return { pid: r.pid, pages: r.pages };
}
