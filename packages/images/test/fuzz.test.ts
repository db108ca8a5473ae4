import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'node:test';

interface FuzzResult {
  cases: number;
  decoded: number;
  imageErrors: number;
  failures: { case: number; how: string; error: string }[];
  maxMs: number;
}

// scripts/fuzz.js is shared with the 100k-case run (npm run fuzz / tools/bench/images-fuzz.js).
const { runFuzz } = require(path.resolve(__dirname, '..', '..', 'scripts', 'fuzz.js')) as {
  runFuzz(opts: { cases: number; seed: number; slowMs?: number }): FuzzResult;
};

describe('fuzz', () => {
  for (const seed of [1, 2, 3]) {
    it(`1000 random and mutated images (seed ${seed}): only ImageErrors, no crash or hang`, () => {
      const res = runFuzz({ cases: 1000, seed, slowMs: 2000 });
      assert.deepEqual(res.failures, []);
      assert.equal(res.decoded + res.imageErrors, 1000);
      assert.ok(res.decoded > 0, 'some mutated inputs still decode');
      assert.ok(res.imageErrors > 0, 'most mutated inputs are rejected');
    });
  }
});
