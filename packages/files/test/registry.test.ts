// The registry: registration, conflicts, loading plugins by module specifier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FdTypes } from '@amber/images';
import { FileRegistry, FilesError, builtinRegistry, type FilePlugin } from '../src';
import { EVENTFD_PLUGIN, tempDir } from './helpers';

const stub = (type: number, name: string): FilePlugin => ({
  type,
  name,
  detect: () => false,
  dump: () => ({ entry: {} }),
  open: () => -1,
});

const filesError = (code: string, ...parts: string[]) => (e: unknown): boolean => {
  assert.ok(e instanceof FilesError, String(e));
  assert.equal(e.code, code, e.message);
  for (const p of parts) assert.ok(e.message.includes(p), `message lacks ${JSON.stringify(p)}: ${e.message}`);
  return true;
};

test('builtinRegistry has the regular-file plugin; list, forType, byName', () => {
  const r = builtinRegistry();
  assert.deepEqual(r.list().map((p) => [p.name, p.type]), [['reg', FdTypes.REG]]);
  assert.equal(r.forType(1)?.name, 'reg');
  assert.equal(r.forType(2), undefined);
  assert.equal(r.byName('reg'), r.forType(1));
  r.register(stub(2, 'pipe'));
  assert.deepEqual(r.list().map((p) => p.name), ['reg', 'pipe']);
});

test('two plugins for one type number, or with one name, is an error naming both', () => {
  const r = new FileRegistry().register(stub(2, 'pipe'), '@amber/pipe');
  assert.throws(() => r.register(stub(2, 'mypipe'), './my-pipe.js'), filesError('PLUGIN_CONFLICT', "'pipe' (from @amber/pipe)", "'mypipe' (from ./my-pipe.js)", 'PIPE (2)'));
  assert.throws(() => r.register(stub(3, 'pipe'), 'x'), filesError('PLUGIN_CONFLICT', "named 'pipe'", 'PIPE (2)', 'FIFO (3)'));
  assert.throws(() => r.register({ ...stub(9, 'x'), detect: 5 } as unknown as FilePlugin), filesError('BAD_PLUGIN', 'detect() is number'));
  assert.equal(r.list().length, 1);
});

test('load() by module specifier: the example eventfd plugin (default/plugin exports)', () => {
  const r = builtinRegistry();
  const added = r.load(EVENTFD_PLUGIN);
  assert.deepEqual(added.map((p) => [p.name, p.type]), [['eventfd', 6]]);
  assert.equal(r.forType(FdTypes.EVENTFD)?.name, 'eventfd');
  assert.equal(r.originOf(added[0]!), `'${EVENTFD_PLUGIN}'`);
  assert.deepEqual(r.load(EVENTFD_PLUGIN), added, 'loading twice adds nothing');
  assert.equal(r.list().length, 2);
});

test('load(): plugins arrays, register() functions, relative paths; clear errors for non-plugins', () => {
  const dir = tempDir('load');
  const cwd = process.cwd();
  try {
    const w = (name: string, src: string): string => {
      fs.writeFileSync(path.join(dir, name), src);
      return path.join(dir, name);
    };
    const plugin = (type: number, name: string) => `{ type: ${type}, name: '${name}', detect() { return false; }, dump() { return { entry: {} }; }, open() { return -1; } }`;
    const r = new FileRegistry();
    assert.deepEqual(r.load(w('many.js', `exports.plugins = [${plugin(17, 'timerfd')}, ${plugin(9, 'signalfd')}];`)).map((p) => p.name), ['timerfd', 'signalfd']);
    assert.deepEqual(r.load(w('reg.js', `exports.register = (reg) => reg.register(${plugin(18, 'memfd')}, 'reg.js');`)).map((p) => p.name), ['memfd']);
    process.chdir(dir);
    assert.deepEqual(r.load(`./${path.basename(w('whole.js', `module.exports = ${plugin(20, 'pidfd')};`))}`).map((p) => p.name), ['pidfd']);
    process.chdir(cwd);
    const none = w('none.js', 'exports.helper = 1; exports.other = 2;');
    assert.throws(() => r.load(none), filesError('BAD_PLUGIN', `module '${none}' does not export a file plugin`, '`helper`, `other`'));
    const bad = w('bad.js', `exports.plugin = { type: 'x', name: 'bad' };`);
    assert.throws(() => r.load(bad), filesError('BAD_PLUGIN', `module '${bad}': export \`plugin\` is not a file plugin`, 'not an fd type number'));
    const badArr = w('badarr.js', `exports.plugins = [${plugin(10, 'ok')}, { type: 11, name: 'nodump', detect() {}, open() {} }];`);
    assert.throws(() => r.load(badArr), filesError('BAD_PLUGIN', 'export `plugins`[1] is not a file plugin', "plugin 'nodump': dump() is undefined"));
    assert.equal(r.forType(10), undefined, 'nothing from a bad module is registered');
    assert.throws(() => r.register(stub(1000, 'nocriu')), filesError('BAD_PLUGIN', "type 1000 is not one of CRIU's fd_types", 'EVENTFD=6'));
    assert.throws(() => r.load('@amber/no-such-plugin'), filesError('BAD_PLUGIN', "cannot load file plugin module '@amber/no-such-plugin'"));
    const throwing = w('throws.js', 'throw new Error("boom at load");');
    assert.throws(() => r.load(throwing), filesError('BAD_PLUGIN', throwing, 'boom at load'));
    assert.throws(() => r.load(w('clash.js', `exports.plugin = ${plugin(17, 'timerfd2')};`)), filesError('PLUGIN_CONFLICT', "'timerfd'", "'timerfd2'", 'TIMERFD (17)'));
  } finally {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
