// --shell-job end to end on real terminals. tools/testprogs/ttyjob is a terminal (a pty
// master relayed to its stdin/stdout) with a shell that runs a job on it; the job here is
// tools/testprogs/ttyecho, which answers every line it reads with its session, group and
// the terminal's foreground group. The job is dumped from one terminal and restored by an
// `amber restore --shell-job` that a second ttyjob runs as its job, on a new terminal.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { setChildSubreaper } from '@amber/sys';
import { testprogs, descendants, reapOrphans, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');

before(() => setChildSubreaper(true));

/** A ttyjob: its first line, and everything its terminal shows. */
class Terminal {
  readonly proc: ChildProcessWithoutNullStreams;
  output = '';
  exit: number | null | undefined;

  constructor(argv: string[]) {
    this.proc = spawn(path.join(testprogs, 'ttyjob'), argv, { stdio: 'pipe' });
    this.proc.stdout.on('data', (b: Buffer) => (this.output += b.toString()));
    this.proc.stderr.on('data', (b: Buffer) => (this.output += b.toString()));
    this.proc.on('exit', (code) => (this.exit = code));
  }

  async started(): Promise<{ pts: string; shell: number; job: number }> {
    await until(() => /^ttyjob pts=\S+ shell=\d+ job=\d+\n/.test(this.output), 'the terminal');
    const m = /^ttyjob pts=(\S+) shell=(\d+) job=(\d+)/.exec(this.output)!;
    return { pts: m[1]!, shell: Number(m[2]), job: Number(m[3]) };
  }

  /** Waits for a line matching `re` on the terminal. */
  async line(re: RegExp, what: string): Promise<RegExpExecArray> {
    let m: RegExpExecArray | null = null;
    await until(() => (m = re.exec(this.output)) !== null, `${what} (terminal so far: ${JSON.stringify(this.output)})`, 10_000);
    return m!;
  }

  type(text: string): void {
    this.proc.stdin.write(text);
  }

  /** Kills whatever still runs on it (by pid), lets node reap the ttyjob, then reaps orphans. */
  async close(): Promise<void> {
    if (this.exit === undefined && this.proc.pid !== undefined) {
      for (const pid of descendants(this.proc.pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      await until(() => this.exit !== undefined, 'the terminal to exit');
    }
    await reapOrphans();
  }
}

function stat(pid: number): { pgrp: number; session: number; tpgid: number } {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { pgrp: Number(f[2]), session: Number(f[3]), tpgid: Number(f[5]) };
}

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [amber, ...args], { encoding: 'utf8' });
  return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

test('--shell-job: a job of a shell is dumped from one terminal and restored onto another, where it reads, writes and is the foreground job', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-shell-job-'));
  const img = path.join(dir, 'img');
  const first = new Terminal([path.join(testprogs, 'ttyecho')]);
  let second: Terminal | undefined;
  try {
    const t1 = await first.started();
    const job = t1.job;
    await first.line(new RegExp(`ready pid=${job} sid=${t1.shell} pgid=${job}\n`), 'the job to start');
    first.type('one\n');
    await first.line(new RegExp(`got one n=1 sid=${t1.shell} pgid=${job} fg=${job} tty=1\n`), 'the answer on the first terminal');
    const st = fs.statSync(t1.pts);
    const key = `tty[${st.rdev.toString(16)}:${st.dev.toString(16)}]`;

    // Without --shell-job: a clear error naming the task, the terminal and the flag; the job goes on.
    const refused = cli(['dump', '-t', String(job), '-D', img]);
    assert.equal(refused.code, 1, refused.stderr);
    for (const part of [`pid ${job} fd 0`, t1.pts, key, `session ${t1.shell}`, '--shell-job']) assert.ok(refused.stderr.includes(part), `lacks ${part}: ${refused.stderr}`);
    first.type('again\n');
    await first.line(/got again n=2 /, 'the job still answering after the refused dump');

    const dumped = cli(['dump', '-t', String(job), '-D', img, '--shell-job']);
    assert.equal(dumped.code, 0, dumped.stderr);
    await first.line(/ttyjob: job killed by signal 9\n/, 'the first shell to see its job killed');
    await until(() => first.exit !== undefined, 'the first terminal to close');

    // The shell's terminal is not in the images: fds 0-2 are external tty[RDEV:DEV] files.
    const fds = JSON.parse(cli(['show', '--fds', '--json', img]).stdout) as Array<{ fd: number; type: string; key: string }>;
    for (const fd of [0, 1, 2]) assert.deepEqual(fds.filter((f) => f.fd === fd).map((f) => [f.type, f.key]), [['TTY', key]], JSON.stringify(fds));

    // Restore needs --shell-job, and then a terminal.
    const noFlag = cli(['restore', '-D', img]);
    assert.equal(noFlag.code, 1);
    assert.match(noFlag.stderr, /shell job.*--shell-job/s);
    assert.ok(noFlag.stderr.includes(key), noFlag.stderr);
    const noTty = cli(['restore', '-D', img, '--shell-job']);
    assert.equal(noTty.code, 1);
    assert.match(noTty.stderr, /none of amber's stdin, stdout and stderr is one/);
    assert.ok(!fs.existsSync(`/proc/${job}`), 'nothing restored by the failed attempts');

    second = new Terminal([process.execPath, amber, 'restore', '-D', img, '--shell-job']);
    const t2 = await second.started();
    // (The first terminal is closed by now: its pty is gone, even if the new one reuses its number.)
    await second.line(new RegExp(`restored pid ${job} `), 'the restore');
    second.type('two\n');
    await second.line(new RegExp(`got two n=3 sid=${t2.shell} pgid=${job} fg=${job} tty=1\n`), 'the restored job answering on the new terminal');
    assert.equal(fs.readlinkSync(`/proc/${job}/fd/0`), t2.pts);
    assert.deepEqual(stat(job), { pgrp: job, session: t2.shell, tpgid: job }, "in the restorer's session, its own group, in the foreground");
    second.type('three\n');
    await second.line(/got three n=4 /, 'the job carrying on');

    // End of file on the terminal: the job ends, amber exits with its status, the shell reports it.
    second.proc.stdin.end();
    await second.line(/ttyjob: job exited 0\n/, 'amber to exit with the job');
    await until(() => second!.exit !== undefined, 'the second terminal to close');
  } finally {
    await first.close();
    await second?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
