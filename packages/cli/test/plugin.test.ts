// Third-party file plugins through the amber command: @amber/plugin-memfd, loaded with
// --plugin, from a config file (--config, $AMBER_CONFIG), listed by `amber plugins`.
// The memfd test program (tools/testprogs/memfd.c) checks its own memfd after restore
// (name, content, size, offsets, flags, seals, sharing) and prints PASS or FAIL.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { native, setChildSubreaper, waitForAsync, SIGTERM } from '@amber/sys';
import { startProgram, killRestored, sleep, until } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');
const PLUGIN = '@amber/plugin-memfd';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Run {
  // No stray config file: only what a test passes counts.
  const env = { ...process.env, ...opts.env };
  if (!opts.env || !('AMBER_CONFIG' in opts.env)) delete env.AMBER_CONFIG;
  const r = spawnSync(process.execPath, [amber, ...args], { encoding: 'utf8', env, cwd: opts.cwd });
  return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  setChildSubreaper(true);
  // @amber/cli does not depend on the plugin package, so Nx may not have built it yet.
  const dir = path.dirname(require.resolve(`${PLUGIN}/package.json`));
  if (!fs.existsSync(path.join(dir, 'dist', 'src', 'index.js'))) {
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, `building ${PLUGIN}: ${tsc.stdout}${tsc.stderr}`);
  }
});

/**
 * Starts the memfd program, dumps it with `dumpArgs`, restores it with `restoreArgs`
 * (both with `env`), asks it to check itself and returns its output.
 */
