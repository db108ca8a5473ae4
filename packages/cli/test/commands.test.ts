// amber check, show, ps and terminal progress, through the `amber` command on real
// processes and real images.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper } from '@amber/sys';
import { killTree, startProgram, procState, run, sleep, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');
const cli = (...args: string[]) => run(process.execPath, [amber, ...args]);

/** Like cli(), without blocking: independent invocations run side by side. */
function cliAsync(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [amber, ...args], { encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let work = '';
/** A real dump of a real busyloop, made once with the CLI; the tests only read it. */
let img = '';
let dumpedPid = 0;
let outFile = '';

/** Our children (we are the subreaper: anything a command leaks ends up here). */
function children(): number[] {
  return fs.readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
}

function comm(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

before(async () => {
  setChildSubreaper(true);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-cmd-'));
  img = path.join(work, 'img');
  outFile = path.join(work, 'out');
  const p = await startProgram('busyloop', outFile);
  await sleep(20);
  const d = cli('dump', '-t', String(p.pid), '-D', img);
  if (d.code !== 0) await killTree(p.pid); // a failed setup must not leave the program running
  assert.equal(d.code, 0, d.stderr);
  assert.equal((await p.reap()).kind, 'signaled');
  dumpedPid = p.pid;
});

after(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------- check --

test('amber check probes every feature on real children, exits 0 here, and leaves no child behind', () => {
  const r = cli('check');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  for (const name of [
    'root / CAP_SYS_ADMIN', 'ptrace seize/interrupt', 'clone3 set_tid', 'pid namespaces', 'PR_SET_MM_MAP', 'kcmp',
    'pidfd_open/pidfd_getfd', 'process_vm_readv', '/proc/PID/pagemap', 'PTRACE_GET_RSEQ_CONFIGURATION', 'ARCH_MAP_VDSO_64',
    'vdso layout', 'RLIMIT_NOFILE',
  ]) {
    assert.match(r.stdout, new RegExp(`^ok +${name.replace(/[/()]/g, '\\$&')}`, 'm'), `${name} is ok`);
  }
  assert.match(r.stdout, /dump and restore can work on this machine/);
  // The details come from the probes, not from a version table.
  assert.match(r.stdout, /clone3 set_tid +started a child at the chosen free pid \d+/);
  assert.match(r.stdout, /ARCH_MAP_VDSO_64 +mapped child \d+'s vdso back at 0x[0-9a-f]+ with the same layout/);
  assert.match(r.stdout, /vdso layout +.*\[vdso\] \d+ pages/);
  assert.deepEqual(children().filter((c) => comm(c) === 'amber-stub'), [], 'every probe child was killed and reaped');
});

test('amber check --json: one object with ok and every check', () => {
  const r = cli('check', '--json');
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout) as { ok: boolean; checks: Array<{ name: string; status: string; required: boolean; detail: string; without: string }> };
  assert.equal(j.ok, true);
  assert.equal(j.checks.length, 13);
  for (const c of j.checks) {
    assert.equal(c.status, 'ok', `${c.name}: ${c.detail}`);
    assert.ok(c.without.length > 0, `${c.name} says what breaks without it`);
  }
  const nofile = j.checks.find((c) => c.name === 'RLIMIT_NOFILE')!;
  const soft = fs.readFileSync('/proc/self/limits', 'utf8').match(/^Max open files\s+(\d+)/m)![1];
  assert.match(nofile.detail, new RegExp(`soft ${soft}\\b`), 'the limit amber runs with (node raises soft to hard, like us)');
  assert.equal(j.checks.find((c) => c.name === 'clone3 set_tid')!.required, true);
  assert.equal(j.checks.find((c) => c.name === 'pid namespaces')!.required, false);
});

const hasSetpriv = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

test('amber check as an unprivileged user: set_tid is missing, exit 1, still no child left', { skip: hasSetpriv ? false : 'needs root and setpriv(1)' }, () => {
  // The built files must be readable by "nobody"; they are (0644/0755 under a+rx dirs) in this checkout.
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, amber, 'check', '--json'], { encoding: 'utf8', cwd: '/' });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const j = JSON.parse(r.stdout) as { ok: boolean; checks: Array<{ name: string; status: string; detail: string }> };
  assert.equal(j.ok, false);
  const byName = new Map(j.checks.map((c) => [c.name, c]));
  assert.equal(byName.get('root / CAP_SYS_ADMIN')!.status, 'missing');
  assert.equal(byName.get('clone3 set_tid')!.status, 'missing');
  assert.match(byName.get('clone3 set_tid')!.detail, /EPERM/);
  assert.equal(byName.get('ptrace seize/interrupt')!.status, 'ok', 'its own child can still be traced');
  const text = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, amber, 'check'], { encoding: 'utf8', cwd: '/' });
  assert.equal(text.status, 1);
  assert.match(text.stdout, /^missing +clone3 set_tid +.*EPERM/m);
  assert.match(text.stdout, /without it: restore cannot recreate tasks at their dumped pids/);
  assert.match(text.stdout, /dump and restore cannot work here: missing .*clone3 set_tid/);
  assert.deepEqual(children().filter((c) => comm(c) === 'amber-stub'), []);
});

// ----------------------------------------------------------------- show --

test('amber show FILE: the core image as crit-style JSON with the registers', () => {
  const r = cli('show', path.join(img, `core-${dumpedPid}.img`));
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.magic, 'CORE');
  assert.equal(j.entries.length, 1);
  const core = j.entries[0];
  assert.equal(core.mtype, 'X86_64');
  const regs = core.thread_info.gpregs;
  for (const reg of ['ip', 'sp', 'ax', 'flags', 'fs_base', 'cs', 'ss']) assert.match(regs[reg], /^0x[0-9a-f]+$/, `gpregs.${reg}`);
  assert.equal(regs.mode, 'NATIVE');
  assert.equal(regs.cs, '0x33', '64-bit user code segment');
  assert.equal(core.tc.comm, 'busyloop');
  assert.equal(core.tc.task_state, 'Alive');
});

