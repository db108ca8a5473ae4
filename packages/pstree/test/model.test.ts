import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  INHERITED,
  ModelError,
  PstreeError,
  buildModel,
  deadPids,
  idOf,
  isVisibleIn,
  numberIn,
  visibleNumbers,
} from '../src';
import { nested } from './support/fixtures';

function fails(rule: string, task: number | undefined, fn: () => unknown): PstreeError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ModelError, `expected a ModelError, got ${String(error)}`);
    assert.equal(error.rule, rule, error.message);
    if (task !== undefined) assert.equal(error.task, task, error.message);
    return error;
  }
  assert.fail(`expected ${rule}`);
}

describe('model', () => {
  test('pid objects are shared, one number per level, outermost first', () => {
    const model = buildModel(nested, { mode: 'container' });
    const task7 = model.tasks.get(7);
    const task8 = model.tasks.get(8);
    const task5 = model.tasks.get(5);
    assert.ok(task7 && task8 && task5);
    assert.equal(task7.pgid, task5.pid);
    assert.equal(task8.pgid, task5.pid);
    assert.equal(task8.sid, model.root.pid);
    assert.deepEqual(task8.pid.numbers, [8, 4, 2]);
    assert.equal(task8.ns.depth, 2);
    assert.equal(task7.newPidNs, true);
    assert.equal(task8.newPidNs, false);
    assert.equal(task8.ns, task7.ns);
    assert.deepEqual(task7.threads.map(idOf), [7, 10]);
    assert.deepEqual([...model.tasks.keys()], [1, 5, 7, 8, 9]);
  });

  test('visibility follows the namespace chain', () => {
    const model = buildModel(nested, { mode: 'container' });
    const group5 = model.tasks.get(5)?.pid;
    const task8 = model.tasks.get(8);
    const task9 = model.tasks.get(9);
    assert.ok(group5 && task8 && task9);
    assert.equal(isVisibleIn(group5, task8.ns), false);
    assert.equal(numberIn(group5, task9.ns), 1);
    assert.deepEqual(visibleNumbers(group5, task8.ns), [5, 1]);
    assert.deepEqual(visibleNumbers(task9.pid, task8.ns), [9, 5]);
    assert.deepEqual(visibleNumbers(task8.pid, task9.ns), [8, 4]);
    assert.deepEqual(visibleNumbers(task8.pid, model.root.ns), [8]);
  });

  test('a pgid or sid no task holds is a dead leader pid object, placed where its referrers see it', () => {
    const model = buildModel(
      [
        { pid: [1], ppid: 0, pgid: [1], sid: [1] },
        { pid: [2, 1], ppid: 1, pgid: [2, 1], sid: [2, 1] },
        { pid: [6, 3], ppid: 2, pgid: [4, 2], sid: [2, 1] },
        { pid: [7, 5, 1], ppid: 2, pgid: [4, 2, 0], sid: [2, 1, 0] },
      ],
      { mode: 'container' },
    );
    const dead = deadPids(model);
    assert.deepEqual(
      dead.map((p) => p.numbers),
      [[4, 2]],
    );
    assert.equal(dead[0].ns, model.tasks.get(2)?.ns);
    assert.equal(model.tasks.get(7)?.pgid, dead[0]);
  });

  test('container dumps: a pid from outside is an error naming the task and the pid', () => {
    fails('pid-outside-container', 5, () =>
      buildModel(
        [
          { pid: [1], ppid: 0, pgid: [1], sid: [1] },
          { pid: [5], ppid: 1, pgid: [1], sid: INHERITED },
        ],
        { mode: 'container' },
      ),
    );
    const error = fails('pid-outside-container', 6, () =>
      buildModel(
        [
          { pid: [1], ppid: 0, pgid: [1], sid: [1] },
          { pid: [6], ppid: 4242, pgid: [1], sid: [1] },
        ],
        { mode: 'container' },
      ),
    );
    assert.match(error.message, /4242/);
    fails('container-root-not-init', 3, () => buildModel([{ pid: [3], ppid: 0, pgid: [3], sid: [3] }], { mode: 'container' }));
  });

  test('subtree dumps: the session the root did not create, and outside groups, are inherited', () => {
    const model = buildModel(
      [
        { pid: [30], ppid: 2, pgid: [2], sid: [2] },
        { pid: [31], ppid: 30, pgid: [2], sid: [2] },
        { pid: [32], ppid: 30, pgid: [32], sid: [2] },
        { pid: [33, 1], ppid: 32, pgid: [32], sid: [2] },
      ],
      { mode: 'subtree' },
    );
    assert.equal(model.root.sid, INHERITED);
    assert.equal(model.root.pgid, INHERITED);
    assert.equal(model.tasks.get(31)?.pgid, INHERITED);
    assert.equal(model.tasks.get(32)?.pgid, model.tasks.get(32)?.pid);
    assert.equal(model.tasks.get(33)?.sid, INHERITED);
    const external = buildModel(
      [
        { pid: [30], ppid: 2, pgid: [30], sid: [30] },
        { pid: [31], ppid: 30, pgid: [7], sid: [30] },
        { pid: [32], ppid: 30, pgid: [8], sid: [8] },
      ].slice(0, 2),
      { mode: 'subtree', externalPids: [1, 2] },
    );
    assert.notEqual(external.tasks.get(31)?.pgid, INHERITED); // group 7: a dead leader inside
  });

  test('the kernel invariants on sessions, groups, zombies and namespaces', () => {
    const root = { pid: [1], ppid: 0, pgid: [1], sid: [1] };
    fails('session-leader-pgid', 2, () =>
      buildModel([root, { pid: [2], ppid: 1, pgid: [1], sid: [2] }], { mode: 'container' }),
    );
    fails('group-spans-sessions', undefined, () =>
      buildModel(
        [root, { pid: [2], ppid: 1, pgid: [2], sid: [2] }, { pid: [3], ppid: 1, pgid: [2], sid: [1] }],
        { mode: 'container' },
      ),
    );
    fails('session-id-not-leader', 3, () =>
      buildModel([root, { pid: [2], ppid: 1, pgid: [2], sid: [1] }, { pid: [3], ppid: 1, pgid: [3], sid: [2] }], {
        mode: 'container',
      }),
    );
    fails('zombie-with-children', 2, () =>
      buildModel([root, { pid: [2], ppid: 1, pgid: [1], sid: [1], state: 'zombie' }, { pid: [3], ppid: 2, pgid: [1], sid: [1] }], {
        mode: 'container',
      }),
    );
    fails('pid-namespace-entered', 2, () => buildModel([root, { pid: [2, 5], ppid: 1, pgid: [1], sid: [1] }], { mode: 'container' }));
    fails('pid-depth', 2, () => buildModel([root, { pid: [2, 5, 1], ppid: 1, pgid: [1], sid: [1] }], { mode: 'container' }));
    fails('duplicate-pid', 2, () =>
      buildModel([root, { pid: [2], ppid: 1, pgid: [1], sid: [1] }, { pid: [2], ppid: 1, pgid: [1], sid: [1] }], {
        mode: 'container',
      }),
    );
    fails('pid-numbers-disagree', undefined, () =>
      buildModel([root, { pid: [2, 1], ppid: 1, pgid: [2, 3], sid: [1] }], { mode: 'container' }),
    );
  });
});
