// A child process for the multi-process tests (not a test file itself). It gets the
// store socket as its fd 3 and AMBER_FDSTORE in its environment, does what argv says,
// and prints one JSON line.
import * as fs from 'node:fs';
import * as sys from '@amber/sys';
import { FdStore, RECORD_BYTES } from '../src';

const [mode = '', arg1 = '0', arg2 = ''] = process.argv.slice(2);

/** The memfd name an entry's file was created with (tests name them after the id). */
function fileName(fd: number): string {
  return fs.readlinkSync(`/proc/self/fd/${fd}`).replace(/^\/memfd:/, '').replace(/ \(deleted\)$/, '');
}

function out(v: unknown): void {
  process.stdout.write(`${JSON.stringify(v)}\n`);
}

// Both workers of a test start their loops at the same moment.
function waitUntil(t: number): void {
  while (Date.now() < t) {
    /* spin: starting together matters more than the CPU */
  }
}

switch (mode) {
  case 'get': {
    // arg1: iterations; arg2: "nolock" to turn the lock off.
    const store = FdStore.fromEnv(undefined, { lock: arg2 !== 'nolock' });
    waitUntil(Number(process.env.START_AT));
    let wrong = 0;
    const n = Number(arg1);
    for (let i = 0; i < n; i++) {
      const id = Math.floor(Math.random() * store.count);
      const fd = store.get(id);
      if (fileName(fd) !== `e${id}`) wrong++;
      sys.native.close(fd);
    }
    out({ pid: process.pid, gets: n, wrong });
    break;
  }
  case 'raw': {
    // The hazard itself: setsockopt(SO_PEEK_OFF) + recvmsg(MSG_PEEK) with no lock and no
    // check, as the seed's fdstore_get() does without CRIU's mutex.
    const storeFd = 3;
    const count = Number(process.env.COUNT);
    waitUntil(Number(process.env.START_AT));
    let wrong = 0;
    const n = Number(arg1);
    const buf = Buffer.alloc(RECORD_BYTES);
    for (let i = 0; i < n; i++) {
      const id = Math.floor(Math.random() * count);
      sys.native.setsockoptInt(storeFd, sys.SOL_SOCKET, sys.SO_PEEK_OFF, id * RECORD_BYTES);
      try {
        const r = sys.native.recvFds(storeFd, buf, 1, sys.MSG_PEEK | sys.MSG_DONTWAIT);
        if (fileName(r.fds[0]!) !== `e${id}`) wrong++;
        for (const fd of r.fds) sys.native.close(fd);
      } catch (e) {
        // The other process moved the offset past the last entry.
        if (!sys.isErrno(e, 'EAGAIN')) throw e;
        wrong++;
      }
    }
    out({ pid: process.pid, gets: n, wrong });
    break;
  }
  case 'add': {
    // arg1: how many; adds memfds named w<pid>-<i>, one by one, and reports the ids.
    const store = FdStore.fromEnv();
    waitUntil(Number(process.env.START_AT));
    const ids: number[] = [];
    for (let i = 0; i < Number(arg1); i++) {
      const m = sys.native.memfdCreate(`w${process.pid}-${i}`, sys.MFD_CLOEXEC);
      ids.push(store.add(m));
      sys.native.close(m);
    }
    out({ pid: process.pid, ids });
    break;
  }
  case 'hold': {
    // Takes the store's lock and keeps it until killed.
    const store = FdStore.fromEnv();
    const { AbstractLock, lockNameFor } = require('../src') as typeof import('../src');
    const lock = new AbstractLock(lockNameFor(sys.native.statx(store.fd, '', sys.AT_EMPTY_PATH).ino));
    lock.acquire(1000);
    out({ pid: process.pid, held: lock.held });
    setInterval(() => undefined, 1000);
    break;
  }
  case 'inflight': {
    // As an unprivileged user: lower RLIMIT_NOFILE's soft limit to arg1 and add until it fails.
    const max = sys.native.prlimit(0, sys.RLIMIT_NOFILE).max;
    sys.native.prlimit(0, sys.RLIMIT_NOFILE, BigInt(arg1), max);
    const store = FdStore.create({ bufferBytes: 4 << 20 });
    const [r, w] = sys.pipe();
    let added = 0;
    try {
      for (;;) {
        store.add(added % 2 ? r : w);
        added++;
      }
    } catch (e) {
      out({ uid: process.getuid!(), added, code: (e as { code?: string }).code, message: (e as Error).message });
    }
    break;
  }
  default:
    throw new Error(`worker: unknown mode ${mode}`);
}