test('amber show DIR: every image file keyed by name; raw pages summarised', () => {
  const r = cli('show', img);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  const names = fs.readdirSync(img).filter((n) => n.endsWith('.img')).sort();
  assert.deepEqual(Object.keys(j).sort(), names);
  assert.equal(j['pstree.img'].magic, 'PSTREE');
  assert.equal(j['pstree.img'].entries[0].pid, dumpedPid);
  assert.equal(j['inventory.img'].entries[0].img_version, 2);
  assert.match(j[`core-${dumpedPid}.img`].entries[0].thread_info.gpregs.ip, /^0x/);
  const size = fs.statSync(path.join(img, 'pages-1.img')).size;
  assert.deepEqual(j['pages-1.img'], { raw: 'pages', pages: size / 4096, bytes: size });
  // -D is the same as the argument.
  assert.equal(cli('show', '-D', img).stdout, r.stdout);
});

test('amber show on corrupted copies exits 1 naming the file and the byte offset', () => {
  const bad = path.join(work, 'bad');
  fs.rmSync(bad, { recursive: true, force: true });
  fs.cpSync(img, bad, { recursive: true });
  const core = path.join(bad, `core-${dumpedPid}.img`);
  const orig = fs.readFileSync(core);

  // An entry length word far past the end of the file.
  const huge = Buffer.from(orig);
  huge.writeUInt32LE(0xfffffff0, 8);
  fs.writeFileSync(core, huge);
  let r = cli('show', core);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, new RegExp(`core-${dumpedPid}\\.img: at byte offset 8: expected an entry length`));

  // Truncated in the middle of the entry.
  fs.writeFileSync(core, orig.subarray(0, 100));
  r = cli('show', core);
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`core-${dumpedPid}\\.img: at byte offset \\d+: expected`));

  // A wrong image magic, in a whole directory: the other files still print, the broken one is named.
  fs.writeFileSync(core, orig);
  const pstree = Buffer.from(fs.readFileSync(path.join(bad, 'pstree.img')));
  pstree[4] ^= 0xff;
  fs.writeFileSync(path.join(bad, 'pstree.img'), pstree);
  r = cli('show', bad);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /pstree\.img: at byte offset 4: expected a known image magic/);
  const j = JSON.parse(r.stdout);
  assert.match(j['pstree.img'].error, /at byte offset 4/);
  assert.equal(j[`core-${dumpedPid}.img`].magic, 'CORE');

  // A raw pages file that ends inside a page.
  fs.appendFileSync(path.join(bad, 'pages-1.img'), Buffer.alloc(10));
  r = cli('show', path.join(bad, 'pages-1.img'));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /pages-1\.img: at byte offset \d+: expected whole 4096-byte pages/);

  // ps reads the tree, so it fails on the broken pstree too.
  r = cli('ps', bad);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /pstree\.img: at byte offset 4/);
});

