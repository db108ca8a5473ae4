// The fd placement planner on the cases the seeds describe, and its errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planPlacement, PlacementError, FdTableModel, applyPlacement, type PlacementInput, type PlacementStep, type PlacementOps } from '../src/placement';

/** Runs a plan on the model and returns the final table as fd -> id. */
function run(input: PlacementInput): { steps: PlacementStep[]; table: Map<number, string>; service: Map<string, number>; model: FdTableModel } {
  const plan = planPlacement(input);
  const model = new FdTableModel(input.limit, [...input.current, ...(input.keep ?? [])]);
  for (const s of plan.steps) model.apply(s);
  return { steps: plan.steps, table: model.snapshot(), service: plan.serviceFds, model };
}

function placementError(code: string, pattern: RegExp, fds?: number[]): (e: unknown) => boolean {
  return (e: unknown) => {
    assert.ok(e instanceof PlacementError, String(e));
    assert.equal(e.code, code);
    assert.match(e.message, pattern);
    if (fds) assert.deepEqual(e.fds, fds);
    return true;
  };
}

const ttys = Array.from({ length: 11 }, (_, fd) => ({ fd, id: 'tty', cloexec: false }));

test("seed 000: the pipe's ends came back swapped (27 read, 18 write); one spare fd above the targets sorts them", () => {
  const { steps, table } = run({
    current: [...ttys, { fd: 27, id: 'pipe:[9]r' }, { fd: 18, id: 'pipe:[9]w' }],
    target: [...ttys, { fd: 18, id: 'pipe:[9]r' }, { fd: 27, id: 'pipe:[9]w' }],
    limit: 1024,
  });
  assert.deepEqual(steps, [
    { op: 'dupAbove', from: 18, min: 28, result: 28 },
    { op: 'dup', from: 27, to: 18, cloexec: false },
    { op: 'dup', from: 28, to: 27, cloexec: false },
    { op: 'close', fd: 28 },
  ]);
  assert.equal(table.get(18), 'pipe:[9]r');
  assert.equal(table.get(27), 'pipe:[9]w');
  assert.equal(table.size, 13);
});

test('seed 000: one end is the target of the other (no swap): a chain, ordered so nothing is lost, no spare needed', () => {
  // pipe() gave 18 (read) and 19 (write); they belong at 19 and 27.
  const { steps, table } = run({
    current: [{ fd: 18, id: 'r' }, { fd: 19, id: 'w' }],
    target: [{ fd: 19, id: 'r' }, { fd: 27, id: 'w' }],
    limit: 64,
  });
  assert.deepEqual(steps, [
    { op: 'dup', from: 19, to: 27, cloexec: false },
    { op: 'dup', from: 18, to: 19, cloexec: false },
    { op: 'close', fd: 18 },
  ]);
  assert.deepEqual([...table], [[19, 'r'], [27, 'w']]);
});

test('seed 001: an inherited fd at 3 is in the way of the restored fd 3 and is itself wanted at 4', () => {
  // criu restore --inherit-fd fd[3]:pipe:[823441]: the caller's new pipe sits at 3 and
  // stands in for the task's fd 4; the task's own fd 3 (/tmp/test) was opened at 5.
  const { table } = run({
    current: [...ttys.slice(0, 3), { fd: 3, id: 'pipe:[823469]' }, { fd: 5, id: '/tmp/test' }],
    target: [...ttys.slice(0, 3), { fd: 3, id: '/tmp/test' }, { fd: 4, id: 'pipe:[823469]' }],
    limit: 1024,
  });
  assert.deepEqual([...table], [[0, 'tty'], [1, 'tty'], [2, 'tty'], [3, '/tmp/test'], [4, 'pipe:[823469]']]);
});

test('service fds (the fd store, a transport socket) move above every target, out of the way of targets they sat on', () => {
  const { table, service, steps } = run({
    current: [{ fd: 5, id: 'A' }, { fd: 6, id: 'B' }],
    keep: [{ fd: 0, id: 'fdstore' }, { fd: 1, id: 'transport' }, { fd: 100, id: 'log' }],
    target: [{ fd: 0, id: 'B' }, { fd: 1, id: 'A' }, { fd: 2, id: 'A', cloexec: true }],
    limit: 1024,
  });
  assert.deepEqual([...service], [['fdstore', 3], ['transport', 4], ['log', 100]]);
  assert.deepEqual([...table], [[0, 'B'], [1, 'A'], [2, 'A'], [3, 'fdstore'], [4, 'transport'], [100, 'log']]);
  const flags = [0, 1, 2].map((fd) => steps.filter((s) => s.op === 'dup' && s.to === fd).map((s) => (s as { cloexec: boolean }).cloexec));
  assert.deepEqual(flags, [[false], [false], [true]]);
});

test('a serviceBase of our own (CRIU puts service fds just under the limit)', () => {
  const { service } = run({
    current: [{ fd: 3, id: 'x' }],
    keep: [{ fd: 4, id: 'fdstore' }],
    target: [{ fd: 0, id: 'x' }],
    limit: 1024,
    serviceBase: 1000,
  });
  assert.deepEqual([...service], [['fdstore', 1000]]);
  assert.throws(() => planPlacement({ current: [{ fd: 3, id: 'x' }], target: [{ fd: 5, id: 'x' }], limit: 9, serviceBase: 5 }), placementError('INVALID_INPUT', /serviceBase 5 must be above the highest target fd 5/));
});

