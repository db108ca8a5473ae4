// epoll instances of real processes, dumped and restored into restore stubs, through
// the pipe package's contract harness and through @amber/files' FdDumper/FdRestorer.
// Compared: the watches the kernel shows (fdinfo tfd/events/data), which file each
// watch is on (kcmp KCMP_EPOLL_TFD), and the events epoll_wait delivers (in the test
// process through a pidfd_getfd copy, or inside the restored task).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { ImageDir } from '@amber/images';
import { plugins as pipePlugins } from '@amber/pipe';
import {
  Remote, WAYS, drain, grab, killChild, roundTrip, sameDescription, spawnStub,
} from '@amber/pipe/dist/test/harness';
import { eventpollPlugin, register, watchesOfTask, EpollError } from '../src';

const { native, EPOLLIN, EPOLLOUT, EPOLLET, EPOLLONESHOT, EPOLLEXCLUSIVE, EPOLL_CTL_ADD } = sys;
const plugins = [...pipePlugins, eventpollPlugin];
const ADD = EPOLL_CTL_ADD;

function lines(pid: number, ep: number): string[] {
  return watchesOfTask(pid, ep).map((w) => `tfd ${w.tfd} events ${w.events.toString(16)} data ${w.data.toString(16)}`).sort();
}

/** The events epoll_wait delivers now, through a copy of the task's epoll fd. */
function delivered(pid: number, ep: number): string[] {
  const l = grab(pid, ep);
  try {
    return native.epollWait(l, 64, 0).map((e) => `${e.events.toString(16)}:${e.data.toString(16)}`).sort();
  } finally {
    native.close(l);
  }
}

function isWatchOn(pid: number, fd: number, epPid: number, ep: number, tfd: number, toff = 0): boolean {
  try {
    return native.kcmpEpollTfd(pid, fd, epPid, ep, tfd, toff) === 0;
  } catch {
    return false;
  }
}

function isOpen(pid: number, fd: number): boolean {
  return fs.existsSync(`/proc/${pid}/fd/${fd}`);
}

/** Moves fd `from` of the task to number `to`. */
function place(r: Remote, from: number, to: number): void {
  if (from === to) return;
  r.dup2(from, to);
  r.close(from);
}