test('amber show --fds lists fd 1 as the output file, with type, flags and key', () => {
  const r = cli('show', '--fds', img);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0]!, /PID +FD +TYPE +FD-FLAGS +FLAGS +KEY/);
  const fd1 = lines.find((l) => new RegExp(`^\\s*${dumpedPid}\\s+1\\s`).test(l));
  assert.ok(fd1, r.stdout);
  assert.match(fd1!, new RegExp(`REG .*O_WRONLY.* ${outFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));

  const j = JSON.parse(cli('show', '--fds', '--json', img).stdout) as Array<{ pid: number; fd: number; type: string; key: string; flags: string; cloexec: boolean }>;
  assert.deepEqual(j.map((x) => x.fd), [0, 1, 2]);
  const row = j.find((x) => x.fd === 1)!;
  assert.equal(row.pid, dumpedPid);
  assert.equal(row.type, 'REG');
  assert.equal(row.key, outFile);
  assert.match(row.flags, /^O_WRONLY/);
  assert.equal(row.cloexec, false);
  assert.equal(j.find((x) => x.fd === 0)!.key, '/dev/null');
});

// ------------------------------------------------------------------- ps --

test('amber ps shows the dumped pid, its ids, comm and the image sizes', () => {
  const r = cli('ps', img);
  assert.equal(r.code, 0, r.stderr);
  const pstree = JSON.parse(cli('show', path.join(img, 'pstree.img')).stdout).entries[0];
  const row = r.stdout.split('\n').find((l) => new RegExp(`^\\s*${dumpedPid}\\s`).test(l));
  assert.ok(row, r.stdout);
  assert.match(row!, new RegExp(`^\\s*${dumpedPid}\\s+0\\s+${pstree.pgid}\\s+${pstree.sid}\\s+1\\s+Alive\\s+\\d+\\s+busyloop$`));
  const pagesBytes = fs.statSync(path.join(img, 'pages-1.img')).size;
  assert.match(r.stdout, new RegExp(`images: ${pagesBytes / 4096} pages \\(`));

  const j = JSON.parse(cli('ps', '--json', img).stdout);
  assert.equal(j.tasks.length, 1);
  assert.equal(j.tasks[0].pid, dumpedPid);
  assert.equal(j.tasks[0].comm, 'busyloop');
  assert.deepEqual(j.tasks[0].threads, [dumpedPid]);
  assert.equal(j.tasks[0].pages, pagesBytes / 4096, 'the pagemap accounts for every stored page');
  assert.deepEqual(j.pages, { pages: pagesBytes / 4096, bytes: pagesBytes, files: 1 });
  assert.equal(j.complete, true);
});

// ---------------------------------------------------------------- usage --

test('unknown and contradictory flags exit 2 with the error and the usage', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['check', '--bogus'], /amber check: unknown option --bogus/],
    [['check', 'extra'], /amber check: unexpected argument extra/],
    [['show', '--bogus', img], /amber show: unknown option --bogus/],
    [['show', '--fds', path.join(img, 'pstree.img')], /--fds needs an image directory/],
    [['show', img, '-D', img], /either as an argument or with -D, not both/],
    [['show'], /amber show: which image FILE or DIR/],
    [['show', img, img], /unexpected argument/],
    [['ps', '--fds', img], /amber ps: unknown option --fds/],
    [['ps'], /amber ps: which image DIR/],
    [['ps', '--json=yes', img], /option --json takes no value/],
  ];
  const results = await Promise.all(cases.map(([args]) => cliAsync(...args)));
  for (const [i, [args, msg]] of cases.entries()) {
    const r = results[i]!;
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, msg, args.join(' '));
    assert.match(r.stderr, new RegExp(`usage: amber ${args[0]} `), `${args.join(' ')} prints the usage`);
    assert.equal(r.stdout, '');
  }
  const missing = cli('show', path.join(work, 'nothing-here'));
  assert.equal(missing.code, 1, 'a missing file is a failure, not a usage error');
  assert.match(missing.stderr, /nothing-here: no such file or directory/);
  const notImages = cli('ps', work);
  assert.equal(notImages.code, 1);
  assert.match(notImages.stderr, /is not an image directory/);
});

test('--help for every command exits 0; `amber --help` lists them; help loads no heavy module', () => {
  for (const c of ['check', 'show', 'ps', 'dump', 'restore']) {
    const r = cli(c, '--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`^usage: amber ${c}`));
    assert.match(r.stdout, /-h, --help/);
  }
  const top = cli('--help');
  for (const c of ['check', 'show', 'ps']) assert.match(top.stdout, new RegExp(`^  ${c} `, 'm'));
  assert.match(top.stdout, /2 usage error/);
  const probe = spawnSync(process.execPath, ['-e', `
    const w = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    require(${JSON.stringify(amber)}).main(['show', '--help']).then(() => require(${JSON.stringify(amber)}).main(['check', '--help']))
      .then(() => require(${JSON.stringify(amber)}).main(['ps', '--help']))
      .then(() => w(JSON.stringify(Object.keys(require.cache))));
  `], { encoding: 'utf8' });
  const loaded = JSON.parse(probe.stdout) as string[];
  assert.deepEqual(loaded.filter((f) => /protobufjs|[\\/]images[\\/]|[\\/]engine[\\/]|[\\/]sys[\\/]|inspect\.js|probes\.js/.test(f)), []);
});

// ------------------------------------------------------------- progress --

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs amber with stdout and stderr on a pseudo-terminal (util-linux script). */
function ttyCommand(...args: string[]): string {
  return [process.execPath, amber, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
}

function onTty(...args: string[]): { code: number; out: string } {
  const r = spawnSync('script', ['-qec', ttyCommand(...args), '/dev/null'], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout };
}

test('progress: phases and a pages bar with MB/s on a terminal, nothing when stderr is not one', { skip: hasScript ? false : 'script(1) is not installed' }, async () => {
  const dir = path.join(work, 'progress');
  fs.mkdirSync(dir);
  const p = await startProgram('busyloop', path.join(dir, 'out'));
  let reaped = false;
  let restoring: Promise<number | null> | null = null;
  try {
    await sleep(20);
    // Not a terminal: quiet stderr, result on stdout.
    const quiet = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img1'), '-R');
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
    assert.match(quiet.stdout, /^dumped pid \d+/);
    // --verbose (like -v) brings the phase lines back, still without a bar.
    const verbose = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img1'), '-R', '--verbose');
    assert.equal(verbose.code, 0, verbose.stderr);
    assert.match(verbose.stderr, /^amber: freeze \(pid \d+\)\namber: dump-task \(pid \d+\)\namber: write-images/);
    assert.doesNotMatch(verbose.stderr, /MB\/s|\x1b/);

    // --json on a terminal: JSON lines only, no bar.
    const json = onTty('dump', '-t', String(p.pid), '-D', path.join(dir, 'img2'), '-R', '--json');
    assert.equal(json.code, 0, json.out);
    assert.doesNotMatch(json.out, /MB\/s|\x1b\[K/);
    for (const line of json.out.trim().split(/\r?\n/)) JSON.parse(line);

    const d = onTty('dump', '-t', String(p.pid), '-D', path.join(dir, 'img3'));
    assert.equal(d.code, 0, d.out);
    await p.reap();
    reaped = true;
    assert.match(d.out, /amber: dump-task \(pid \d+\)/);
    assert.match(d.out, /amber: write-images \(pid \d+\)/);
    const pages = JSON.parse(cli('ps', '--json', path.join(dir, 'img3')).stdout).pages.pages as number;
    // The last bar drawn: complete, with the real page count and a rate.
    assert.match(d.out, new RegExp(`dump: done  \\[#{24}\\] 100%  [\\d.]+/[\\d.]+ MB \\(${pages} pages\\)  [\\d.]+ MB/s\\r?\\n`));
    assert.match(d.out, /\x1b\[K/, 'the bar redraws in place');

    // Restore without -d (a task restored with -d would get the terminal's SIGHUP when
    // script(1) exits): amber waits for it; we end it once amber says it was restored.
    const child = spawn('script', ['-qec', ttyCommand('restore', '-D', path.join(dir, 'img3')), '/dev/null'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    restoring = new Promise<number | null>((res) => child.once('exit', (c) => res(c)));
    await until(() => /restored pid \d+|error/.test(out), 'amber to report the restore');
    assert.match(out, /restored pid \d+/);
    await until(() => procState(p.pid) === 'R', 'the restored task to run');
    process.kill(p.pid, 'SIGTERM');
    assert.equal(await restoring, 128 + 15, out);
    assert.match(out, /amber: restore-task \(pid \d+\)/);
    assert.match(out, new RegExp(`restore: done  \\[#{24}\\] 100%  .*\\(${pages} pages\\)  [\\d.]+ MB/s`));
  } finally {
    // Whatever failed: the task (original or restored) dies, and whoever is its parent reaps it.
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    if (!reaped) await p.reap().catch(() => undefined);
    if (restoring) await restoring; // amber exits once its restored root is dead
  }
});
