import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { INHERITED, ModelError, ProcTaskRecord, modelFromProc, parseProcStatus } from '../src';

/** /proc/PID/status as the kernel writes it, trimmed to the lines around the ones that matter. */
function status(fields: { state?: string; pid: string; ppid: number; pgid: string; sid: string; tgid?: string }): string {
  const pid = fields.pid.split(' ');
  const tgid = (fields.tgid ?? fields.pid).split(' ');
  return [
    'Name:\tsleep',
    'Umask:\t0022',
    `State:\t${fields.state ?? 'S (sleeping)'}`,
    `Tgid:\t${tgid[0]}`,
    'Ngid:\t0',
    `Pid:\t${pid[0]}`,
    `PPid:\t${fields.ppid}`,
    'TracerPid:\t0',
    'Uid:\t0\t0\t0\t0',
    'FDSize:\t64',
    'Groups:\t0 ',
    `NStgid:\t${tgid.join('\t')}`,
    `NSpid:\t${pid.join('\t')}`,
    `NSpgid:\t${fields.pgid.split(' ').join('\t')}`,
    `NSsid:\t${fields.sid.split(' ').join('\t')}`,
    'Kthread:\t0',
    'VmPeak:\t    8276 kB',
    'Threads:\t1',
    '',
  ].join('\n');
}

describe('/proc', () => {
  test('parses the NS lines of /proc/PID/status', () => {
    const parsed = parseProcStatus(status({ pid: '4242 1', ppid: 4200, pgid: '4242 1', sid: '300 0', state: 'Z (zombie)' }));
    assert.deepEqual(parsed.nsPid, [4242, 1]);
    assert.deepEqual(parsed.nsSid, [300, 0]);
    assert.equal(parsed.ppid, 4200);
    assert.equal(parsed.state, 'Z');
    assert.throws(() => parseProcStatus('Pid:\t1\nTgid:\t1\nPPid:\t0\n'), ModelError);
  });

  test('a container seen from the host: levels above the container are cut off', () => {
    const records: ProcTaskRecord[] = [
      { status: status({ pid: '4242 1', ppid: 4200, pgid: '4242 1', sid: '4242 1' }) },
      {
        status: status({ pid: '4250 7', ppid: 4242, pgid: '4242 1', sid: '4242 1' }),
        threads: [status({ pid: '4250 7', ppid: 4242, pgid: '4242 1', sid: '4242 1' }), status({ pid: '4251 8', tgid: '4250 7', ppid: 4242, pgid: '4242 1', sid: '4242 1' })],
      },
      { status: status({ pid: '4260 9 1', ppid: 4250, pgid: '4242 1 0', sid: '4242 1 0' }) },
      { status: status({ pid: '4261 10', ppid: 4242, pgid: '4242 1', sid: '4242 1', state: 'Z (zombie)' }), waitStatus: 9 },
      { status: status({ pid: '4262 11', ppid: 4242, pgid: '4242 1', sid: '4242 1', state: 'T (stopped)' }), childSubreaper: true },
      { status: status({ pid: '4263 12', ppid: 4242, pgid: '4242 1', sid: '4242 1', state: 't (tracing stop)' }) },
    ];
    const model = modelFromProc(records, { mode: 'container' });
    assert.deepEqual([...model.tasks.keys()], [1, 7, 9, 10, 11, 12]);
    const nested = model.tasks.get(9);
    assert.deepEqual(nested?.pid.numbers, [9, 1]);
    assert.equal(nested?.newPidNs, true);
    assert.equal(nested?.parent, model.tasks.get(7));
    assert.deepEqual(model.tasks.get(7)?.threads.map((t) => t.numbers), [[7], [8]]);
    assert.deepEqual(model.tasks.get(10)?.state, { kind: 'zombie', exit: { signal: 9 } });
    assert.equal(model.tasks.get(11)?.state.kind, 'stopped');
    assert.equal(model.tasks.get(11)?.childSubreaper, true);
    assert.equal(model.tasks.get(12)?.state.kind, 'alive');
  });

  test('container dumps: a session from outside the container names the task and the pid', () => {
    const records: ProcTaskRecord[] = [
      { status: status({ pid: '4242 1', ppid: 4200, pgid: '4242 1', sid: '4242 1' }) },
      { status: status({ pid: '4250 7', ppid: 4242, pgid: '4242 1', sid: '300 0' }) },
    ];
    assert.throws(
      () => modelFromProc(records, { mode: 'container' }),
      (error: unknown) =>
        error instanceof ModelError && error.rule === 'pid-outside-container' && error.task === 7 && /\b300\b/.test(error.message) && /4250/.test(error.message),
    );
  });

  test('subtree dumps: sessions and groups from outside the dumped namespace are inherited', () => {
    const records: ProcTaskRecord[] = [
      { status: status({ pid: '4242 1', ppid: 4200, pgid: '300 0', sid: '300 0' }) },
      { status: status({ pid: '4250 7', ppid: 4242, pgid: '4250 7', sid: '300 0' }) },
    ];
    const model = modelFromProc(records, { mode: 'subtree' });
    assert.equal(model.root.sid, INHERITED);
    assert.equal(model.root.pgid, INHERITED);
    assert.equal(model.tasks.get(7)?.sid, INHERITED);
    assert.equal(model.tasks.get(7)?.pgid, model.tasks.get(7)?.pid);
  });
});
