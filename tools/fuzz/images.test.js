'use strict';
// CI subset of the image fuzzer (tools/fuzz/images.js): every named mutation and hostile
// edit once, on real images of guarded.c (uid 65534; a few as root), through the amber
// command, deterministic seed. 0 crashes, 0 hangs, 0 silent successes, 0 stray processes.
// And the privilege rule end to end: a process running as uid 65534, dumped, its image
// edited with @amber/images to hold a root-only 0600 file, is refused with an error
// naming the file and the uid.
const assert = require('node:assert/strict');
const { after, before, describe, it } = require('node:test');
const { setup, planCases, runCase, tally, MUTATIONS, HOSTILE } = require('./images-lib');

describe('image fuzzer (CI subset)', () => {
  let env;
  before(() => {
    env = setup();
  });
  after(() => env?.cleanup());

  it('refuses a root-only file edited into the image of a uid 65534 process, naming the file and the uid', () => {
    for (const name of ['file-root-only-append', 'file-root-only-rdwr']) {
      const r = runCase({ index: 1000, family: 'hostile', name, variant: 'nobody', seed: 1 }, env.bases, env.ctx);
      assert.equal(r.outcome, 'refused', `${name}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`${env.ctx.secret.replace(/[/.]/g, '\\$&')}.*uid 65534`), name);
      assert.match(r.stderr, /EACCES/);
      assert.equal(r.strays, 0);
    }
  });

  it('has no crash, hang, silent success or stray process over every named case', () => {
    const named = Object.keys(MUTATIONS).length + Object.keys(HOSTILE).length;
    // The first `named` cases are every name on the uid 65534 image; then a few random ones.
    const cases = planCases(17, named + 6);
    const results = cases.map((c) => runCase(c, env.bases, env.ctx));
    const bad = results.filter((r) => !['refused', 'intact'].includes(r.outcome) || r.strays);
    assert.deepEqual(bad.map((r) => `${r.variant} ${r.name}: ${r.outcome} strays=${r.strays} ${r.stderr}`), []);
    const t = tally(results);
    assert.equal(t.silent + t.crash + t.hang + t.strays, 0, JSON.stringify(t));
    // Damaged images must be refused, not restored: only harmless hostile edits may restore.
    const restoredDamage = results.filter((r) => r.family === 'mutation' && r.outcome === 'intact' && !r.name.startsWith('any-'));
    assert.deepEqual(restoredDamage.map((r) => r.name), []);
  });
});
