// Property tests of the fd placement planner: plans run on a model fd table (dup3 onto
// an open fd closes it, F_DUPFD takes the lowest free fd >= min, nothing at or above the
// limit), and an exhaustive search decides, for small tables, whether the planner was
// right to give up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { planPlacement, PlacementError, type PlacementInput, type PlacementPlan } from '../src/placement';
import { checkPlan } from './placement-check';

const RUNS = Number(process.env.PLACEMENT_RUNS ?? 3000);

/**
 * Exhaustive search: can the target table be reached at all with dup3/F_DUPFD/close
 * below the limit? State: the contents of fds 0..limit-1 (fds at or above the limit
 * can only serve as sources, and closing them can wait until the end; dup3 onto an
 * open fd replaces it, so a close is never needed on the way).
 */
function reachable(input: PlacementInput): boolean {
  const { limit } = input;
  const keep = input.keep ?? [];
  const maxTarget = Math.max(-1, ...input.target.map((t) => t.fd));
  const base = input.serviceBase ?? maxTarget + 1;
  if (base + keep.length > limit) return false;
  const start: Array<string | null> = Array.from({ length: limit }, () => null);
  const outside = new Set<string>();
  for (const e of [...input.current, ...keep]) {
    if (e.fd < limit) start[e.fd] = e.id;
    else outside.add(e.id);
  }
  const goal = (s: Array<string | null>): boolean =>
    input.target.every((t) => s[t.fd] === t.id) && keep.every((k) => s.slice(base).includes(k.id));
  const seen = new Set<string>([JSON.stringify(start)]);
  const queue = [start];
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    if (goal(s)) return true;
    const sources = new Set<string>(outside);
    for (const id of s) if (id !== null) sources.add(id);
    for (const id of sources) {
      for (let to = 0; to < limit; to++) {
        if (s[to] === id) continue;
        const n = s.slice();
        n[to] = id;
        const key = JSON.stringify(n);
        if (!seen.has(key)) {
          seen.add(key);
          queue.push(n);
        }
      }
    }
  }
  return false;
}

interface GenOpts {
  maxLimit: number;
  ids: string[];
  maxKeep: number;
  maxOpen: number;
}

type Shape = 'sparse' | 'dense' | 'full';

/**
 * Random fd tables: what is open (some fds above the limit), service fds, and a target
 * table. Three shapes: sparse (fds anywhere), dense (fds and targets packed from 0, as
 * in a real task) and full (every fd below the limit open and every one a target but
 * the service fds' room, which is where a cycle finds no spare number).
 */
function arbInput(o: GenOpts): fc.Arbitrary<PlacementInput> {
  return fc.tuple(fc.integer({ min: 1, max: o.maxLimit }), fc.constantFrom<Shape>('sparse', 'dense', 'full'), fc.integer({ min: 0, max: o.maxKeep })).chain(([limit, shape, keepWanted]) => {
    const openArb =
      shape === 'sparse'
        ? fc.uniqueArray(fc.integer({ min: 0, max: limit + 3 }), { minLength: 1, maxLength: Math.min(limit + 4, o.maxOpen) })
        : shape === 'dense'
          ? fc.integer({ min: 1, max: Math.min(limit + 2, o.maxOpen) }).chain((n) => fc.shuffledSubarray([...Array(limit + 3).keys()], { minLength: n, maxLength: n }))
          : fc.integer({ min: 0, max: 2 }).chain((extra) => fc.shuffledSubarray([...Array(limit + extra).keys()], { minLength: limit + extra, maxLength: limit + extra }));
    return openArb.chain((open) => {
      const nKeep = Math.min(keepWanted, open.length, shape === 'full' ? limit : Infinity);
      const nTargets = shape === 'full' ? fc.constant(limit - nKeep) : fc.integer({ min: 0, max: limit });
      return fc
        .tuple(
          fc.array(fc.tuple(fc.constantFrom(...o.ids), fc.option(fc.boolean(), { nil: undefined })), { minLength: open.length, maxLength: open.length }),
          fc.array(fc.boolean(), { minLength: nKeep, maxLength: nKeep }),
          shape === 'sparse'
            ? fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: limit - 1 }), fc.nat(), fc.boolean()), { selector: (t) => t[0], maxLength: limit })
            : nTargets.chain((k) => fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: k, maxLength: k }).map((a) => a.map(([pick, cx], fd) => [fd, pick, cx] as [number, number, boolean]))),
          fc.boolean(),
        )
        .map(([ids, keepShares, targets, cloexecDefault]) => {
          const keep: Array<{ fd: number; id: string }> = [];
          const keepIds = new Set<string>();
          for (let i = 0; i < nKeep; i++) {
            // A service fd is usually its own file, sometimes one that targets need too.
            const id = keepShares[i] && !keepIds.has(ids[i]![0]) ? ids[i]![0] : `K${i}`;
            keepIds.add(id);
            keep.push({ fd: open[i]!, id });
          }
          const current = open.slice(nKeep).map((fd, i) => ({ fd, id: ids[nKeep + i]![0], cloexec: ids[nKeep + i]![1] }));
          const available = [...new Set([...current.map((c) => c.id), ...keep.map((k) => k.id)])].sort();
          const target = targets.map(([fd, pick, cloexec]) => ({ fd, id: available[pick % available.length]!, ...(cloexecDefault ? {} : { cloexec }) }));
          return { current, keep, target, limit };
        });
    });
  });
}

function plannerOutcome(input: PlacementInput): PlacementPlan | PlacementError {
  try {
    return planPlacement(input);
  } catch (e) {
    if (e instanceof PlacementError) return e;
    throw e;
  }
}

