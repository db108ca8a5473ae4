import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as sys from '../src';
import { startCat, stopChild, echoRoundTrip, fdTarget, statusField } from './helpers';

const { SYS } = sys;

function cString(s: string): Buffer {
  return Buffer.concat([Buffer.from(s), Buffer.from([0])]);
}

test('remote syscalls in a task blocked in read(): getpid, open, pipe, sigaction, mmap; then it runs on', async () => {
  const child = await startCat();
  const pid = child.pid!;
  const codeBefore = fs.readFileSync(`/proc/${pid}/maps`, 'utf8');
  const t = sys.Tracee.seize(pid);
  const regsBefore = t.getRegs();
  let openedFd = -1n;
  try {
    assert.equal(t.syscall(SYS.getpid), BigInt(pid));

    const pathAddr = t.putScratch(cString('/etc/hostname'));
    openedFd = t.syscall(SYS.openat, sys.AT_FDCWD, pathAddr, sys.O_RDONLY, 0);
    assert.equal(fdTarget(pid, Number(openedFd)), '/etc/hostname');

    const fdsAddr = t.scratch(64) + 32n;
    assert.equal(t.syscall(SYS.pipe2, fdsAddr, 0), 0n);
    const fds = t.readMem(fdsAddr, 8);
    const [pr, pw] = [fds.readInt32LE(0), fds.readInt32LE(4)];
    assert.match(fdTarget(pid, pr), /^pipe:\[\d+\]$/);
    assert.equal(fdTarget(pid, pr), fdTarget(pid, pw));

    // SIGUSR1 -> SIG_IGN: the kernel shows it in SigIgn.
    const act = Buffer.alloc(32);
    act.writeBigUInt64LE(1n, 0); // SIG_IGN
    const actAddr = t.putScratch(act, 128);
    assert.equal(t.syscall(SYS.rt_sigaction, sys.SIGUSR1, actAddr, 0, 8), 0n);
    assert.equal(BigInt(`0x${statusField(pid, 'SigIgn')}`) & (1n << 9n), 1n << 9n);

    const addr = t.syscall(SYS.mmap, 0, 3 * 4096, sys.PROT_READ, sys.MAP_PRIVATE | sys.MAP_ANONYMOUS, -1, 0);
    assert.match(fs.readFileSync(`/proc/${pid}/maps`, 'utf8'), new RegExp(`^${addr.toString(16)}-[0-9a-f]+ r--p`, 'm'));
    assert.equal(t.syscall(SYS.munmap, addr, 3 * 4096), 0n);

    assert.throws(() => t.syscall(SYS.close, 999), (e: unknown) => sys.isErrno(e, 'EBADF') && (e as sys.SysError).details.pid === pid);
    t.syscall(SYS.close, pr);
    t.syscall(SYS.close, pw);
    t.syscall(SYS.close, openedFd);
  } finally {
    t.finishRemote();
    assert.deepEqual(t.getRegs().raw, regsBefore.raw);
    t.detach();
  }
  // Code bytes and mappings are as they were, and cat still answers on its pipe.
  assert.equal(fs.readFileSync(`/proc/${pid}/maps`, 'utf8'), codeBefore);
  assert.equal(await echoRoundTrip(child, 'still alive\n'), 'still alive\n');
  await stopChild(child);
});

test('registers and xstate read back exactly; sigmask and peeksiginfo see a blocked pending signal', async () => {
  const child = await startCat();
  const pid = child.pid!;
  const t = sys.Tracee.seize(pid);
  try {
    const regs = t.getRegs();
    assert.equal(regs.raw.length, sys.REGS_SIZE);
    assert.notEqual(regs.get('fs_base'), 0n); // glibc's TLS
    assert.equal(regs.signed('orig_ax'), 0n); // stopped inside read(2)
    const xs = t.getXstate();
    assert.ok(xs.length >= 576, `xsave area is ${xs.length} bytes`);
    t.setXstate(xs);
    assert.deepEqual(t.getXstate(), xs);

    const mask = t.getSigmask();
    t.setSigmask(mask | (1n << BigInt(sys.SIGUSR2 - 1)));
    assert.equal(t.getSigmask() & (1n << BigInt(sys.SIGUSR2 - 1)), 1n << BigInt(sys.SIGUSR2 - 1));
    sys.native.tgkill(pid, pid, sys.SIGUSR2);
    const pending = t.peekSiginfo(false);
    assert.equal(pending.length, 1);
    assert.equal(pending[0]!.readInt32LE(0), sys.SIGUSR2);
    assert.equal(t.peekSiginfo(true).length, 0);
    const rseq = t.getRseqConfig();
    assert.ok(rseq.rseqAbiSize >= 32, 'glibc registers rseq');
    t.setSigmask(mask);
    // Unblocked now: the pending SIGUSR2 will kill cat once it runs.
  } finally {
    t.detach();
  }
  const [code, signal] = await new Promise<[number | null, string | null]>((res) => child.once('exit', (c, s) => res([c, s])));
  assert.deepEqual([code, signal], [null, 'SIGUSR2']);
});

test('seize reports a task that is gone; remote work on a dead task throws TaskGoneError', async () => {
  const child = await startCat();
  const pid = child.pid!;
  const t = sys.Tracee.seize(pid);
  sys.native.kill(pid, sys.SIGKILL);
  assert.throws(() => t.syscall(SYS.getpid), (e: unknown) => e instanceof sys.TaskGoneError || sys.isErrno(e, 'ESRCH'));
  t.forget();
  await stopChild(child);
  assert.throws(() => sys.Tracee.seize(pid), (e: unknown) => sys.isErrno(e, 'ESRCH'));
});

test('a group-stopped task (SIGSTOP) is seized as such, answers remote syscalls, and stays stopped after detach', async () => {
  const child = await startCat();
  const pid = child.pid!;
  try {
    sys.native.kill(pid, sys.SIGSTOP);
    for (let i = 0; i < 200 && !/^State:\s+T/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8')); i++) await new Promise((r) => setTimeout(r, 5));
    const t = sys.Tracee.seize(pid);
    assert.equal(t.groupStopSignal, sys.SIGSTOP, 'the seize reports the group stop');
    assert.equal(t.syscall(SYS.getpid), BigInt(pid));
    t.detach();
    await new Promise((r) => setTimeout(r, 50));
    assert.match(fs.readFileSync(`/proc/${pid}/status`, 'utf8'), /^State:\s+T \(stopped\)/m, 'still stopped: we did not resume it');
    sys.native.kill(pid, sys.SIGCONT);
    assert.equal(await echoRoundTrip(child, 'after SIGCONT\n'), 'after SIGCONT\n');
  } finally {
    await stopChild(child);
  }
});