for (const way of WAYS) {
  test(`[${way}] watches with events and data: level, EPOLLET, EPOLLONESHOT armed and fired, EPOLLEXCLUSIVE; delivered events match`, () => {
    const r = Remote.stub();
    const pid = r.pid;
    try {
      const ep = r.epollCreate();
      const p = [0, 1, 2, 3, 4].map(() => r.pipe2(0));
      // Fired oneshots first, alone in the epoll: w of pipe 1 (writable: fires and stays
      // ready) and r of pipe 4 (made readable for the wait, then emptied again).
      r.epollCtl(ep, ADD, p[1]![1], EPOLLOUT | EPOLLONESHOT, 0x5555);
      r.write(p[4]![1], 'z');
      r.epollCtl(ep, ADD, p[4]![0], EPOLLIN | EPOLLONESHOT | EPOLLET, 0x6666);
      assert.equal(r.epollWait(ep).length, 2);
      r.call(sys.SYS.read, p[4]![0], r.t.putScratch(Buffer.alloc(8), 0), 8);
      // The rest.
      r.write(p[0]![1], 'x');
      r.epollCtl(ep, ADD, p[0]![0], EPOLLIN, 0x1111);
      r.epollCtl(ep, ADD, p[0]![1], EPOLLOUT | EPOLLET, 0xffff_ffff_ffff_fff0n);
      r.write(p[2]![1], 'y');
      r.epollCtl(ep, ADD, p[2]![0], EPOLLIN | EPOLLONESHOT, 0x3333);
      r.write(p[3]![1], 'w');
      r.epollCtl(ep, ADD, p[3]![0], EPOLLIN | EPOLLEXCLUSIVE, 0x4444);
      r.detach();
      const before = lines(pid, ep);
      assert.ok(before.includes('tfd ' + p[1]![1] + ' events 40000000 data 5555'), before.join('\n'));
      assert.ok(before.includes('tfd ' + p[4]![0] + ' events c0000000 data 6666'), before.join('\n'));
      const rt = roundTrip(way, plugins, [pid], { keepOriginals: true });
      try {
        const q = rt.pids.get(pid)!;
        const after = lines(q, ep);
        // Every line as before, the fired oneshot on the (now empty) pipe 4 included: the
        // restorer makes pipe 4 readable for the moment its watch is fired again.
        assert.deepEqual(after, before);
        for (const [i, end] of [[0, 0], [0, 1], [1, 1], [2, 0], [3, 0], [4, 0]] as const) {
          assert.ok(isWatchOn(q, p[i]![end], q, ep, p[i]![end]), `the watch on fd ${p[i]![end]} is on that fd's file`);
        }
        assert.deepEqual(delivered(q, ep), delivered(pid, ep));
        assert.deepEqual(delivered(q, ep), delivered(pid, ep), 'after a first wait too (ET and oneshot consumed alike)');
      } finally {
        rt.close();
      }
    } finally {
      killChild(pid);
    }
  });

  test(`[${way}] seed 002 hard case: the registered fd was dup'ed elsewhere and closed, or now names another file; two watches with one number`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const ep = r.epollCreate();
      const [a, aw] = r.pipe2(0);
      place(r, a, 5);
      r.epollCtl(ep, ADD, 5, EPOLLIN, 0xa);
      r.dup2(5, 9);
      r.close(5); // file A: registered as 5, now only at 9
      const [b, bw] = r.pipe2(0);
      place(r, b, 5); // fd 5 now names file B...
      r.epollCtl(ep, ADD, 5, EPOLLIN | EPOLLET, 0xb); // ...registered as 5 as well
      const [c, cw] = r.pipe2(0);
      place(r, c, 7);
      r.epollCtl(ep, ADD, 7, EPOLLIN, 0xc);
      r.dup2(7, 11);
      r.close(7); // file C: registered as 7, fd 7 free now
      for (const w of [aw, bw, cw]) r.write(w, 'data');
      r.detach();
      assert.ok(!isOpen(pid, 7));
      const before = lines(pid, ep);
      assert.equal(before.filter((l) => l.startsWith('tfd 5 ')).length, 2);
      const sent = delivered(pid, ep);
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = [...rt.pids.values()][0]!;
        assert.deepEqual(lines(q, ep), before, 'the same registrations, numbers included');
        assert.ok(isWatchOn(q, 9, q, ep, 5, 0) || isWatchOn(q, 9, q, ep, 5, 1), 'a watch registered as 5 is on the file now at 9');
        assert.ok(isWatchOn(q, 5, q, ep, 5, 0) || isWatchOn(q, 5, q, ep, 5, 1), 'the other one is on the file at 5');
        assert.ok(isWatchOn(q, 11, q, ep, 7, 0), 'the watch registered as 7 is on the file at 11');
        assert.ok(!isOpen(q, 7), 'fd 7 stays closed');
        assert.notEqual(fs.readlinkSync(`/proc/${q}/fd/5`), fs.readlinkSync(`/proc/${q}/fd/9`));
        assert.deepEqual(delivered(q, ep), sent);
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
    }
  });

  test(`[${way}] an epoll watching an epoll: inner watches first; events delivered by epoll_wait inside the restored task`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const outer = r.epollCreate(); // lower fd: FdRestorer runs its afterInstall first
      const inner = r.epollCreate();
      const [a, aw] = r.pipe2(0);
      r.epollCtl(inner, ADD, a, EPOLLIN, 0x1);
      r.epollCtl(outer, ADD, inner, EPOLLIN | EPOLLONESHOT, 0xe);
      r.write(aw, 'ready');
      // Fire the outer oneshot once and keep it fired: the restore must re-fire it, which
      // needs the inner epoll to have its (ready) watch already.
      assert.deepEqual(r.epollWait(outer), [{ events: EPOLLIN, data: 0xen }]);
      r.detach();
      const before = { outer: lines(pid, outer), inner: lines(pid, inner) };
      assert.deepEqual(before.outer, [`tfd ${inner} events 40000000 data e`]);
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = [...rt.pids.values()][0]!;
        assert.deepEqual(lines(q, inner), before.inner);
        assert.deepEqual(lines(q, outer), before.outer, 'the fired oneshot re-fired: disarmed exactly');
        const t = new Remote(q);
        try {
          assert.deepEqual(t.epollWait(outer), [], 'the outer oneshot is spent');
          assert.deepEqual(t.epollWait(inner), [{ events: EPOLLIN, data: 1n }]);
          t.epollCtl(outer, sys.EPOLL_CTL_MOD, inner, EPOLLIN | EPOLLONESHOT, 0xf);
          assert.deepEqual(t.epollWait(outer), [{ events: EPOLLIN, data: 0xfn }], 're-armed by the program, it fires');
        } finally {
          t.detach();
        }
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
    }
  });

  test(`[${way}] an epoll shared by two tasks; a target that escaped to a third task (CRIU: "kid_lookup_epoll: no match")`, () => {
    const ra = Remote.stub();
    const A = ra.pid;
    let B = -1;
    let C = -1;
    try {
      const ep = ra.epollCreate();
      place(ra, ep, 3);
      const [r1, w1] = ra.pipe2(0);
      place(ra, r1, 4);
      place(ra, w1, 10);
      ra.epollCtl(3, ADD, 4, EPOLLIN, 0x41);
      const [r3, w3] = ra.pipe2(0);
      place(ra, r3, 5);
      place(ra, w3, 11);
      ra.epollCtl(3, ADD, 5, EPOLLIN, 0x43);
      ra.write(11, 'escaped');
      ra.write(10, 'local');
      ra.detach();
      const gEp = grab(A, 3);
      B = spawnStub([[gEp, 6]]);
      native.close(gEp);
      const rb = new Remote(B);
      const [r2, w2] = rb.pipe2(0);
      place(rb, r2, 8);
      place(rb, w2, 12);
      rb.epollCtl(6, ADD, 8, EPOLLIN, 0x42); // added by B, on B's file
      rb.write(12, 'from b');
      rb.detach();
      const g5 = grab(A, 5);
      const g11 = grab(A, 11);
      C = spawnStub([[g5, 5], [g11, 11]]);
      native.close(g5);
      native.close(g11);
      const ra2 = new Remote(A);
      ra2.close(5);
      ra2.close(11); // the target of the 0x43 watch now lives in C only
      ra2.detach();
      const before = lines(A, 3);
      assert.equal(before.length, 3);
      const sent = delivered(A, 3);
      for (const opt of way === 'harness' ? [{}, { borrowFd: true }, { temporaries: true }] : [{}]) {
        const rt = roundTrip(way, plugins, [A, B, C], { keepOriginals: true, harness: opt });
        try {
          const [a2, b2, c2] = [rt.pids.get(A)!, rt.pids.get(B)!, rt.pids.get(C)!];
          assert.ok(sameDescription(a2, 3, b2, 6), 'one epoll in both tasks');
          assert.deepEqual(lines(a2, 3), before);
          assert.ok(isWatchOn(a2, 4, a2, 3, 4), 'A\'s own target');
          assert.ok(isWatchOn(b2, 8, a2, 3, 8), 'B\'s target, added by B');
          assert.ok(isWatchOn(c2, 5, a2, 3, 5), 'the escaped target, now in C');
          assert.ok(!isOpen(a2, 5) && !isOpen(a2, 8), 'A got no extra fd');
          assert.deepEqual(delivered(a2, 3), sent);
        } finally {
          rt.close();
        }
      }
    } finally {
      for (const p of [A, B, C]) if (p > 0) killChild(p);
    }
  });

  test(`[${way}] fired EPOLLONESHOT watches on targets ready for nothing (an empty pipe, a full pipe, an idle epoll): as before, silent until re-armed`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const ep = r.epollCreate();
      const inner = r.epollCreate();
      // Each watch is added alone and fired by a wait, then its target goes idle.
      const [r1, w1] = r.pipe2(0);
      r.write(w1, 'a');
      r.epollCtl(ep, ADD, r1, EPOLLIN | EPOLLONESHOT, 0x1);
      assert.deepEqual(r.epollWait(ep), [{ events: EPOLLIN, data: 1n }]);
      r.call(sys.SYS.read, r1, r.t.putScratch(Buffer.alloc(8), 0), 8); // empty again
      const [r2, w2] = r.pipe2(0);
      r.epollCtl(ep, ADD, w2, EPOLLOUT | EPOLLONESHOT, 0x2);
      assert.deepEqual(r.epollWait(ep), [{ events: EPOLLOUT, data: 2n }]);
      assert.equal(r.write(w2, Buffer.alloc(65536, 'f')), 65536); // full
      const [r3, w3] = r.pipe2(0);
      r.epollCtl(inner, ADD, r3, EPOLLIN, 0x30);
      r.write(w3, 'c');
      r.epollCtl(ep, ADD, inner, EPOLLIN | EPOLLONESHOT | EPOLLET, 0x3);
      assert.deepEqual(r.epollWait(ep), [{ events: EPOLLIN, data: 3n }]);
      r.call(sys.SYS.read, r3, r.t.putScratch(Buffer.alloc(8), 0), 8); // the inner epoll is idle
      r.detach();
      const before = lines(pid, ep);
      assert.deepEqual(before, [`tfd ${r1} events 40000000 data 1`, `tfd ${w2} events 40000000 data 2`, `tfd ${inner} events c0000000 data 3`].sort());
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = [...rt.pids.values()][0]!;
        assert.deepEqual(lines(q, ep), before, 'fdinfo as before: disarmed, not armed for ERR|HUP');
        assert.deepEqual(lines(q, inner), [`tfd ${r3} events 19 data 30`]);
        assert.deepEqual(delivered(q, ep), []);
        // The targets are as they were: pipe 1 empty, pipe 2 full at 64 KiB, the inner epoll idle.
        assert.deepEqual(drain(q, r1), []);
        const l2 = grab(q, w2);
        try {
          assert.equal(native.fcntl(l2, sys.F_GETPIPE_SZ, 0), 65536);
          native.fcntl(l2, sys.F_SETFL, sys.O_NONBLOCK);
          assert.throws(() => native.write(l2, Buffer.from('x')), (e: Error) => sys.isErrno(e, 'EAGAIN'), 'still full');
        } finally {
          native.close(l2);
        }
        assert.equal(Buffer.concat(drain(q, r2)).toString(), 'f'.repeat(65536));
        assert.deepEqual(delivered(q, inner), []);
        // A hang-up and an error: an armed watch would report them (ERR|HUP are implicit).
        const t = new Remote(q);
        try {
          t.close(w1);
          t.close(r2);
          assert.deepEqual(t.epollWait(ep), [], 'the spent oneshots stay silent');
          t.epollCtl(ep, sys.EPOLL_CTL_MOD, r1, EPOLLIN | EPOLLONESHOT, 0x11);
          assert.deepEqual(t.epollWait(ep), [{ events: sys.EPOLLHUP, data: 0x11n }], 're-armed by the program, it fires');
        } finally {
          t.detach();
        }
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
    }
  });

  test(`[${way}] EPOLLET: an edge consumed before the dump is not reported again; a pending edge is, once`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      // ep1: an edge-triggered watch on a pipe with data, its edge taken by a wait (the
      // state of a program asleep in epoll_wait), and a level watch on an empty pipe.
      const ep1 = r.epollCreate();
      const [a, aw] = r.pipe2(0);
      const [b] = r.pipe2(0);
      r.write(aw, 'data');
      r.epollCtl(ep1, ADD, a, EPOLLIN | EPOLLET, 0xa);
      r.epollCtl(ep1, ADD, b, EPOLLIN, 0xb);
      assert.deepEqual(r.epollWait(ep1), [{ events: EPOLLIN, data: 0xan }]);
      // ep2: an edge-triggered watch whose edge nobody took yet.
      const ep2 = r.epollCreate();
      const [c, cw] = r.pipe2(0);
      r.write(cw, 'data');
      r.epollCtl(ep2, ADD, c, EPOLLIN | EPOLLET, 0xc);
      r.detach();
      assert.deepEqual(delivered(pid, ep1), [], 'nothing waits in ep1 (a wait that finds nothing takes nothing)');
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = [...rt.pids.values()][0]!;
        assert.deepEqual(lines(q, ep1), [`tfd ${a} events 80000019 data a`, `tfd ${b} events 19 data b`].sort());
        assert.deepEqual(delivered(q, ep1), [], 'the consumed edge is not reported again');
        assert.deepEqual(delivered(q, ep2), ['1:c'], 'the pending edge is reported');
        assert.deepEqual(delivered(q, ep2), [], 'once');
        const t = new Remote(q);
        try {
          t.write(aw, 'more');
          t.write(cw, 'more');
        } finally {
          t.detach();
        }
        assert.deepEqual(delivered(q, ep1), ['1:a'], 'a new edge is reported');
        assert.deepEqual(delivered(q, ep1), []);
        assert.deepEqual(delivered(q, ep2), ['1:c']);
        assert.equal(Buffer.concat(drain(q, a)).toString(), 'datamore');
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
    }
  });

  test(`[${way}] EPOLLET, the limit: with an event waiting, which edges were consumed cannot be seen, and ready edge-triggered watches come back pending`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const ep = r.epollCreate();
      const [d, dw] = r.pipe2(0);
      const [e, ew] = r.pipe2(0);
      r.write(dw, 'd');
      r.write(ew, 'e');
      r.epollCtl(ep, ADD, d, EPOLLIN | EPOLLET, 0xd);
      r.epollCtl(ep, ADD, e, EPOLLIN | EPOLLET, 0xe);
      assert.equal(r.epollWait(ep).length, 2);
      r.write(ew, 'e'); // a new edge for e only
      r.detach();
      const rt = roundTrip(way, plugins, [pid], { keepOriginals: true });
      try {
        const q = [...rt.pids.values()][0]!;
        assert.deepEqual(delivered(pid, ep), ['1:e'], 'the original: only e');
        assert.deepEqual(delivered(q, ep), ['1:d', '1:e'], 'restored: d too (one extra event), e');
        assert.deepEqual(delivered(q, ep), []);
      } finally {
        rt.close();
      }
    } finally {
      killChild(pid);
    }
  });

  test(`[${way}] a target held only outside the dumped tree: a clear error naming it as external`, () => {
    const r = Remote.stub();
    const pid = r.pid;
    let mine = -1;
    try {
      const ep = r.epollCreate();
      const [a] = r.pipe2(0);
      r.epollCtl(ep, ADD, a, EPOLLIN, 0x7);
      r.detach();
      mine = grab(pid, a);
      const rr = new Remote(pid);
      rr.close(a);
      rr.detach();
      const link = fs.readlinkSync(`/proc/self/fd/${mine}`);
      assert.throws(
        () => roundTrip(way, plugins, [pid], { keepOriginals: true }),
        (e: Error) => {
          assert.ok(e instanceof EpollError, String(e));
          assert.match(e.message, new RegExp(`epoll pid ${pid} fd ${ep}: the watch registered as fd ${a}`));
          assert.match(e.message, /held only outside the dumped tree/);
          assert.match(e.message, new RegExp(`by pid ${process.pid} fd ${mine}`));
          assert.ok(e.message.includes(link) && e.message.includes('external'), e.message);
          return true;
        },
      );
    } finally {
      killChild(pid);
      if (mine >= 0) native.close(mine);
    }
  });

  test(`[${way}] security: an image naming a target the epoll's task does not hold is refused`, () => {
    const ra = Remote.stub();
    const A = ra.pid;
    let B = -1;
    try {
      const ep = ra.epollCreate();
      const [a] = ra.pipe2(0);
      ra.epollCtl(ep, ADD, a, EPOLLIN, 0x1);
      ra.detach();
      const [br, bw] = sys.pipe();
      B = spawnStub([[br, 3]]);
      native.close(br);
      native.close(bw);
      assert.throws(
        () =>
          roundTrip(way, plugins, [A, B], {
            afterDump: (images) => {
              // Point A's watch at B's pipe: a file of another task.
              const files = images.readFiles();
              const bId = images.readFdinfo(B).find((e) => e.fd === 3)!.id;
              const epfd = files.find((f) => f.epfd)!;
              epfd.epfd!.tfd![0]!.id = bId;
              const w = ImageDir.create(images.path, { overwrite: true, fsync: false });
              w.writeFiles(files);
              w.writeInventory({ img_version: 2 });
            },
          }),
        (e: Error) => {
          assert.ok(e instanceof EpollError, String(e));
          assert.match(e.message, /which no task holding the epoll holds/);
          assert.match(e.message, /refusing/);
          return true;
        },
      );
      B = -1;
    } finally {
      killChild(A);
      if (B > 0) killChild(B);
    }
  });
}

test('register() adds the eventpoll plugin; needsTemporarily lists escaped targets only', () => {
  const names: string[] = [];
  register({ register: (p) => names.push(p.name) });
  assert.deepEqual(names, ['eventpoll']);
  const entry = {
    type: 7 as const, id: 3,
    epfd: { id: 3, flags: 2, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 }, tfd: [
      { id: 1, tfd: 4, events: 1, data: 0n }, { id: 2, tfd: 5, events: 1, data: 0n },
    ] },
  };
  const ctx = { dataOf: () => Buffer.from(JSON.stringify({ escaped: [1] })) } as unknown as Parameters<typeof eventpollPlugin.needsTemporarily>[1];
  assert.deepEqual(eventpollPlugin.needsTemporarily(entry, ctx), [2]);
  assert.deepEqual(eventpollPlugin.dependsOn!(entry, ctx), [1, 2]);
});
