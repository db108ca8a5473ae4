// The shape of most end-to-end cases: start a test program, dump and restore it through
// the amber command some rounds, then SIGTERM it so that it checks its own state and
// prints PASS or FAIL. A failed case leaves no process behind.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, waitForAsync, SIGTERM } from '@amber/sys';
import { startProgram, killTree, reapOrphans, run, sleep, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', '..', 'src', 'main.js');

/** Runs the amber command. */
export const cli = (...args: string[]) => run(process.execPath, [amber, ...args]);

export interface RoundTripOptions {
  /** Dump and restore rounds (default 1). */
  rounds?: number;
  /** Program arguments. */
  args?: string[];
  /** Pause after "ready" and after each restore (default 20 ms). */
  settleMs?: number;
  /** Called with the running task before each dump (round 0, 1...). */
  beforeDump?: (pid: number, round: number) => void;
  /** Called with each round's image directory, right after its dump. */
  checkImages?: (img: string, round: number) => void;
  /** Called after each restore, with the task running again. */
  afterRestore?: (pid: number, round: number) => void;
}

/** Starts `prog`, waits for "ready", dumps and restores it, then asks it to check itself; returns its output. */
export async function dumpRestoreCheck(prog: string, opts: RoundTripOptions = {}): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `amber-${prog}-`));
  const out = path.join(dir, 'out');
  const p = await startProgram(prog, out, opts.args ?? []);
  let live = true;
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), `${prog} to get ready`);
    await sleep(opts.settleMs ?? 20);
    for (let round = 0; round < (opts.rounds ?? 1); round++) {
      const img = path.join(dir, `img${round}`);
      opts.beforeDump?.(p.pid, round);
      const d = cli('dump', '-t', String(p.pid), '-D', img);
      assert.equal(d.code, 0, `dump round ${round}: ${d.stderr}`);
      if (round === 0) await p.reap();
      else await waitForAsync(p.pid);
      await reapOrphans(); // the rest of a killed tree was re-parented to us
      live = false;
      opts.checkImages?.(img, round);
      const r = cli('restore', '-D', img, '-d');
      assert.equal(r.code, 0, `restore round ${round}: ${r.stderr}`);
      live = true;
      opts.afterRestore?.(p.pid, round);
      await sleep(opts.settleMs ?? 20);
    }
    native.kill(p.pid, SIGTERM);
    const status = await waitForAsync(p.pid);
    live = false;
    const text = fs.readFileSync(out, 'utf8');
    assert.deepEqual(status, { kind: 'exited', code: 0 }, `${prog} exit: ${text}`);
    return text;
  } finally {
    if (live) await killTree(p.pid); // the whole tree: a failed case leaves no process behind
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
