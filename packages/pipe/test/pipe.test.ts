// Pipes and FIFOs of real processes, dumped and restored into restore stubs, two ways:
// through this package's test harness (the plugin contract alone) and through
// @amber/files' FdDumper/FdRestorer. What the kernel reports is compared: fdinfo flags,
// F_GETPIPE_SZ, the content read back in order (packets one by one), kcmp identity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sys from '@amber/sys';
import type { FdProbe } from '@amber/files';
import { fifoPlugin, pipePlugin, plugins, pipeMaxSize, register } from '../src';
import {
  Remote, WAYS, drain, fdFlags, grab, killChild, linkOf, roundTrip, sameDescription, spawnStub, tempDir,
} from './harness';

const { native, O_RDONLY, O_WRONLY, O_RDWR, O_NONBLOCK, O_DIRECT, O_CLOEXEC, O_LARGEFILE } = sys;
const noCloexec = (f: number) => f & ~O_CLOEXEC;

function pipeSize(pid: number, fd: number): number {
  const l = grab(pid, fd);
  try {
    return native.fcntl(l, sys.F_GETPIPE_SZ, 0);
  } finally {
    native.close(l);
  }
}

function ino(pid: number, fd: number): bigint {
  return fs.statSync(`/proc/${pid}/fd/${fd}`, { bigint: true }).ino;
}

