#!/usr/bin/env node
// @amber/sys benchmark: remote syscalls per second, and process_vm_readv/writev
// throughput against a plain memcpy of the same size, measured in the same run.
'use strict';
const sys = require('@amber/sys');
const { median, interleaved, mibPerSec, table } = require('./lib');

function withStub(fn) {
  const pid = sys.spawnAt({ path: sys.restoreStubPath, argv: ['bench-stub'], envp: [] });
  const t = sys.Tracee.seize(pid);
  try {
    return fn(t, pid);
  } finally {
    t.forget();
    sys.native.kill(pid, sys.SIGKILL);
    sys.waitFor(pid);
  }
}

function run() {
  const results = [];
  withStub((t, pid) => {
    const n = 20000;
    t.syscall(sys.SYS.getpid); // warm up: site and saved registers in place
    const ms = median(3, () => {
      for (let i = 0; i < n; i++) t.syscall(sys.SYS.getpid);
    });
    const perSec = Math.round(n / (ms / 1000));
    results.push({ figure: 'remote getpid()', value: `${perSec.toLocaleString('en')} /s`, note: `${((ms * 1000) / n).toFixed(1)} µs each` });

    const size = 64 << 20;
    const addr = t.syscall(sys.SYS.mmap, 0, size, sys.PROT_READ | sys.PROT_WRITE, sys.MAP_PRIVATE | sys.MAP_ANONYMOUS, -1, 0);
    const src = Buffer.alloc(size, 0x5a);
    const dst = Buffer.alloc(size);
    sys.native.processVmWritev(pid, src, [[addr, size]]); // populate the target first
    const times = interleaved(7, {
      memcpy: () => src.copy(dst),
      readv: () => sys.native.processVmReadv(pid, dst, [[addr, size]]),
      writev: () => sys.native.processVmWritev(pid, src, [[addr, size]]),
      procmem: () => sys.native.pread(openMem(pid), dst, addr),
    });
    const base = mibPerSec(size, times.memcpy);
    for (const k of ['memcpy', 'readv', 'writev', 'procmem']) {
      const bw = mibPerSec(size, times[k]);
      results.push({ figure: `${k} 64 MiB`, value: `${Math.round(bw)} MiB/s`, note: `${(bw / base).toFixed(2)} × memcpy` });
    }
  });
  table('@amber/sys', results);
  return results;
}

let memFd;
function openMem(pid) {
  if (memFd === undefined) memFd = sys.openFile(`/proc/${pid}/mem`, sys.O_RDONLY);
  return memFd;
}

module.exports = { run };
if (require.main === module) run();
