#!/usr/bin/env node
// The README demo. Until `amber dump`/`amber restore` land, it shows the layer they
// stand on: a running process driven from outside with remote syscalls.
'use strict';
const { spawn } = require('node:child_process');
const sys = require('@amber/sys');

async function main() {
  const child = spawn('cat', [], { stdio: 'pipe' });
  await new Promise((r) => child.once('spawn', r));
  await new Promise((r) => setTimeout(r, 50));
  console.log(`started cat, pid ${child.pid}`);
  const t = sys.Tracee.seize(child.pid);
  const regs = t.getRegs();
  console.log(`seized: stopped in syscall ${regs.signed('orig_ax')} at ip 0x${regs.get('ip').toString(16)}`);
  console.log(`remote getpid() inside it returned ${t.syscall(sys.SYS.getpid)}`);
  t.detach();
  child.stdout.once('data', (d) => {
    console.log(`after detach it still echoes: ${JSON.stringify(d.toString())}`);
    child.kill();
  });
  child.stdin.write('hello from amber\n');
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