/** Reads what a pipe holds through a new read side of a task's fd (for write-end-only pipes). */
function readViaProc(pid: number, fd: number): string {
  const rd = native.open(`/proc/${pid}/fd/${fd}`, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  try {
    const buf = Buffer.alloc(1 << 16);
    try {
      return buf.subarray(0, native.read(rd, buf)).toString();
    } catch (e) {
      if (sys.isErrno(e, 'EAGAIN')) return '';
      throw e;
    }
  } finally {
    native.close(rd);
  }
}


/** Reads a task's pipe through a copy of its read end, `size` bytes per read, until it is empty: the lengths and text. */
function readInSteps(pid: number, fd: number, size: number): string[] {
  const l = grab(pid, fd);
  const out: string[] = [];
  try {
    native.fcntl(l, sys.F_SETFL, native.fcntl(l, sys.F_GETFL, 0) | O_NONBLOCK);
    const buf = Buffer.alloc(size);
    for (;;) {
      let n: number;
      try {
        n = native.read(l, buf);
      } catch (e) {
        if (sys.isErrno(e, 'EAGAIN')) break;
        throw e;
      }
      if (n === 0) break;
      out.push(buf.subarray(0, n).toString());
    }
  } finally {
    native.close(l);
  }
  return out;
}

/** Writes through a copy of a task's write end. */
function writeVia(pid: number, fd: number, text: string): void {
  const l = grab(pid, fd);
  try {
    sys.writeAll(l, Buffer.from(text));
  } finally {
    native.close(l);
  }
}

/** Runs text lengths together for messages: ['aaa', 'bb'] -> '3,2'. */
const lens = (l: string[]) => l.map((x) => x.length).join(',');

for (const way of WAYS) {
  test(`[${way}] seed 000: read end at 27, write end at 18 (swapped numbers), content and flags`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const [a, b] = r.pipe2(0);
      r.dup2(a, 27);
      r.dup2(b, 18);
      r.close(a);
      r.close(b);
      r.write(18, 'hello seed 000');
      r.detach();
      assert.deepEqual(fs.readdirSync(`/proc/${pid}/fd`).map(Number).sort((x, y) => x - y), [18, 27]);
      const key = linkOf(pid, 27);
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = rt.pids.values().next().value!;
        assert.deepEqual(fs.readdirSync(`/proc/${q}/fd`).map(Number).sort((x, y) => x - y), [18, 27]);
        assert.equal(noCloexec(fdFlags(q, 27)), O_RDONLY, 'fd 27 is the read end');
        assert.equal(noCloexec(fdFlags(q, 18)), O_WRONLY, 'fd 18 is the write end');
        assert.equal(ino(q, 27), ino(q, 18), 'one pipe');
        assert.notEqual(linkOf(q, 27), key, 'a new pipe');
        assert.equal(pipeSize(q, 27), 65536);
        assert.deepEqual(drain(q, 27).map(String), ['hello seed 000']);
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
    }
  });

  test(`[${way}] ends spread over two tasks, dup'ed and re-opened descriptions, both ends in one task, a write-end-only pipe`, () => {
    // Task A: 3 = read end (O_NONBLOCK), 4 = write end, 5 = a 2nd description of the read end (via /proc, blocking).
    const ra = Remote.stub();
    const A = ra.pid;
    let B = -1;
    const outside: number[] = [];
    try {
      const [a, b] = ra.pipe2(O_NONBLOCK);
      ra.dup2(a, 3);
      ra.dup2(b, 4);
      if (a !== 3 && a !== 4) ra.close(a);
      if (b !== 3 && b !== 4) ra.close(b);
      ra.fcntl(4, sys.F_SETFL, 0); // the write end blocking, the read end not
      ra.write(4, 'abc');
      const five = ra.open('/proc/self/fd/3', O_RDONLY);
      if (five !== 5) {
        ra.dup2(five, 5);
        ra.close(five);
      }
      ra.write(4, 'def');
      ra.detach();
      // Task B: 7/8 = A's 3/4 (same descriptions, as after fork), 9 = a 2nd write description
      // (O_NONBLOCK), 10 = the write end of a pipe whose reader is outside the tree (this process).
      const g3 = grab(A, 3);
      const g4 = grab(A, 4);
      const [or, ow] = sys.pipe();
      outside.push(or, ow);
      sys.writeAll(ow, Buffer.from('orphan data'));
      B = spawnStub([[g3, 7], [g4, 8], [ow, 10]]);
      native.close(g3);
      native.close(g4);
      native.close(ow);
      outside.splice(outside.indexOf(ow), 1);
      const rb = new Remote(B);
      const nine = rb.open('/proc/self/fd/8', O_WRONLY);
      if (nine !== 9) {
        rb.dup2(nine, 9);
        rb.close(nine);
      }
      rb.fcntl(9, sys.F_SETFL, O_NONBLOCK);
      rb.detach();
      const flagsBefore = new Map<string, number>();
      for (const [p, fd] of [[A, 3], [A, 4], [A, 5], [B, 7], [B, 8], [B, 9], [B, 10]] as const) flagsBefore.set(`${p === A ? 'A' : 'B'}${fd}`, noCloexec(fdFlags(p, fd)));
      assert.equal(flagsBefore.get('A3'), O_RDONLY | O_NONBLOCK);
      assert.equal(flagsBefore.get('A5'), O_RDONLY | O_LARGEFILE);
      assert.equal(flagsBefore.get('B9'), O_WRONLY | O_LARGEFILE | O_NONBLOCK);
      const mine = fs.readdirSync('/proc/self/fd').length;
      const rt = roundTrip(way, plugins, [A, B]);
      B = -1;
      assert.equal(fs.readdirSync('/proc/self/fd').length, mine, 'the restorer keeps no pipe end once every description is open');
      try {
        const a2 = rt.pids.get(A)!;
        const b2 = [...rt.pids.values()][1]!;
        for (const [k, v] of flagsBefore) assert.equal(noCloexec(fdFlags(k[0] === 'A' ? a2 : b2, Number(k.slice(1)))), v, `flags of ${k}`);
        assert.ok(sameDescription(a2, 3, b2, 7), 'A3 and B7 share one description');
        assert.ok(sameDescription(a2, 4, b2, 8), 'A4 and B8 share one description');
        assert.ok(!sameDescription(a2, 3, a2, 5), 'A5 is another description of the read end');
        assert.ok(!sameDescription(b2, 8, b2, 9), 'B9 is another description of the write end');
        const p = ino(a2, 3);
        for (const [t, fd] of [[a2, 4], [a2, 5], [b2, 7], [b2, 8], [b2, 9]] as const) assert.equal(ino(t, fd), p, `task ${t} fd ${fd} is the same pipe`);
        assert.notEqual(ino(b2, 10), p);
        assert.equal(pipeSize(a2, 3), 65536);
        // Only the ends the tree held: the restorer kept none (EOF once the writers are gone would
        // otherwise never come); the write-end-only pipe has no reader at all.
        assert.deepEqual(drain(a2, 3).map(String), ['abcdef']);
        assert.equal(readViaProc(b2, 10), 'orphan data', 'content saved from the write end alone');
      } finally {
        rt.close();
      }
    } finally {
      killChild(A);
      if (B > 0) killChild(B);
      for (const fd of outside) native.close(fd);
    }
  });

  test(`[${way}] a 1 MiB pipe (pipe-max-size) full of data, O_NONBLOCK read end: size and every byte in order`, () => {
    const max = pipeMaxSize();
    const content = Buffer.alloc(max);
    for (let i = 0; i < max; i += 4) content.writeUInt32LE(i / 4, i);
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const [a, b] = r.pipe2(O_NONBLOCK);
      assert.equal(r.fcntl(b, sys.F_SETPIPE_SZ, max), max);
      assert.equal(r.write(b, content), max);
      r.detach();
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = rt.pids.values().next().value!;
        assert.equal(pipeSize(q, a), max);
        assert.equal(noCloexec(fdFlags(q, a)), O_RDONLY | O_NONBLOCK);
        assert.equal(noCloexec(fdFlags(q, b)), O_WRONLY | O_NONBLOCK);
        const got = Buffer.concat(drain(q, a, 2 * max));
        assert.equal(got.length, max);
        assert.ok(got.equals(content), 'same bytes, same order');
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
    }
  });

  test(`[${way}] O_DIRECT (packet) pipe: packet boundaries kept, O_DIRECT per description`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const [a, b] = r.pipe2(O_DIRECT);
      for (const p of ['p1', 'packet-two', '3', 'x'.repeat(3000)]) r.write(b, p);
      const b2 = r.open(`/proc/self/fd/${b}`, O_WRONLY); // another writer, stream mode
      r.detach();
      assert.equal(noCloexec(fdFlags(pid, b)), O_WRONLY | O_DIRECT);
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = rt.pids.values().next().value!;
        assert.equal(noCloexec(fdFlags(q, b)), O_WRONLY | O_DIRECT);
        assert.equal(noCloexec(fdFlags(q, b2)), O_WRONLY | O_LARGEFILE);
        assert.equal(noCloexec(fdFlags(q, a)), O_RDONLY);
        // One read returns one packet.
        assert.deepEqual(drain(q, a).map(String), ['p1', 'packet-two', '3', 'x'.repeat(3000)]);
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
    }
  });

  test(`[${way}] FIFOs: path, read-only, write-only and read-write opens, content; a reader whose writer is outside`, () => {
    const dir = tempDir('fifo');
    const f1 = path.join(dir, 'one.fifo');
    const f2 = path.join(dir, 'two.fifo');
    native.mkfifo(f1, 0o640);
    native.mkfifo(f2, 0o600);
    const r = Remote.stub();
    let pid = r.pid;
    let outsideWriter = -1;
    try {
      const rd = r.open(f1, O_RDONLY | O_NONBLOCK);
      const wr = r.open(f1, O_WRONLY);
      const rw = r.open(f1, O_RDWR);
      r.write(wr, 'fifo data ');
      r.write(rw, 'and more');
      const rd2 = r.open(f2, O_RDONLY | O_NONBLOCK);
      r.fcntl(rd2, sys.F_SETFL, 0);
      outsideWriter = native.open(f2, O_WRONLY | O_CLOEXEC, 0);
      sys.writeAll(outsideWriter, Buffer.from('from outside'));
      r.detach();
      const before = [rd, wr, rw, rd2].map((fd) => noCloexec(fdFlags(pid, fd)));
      const rt = roundTrip(way, plugins, [pid], {
        afterDump: () => {
          native.close(outsideWriter);
          outsideWriter = -1;
        },
      });
      pid = -1;
      try {
        const q = rt.pids.values().next().value!;
        assert.deepEqual([rd, wr, rw, rd2].map((fd) => noCloexec(fdFlags(q, fd))), before);
        assert.equal(linkOf(q, rd), f1);
        assert.equal(linkOf(q, rd2), f2);
        const st1 = fs.statSync(f1, { bigint: true });
        for (const fd of [rd, wr, rw]) assert.equal(ino(q, fd), st1.ino, 'the FIFO at the path');
        assert.ok(!sameDescription(q, rd, q, wr));
        assert.equal(Buffer.concat(drain(q, rd)).toString(), 'fifo data and more');
        // The reader of two.fifo has its data, then end-of-file: its writer is gone.
        const l = grab(q, rd2);
        try {
          const buf = Buffer.alloc(100);
          assert.equal(buf.subarray(0, native.read(l, buf)).toString(), 'from outside');
          assert.equal(native.read(l, buf), 0, 'EOF: no writer left');
        } finally {
          native.close(l);
        }
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
      if (outsideWriter >= 0) native.close(outsideWriter);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  test(`[${way}] packets mixed with stream data (O_DIRECT switched on and off): every piece comes back as it was`, () => {
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const mode = (fd: number, packet: boolean) => r.fcntl(fd, sys.F_SETFL, packet ? O_DIRECT : 0);
      // Pipe 1: stream 4000 bytes, then a 200-byte packet that does not fit the stream
      // buffer's page (its own buffer), stream "de", a 4096-byte packet (never merged),
      // stream "tail".
      const [a1, b1] = r.pipe2(0);
      r.write(b1, 'a'.repeat(4000));
      mode(b1, true);
      r.write(b1, 'P'.repeat(200));
      mode(b1, false);
      r.write(b1, 'de');
      mode(b1, true);
      r.write(b1, 'Q'.repeat(4096));
      mode(b1, false);
      r.write(b1, 'tail');
      // Pipe 2: one packet alone (one data entry, yet not stream data).
      const [a2, b2] = r.pipe2(O_DIRECT);
      r.write(b2, 'solo-packet');
      // Pipe 3: a full page of stream data, then a 1-byte packet at the very end.
      const [a3, b3] = r.pipe2(0);
      r.write(b3, 'x'.repeat(4096));
      mode(b3, true);
      r.write(b3, 'y');
      r.detach();
      const rt = roundTrip(way, plugins, [pid], { keepOriginals: true });
      try {
        const q = rt.pids.values().next().value!;
        for (const [t, fd] of [[pid, b1], [q, b1], [pid, b2], [q, b2]] as const) assert.equal(noCloexec(fdFlags(t, fd)) & O_DIRECT, fd === b2 ? O_DIRECT : 0);
        // Reads of 100 bytes: stream data comes 100 at a time, a packet is cut and its rest dropped.
        const want1 = [...Array(40).fill('a'.repeat(100)), 'P'.repeat(100), 'de' + 'Q'.repeat(98), 'tail'];
        const got1 = readInSteps(pid, a1, 100);
        assert.deepEqual(got1, want1, `the original pipe reads ${lens(got1)}`);
        const back1 = readInSteps(q, a1, 100);
        assert.deepEqual(back1, want1, `the restored pipe reads ${lens(back1)}`);
        assert.deepEqual(readInSteps(q, a2, 4), ['solo'], 'a packet alone: the rest of it is dropped by a short read');
        assert.deepEqual(readInSteps(pid, a2, 4), ['solo']);
        // A stream write after the final 1-byte packet stays apart from it.
        writeVia(pid, b3, 'z');
        writeVia(q, b3, 'z');
        const want3 = ['x'.repeat(4096) + 'y', 'z'];
        assert.deepEqual(readInSteps(pid, a3, 65536), want3);
        assert.deepEqual(readInSteps(q, a3, 65536), want3, 'the final packet is still a packet');
      } finally {
        rt.close();
      }
    } finally {
      killChild(pid);
    }
  });

  test(`[${way}] an unlinked FIFO with both ends in the tree: the same data, flags and mode, "(deleted)" again`, () => {
    const dir = tempDir('fifo-gone');
    const f = path.join(dir, 'gone.fifo');
    native.mkfifo(f, 0o640);
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const rd = r.open(f, O_RDONLY | O_NONBLOCK);
      const wr = r.open(f, O_WRONLY);
      r.write(wr, 'kept after unlink');
      r.detach();
      fs.unlinkSync(f);
      assert.equal(linkOf(pid, rd), `${f} (deleted)`);
      const before = [rd, wr].map((fd) => noCloexec(fdFlags(pid, fd)));
      const rt = roundTrip(way, plugins, [pid]);
      pid = -1;
      try {
        const q = rt.pids.values().next().value!;
        assert.equal(linkOf(q, rd), `${f} (deleted)`, 'made again at its old path, and unlinked');
        assert.equal(linkOf(q, wr), `${f} (deleted)`);
        assert.ok(!fs.existsSync(f), 'no name is left behind');
        const st = fs.statSync(`/proc/${q}/fd/${rd}`, { bigint: true });
        assert.equal(st.nlink, 0n);
        assert.equal(Number(st.mode) & 0o7777, 0o640);
        assert.equal(ino(q, wr), st.ino, 'one FIFO');
        assert.ok(!sameDescription(q, rd, q, wr));
        assert.deepEqual([rd, wr].map((fd) => noCloexec(fdFlags(q, fd))), before);
        assert.equal(Buffer.concat(drain(q, rd)).toString(), 'kept after unlink');
        writeVia(q, wr, 'and it still works');
        assert.equal(Buffer.concat(drain(q, rd)).toString(), 'and it still works');
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`[${way}] an unlinked FIFO with only its write end in the tree; its old name taken at restore`, () => {
    const dir = tempDir('fifo-gone1');
    const f = path.join(dir, 'half.fifo');
    native.mkfifo(f, 0o600);
    const outsideReader = native.open(f, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
    const r = Remote.stub();
    let pid = r.pid;
    try {
      const wr = r.open(f, O_WRONLY | O_NONBLOCK);
      r.write(wr, 'only the writer is dumped');
      r.detach();
      fs.unlinkSync(f);
      const flags = noCloexec(fdFlags(pid, wr));
      assert.equal(flags & (sys.O_ACCMODE | O_NONBLOCK), O_WRONLY | O_NONBLOCK);
      const rt = roundTrip(way, plugins, [pid], {
        afterDump: () => {
          native.close(outsideReader);
          fs.writeFileSync(f, 'a new file at the old name');
        },
      });
      pid = -1;
      try {
        const q = rt.pids.values().next().value!;
        const link = linkOf(q, wr);
        assert.match(link, new RegExp(`^${dir}/\\.amber-fifo-\\d+-\\d+ \\(deleted\\)$`), 'a temporary name in the same directory');
        assert.equal(fs.readFileSync(f, 'utf8'), 'a new file at the old name', 'the file at the old name is untouched');
        assert.deepEqual(fs.readdirSync(dir), ['half.fifo']);
        assert.equal(noCloexec(fdFlags(q, wr)), flags);
        assert.equal(readViaProc(q, wr), 'only the writer is dumped');
      } finally {
        rt.close();
      }
    } finally {
      if (pid > 0) killChild(pid);
      try {
        native.close(outsideReader);
      } catch {
        /* closed after the dump */
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('key(): pipe:[INODE] for both ends, the path for a FIFO; register() adds both plugins', () => {
  const [r, w] = sys.pipe();
  try {
    const st = native.statx(r, '', sys.AT_EMPTY_PATH);
    const probe = (fd: number): FdProbe => ({ pid: process.pid, fd, link: fs.readlinkSync(`/proc/self/fd/${fd}`), stat: native.statx(fd, '', sys.AT_EMPTY_PATH), fdinfo: '', flags: 0 });
    assert.equal(pipePlugin.key!(probe(r)), `pipe:[${st.ino}]`);
    assert.equal(pipePlugin.key!(probe(w)), `pipe:[${st.ino}]`);
    assert.ok(pipePlugin.detect(probe(r)));
    assert.ok(!fifoPlugin.detect(probe(r)));
    assert.equal(pipePlugin.keyOf!({ type: 2, id: 1, pipe: { id: 1, pipe_id: 42, flags: 0, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 } } }), 'pipe:[42]');
  } finally {
    native.close(r);
    native.close(w);
  }
  const names: string[] = [];
  register({ register: (p) => names.push(p.name) });
  assert.deepEqual(names, ['pipe', 'fifo']);
});

test('[files] seed 001: a pipe left out of the dump by its key comes back from an inherit-fd', () => {
  const [or, ow] = sys.pipe();
  const [nr, nw] = sys.pipe();
  const pid = spawnStub([[ow, 4]]);
  native.close(ow);
  let rt: ReturnType<typeof roundTrip> | undefined;
  try {
    const key = linkOf(pid, 4);
    // The new pipe's write end must be at a fixed number of this process for fd[N]:KEY.
    const n = sys.dupFd(nw, 200);
    rt = roundTrip('files', plugins, [pid], { external: [key], inheritFds: [`fd[${n}]:${key}`] });
    native.close(n);
    const q = rt.pids.values().next().value!;
    assert.equal(linkOf(q, 4), fs.readlinkSync(`/proc/self/fd/${nr}`), 'the stand-in pipe');
    assert.ok(!rt.images.has('pipes-data.img') || rt.images.readPipesData().length === 0, 'an external pipe is not dumped');
  } finally {
    rt?.close();
    killChild(pid);
    for (const fd of [or, nr, nw]) native.close(fd);
  }
});
