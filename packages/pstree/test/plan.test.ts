import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  INHERITED,
  PlanError,
  PlanStep,
  RESTORER,
  RestorePlan,
  TaskDescription,
  actorOf,
  buildModel,
  planRestore,
} from '../src';
import { nested } from './support/fixtures';
import { assertRestores } from './support/restore';

const container = (tasks: TaskDescription[]) => buildModel(tasks, { mode: 'container' });

function stepsOf(plan: RestorePlan, task: number): string[] {
  return (plan.byTask.get(task) ?? []).map(describeStep);
}

function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'fork':
      return `fork ${step.child}${step.helper ? ' (helper)' : ''}`;
    case 'setpgid':
      return step.by === step.task ? `setpgid ${step.pgid}` : `setpgid ${step.task} ${step.pgid}`;
    case 'exit':
      return `exit ${JSON.stringify(step.status)}`;
    case 'reap':
      return `reap ${step.child}`;
    case 'clone-thread':
      return `thread ${step.tid}`;
    default:
      return step.kind;
  }
}

function indexOf(plan: RestorePlan, match: (step: PlanStep) => boolean): number {
  const index = plan.steps.findIndex(match);
  assert.ok(index >= 0);
  return index;
}

describe('restore plan', () => {
  test('nested pid namespaces: set_tid per level, innermost first; pid 1 at each boundary', () => {
    const { plan } = assertRestores(container(nested));
    const forks = plan.steps.filter((s) => s.kind === 'fork');
    assert.deepEqual(forks[0], { kind: 'fork', parent: RESTORER, child: 1, setTid: [1], newPidNs: true, helper: false, cloneParent: false });
    const fork7 = forks.find((s) => s.child === 7);
    assert.deepEqual(fork7 && { parent: fork7.parent, setTid: fork7.setTid, newPidNs: fork7.newPidNs }, {
      parent: 5,
      setTid: [1, 3, 7],
      newPidNs: true,
    });
    const fork8 = forks.find((s) => s.child === 8);
    assert.deepEqual(fork8?.setTid, [2, 4, 8]);
    assert.equal(fork8?.newPidNs, false);
    assert.deepEqual(
      plan.steps.find((s) => s.kind === 'clone-thread'),
      { kind: 'clone-thread', task: 7, tid: 10, setTid: [3, 6, 10] },
    );
    // 7 and 8 cannot name group 5 from their namespaces: they are forked inside it.
    assert.ok(!plan.steps.some((s) => s.kind === 'setpgid' && (s.task === 7 || s.task === 8)));
    assert.equal(plan.helpers.size, 0);
  });

  test('a session whose leader died: a helper takes its pid, calls setsid, forks the orphans, exits', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [5], ppid: 1, pgid: [4], sid: [4] },
      { pid: [6], ppid: 5, pgid: [6], sid: [4] },
      { pid: [7], ppid: 1, pgid: [7], sid: [4] },
    ]);
    const { plan } = assertRestores(model);
    assert.deepEqual([...plan.helpers.values()], [{ pid: 4, numbers: [4], role: 'session-leader', parent: 1 }]);
    assert.deepEqual(stepsOf(plan, 4), ['setsid', 'fork 5', 'fork 7', 'exit {"code":0}']);
    assert.ok(stepsOf(plan, 1).includes('reap 4'));
    assert.ok(indexOf(plan, (s) => s.kind === 'exit' && s.task === 4) > indexOf(plan, (s) => s.kind === 'fork' && s.child === 6));
  });

  test('a group whose leader is a zombie: the zombie makes the group, its members join, then it exits', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [3], ppid: 1, pgid: [3], sid: [1], state: 'zombie', exit: { signal: 9 } },
      { pid: [4], ppid: 1, pgid: [3], sid: [1] },
    ]);
    const { plan } = assertRestores(model);
    assert.equal(plan.helpers.size, 0);
    assert.deepEqual(stepsOf(plan, 3), ['setpgid 3', 'exit {"signal":9}']);
    assert.deepEqual(stepsOf(plan, 4), ['setpgid 3']);
    assert.ok(indexOf(plan, (s) => s.kind === 'setpgid' && s.task === 4) > indexOf(plan, (s) => s.kind === 'setpgid' && s.task === 3));
  });

  test('a group whose leader is gone: a helper with its pid makes the group until the members joined', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [2], ppid: 1, pgid: [9], sid: [1] },
      { pid: [3, 1], ppid: 1, pgid: [9], sid: [1] },
    ]);
    const { plan } = assertRestores(model);
    const helper = plan.helpers.get(9);
    assert.equal(helper?.role, 'group-leader');
    assert.deepEqual(stepsOf(plan, 9), ['setpgid 9', 'exit {"code":0}']);
    // 3 is in its own pid namespace and cannot name group 9: its parent moves it.
    assert.ok(plan.steps.some((s) => s.kind === 'setpgid' && s.by === 1 && s.task === 3 && s.pidArg === 3 && s.pgidArg === 9));
  });

  test('orphans reparented to init: forked with CLONE_PARENT by a sibling in their session', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [2], ppid: 1, pgid: [2], sid: [2] },
      { pid: [3], ppid: 1, pgid: [2], sid: [2] },
      { pid: [4], ppid: 1, pgid: [1], sid: [1] },
    ]);
    const { plan } = assertRestores(model);
    assert.equal(plan.helpers.size, 0);
    assert.deepEqual(stepsOf(plan, 2), ['setsid', 'fork 3']);
    assert.deepEqual(plan.steps.find((s) => s.kind === 'fork' && s.child === 3), { kind: 'fork', parent: 2, child: 3, setTid: [3], newPidNs: false, helper: false, cloneParent: true });
    assert.ok(stepsOf(plan, 1).includes('fork 4'));
  });

  test('an orphan of init whose session no sibling is in: a carrier of that session forks it and exits', () => {
    // 2 made 3 through a child that exited; 2 is 6's child, so no child of 1 is in session 2.
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [6], ppid: 1, pgid: [1], sid: [1] },
      { pid: [2], ppid: 6, pgid: [2], sid: [2] },
      { pid: [3], ppid: 1, pgid: [2], sid: [2] },
    ]);
    const { plan } = assertRestores(model);
    const [carrier] = [...plan.helpers.values()];
    assert.equal(carrier.role, 'carrier');
    assert.equal(carrier.parent, 2);
    assert.deepEqual(stepsOf(plan, carrier.pid), ['fork 3', 'exit {"code":0}']);
  });

  test('a child in a session other than its parent’s is forked before the parent’s setsid', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [2], ppid: 1, pgid: [2], sid: [2] },
      { pid: [3], ppid: 2, pgid: [1], sid: [1] },
      { pid: [4], ppid: 2, pgid: [2], sid: [2] },
    ]);
    const { plan } = assertRestores(model);
    assert.deepEqual(stepsOf(plan, 2), ['fork 3', 'setsid', 'fork 4']);
    assert.equal(plan.helpers.size, 0);
  });

  test('zombies exit with their status, stopped tasks stop last, subreapers are set first', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [2], ppid: 1, pgid: [1], sid: [1], childSubreaper: true },
      { pid: [3], ppid: 2, pgid: [1], sid: [1], state: 'zombie', exit: { code: 42 } },
      { pid: [4], ppid: 2, pgid: [1], sid: [1], state: 'stopped', threads: [4, 5] },
    ]);
    const { plan } = assertRestores(model);
    assert.deepEqual(stepsOf(plan, 2), ['set-child-subreaper', 'fork 3', 'fork 4']);
    assert.deepEqual(stepsOf(plan, 3), ['exit {"code":42}']);
    assert.deepEqual(stepsOf(plan, 4), ['thread 5', 'stop']);
    assert.equal(plan.steps[plan.steps.length - 1].kind, 'stop');
  });

  test('subtree mode: inherited sessions and groups are kept by forking inside them', () => {
    const model = buildModel(
      [
        { pid: [30], ppid: 2, pgid: INHERITED, sid: INHERITED },
        { pid: [31], ppid: 30, pgid: INHERITED, sid: INHERITED },
        { pid: [32], ppid: 30, pgid: [32], sid: INHERITED },
        { pid: [33, 1], ppid: 32, pgid: INHERITED, sid: INHERITED },
        { pid: [34], ppid: 30, pgid: [34], sid: [34] },
      ],
      { mode: 'subtree' },
    );
    const { plan } = assertRestores(model);
    assert.deepEqual(plan.steps[0], { kind: 'fork', parent: RESTORER, child: 30, setTid: [30], newPidNs: false, helper: false, cloneParent: false });
    assert.ok(!plan.steps.some((s) => s.kind === 'setsid' && s.task !== 34));
    // 33 cannot name the restorer's group from its namespace: 32 forks it before leaving it.
    assert.deepEqual(stepsOf(plan, 32), ['fork 33', 'setpgid 32']);
  });

  test('steps are grouped by the task performing them, in order', () => {
    const plan = planRestore(container(nested));
    let count = 0;
    for (const [actor, steps] of plan.byTask) {
      count += steps.length;
      for (const step of steps) assert.equal(actorOf(step), actor);
      const positions = steps.map((s) => plan.steps.indexOf(s));
      assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
    }
    assert.equal(count, plan.steps.length);
    assert.deepEqual(stepsOf(plan, RESTORER), ['fork 1']);
  });

  test('an orphan in a dead leader\'s session under a parent that is no reaper: the leader\'s helper forks it with CLONE_PARENT', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [2], ppid: 1, pgid: [1], sid: [1] },
      { pid: [3], ppid: 2, pgid: [3], sid: [3] },
      { pid: [4], ppid: 2, pgid: [5], sid: [5] },
    ]);
    const { plan } = assertRestores(model);
    assert.deepEqual(plan.helpers.get(5), { pid: 5, numbers: [5], role: 'session-leader', parent: 2 });
    const fork4 = plan.steps.find((s) => s.kind === 'fork' && s.child === 4);
    assert.deepEqual(fork4, { kind: 'fork', parent: 5, child: 4, setTid: [4], newPidNs: false, helper: false, cloneParent: true });
  });

  test('an orphan in a zombie leader\'s session, under its parent that is no reaper: the zombie forks it with CLONE_PARENT', () => {
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [2], ppid: 1, pgid: [1], sid: [1] },
      { pid: [3], ppid: 2, pgid: [3], sid: [3], state: 'zombie' },
      { pid: [4], ppid: 2, pgid: [3], sid: [3] },
    ]);
    const { plan } = assertRestores(model);
    assert.equal(plan.helpers.size, 0);
    const fork4 = plan.steps.find((s) => s.kind === 'fork' && s.child === 4);
    assert.deepEqual(fork4, { kind: 'fork', parent: 3, child: 4, setTid: [4], newPidNs: false, helper: false, cloneParent: true });
  });

  test('impossible trees: an orphan in a live foreign session under a parent that cannot have adopted it', () => {
    // 4 is in 5's session, but neither 2 nor any child of 2 was ever in it.
    const model = container([
      { pid: [1], ppid: 0, pgid: [1], sid: [1] },
      { pid: [2], ppid: 1, pgid: [1], sid: [1] },
      { pid: [5], ppid: 1, pgid: [5], sid: [5] },
      { pid: [4], ppid: 2, pgid: [5], sid: [5] },
    ]);
    assert.throws(
      () => planRestore(model),
      (error: unknown) =>
        error instanceof PlanError && error.rule === 'orphan-without-reaper' && error.task === 4 && /neither pid 1 of its pid namespace nor a child subreaper/.test(error.message),
    );
  });

  test('a thousand tasks round trip through the simulated kernel', () => {
    const tasks: TaskDescription[] = [{ pid: [1], ppid: 0, pgid: [1], sid: [1] }];
    for (let pid = 2; pid <= 1000; pid++) {
      const ppid = Math.max(1, Math.floor(pid / 3));
      const leader = pid % 7 === 0;
      const parent = tasks[ppid - 1];
      tasks.push({
        pid: [pid],
        ppid,
        sid: leader ? [pid] : parent.sid,
        pgid: leader || pid % 5 === 0 ? [pid] : parent.pgid,
        state: pid % 11 === 0 && pid * 3 > 1000 ? 'zombie' : 'alive',
      });
    }
    const { plan } = assertRestores(container(tasks));
    assert.equal(plan.helpers.size, 0);
  });
});
