// Where a dump writes: a hidden sibling of the images directory, named after the dumping
// amber's pid, that takes the directory's place in one atomic swap once the images are
// complete. A failed or killed dump never touches the checkpoint already at that path;
// what a killed dump leaves is removed by the next dump into the same directory.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { native } from '@amber/sys';
import { DumpError } from '../errors';

const STAGING = /^\.(.+)\.amber-dump-(\d+)\.tmp$/;

function stagingName(target: string, pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.amber-dump-${pid}.tmp`);
}

function alive(pid: number): boolean {
  try {
    native.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { errno?: number }).errno === 1; // EPERM: someone else's live process
  }
}

/** Dumps still writing into `target`: the pids of the ambers doing it. */
export function dumpsInProgress(target: string): number[] {
  const abs = path.resolve(target);
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(abs));
  } catch {
    return [];
  }
  return names
    .map((n) => STAGING.exec(n))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === path.basename(abs))
    .map((m) => Number(m[2]))
    .filter((pid) => pid !== process.pid && alive(pid));
}

/** Image files and the temporary names of image writers: what a checkpoint directory holds. */
function isImageName(name: string): boolean {
  return name.endsWith('.img') || (name.startsWith('.') && name.endsWith('.tmp'));
}

export class StagedImages {
  readonly target: string;
  readonly staging: string;

  /**
   * Checks that `target` may be replaced (absent, empty, or a checkpoint), removes the
   * staging directories of dumps into it that were killed, and makes this dump's own.
   */
  constructor(target: string, pid: number) {
    this.target = path.resolve(target);
    this.staging = stagingName(this.target, process.pid);
    if (fs.existsSync(this.target)) {
      if (!fs.statSync(this.target).isDirectory()) throw new DumpError(pid, 'check', `${this.target} exists and is not a directory`);
      const other = fs.readdirSync(this.target).find((n) => !isImageName(n));
      if (other !== undefined) {
        throw new DumpError(
          pid,
          'check',
          `${this.target} holds ${other}, which is not an image file; a dump replaces the whole directory once the new images are complete, ` +
            'so give it a new or empty directory, or one that holds only a checkpoint',
        );
      }
    } else {
      fs.mkdirSync(path.dirname(this.target), { recursive: true });
    }
    for (const n of fs.readdirSync(path.dirname(this.target))) {
      const m = STAGING.exec(n);
      if (m && m[1] === path.basename(this.target) && !alive(Number(m[2]))) fs.rmSync(path.join(path.dirname(this.target), n), { recursive: true, force: true });
    }
    fs.rmSync(this.staging, { recursive: true, force: true });
  }

  /** The complete images take the target's place; a checkpoint that was there is removed. */
  commit(fsync: boolean): void {
    if (fs.existsSync(this.target)) {
      native.renameExchange(this.staging, this.target);
      fs.rmSync(this.staging, { recursive: true, force: true }); // the previous checkpoint
    } else {
      fs.renameSync(this.staging, this.target);
    }
    if (fsync) {
      const fd = fs.openSync(path.dirname(this.target), 'r');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
  }

  /** A failed dump: its images go, the target stays as it was. */
  discard(): void {
    fs.rmSync(this.staging, { recursive: true, force: true });
  }
}
