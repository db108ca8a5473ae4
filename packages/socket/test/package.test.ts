import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FileRegistry } from '@amber/files';
import { register, plugins } from '../src';

test('register() adds every plugin of the package to a registry, each once', () => {
  const registry = new FileRegistry();
  register(registry);
  assert.deepEqual(registry.list().map((p) => p.name), plugins().map((p) => p.name));
});
