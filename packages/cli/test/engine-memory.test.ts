// Issue 7's memory cases through the amber command: madvise bits and locks, memfd
// mappings, SysV shared memory. Each program checks its own state after restore and
// prints PASS or FAIL; the tests also compare /proc from outside.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setChildSubreaper } from '@amber/sys';
import { startProgram, killTree, reapOrphans, until } from '@amber/testkit';
import { cli, dumpRestoreCheck, type RoundTripOptions } from './support/round-trip';


before(() => setChildSubreaper(true));

/** Every VMA of a process and its children: "pid range perms offset name | VmFlags". */
function vmaFlags(pid: number): string[] {
  const children = fs.readdirSync(`/proc/${pid}/task`).flatMap((t) =>
    fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
  const out: string[] = [];
  for (const p of [String(pid), ...children.sort()]) {
    let vma = '';
    for (const line of fs.readFileSync(`/proc/${p}/smaps`, 'latin1').split('\n')) {
      const m = /^([0-9a-f]+-[0-9a-f]+) (\S+) (\S+) \S+ \d+\s*(.*)$/.exec(line);
      // The inode is left out: shared objects are new objects with the same content.
      if (m) vma = `${p === String(pid) ? 'parent' : 'child'} ${m[1]} ${m[2]} ${m[3]} ${m[4]}`;
      else if (line.startsWith('VmFlags:')) out.push(`${vma} | ${line.slice(8).trim()}`);
    }
  }
  return out;
}



/** Round-trip hooks that check the live tree before the first dump (round -1) and after each restore. */
function comparing(compare: (pid: number, round: number) => void): RoundTripOptions {
  return { rounds: 2, settleMs: 0, beforeDump: (pid, round) => round === 0 && compare(pid, -1), afterRestore: compare };
}

/** Compares every VMA's VmFlags with the ones seen before the first dump. */
function sameVmFlags(): (pid: number, round: number) => void {
  let before: string[] = [];
  return (pid, round) => {
    if (round < 0) before = vmaFlags(pid);
    else assert.deepEqual(vmaFlags(pid), before, `VmFlags after restore round ${round}`);
  };
}

test('madvise bits (dc dd hg nh wf mg sr rr), mlock, mlock2 on fault, MAP_NORESERVE, MAP_GROWSDOWN: the same VmFlags on every VMA, twice', async () => {
  const compare = sameVmFlags();
  let regions = 0;
  const text = await dumpRestoreCheck('madvise', comparing((pid, round) => {
    compare(pid, round);
    if (round < 0) regions = vmaFlags(pid).filter((l) => / (dc|dd|hg|nh|wf|mg|sr|rr|lo|nr) /.test(`${l} `)).length;
  }));
  assert.ok(regions >= 10, `the program's regions show their flags (${regions})`);
  assert.match(text, /^PASS$/m, text);
});

test('memfd mappings (shared, private with a copied page, an offset only the child maps), fds closed: same names, content and sharing, twice', async () => {
  const compare = sameVmFlags();
  const text = await dumpRestoreCheck('memfdmap', comparing((pid, round) => {
    compare(pid, round);
    const maps = vmaFlags(pid).filter((l) => l.includes('/memfd:amber-map (deleted)'));
    assert.equal(maps.length, 5, `memfd mappings in round ${round}: ${maps.join('\n')}`);
  }));
  assert.match(text, /^PASS$/m, text);
});

/** SysV segments the program reported ("ready A B"); removed whatever happens. */
function segmentsOf(out: string): number[] {
  const m = /^ready (\d+) (\d+)$/m.exec(out);
  return m ? [Number(m[1]), Number(m[2])] : [];
}

function removeSegment(id: number): void {
  spawnSync('ipcrm', ['-m', String(id)], { stdio: 'ignore' });
}

test('SysV shm shared by parent and child (one keyed, one removed while attached): same shmids, key, size, mode, content, sharing, twice', async () => {
  let ids: number[] = [];
  try {
    const compare = sameVmFlags();
    const text = await dumpRestoreCheck('sysvshm', comparing((pid, round) => {
      compare(pid, round);
      if (round < 0) ids = segmentsOf(fs.readFileSync(`/proc/${pid}/fd/1`, 'utf8'));
      const sysv = vmaFlags(pid).filter((l) => l.includes('/SYSV'));
      assert.equal(sysv.length, 4, `SysV attaches in round ${round}: ${sysv.join('\n')}`);
    }));
    assert.match(text, /^PASS$/m, text);
    assert.equal(ids.length, 2);
  } finally {
    for (const id of ids) removeSegment(id);
  }
});

test('a SysV shmid used by another process at restore is a clear error naming it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-sysvshm-taken-'));
  const p = await startProgram('sysvshm', path.join(dir, 'out'));
  let ids: number[] = [];
  let holder = 0;
  try {
    await until(() => fs.readFileSync(path.join(dir, 'out'), 'utf8').includes('ready'), 'sysvshm to get ready');
    ids = segmentsOf(fs.readFileSync(path.join(dir, 'out'), 'utf8'));
    const d = cli('dump', '-t', String(p.pid), '-D', path.join(dir, 'img'));
    assert.equal(d.code, 0, d.stderr);
    await p.reap();
    await reapOrphans();
    // The keyed segment outlives the killed tree; someone else attaches it meanwhile.
    const h = await startProgram('sysvshm', path.join(dir, 'hold'), ['hold', String(ids[0])]);
    holder = h.pid;
    await until(() => fs.readFileSync(path.join(dir, 'hold'), 'utf8').includes('ready'), 'the holder to attach');
    const r = cli('restore', '-D', path.join(dir, 'img'), '-d');
    assert.notEqual(r.code, 0, 'restore must refuse');
    assert.match(r.stderr, new RegExp(`shmid ${ids[0]} is taken .*1 attaches.*ipcrm -m ${ids[0]}`), r.stderr);
    await reapOrphans();
    assert.ok(!fs.existsSync(`/proc/${p.pid}`) || fs.readFileSync(`/proc/${p.pid}/stat`, 'latin1').includes(') Z'), 'nothing of the failed restore keeps running');
  } finally {
    if (holder) await killTree(holder);
    await killTree(p.pid).catch(() => {});
    for (const id of ids) removeSegment(id);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
