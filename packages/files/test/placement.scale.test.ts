// The placement planner at scale: 100,000 fds in the shapes that made the first planner
// quadratic (every fd a dup of one file; a table full up to RLIMIT_NOFILE with
// thousands of swapped pairs) and in the common ones (distinct files arriving at the
// numbers the kernel picks, a random permutation). Each plan is checked step by step on
// the model. The time bound is loose (the machine is shared); a quadratic planner takes
// minutes on any of these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planPlacement, type PlacementInput, type PlacementPlan } from '../src/placement';
import { checkPlan } from './placement-check';

const N = 100_000;
const BOUND_MS = 10_000;

function planTimed(name: string, input: PlacementInput): PlacementPlan {
  const c0 = process.cpuUsage();
  const plan = planPlacement(input);
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  console.log(`# ${name}: ${input.target.length} targets, ${plan.steps.length} steps, ${ms.toFixed(0)} ms of CPU`);
  assert.ok(ms < BOUND_MS, `${name}: planning took ${ms.toFixed(0)} ms of CPU`);
  checkPlan(input, plan);
  return plan;
}

const range = (n: number): number[] => [...Array(n).keys()];

test(`${N} fds, every one a dup of one file (one fetched copy at 0, a service fd at 1000 in the way): one step per fd`, () => {
  const input: PlacementInput = {
    current: [{ fd: 0, id: 'devnull', cloexec: true }],
    keep: [{ fd: 1000, id: 'store' }],
    target: range(N).map((fd) => ({ fd, id: 'devnull', cloexec: fd % 3 === 0 })),
    limit: N + 64,
  };
  const plan = planTimed('dups of one file', input);
  // N - 1 dups, and the service fd moved out of the way (one dupAbove; dup3 onto 1000 closes it).
  assert.equal(plan.steps.length, N);
  assert.equal(plan.serviceFds.get('store'), N);
});

test(`${N} distinct files fetched at the lowest free numbers around a service fd: a chain, one step per fd`, () => {
  const current = [];
  for (let i = 0, fd = 0; i < N; i++, fd++) {
    if (fd === 1000) fd++;
    current.push({ fd, id: `f${i}`, cloexec: true });
  }
  const input: PlacementInput = { current, keep: [{ fd: 1000, id: 'store' }], target: range(N).map((fd) => ({ fd, id: `f${fd}`, cloexec: true })), limit: N + 64 };
  const plan = planTimed('distinct files, shifted', input);
  assert.ok(plan.steps.length <= N + 4, `${plan.steps.length} steps`);
});

test(`${N} distinct files in a random permutation with one spare fd number: moved + 2 per cycle`, () => {
  let seed = 11;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const perm = range(N);
  for (let i = N - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  const input: PlacementInput = { current: perm.map((fd, i) => ({ fd, id: `f${i}`, cloexec: false })), target: range(N).map((i) => ({ fd: i, id: `f${i}` })), limit: N + 1 };
  const plan = planTimed('random permutation', input);
  const moved = perm.filter((fd, i) => fd !== i).length;
  const seen = new Uint8Array(N);
  const where = new Int32Array(N);
  perm.forEach((fd, i) => (where[fd] = i));
  let cycles = 0;
  for (let i = 0; i < N; i++) {
    if (seen[i] || perm[i] === i) continue;
    cycles++;
    for (let j = i; !seen[j]; j = where[j]!) seen[j] = 1;
  }
  assert.equal(plan.steps.length, moved + 2 * cycles);
});

test(`a table full up to RLIMIT_NOFILE (${N} fds) with ${(N - 2) / 2} swapped pairs: each swap borrows the number of an fd whose file is open twice`, () => {
  // fds 0 and 1 both hold "tty" (wanted at both); every pair 2i, 2i+1 is swapped. No
  // number is free, so each swap lends fd 0's number for a moment.
  const current = [{ fd: 0, id: 'tty', cloexec: false }, { fd: 1, id: 'tty', cloexec: false }];
  const target = [{ fd: 0, id: 'tty' }, { fd: 1, id: 'tty' }];
  for (let fd = 2; fd < N; fd += 2) {
    current.push({ fd, id: `b${fd}`, cloexec: false }, { fd: fd + 1, id: `a${fd}`, cloexec: false });
    target.push({ fd, id: `a${fd}` }, { fd: fd + 1, id: `b${fd}` });
  }
  const plan = planTimed('full table, swaps', { current, target, limit: N });
  // Per swap: lend (dup3 onto 0), two moves, fd 0 back: 4 dup3s, nothing else.
  assert.equal(plan.steps.length, 4 * ((N - 2) / 2));
  assert.ok(plan.steps.every((s) => s.op === 'dup'));
});

test(`${N / 2} swapped pairs with one spare fd number: every swap goes through the same spare, 4 steps each`, () => {
  const current = [];
  const target = [];
  for (let fd = 0; fd < N; fd += 2) {
    current.push({ fd, id: `b${fd}`, cloexec: false }, { fd: fd + 1, id: `a${fd}`, cloexec: false });
    target.push({ fd, id: `a${fd}` }, { fd: fd + 1, id: `b${fd}` });
  }
  const plan = planTimed('swaps, one spare', { current, target, limit: N + 1 });
  assert.equal(plan.steps.length, 4 * (N / 2));
  for (const s of plan.steps) if (s.op === 'dupAbove') assert.equal(s.result, N);
});
