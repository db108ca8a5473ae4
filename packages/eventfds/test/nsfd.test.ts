// Namespace fds (/proc/PID/ns/KIND held open): the holder's own namespace comes back as a
// reference to the namespace the restored task lives in; another one is refused.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FilesError } from '@amber/files';
import { dumpTask, fdinfo, killChild, link, registry, roundTrip, spawnStub } from './harness';

test('namespace fds of the task\'s own namespaces (net, uts, pid_for_children) come back as its namespaces, FD_CLOEXEC kept', () => {
  const net = fs.openSync('/proc/self/ns/net', 'r');
  const uts = fs.openSync('/proc/self/ns/uts', 'r');
  const pidc = fs.openSync('/proc/self/ns/pid_for_children', 'r');
  const { before, after } = roundTrip([[net, 3], [uts, 4], [pidc, 5]], 'nsfd');
  try {
    assert.equal(link(after, 3), fs.readlinkSync(`/proc/${after}/ns/net`));
    assert.equal(link(after, 4), fs.readlinkSync(`/proc/${after}/ns/uts`));
    assert.equal(link(after, 5), fs.readlinkSync(`/proc/${after}/ns/pid_for_children`));
    for (const fd of [3, 4, 5]) assert.equal(link(after, fd), link(before, fd));
    assert.match(fdinfo(after, 3), /^flags:\s*0*100000$/m, 'O_RDONLY | O_LARGEFILE, no FD_CLOEXEC as dumped');
  } finally {
    killChild(before);
    killChild(after);
  }
});

test('a namespace fd of another namespace (a child\'s new pid namespace) is refused, naming the pid, fd and namespace', () => {
  const child = sys.spawnAt({ path: sys.restoreStubPath, argv: ['amber-stub'], envp: [], newPidNs: true, setTid: [1] });
  const other = fs.openSync(`/proc/${child}/ns/pid`, 'r');
  const holder = spawnStub([[other, 6]]);
  fs.closeSync(other);
  try {
    assert.throws(() => dumpTask(registry(), holder, 'nsfd-other'), (e) => e instanceof FilesError && e.code === 'UNSUPPORTED_FILE' &&
      e.message.includes(`pid ${holder} fd 6 (pid:[`) && /not the task's own/.test(e.message) && /does not dump namespaces/.test(e.message));
  } finally {
    killChild(holder);
    killChild(child);
  }
});
