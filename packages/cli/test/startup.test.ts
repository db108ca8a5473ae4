// Start-up: each command loads only the modules it uses, and the V8 code cache
// (src/compile-cache.ts) is used, checked and refused when it cannot be trusted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { setChildSubreaper } from '@amber/sys';
import { startProgram, killTree } from '@amber/testkit';

const amber = path.resolve(__dirname, '..', 'src', 'main.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-startup-'));
const img = path.join(work, 'img');
let pid = 0;

function cli(args: string[], cache: string): { code: number; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, AMBER_COMPILE_CACHE: cache };
  delete env.AMBER_CONFIG;
  const r = spawnSync(process.execPath, [amber, ...args], { encoding: 'utf8', env });
  return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr };
}

/** The modules a command loads, run in-process with its output thrown away. */
function modulesOf(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['-e', `
    const w = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    require(${JSON.stringify(amber)}).main(${JSON.stringify(args)}).then(() => w(JSON.stringify(Object.keys(require.cache))));
  `], { encoding: 'utf8', env: { ...process.env, AMBER_CONFIG: path.join(work, 'none.json') } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[];
}

const layer = (re: RegExp) => (files: string[]) => files.filter((f) => re.test(f));
const protobuf = layer(/protobufjs|[\\/]gen[\\/]pb\.js$/);
const engine = layer(/[\\/]engine[\\/]dist[\\/]src[\\/](?!registry\.js)/);
const pstree = layer(/[\\/]pstree[\\/]/);
const images = layer(/[\\/]images[\\/]/);

before(async () => {
  setChildSubreaper(true);
  const p = await startProgram('busyloop', path.join(work, 'out.txt'));
  pid = p.pid;
  const d = cli(['dump', '-t', String(pid), '-D', img, '-R', '--no-fsync'], '0');
  assert.equal(d.code, 0, d.stderr);
});

after(async () => {
  await killTree(pid);
  fs.rmSync(work, { recursive: true, force: true });
});

test('each command loads only what it uses: plugins no engine, pstree or protobuf; ps and show no engine; check no images', () => {
  const plugins = modulesOf(['plugins']);
  assert.deepEqual([...engine(plugins), ...pstree(plugins), ...protobuf(plugins)], [], 'plugins');
  assert.ok(plugins.some((f) => /[\\/]pipe[\\/]/.test(f)), 'plugins does load the plugins');
  for (const args of [['ps', img], ['show', path.join(img, 'inventory.img')]]) {
    const loaded = modulesOf(args);
    assert.deepEqual([...engine(loaded), ...pstree(loaded)], [], args[0]);
    assert.ok(protobuf(loaded).length > 0, `${args[0]} decodes images`);
  }
  assert.deepEqual(images(modulesOf(['check', '--json'])), [], 'check');
});

test('the V8 code cache: written by the first run, used by the next, same output; --help needs none', () => {
  const cache = path.join(work, 'cache');
  const help = cli(['--help'], cache);
  assert.equal(help.code, 0);
  assert.ok(!fs.existsSync(cache) || fs.readdirSync(cache).length === 0, '--help compiles nothing worth caching');

  const plain = cli(['ps', img], '0');
  assert.equal(plain.code, 0, plain.stderr);
  const first = cli(['ps', img], cache);
  assert.equal(first.stdout, plain.stdout);
  assert.equal(fs.statSync(cache).mode & 0o777, 0o700);
  const entries = fs.readdirSync(cache);
  assert.ok(entries.length >= 30, `one entry per module loaded: ${entries.length}`);
  const stamp = new Map(entries.map((e) => [e, fs.statSync(path.join(cache, e)).mtimeMs]));
  const second = cli(['ps', img], cache);
  assert.equal(second.stdout, plain.stdout);
  assert.deepEqual(new Map(fs.readdirSync(cache).map((e) => [e, fs.statSync(path.join(cache, e)).mtimeMs])), stamp, 'a warm cache is read, not rewritten');

  // A dump and a restore through the cache work like without it.
  const dumped = cli(['dump', '-t', String(pid), '-D', path.join(work, 'img2'), '-R', '--no-fsync'], cache);
  assert.equal(dumped.code, 0, dumped.stderr);
});

test('the code cache is not trusted blindly: bad or stale entries are recompiled and rewritten; import() still works; a directory others can write is not used', () => {
  const cache = path.join(work, 'cache-bad');
  const plain = cli(['ps', img], '0');
  assert.equal(cli(['ps', img], cache).stdout, plain.stdout);
  const entries = fs.readdirSync(cache).sort();
  const [garbled, stale] = [entries[0]!, entries[1]!].map((e) => path.join(cache, e));
  const g = fs.readFileSync(garbled);
  g.fill(0x5a, 16, 48); // V8's own header: rejected by V8
  fs.writeFileSync(garbled, g);
  const s = fs.readFileSync(stale);
  s.writeDoubleLE(s.readDoubleLE(0) + 1, 0); // another size than the module's: not even handed to V8
  fs.writeFileSync(stale, s);
  const again = cli(['ps', img], cache);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, plain.stdout);
  assert.notDeepEqual(fs.readFileSync(garbled), g, 'the rejected entry is written again');
  assert.notDeepEqual(fs.readFileSync(stale), s, 'the stale entry is written again');

  // A module that uses import() is left to node's own compiler (vm.Script cannot import).
  const dyn = path.join(work, 'dyn-plugin.js');
  fs.writeFileSync(dyn, `module.exports = require(${JSON.stringify(require.resolve('@amber/plugin-memfd'))});\nimport('node:os').then((os) => { if (typeof os.platform !== 'function') process.exit(3); }, (e) => { console.error('import failed:', e.code); process.exit(4); });\n`);
  const viaImport = cli(['plugins', '--plugin', dyn], cache);
  assert.equal(viaImport.code, 0, viaImport.stderr);
  assert.match(viaImport.stdout, /^\s*18\s+memfd\s/m);

  const open = path.join(work, 'cache-open');
  fs.mkdirSync(open, { mode: 0o777 });
  fs.chmodSync(open, 0o777);
  const r = cli(['ps', img], open);
  assert.equal(r.stdout, plain.stdout);
  assert.deepEqual(fs.readdirSync(open), [], 'nothing read from or written to a directory others can write');
});
