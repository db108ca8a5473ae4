// The generated code in src/gen/ is checked in; this fails when it no longer
// matches what scripts/gen.js produces from proto/*.proto.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { rmDir, tempDir } from './util';

const PKG = path.resolve(__dirname, '..', '..');

describe('generated code', () => {
  const out = tempDir('gen');
  after(() => rmDir(out));

  it('src/gen/ is up to date with proto/ (run `npm run gen` if this fails)', () => {
    execFileSync(process.execPath, [path.join(PKG, 'scripts', 'gen.js'), '--out', out], { stdio: 'pipe' });
    const { GENERATED_FILES } = require(path.join(PKG, 'scripts', 'gen.js')) as { GENERATED_FILES: string[] };
    assert.deepEqual(fs.readdirSync(out).sort(), [...GENERATED_FILES].sort());
    for (const name of GENERATED_FILES) {
      const fresh = fs.readFileSync(path.join(out, name));
      const checkedIn = fs.readFileSync(path.join(PKG, 'src', 'gen', name));
      assert.ok(fresh.equals(checkedIn), `src/gen/${name} is stale: run \`npm run gen\``);
    }
  });
});
