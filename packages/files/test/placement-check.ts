// Checks a placement plan step by step on the model fd table (FdTableModel), in time
// linear in the steps, so that tables of 100,000 fds can be checked too.
import assert from 'node:assert/strict';
import { FdTableModel, type PlacementInput, type PlacementPlan } from '../src/placement';

/** Runs the plan on the model, checking every step; then checks the final table. */
export function checkPlan(input: PlacementInput, plan: PlacementPlan): FdTableModel {
  const keep = input.keep ?? [];
  const model = new FdTableModel(input.limit, [...input.current, ...keep]);
  const needed = new Set([...input.target.map((t) => t.id), ...keep.map((k) => k.id)]);
  // How many fds hold each file right now.
  const copies = new Map<string, number>();
  const count = (id: string, by: number): void => void copies.set(id, (copies.get(id) ?? 0) + by);
  for (const f of model.fds.values()) count(f.id, 1);
  for (const [i, step] of plan.steps.entries()) {
    const d = model.dropped(step);
    if (d !== undefined) {
      const id = model.fds.get(d)!.id;
      assert.ok(!needed.has(id) || copies.get(id)! > 1, `step ${i} ${JSON.stringify(step)} drops the last copy of ${id}, which is still needed`);
      count(id, -1);
    }
    model.apply(step); // throws on EBADF, EMFILE (at the limit), EINVAL, a wrong F_DUPFD prediction
    if (step.op === 'dup' || step.op === 'dupAbove') {
      const made = step.op === 'dup' ? step.to : step.result;
      assert.ok(made < input.limit, `step ${i} creates fd ${made}, not below the limit ${input.limit}`);
      count(model.fds.get(made)!.id, 1);
    }
  }
  const maxTarget = input.target.reduce((m, t) => Math.max(m, t.fd), -1);
  for (const t of input.target) {
    const f = model.fds.get(t.fd);
    assert.equal(f?.id, t.id, `target fd ${t.fd} holds ${f?.id}, not ${t.id}`);
    assert.equal(f.cloexec, t.cloexec ?? false, `target fd ${t.fd} has the wrong close-on-exec flag`);
  }
  assert.ok(plan.serviceBase > maxTarget);
  assert.equal(plan.serviceFds.size, keep.length);
  const serviceNumbers = new Set<number>();
  for (const k of keep) {
    const fd = plan.serviceFds.get(k.id);
    assert.ok(fd !== undefined, `no service fd for ${k.id}`);
    assert.ok(fd >= plan.serviceBase && fd > maxTarget && fd < input.limit, `service fd ${fd} for ${k.id} is not in [${plan.serviceBase}, ${input.limit})`);
    assert.equal(model.fds.get(fd)?.id, k.id);
    serviceNumbers.add(fd);
  }
  assert.equal(serviceNumbers.size, keep.length);
  assert.equal(model.fds.size, input.target.length + keep.length, `stray fds left open: ${model.fds.size - input.target.length - keep.length}`);
  return model;
}