test('a cycle of three and a cycle of two share one spare fd, one after the other', () => {
  const { steps, table } = run({
    current: [{ fd: 0, id: 'c' }, { fd: 1, id: 'a' }, { fd: 2, id: 'b' }, { fd: 3, id: 'e' }, { fd: 4, id: 'd' }],
    target: [{ fd: 0, id: 'a' }, { fd: 1, id: 'b' }, { fd: 2, id: 'c' }, { fd: 3, id: 'd' }, { fd: 4, id: 'e' }],
    limit: 6,
  });
  assert.deepEqual([...table], [[0, 'a'], [1, 'b'], [2, 'c'], [3, 'd'], [4, 'e']]);
  assert.equal(steps.filter((s) => s.op === 'dupAbove').length, 2);
  assert.ok(steps.every((s) => s.op !== 'dupAbove' || s.result === 5));
});

test('no free fd below the limit: a target whose file is also held elsewhere lends its number to break a cycle', () => {
  // limit 4, all four fds needed; 0 and 1 both hold "a", so 0 can be borrowed.
  const { steps, table } = run({
    current: [{ fd: 0, id: 'a', cloexec: false }, { fd: 1, id: 'a', cloexec: false }, { fd: 2, id: 'c' }, { fd: 3, id: 'b' }],
    target: [{ fd: 0, id: 'a' }, { fd: 1, id: 'a' }, { fd: 2, id: 'b' }, { fd: 3, id: 'c' }],
    limit: 4,
  });
  assert.deepEqual([...table], [[0, 'a'], [1, 'a'], [2, 'b'], [3, 'c']]);
  assert.deepEqual(steps, [
    { op: 'dup', from: 2, to: 0, cloexec: true },
    { op: 'dup', from: 3, to: 2, cloexec: false },
    { op: 'dup', from: 0, to: 3, cloexec: false },
    { op: 'dup', from: 1, to: 0, cloexec: false },
  ]);
});

test('a copy above the limit (the limit was lowered after it was opened) is a source, and is closed at the end', () => {
  const { table, steps } = run({
    current: [{ fd: 0, id: 'b' }, { fd: 1, id: 'a' }, { fd: 70, id: 'a' }],
    target: [{ fd: 0, id: 'a' }, { fd: 1, id: 'b' }],
    limit: 2,
  });
  assert.deepEqual([...table], [[0, 'a'], [1, 'b']]);
  assert.deepEqual(steps.at(-1), { op: 'close', fd: 70 });
});

test('files nobody wants are closed; a target that already holds its file only gets its flag set', () => {
  const { steps, table } = run({
    current: [{ fd: 0, id: 'a', cloexec: true }, { fd: 1, id: 'b', cloexec: false }, { fd: 9, id: 'junk' }, { fd: 12, id: 'a' }],
    target: [{ fd: 0, id: 'a', cloexec: false }, { fd: 1, id: 'b' }],
    limit: 64,
  });
  assert.deepEqual(steps, [
    { op: 'close', fd: 9 },
    { op: 'setCloexec', fd: 0, cloexec: false },
    { op: 'close', fd: 12 },
  ]);
  assert.deepEqual([...table], [[0, 'a'], [1, 'b']]);
});

test('PlacementError: a cycle with every fd below the limit taken names the fds and the limit', () => {
  assert.throws(
    () => planPlacement({ current: [{ fd: 0, id: 'b' }, { fd: 1, id: 'a' }], target: [{ fd: 0, id: 'a' }, { fd: 1, id: 'b' }], limit: 2 }),
    placementError('NO_SPARE_FD', /cannot place fds 0, 1: fd 0 holds the last copy of "b" and must take "a"; fd 1 holds the last copy of "a" and must take "b".*below RLIMIT_NOFILE 2.*at least 3/, [0, 1]),
  );
  assert.throws(
    () => planPlacement({ current: [{ fd: 1, id: 'A' }], keep: [{ fd: 0, id: 'fdstore' }], target: [{ fd: 0, id: 'A' }], limit: 2 }),
    placementError('NO_SPARE_FD', /fd 0 holds the last copy of "fdstore" \(a service fd to keep\) and must take "A"; fd 1 holds the last copy of "A"/, [0, 1]),
  );
});

test('PlacementError: no room for the service fds between the highest target and the limit', () => {
  assert.throws(
    () => planPlacement({ current: [{ fd: 3, id: 'x' }], keep: [{ fd: 5, id: 'fdstore' }, { fd: 6, id: 'rpc' }], target: [{ fd: 18, id: 'x' }], limit: 20 }),
    placementError('NO_ROOM_FOR_SERVICE_FDS', /no room for 2 service fd\(s\) at or above fd 19 \(above the highest target fd 18\) and below RLIMIT_NOFILE 20: raise the soft limit to at least 21/, [18]),
  );
});