test(`planPlacement on random tables (${RUNS} runs): every plan is valid on the model; every refusal is justified`, () => {
  let planned = 0;
  let refused = 0;
  const codes = new Map<string, number>();
  fc.assert(
    fc.property(arbInput({ maxLimit: 24, ids: ['a', 'b', 'c', 'd', 'e', 'f'], maxKeep: 3, maxOpen: 16 }), (input) => {
      const out = plannerOutcome(input);
      if (out instanceof PlacementError) {
        refused++;
        codes.set(out.code, (codes.get(out.code) ?? 0) + 1);
        const keep = input.keep ?? [];
        const maxTarget = Math.max(-1, ...input.target.map((t) => t.fd));
        if (out.code === 'NO_ROOM_FOR_SERVICE_FDS') {
          assert.ok(maxTarget + 1 + keep.length > input.limit);
          assert.match(out.message, new RegExp(`below RLIMIT_NOFILE ${input.limit}`));
        } else if (out.code === 'NO_SPARE_FD') {
          assert.ok(out.fds.length > 0 && out.limit === input.limit);
          assert.match(out.message, new RegExp(`cannot place fds ${out.fds.join(', ')}: .*RLIMIT_NOFILE ${input.limit}`));
          if (input.limit <= 6) assert.ok(!reachable(input), `the planner gave up on a reachable table: ${out.message}`);
        } else {
          assert.fail(`unexpected refusal ${out.code}: ${out.message}`);
        }
        return;
      }
      planned++;
      checkPlan(input, out);
    }),
    { numRuns: RUNS },
  );
  console.log(`# ${planned} planned, ${refused} refused: ${JSON.stringify(Object.fromEntries(codes))}`);
  assert.ok(planned > RUNS / 2);
});

test(`planPlacement on bigger tables with many copies of few files (${Math.ceil(RUNS / 10)} runs): every plan is valid on the model`, () => {
  // Up to 300 fds holding 3 files: long runs of dups on targets, loose copies, cycles
  // through copies, the shapes where the planner's indexes (fd-sets.ts) do the work.
  let planned = 0;
  fc.assert(
    fc.property(arbInput({ maxLimit: 300, ids: ['a', 'b', 'c'], maxKeep: 3, maxOpen: 300 }), (input) => {
      const out = plannerOutcome(input);
      if (out instanceof PlacementError) {
        assert.ok(out.code === 'NO_ROOM_FOR_SERVICE_FDS' || out.code === 'NO_SPARE_FD', `${out.code}: ${out.message}`);
        return;
      }
      planned++;
      checkPlan(input, out);
    }),
    { numRuns: Math.ceil(RUNS / 10) },
  );
  assert.ok(planned > RUNS / 20);
});

test(`planPlacement is complete on small tables (${Math.max(2000, RUNS)} runs): it plans exactly when an exhaustive search finds a way`, () => {
  let reachableCount = 0;
  let unreachable = 0;
  let noSpare = 0;
  let borrowed = 0;
  fc.assert(
    fc.property(arbInput({ maxLimit: 5, ids: ['a', 'b', 'c'], maxKeep: 2, maxOpen: 8 }), (input) => {
      const out = plannerOutcome(input);
      const can = reachable(input);
      if (can) reachableCount++;
      else unreachable++;
      if (out instanceof PlacementError) {
        assert.ok(!can, `refused (${out.code}: ${out.message}) but reachable: ${JSON.stringify(input)}`);
        if (out.code === 'NO_SPARE_FD') noSpare++;
      } else {
        assert.ok(can, 'planned a table the search says is unreachable');
        checkPlan(input, out);
        // A cycle broken by lending the number of a target that holds a file held elsewhere too.
        const targets = new Set(input.target.map((t) => t.fd));
        if (out.steps.some((st) => st.op === 'dup' && st.cloexec && targets.has(st.to) && !input.target.find((t) => t.fd === st.to)?.cloexec)) borrowed++;
      }
    }),
    { numRuns: Math.max(2000, RUNS) },
  );
  console.log(`# ${reachableCount} reachable, ${unreachable} unreachable (${noSpare} for want of a spare fd), ${borrowed} planned by lending a target's number`);
  // (Lending happens in about 1 table in 500: see placement.test.ts for fixed cases.)
  assert.ok(unreachable > 0 && reachableCount > 0 && noSpare > 0);
});

test('permutations of up to 64 fds with no spare number but one: always planned, at most one spare used', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 64 }).chain((n) => fc.tuple(fc.constant(n), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }))), ([n, perm]) => {
      const input: PlacementInput = {
        current: perm.map((fd, i) => ({ fd, id: `f${i}`, cloexec: false })),
        target: [...Array(n).keys()].map((i) => ({ fd: i, id: `f${i}` })),
        limit: n + 1,
      };
      const plan = planPlacement(input);
      checkPlan(input, plan);
      // Every dup lands below n + 1: one spare number (n) is all that cycles ever use.
      for (const s of plan.steps) if (s.op === 'dupAbove') assert.equal(s.result, n);
      // A permutation with c cycles (of length > 1) takes moved + 2c steps.
      const moved = perm.filter((fd, i) => fd !== i).length;
      let cycles = 0;
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) {
        if (seen.has(i) || perm[i] === i) continue;
        cycles++;
        for (let j = i; !seen.has(j); j = perm.indexOf(j)) seen.add(j);
      }
      assert.equal(plan.steps.length, moved + 2 * cycles);
    }),
    { numRuns: 500 },
  );
});
