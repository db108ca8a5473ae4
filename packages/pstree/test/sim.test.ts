import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KernelSim, SimError, renderStatus, parseProcStatus } from '../src';

function errno(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SimError) return error.errno;
    throw error;
  }
  return 'ok';
}

describe('simulated kernel', () => {
  test('set_tid takes the pid at every level, innermost first, or fails with EEXIST', () => {
    const sim = new KernelSim();
    const init = sim.fork(sim.init, { newPidNs: true, setTid: [1, 300] });
    assert.deepEqual(init.pid.levels.map((l) => l.nr), [300, 1]);
    const child = sim.fork(init, { setTid: [7, 301] });
    assert.deepEqual(child.pid.levels.map((l) => l.nr), [301, 7]);
    assert.equal(errno(() => sim.fork(init, { setTid: [7] })), 'EEXIST');
    assert.equal(errno(() => sim.fork(init, { setTid: [8, 300] })), 'EEXIST');
    // Only the inner level given: the outer one is allocated.
    assert.equal(sim.fork(init, { setTid: [9] }).pid.numberIn(init.ns), 9);
  });

  test('a new pid namespace starts at pid 1', () => {
    const sim = new KernelSim();
    assert.equal(errno(() => sim.fork(sim.init, { newPidNs: true, setTid: [2, 50] })), 'EINVAL');
    const init = sim.fork(sim.init, { newPidNs: true });
    assert.equal(init.pid.numberIn(init.ns), 1);
    assert.equal(sim.fork(init).pid.numberIn(init.ns), 2);
  });

  test('setsid fails for a group leader and while a group with its id exists', () => {
    const sim = new KernelSim();
    const a = sim.fork(sim.init);
    sim.setpgid(a, 0, 0);
    assert.equal(errno(() => sim.setsid(a)), 'EPERM');
    const b = sim.fork(a);
    sim.setpgid(a, 0, 1); // a back into init's group, b stays in group a
    assert.equal(errno(() => sim.setsid(a)), 'EPERM');
    sim.exit(b, { code: 0 });
    sim.wait(a, b);
    sim.setsid(a);
    assert.equal(a.session, a.pid);
  });

  test('setpgid: only itself or a child of the same session, never a session leader, into a group of its session', () => {
    const sim = new KernelSim();
    const a = sim.fork(sim.init);
    const b = sim.fork(a);
    const other = sim.fork(sim.init);
    const nr = (p: typeof a): number => p.pid.numberIn(sim.rootNs);
    assert.equal(errno(() => sim.setpgid(a, nr(other), 0)), 'ESRCH');
    sim.setpgid(a, nr(b), 0);
    assert.equal(b.pgrp, b.pid);
    sim.setsid(other);
    assert.equal(errno(() => sim.setpgid(a, 0, nr(other))), 'EPERM');
    const c = sim.fork(a);
    sim.setsid(c);
    assert.equal(errno(() => sim.setpgid(a, nr(c), nr(b))), 'EPERM');
    assert.equal(errno(() => sim.setsid(b)), 'EPERM'); // b leads a group
  });

  test('orphans go to the nearest living child subreaper, else to the init of their namespace', () => {
    const sim = new KernelSim();
    const init = sim.fork(sim.init, { newPidNs: true });
    const reaper = sim.fork(init);
    sim.setChildSubreaper(reaper, true);
    const middle = sim.fork(reaper);
    const orphan = sim.fork(middle);
    sim.exit(middle, { code: 1 });
    assert.equal(orphan.parent, reaper);
    const other = sim.fork(init);
    const second = sim.fork(other);
    sim.exit(other, { signal: 9 });
    assert.equal(second.parent, init);
    assert.equal(other.state, 'zombie');
  });

  test('when a namespace init dies everything in it dies and is reaped', () => {
    const sim = new KernelSim();
    const init = sim.fork(sim.init, { newPidNs: true });
    const child = sim.fork(init);
    const grandchild = sim.fork(child, { newPidNs: true });
    sim.exit(init, { code: 0 });
    assert.ok(child.released && grandchild.released);
    assert.equal(init.children.size, 0);
    assert.equal(errno(() => sim.fork(sim.init, { setTid: [] })), 'ok');
  });

  test('a pid is free again once reaped and no group or session uses it', () => {
    const sim = new KernelSim();
    const leader = sim.fork(sim.init, { setTid: [40] });
    sim.setsid(leader);
    const member = sim.fork(leader);
    sim.exit(leader, { code: 0 });
    sim.wait(sim.init, leader);
    assert.equal(errno(() => sim.fork(sim.init, { setTid: [40] })), 'EEXIST'); // member's session holds it
    sim.exit(member, { code: 0 });
    sim.wait(sim.init, member);
    assert.equal(errno(() => sim.fork(sim.init, { setTid: [40] })), 'ok');
  });

  test('renders /proc status with NS lines from the reader namespace, zeros where not visible', () => {
    const sim = new KernelSim();
    const init = sim.fork(sim.init, { newPidNs: true, setTid: [1, 10] });
    const status = parseProcStatus(renderStatus(init, sim.rootNs));
    assert.deepEqual(status.nsPid, [10, 1]);
    assert.deepEqual(status.nsSid, [1, 0]);
    assert.deepEqual(parseProcStatus(renderStatus(init, init.ns)).nsPid, [1]);
  });
});
