// --shell-job end to end on real terminals. tools/testprogs/ttyjob is a terminal (a pty
// master relayed to its stdin/stdout) with a shell that runs a job on it; the job here is
// tools/testprogs/ttyecho, which answers every line it reads with its session, group and
// the terminal's foreground group. The job is dumped from one terminal and restored by an
// `amber restore --shell-job` that a second ttyjob runs as its job, on a new terminal;
// then dumped again and restored by an amber without a terminal, whose --inherit-fd
// gives the job a socket in place of the terminal.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { isErrno, native, setChildSubreaper, socketpair, AF_UNIX, F_SETFL, O_NONBLOCK, SOCK_STREAM } from '@amber/sys';
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

test('--shell-job: a job of a shell is dumped from one terminal and restored onto another, where it reads, writes and is the foreground job; then into a restorer without a terminal, on a socket given with --inherit-fd', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-shell-job-'));
  const img = path.join(dir, 'img');
  const first = new Terminal([path.join(testprogs, 'ttyecho')]);
  let second: Terminal | undefined;
  let restorer: ChildProcess | undefined;
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
    const st2 = fs.statSync(t2.pts);
    const key2 = `tty[${st2.rdev.toString(16)}:${st2.dev.toString(16)}]`;
    await second.line(new RegExp(`restored pid ${job} `), 'the restore');
    second.type('two\n');
    await second.line(new RegExp(`got two n=3 sid=${t2.shell} pgid=${job} fg=${job} tty=1\n`), 'the restored job answering on the new terminal');
    assert.equal(fs.readlinkSync(`/proc/${job}/fd/0`), t2.pts);
    assert.deepEqual(stat(job), { pgrp: job, session: t2.shell, tpgid: job }, "in the restorer's session, its own group, in the foreground");
    second.type('three\n');
    await second.line(/got three n=4 /, 'the job carrying on');

    // Once more, from the second terminal; this time restored by an amber with no
    // terminal at all, told with --inherit-fd to give the job a socket in its place.
    const img2 = path.join(dir, 'img2');
    const again = cli(['dump', '-t', String(job), '-D', img2, '--shell-job']);
    assert.equal(again.code, 0, again.stderr);
    await second.line(/ttyjob: job exited 137\n/, 'amber to exit with the killed job (128 + 9)');
    const keys = [...new Set((JSON.parse(cli(['show', '--fds', '--json', img2]).stdout) as Array<{ key: string }>).map((f) => f.key).filter((k) => k.startsWith('tty[')))];
    // One key now: the job's /dev/tty (fd 3) came back as the terminal itself.
    assert.deepEqual(keys, [key2]);
    const [mine, theirs] = socketpair(AF_UNIX, SOCK_STREAM);
    native.fcntl(mine, F_SETFL, O_NONBLOCK);
    restorer = spawn(process.execPath, [amber, 'restore', '-D', img2, '--shell-job', ...keys.flatMap((k) => ['--inherit-fd', `fd[0]:${k}`])], { stdio: [theirs, 'pipe', 'pipe'] });
    native.close(theirs);
    let exited: number | null | undefined;
    let err = '';
    restorer.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    restorer.on('exit', (code) => (exited = code));
    let got = '';
    const readable = (): string => {
      const buf = Buffer.alloc(4096);
      try {
        const n = native.read(mine, buf);
        return buf.subarray(0, n).toString();
      } catch (e) {
        if (isErrno(e, 'EAGAIN')) return '';
        throw e;
      }
    };
    await until(() => fs.existsSync(`/proc/${job}`) && stat(job).pgrp === job, `the job restored without a terminal (${err})`, 10_000);
    native.write(mine, Buffer.from('four\n'));
    const amberSid = stat(restorer.pid!).session;
    await until(() => new RegExp(`got four n=5 sid=${amberSid} pgid=${job} fg=-1 tty=1\n`).test((got += readable())), `the job answering on the socket (got ${JSON.stringify(got)}, ${err})`, 10_000);
    native.close(mine); // end of file: the job ends, and amber with it
    await until(() => exited !== undefined, 'the restorer to exit');
    assert.equal(exited, 0, err);

    // End of file on the terminal: the shell ends, and the terminal closes.
    second.proc.stdin.end();
    await until(() => second!.exit !== undefined, 'the second terminal to close');
  } finally {
    if (restorer?.pid !== undefined && restorer.exitCode === null) {
      for (const pid of descendants(restorer.pid)) process.kill(pid, 'SIGKILL');
    }
    await first.close();
    await second?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