test('PlacementError: a target at or above the limit; bad input', () => {
  assert.throws(() => planPlacement({ current: [{ fd: 3, id: 'x' }], target: [{ fd: 20000, id: 'x' }], limit: 20000 }), placementError('TARGET_ABOVE_LIMIT', /target fd 20000 is not below RLIMIT_NOFILE 20000: raise .* at least 20001/, [20000]));
  assert.throws(() => planPlacement({ current: [{ fd: 3, id: 'x' }], target: [{ fd: 0, id: 'y' }], limit: 10 }), placementError('INVALID_INPUT', /target fd 0 needs file "y", which no fd in current or keep holds/));
  assert.throws(() => planPlacement({ current: [{ fd: 3, id: 'x' }], keep: [{ fd: 3, id: 'k' }], target: [], limit: 10 }), placementError('INVALID_INPUT', /fd 3 is listed twice \(current and keep\)/));
  assert.throws(() => planPlacement({ current: [], keep: [{ fd: 3, id: 'k' }, { fd: 4, id: 'k' }], target: [], limit: 10 }), placementError('INVALID_INPUT', /two keep fds have the same id "k"/));
  assert.throws(() => planPlacement({ current: [{ fd: 1, id: 'x' }], target: [{ fd: 0, id: 'x' }, { fd: 0, id: 'x' }], limit: 10 }), placementError('INVALID_INPUT', /target fd 0 is listed twice/));
  assert.throws(() => planPlacement({ current: [{ fd: -1, id: 'x' }], target: [], limit: 10 }), placementError('INVALID_INPUT', /current fd -1 is not an fd number/));
  assert.throws(() => planPlacement({ current: [], target: [], limit: 0 }), placementError('INVALID_INPUT', /limit must be a positive integer/));
});

test('10,000 fds shuffled among themselves, plus a service fd in the way: planned fast, checked on the model', () => {
  const n = 10_000;
  let seed = 7;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const fds = [...Array(n).keys()].map((i) => i + 1);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [fds[i], fds[j]] = [fds[j]!, fds[i]!];
  }
  const input: PlacementInput = {
    current: fds.map((fd, i) => ({ fd, id: `f${i % 9000}`, cloexec: false })),
    keep: [{ fd: 0, id: 'fdstore' }],
    target: [...Array(n).keys()].map((i) => ({ fd: i, id: `f${i % 9000}` })),
    limit: 20_000,
  };
  const t0 = Date.now();
  const { table, service } = run(input);
  assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  for (let i = 0; i < n; i++) assert.equal(table.get(i), `f${i % 9000}`);
  assert.equal(service.get('fdstore'), n);
  assert.equal(table.size, n + 1);
});

function modelOps(model: FdTableModel, calls: string[]): PlacementOps {
  return {
    dup3: (from, to, cloexec) => {
      calls.push(`dup3(${from},${to},${cloexec})`);
      model.apply({ op: 'dup', from, to, cloexec });
    },
    dupAbove: (from, min) => {
      const fd = model.lowestFree(min);
      calls.push(`F_DUPFD_CLOEXEC(${from},${min})=${fd}`);
      model.apply({ op: 'dupAbove', from, min, result: fd });
      return fd;
    },
    close: (fd) => {
      calls.push(`close(${fd})`);
      model.apply({ op: 'close', fd });
    },
    setCloexec: (fd, cloexec) => {
      calls.push(`F_SETFD(${fd},${cloexec})`);
      model.apply({ op: 'setCloexec', fd, cloexec });
    },
  };
}

test('applyPlacement runs the steps through PlacementOps and stops when F_DUPFD lands elsewhere than planned', () => {
  const input: PlacementInput = { current: [{ fd: 27, id: 'r' }, { fd: 18, id: 'w' }], target: [{ fd: 18, id: 'r' }, { fd: 27, id: 'w' }], limit: 64 };
  const plan = planPlacement(input);
  const calls: string[] = [];
  const model = new FdTableModel(64, input.current);
  applyPlacement(plan.steps, modelOps(model, calls));
  assert.deepEqual(calls, ['F_DUPFD_CLOEXEC(18,28)=28', 'dup3(27,18,false)', 'dup3(28,27,false)', 'close(28)']);
  assert.deepEqual([...model.snapshot()], [[18, 'r'], [27, 'w']]);

  // The task has an fd at 28 that nobody listed: the stray dup is closed, nothing else is done.
  calls.length = 0;
  const other = new FdTableModel(64, [...input.current, { fd: 28, id: 'unlisted' }]);
  assert.throws(() => applyPlacement(plan.steps, modelOps(other, calls)), placementError('UNEXPECTED_FD', /F_DUPFD_CLOEXEC of fd 18 at >= 28 gave fd 29, the plan expected 28: the task has fds that were not listed/, [18, 28, 29]));
  assert.deepEqual(calls, ['F_DUPFD_CLOEXEC(18,28)=29', 'close(29)']);
  assert.deepEqual([...other.snapshot()], [[18, 'w'], [27, 'r'], [28, 'unlisted']]);
});