async function dumpRestoreMemfd(dumpArgs: string[], restoreArgs: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-plugin-'));
  const out = path.join(dir, 'out');
  const p = await startProgram('memfd', out);
  let live = true;
  try {
    await until(() => fs.readFileSync(out, 'utf8').includes('ready'), 'memfd to get ready');
    const img = path.join(dir, 'img');
    const d = cli(['dump', ...dumpArgs, '-t', String(p.pid), '-D', img], { env });
    assert.equal(d.code, 0, `dump: ${d.stderr}`);
    await p.reap();
    live = false;
    const r = cli(['restore', ...restoreArgs, '-D', img, '-d'], { env });
    assert.equal(r.code, 0, `restore: ${r.stderr}`);
    live = true;
    await sleep(20);
    native.kill(p.pid, SIGTERM);
    const status = await waitForAsync(p.pid);
    live = false;
    const text = fs.readFileSync(out, 'utf8');
    assert.deepEqual(status, { kind: 'exited', code: 0 }, `memfd exit: ${text}`);
    return text;
  } finally {
    if (live) await killRestored(p.pid);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('--plugin @amber/plugin-memfd: a memfd survives dump and restore (name, content, size, offsets, flags, seals)', async () => {
  const text = await dumpRestoreMemfd(['--plugin', PLUGIN], ['--plugin', PLUGIN]);
  assert.match(text, /^PASS$/m, text);
});

test('without --plugin: a plain amber dump keeps the memfd too (@amber/plugin-memfd is registered by default; --plugin then adds nothing)', async () => {
  const text = await dumpRestoreMemfd([], []);
  assert.match(text, /^PASS$/m, text);
});

test('a config file: --config FILE and $AMBER_CONFIG with {"plugins": ["@amber/plugin-memfd"]}', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-plugin-config-'));
  try {
    const config = path.join(dir, 'amber.json');
    fs.writeFileSync(config, JSON.stringify({ plugins: [PLUGIN] }));
    const viaFlag = await dumpRestoreMemfd(['--config', config], ['--config', config]);
    assert.match(viaFlag, /^PASS$/m, viaFlag);
    const viaEnv = await dumpRestoreMemfd([], [], { AMBER_CONFIG: config });
    assert.match(viaEnv, /^PASS$/m, viaEnv);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('amber plugins --plugin @amber/plugin-memfd lists it with its origin, after the built-ins', () => {
  const r = cli(['plugins', '--plugin', PLUGIN]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0]!, /^\s*1\s+reg\s+built-in/);
  const memfd = lines.find((l) => /^\s*18\s+memfd\s/.test(l));
  assert.ok(memfd, r.stdout);
  const resolved = require.resolve(PLUGIN);
  assert.equal(memfd.trim(), `18  memfd        ${PLUGIN} (--plugin) -> ${resolved}`, 'the module as given, where, and the file it resolved to');
  assert.equal(lines[lines.length - 1], memfd, 'loaded plugins come after the built-ins (and are asked first)');
  assert.match(r.stdout, /^\s*11\s+tty\s+built-in \(@amber\/files\)$/m);
  assert.match(r.stdout, /^\s*2\s+pipe\s+built-in \(@amber\/pipe\)$/m);

  const json = cli(['plugins', '--plugin', PLUGIN, '--json']);
  assert.equal(json.code, 0, json.stderr);
  type Row = { type: number; name: string; origin: string; from: string; module: string; path?: string; config?: string };
  const rows = JSON.parse(json.stdout) as Row[];
  const row = rows.find((x) => x.name === 'memfd');
  assert.ok(row, json.stdout);
  assert.equal(row.type, 18);
  assert.deepEqual([row.from, row.module, row.path], ['--plugin', PLUGIN, resolved]);
  assert.deepEqual([rows[0]!.name, rows[0]!.from, rows[0]!.module], ['reg', 'built-in', '@amber/files']);

  // The same from a config file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-plugin-list-'));
  try {
    const config = path.join(dir, 'amber.json');
    fs.writeFileSync(config, JSON.stringify({ plugins: [PLUGIN] }));
    const viaConfig = cli(['plugins', '--config', config, '--json']);
    assert.equal(viaConfig.code, 0, viaConfig.stderr);
    const fromConfig = (JSON.parse(viaConfig.stdout) as Row[]).find((x) => x.name === 'memfd');
    assert.deepEqual([fromConfig?.from, fromConfig?.module, fromConfig?.config, fromConfig?.path], ['config', PLUGIN, config, resolved], viaConfig.stdout);
    const text = cli(['plugins', '--config', config]);
    assert.ok(text.stdout.includes(`${PLUGIN} (config ${config}) -> ${resolved}`), text.stdout);
    // A relative path is shown as given.
    const local = path.join(dir, 'local-plugin.js');
    fs.writeFileSync(local, `module.exports = require(${JSON.stringify(resolved)});`);
    const rel = cli(['plugins', '--plugin', './local-plugin.js'], { cwd: dir });
    assert.equal(rel.code, 0, rel.stderr);
    assert.ok(rel.stdout.includes(`./local-plugin.js (--plugin) -> ${fs.realpathSync(local)}`), rel.stdout);
    // Without it, memfd is still there: registered by default, as a built-in.
    const bare = cli(['plugins', '--json']);
    assert.equal(bare.code, 0, bare.stderr);
    const builtIn = (JSON.parse(bare.stdout) as Row[]).find((x) => x.name === 'memfd');
    assert.deepEqual([builtIn?.from, builtIn?.module], ['built-in', PLUGIN], bare.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('--plugin ./does-not-exist: exit 2 naming the module (plugins, dump, restore); so does a config file naming it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-plugin-missing-'));
  try {
    for (const args of [['plugins'], ['dump', '-t', '4194305', '-D', path.join(dir, 'img')], ['restore', '-D', path.join(dir, 'img')]]) {
      const r = cli([...args, '--plugin', './does-not-exist'], { cwd: dir });
      assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /does-not-exist/, `${args[0]}: ${r.stderr}`);
      assert.ok(!fs.existsSync(path.join(dir, 'img')), `${args[0]}: nothing dumped or restored`);
    }
    const config = path.join(dir, 'amber.json');
    fs.writeFileSync(config, JSON.stringify({ plugins: ['./does-not-exist'] }));
    const r = cli(['plugins', '--config', config], { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /does-not-exist/);
    assert.ok(r.stderr.includes(config), `names the config file: ${r.stderr}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
