import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { opArbitrary } from './support/world';
import { roundTrip } from './support/roundtrip';

// 2 × 5,000 cases keep CI at a few seconds; raise these for a longer hunt.
const runs = Number(process.env.PSTREE_RUNS ?? 5000);
const maxOps = Number(process.env.PSTREE_OPS ?? 80);
const maxTasks = Number(process.env.PSTREE_TASKS ?? 30);
/** Small, so that pids wrap around and get reused, and dead leaders keep theirs. */
const pidMax = Number(process.env.PSTREE_PID_MAX ?? 48);

const histories = fc.array(opArbitrary, { maxLength: maxOps, size: 'max' });

test('container: random histories are re-created at every pid level', () => {
  let helpers = 0;
  fc.assert(
    fc.property(histories, (ops) => {
      helpers += roundTrip('container', ops, true, pidMax, maxTasks).helpers;
    }),
    { numRuns: runs },
  );
  assert.ok(helpers > 0, 'the histories produce trees that need helpers');
});

test('subtree: random histories are re-created, outside sessions and groups inherited', () => {
  fc.assert(
    fc.property(histories, fc.boolean(), (ops, rootOwnGroup) => {
      // Trees leaning on tasks that left the subtree cannot be restored: not counted.
      fc.pre(!roundTrip('subtree', ops, rootOwnGroup, pidMax, maxTasks).skipped);
    }),
    { numRuns: runs },
  );
});
