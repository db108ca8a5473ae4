// Remote work in harmless mode (what the dump uses): no code byte of the task changes,
// and a tracer that goes away mid-work (the kernel detaches its tracees with whatever
// registers they hold) leaves every thread running as before: registers, FPU/AVX state,
// blocked masks, the syscall a thread was asleep in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { native, Tracee, SYS, SIGTERM } from '@amber/sys';
import { startProgram, killTree, until } from '@amber/testkit';

const HOLD = ~((1n << 3n) | (1n << 6n) | (1n << 7n) | (1n << 10n)) & 0xffffffffffffffffn; // all but SIGILL SIGBUS SIGFPE SIGSEGV

function executableBytes(pid: number): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const fd = fs.openSync(`/proc/${pid}/mem`, 'r');
  try {
    for (const line of fs.readFileSync(`/proc/${pid}/maps`, 'latin1').split('\n')) {
      const m = /^([0-9a-f]+)-([0-9a-f]+) ..x. /.exec(line);
      if (!m || line.endsWith('[vsyscall]')) continue;
      const start = parseInt(m[1]!, 16);
      const b = Buffer.alloc(parseInt(m[2]!, 16) - start);
      fs.readSync(fd, b, 0, b.length, start);
      out.set(m[1]!, b);
    }
  } finally {
    fs.closeSync(fd);
  }
  return out;
}

function sigBlk(pid: number, tid: number): string {
  return /^SigBlk:\s*(\S+)/m.exec(fs.readFileSync(`/proc/${pid}/task/${tid}/status`, 'latin1'))![1]!;
}

for (const prog of ['fpu', 'signals', 'syscalls']) {
  test(`harmless remote work in ${prog}: code untouched, and a tracer gone mid-work leaves it whole`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-harmless-'));
    const p = await startProgram(prog, path.join(dir, 'out'));
    try {
      await until(() => fs.readFileSync(p.out, 'utf8').length > 0, `${prog} to start`);
      const tids = fs.readdirSync(`/proc/${p.pid}/task`).map(Number);
      const masks = tids.map((tid) => sigBlk(p.pid, tid));
      const code = executableBytes(p.pid);
      const threads = tids.map((tid) => Tracee.seize(tid, { harmless: true }));
      for (const t of threads) {
        t.setSigmask(HOLD);
        assert.equal(t.syscall(SYS.getpid), BigInt(p.pid));
        const scratch = t.scratch(4096);
        t.syscall(SYS.prlimit64, 0, 7, 0, scratch);
      }
      assert.deepEqual(executableBytes(p.pid), code, 'no code byte changed');
      // The tracer "dies": detach as the kernel does, registers as they are now.
      for (const t of threads) {
        t.forget();
        native.ptraceDetach(t.pid, 0);
      }
      await until(() => tids.every((tid, i) => sigBlk(p.pid, tid) === masks[i]), 'every mask to come back');
      native.kill(p.pid, SIGTERM);
      const status = await p.reap();
      const text = fs.readFileSync(p.out, 'utf8');
      assert.deepEqual(status, { kind: 'exited', code: 0 }, text);
      assert.match(text, /PASS/, text);
    } finally {
      await killTree(p.pid).catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('harmless remote work undone by finishRemote: registers, mask and the stack below the red zone as they were', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-harmless-'));
  const p = await startProgram('signals', path.join(dir, 'out'));
  try {
    const t = Tracee.seize(p.pid, { harmless: true });
    const regs = t.getRegs();
    const mask = t.getSigmask();
    const sp = regs.get('sp');
    const stack = t.readMem(sp - 16384n, 16384);
    t.setSigmask(HOLD);
    t.syscall(SYS.getpid);
    assert.notDeepEqual(t.readMem(sp - 16384n, 16384), stack, 'the way-back frame is in dead stack while work is under way');
    t.finishRemote();
    assert.deepEqual(t.getRegs().raw, regs.raw);
    assert.equal(t.getSigmask(), mask);
    assert.deepEqual(t.readMem(sp - 16384n, 16384), stack);
    t.detach();
    native.kill(p.pid, SIGTERM);
    const status = await p.reap();
    assert.deepEqual(status, { kind: 'exited', code: 0 }, fs.readFileSync(p.out, 'utf8'));
  } finally {
    await killTree(p.pid).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
