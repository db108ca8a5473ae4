import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ModelError, PstreeImageEntry, buildModel, fromImageEntries, taskExtras, toImageEntries, INHERITED } from '../src';
import { nested } from './support/fixtures';

describe('pstree image entries', () => {
  test('numbers in the root namespace as CRIU writes them, per-level numbers as Amber adds them', () => {
    const model = buildModel(nested, { mode: 'container' });
    const entries = toImageEntries(model);
    assert.deepEqual(entries[0], { pid: 1, ppid: 0, pgid: 1, sid: 1, threads: [1], pgidInherited: false, sidInherited: false });
    const task8 = entries.find((e) => e.pid === 8);
    assert.deepEqual(task8, { pid: 8, ppid: 7, pgid: 5, sid: 1, threads: [8], nsPid: [8, 4, 2], nsPgid: [5, 1] });
    const task7 = entries.find((e) => e.pid === 7);
    assert.deepEqual(task7?.nsThreads, [7, 3, 1, 10, 6, 3]);
  });

  test('round trip: entries and core-image extras give back the model', () => {
    const model = buildModel(
      [
        ...nested,
        { pid: [11, 7], ppid: 5, pgid: [5, 1], sid: [1], state: 'zombie', exit: { code: 3 } },
        { pid: [12, 8], ppid: 5, pgid: [12, 8], sid: [1], state: 'stopped', childSubreaper: true },
      ],
      { mode: 'container' },
    );
    const entries: PstreeImageEntry[] = JSON.parse(JSON.stringify(toImageEntries(model)));
    const back = fromImageEntries(entries, { extras: taskExtras(model) });
    assert.equal(back.mode, 'container');
    assert.deepEqual(toImageEntries(back), toImageEntries(model));
    assert.deepEqual(taskExtras(back), taskExtras(model));
  });

  test('inherited ids are flags, not numbers', () => {
    const model = buildModel(
      [
        { pid: [30], ppid: 2, pgid: [2], sid: [2] },
        { pid: [31], ppid: 30, pgid: [31], sid: [2] },
      ],
      { mode: 'subtree' },
    );
    const entries = toImageEntries(model);
    assert.deepEqual(entries[0], { pid: 30, ppid: 0, pgid: 0, sid: 0, threads: [30], pgidInherited: true, sidInherited: true });
    assert.deepEqual(entries[1], { pid: 31, ppid: 30, pgid: 31, sid: 0, threads: [31], sidInherited: true });
    const back = fromImageEntries(entries);
    assert.equal(back.mode, 'subtree');
    assert.equal(back.tasks.get(31)?.sid, INHERITED);
  });

  test('CRIU entries without Amber fields: the session the root did not create is inherited', () => {
    const back = fromImageEntries([
      { pid: 30, ppid: 2, pgid: 30, sid: 2, threads: [30] },
      { pid: 31, ppid: 30, pgid: 30, sid: 2, threads: [31, 32] },
    ]);
    assert.equal(back.mode, 'subtree');
    assert.equal(back.root.sid, INHERITED);
    assert.deepEqual(back.tasks.get(31)?.threads.map((t) => t.numbers), [[31], [32]]);
  });

  test('malformed per-thread numbers are rejected', () => {
    assert.throws(
      () =>
        fromImageEntries([
          { pid: 1, ppid: 0, pgid: 1, sid: 1, threads: [1] },
          { pid: 2, ppid: 1, pgid: 1, sid: 1, threads: [2, 3], nsPid: [2, 1], nsThreads: [2, 1, 3] },
        ]),
      (error: unknown) => error instanceof ModelError && error.rule === 'bad-image-entry' && error.task === 2,
    );
  });
});
