#!/usr/bin/env node
'use strict';
// Benchmarks @amber/images: entry encode/decode rates and pages streaming
// throughput against fs.copyFileSync of the same size, in the same run.
// Usage: node tools/bench/images.js [--mib 256] [--fsync]
// Build first (npm run build, or npx tsc -p packages/images/tsconfig.json).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const images = require('@amber/images');

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MIB = arg('--mib', 256);
const FSYNC = process.argv.includes('--fsync');
const U64_MAX = (1n << 64n) - 1n;

function time(fn) {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return [Number(process.hrtime.bigint() - t0) / 1e9, r];
}

/** Runs fn repeatedly for ~minSeconds; returns per-second rate of `units`. */
function rate(units, fn, minSeconds = 0.5) {
  fn(); // warm up
  let n = 0;
  let spent = 0;
  while (spent < minSeconds) {
    spent += time(fn)[0];
    n++;
  }
  return (units * n) / spent;
}

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(1));

function regs(v) {
  const names = ['r15', 'r14', 'r13', 'r12', 'bp', 'bx', 'r11', 'r10', 'r9', 'r8', 'ax', 'cx', 'dx', 'si', 'di',
    'orig_ax', 'ip', 'cs', 'flags', 'sp', 'ss', 'fs_base', 'gs_base', 'ds', 'es', 'fs', 'gs'];
  return Object.fromEntries(names.map((n, i) => [n, v - BigInt(i)]));
}

function entryBench() {
  const out = [];
  const core = {
    mtype: 1,
    thread_info: {
      clear_tid_addr: 0x7f0000001000n, gpregs: regs(U64_MAX),
      fpregs: {
        cwd: 0x37f, swd: 0, twd: 0, fop: 0, rip: 0n, rdp: 0n, mxcsr: 0x1f80, mxcsr_mask: 0xffff,
        st_space: new Array(32).fill(0x12345678), xmm_space: new Array(64).fill(0x9abcdef0),
        xsave: { xstate_bv: 7n, ymmh_space: new Array(64).fill(1) },
      },
    },
    tc: {
      task_state: 1, exit_code: 0, personality: 0, flags: 0, blk_sigset: 0n, comm: 'bench',
      sigactions: Array.from({ length: 64 }, (_, i) => ({ sigaction: BigInt(i) << 12n, flags: 0x4000000n, restorer: 0x7f0000002000n, mask: U64_MAX })),
    },
    thread_core: { futex_rla: 0x7f0000003000n, futex_rla_len: 24, sched_nice: 0, amber_xsave: Buffer.alloc(2688, 1) },
  };
  const pstree = Array.from({ length: 1000 }, (_, i) => ({ pid: 1000 + i, ppid: 999 + i, pgid: 1000, sid: 1000, threads: [1000 + i] }));
  const pagemap = {
    head: { pages_id: 1 },
    entries: Array.from({ length: 10000 }, (_, i) => images.pagemapEntry(0x7f0000000000n + BigInt(i) * 0x10000n, 1 + (i % 16))),
  };
  const vmas = Array.from({ length: 1000 }, (_, i) => ({
    start: 0x7f0000000000n + BigInt(i) * 0x10000n, end: 0x7f0000000000n + BigInt(i) * 0x10000n + 0x1000n,
    pgoff: 0n, shmid: 0n, prot: 3, flags: 0x22, status: 0x201, fd: -1n,
  }));
  const coreBytes = images.encodeImage('core', [core]);
  const pstreeBytes = images.encodeImage('pstree', pstree);
  const pmBytes = images.encodePagemap(pagemap);
  const vmaBytes = images.encodeImage('vmas', vmas);
  const rows = [
    ['core_entry (x86 regs, 64 sigactions, xsave)', 1, () => images.encodeImage('core', [core]), () => images.decodeImage('core', coreBytes), coreBytes.length],
    ['pstree_entry', 1000, () => images.encodeImage('pstree', pstree), () => images.decodeImage('pstree', pstreeBytes), pstreeBytes.length / 1000],
    ['pagemap_entry', 10000, () => images.encodePagemap(pagemap), () => images.decodePagemap(pmBytes), pmBytes.length / 10000],
    ['vma_entry', 1000, () => images.encodeImage('vmas', vmas), () => images.decodeImage('vmas', vmaBytes), vmaBytes.length / 1000],
    ['show (JSON) pagemap_entry', 10000, () => images.imageFromJson(images.imageToJson(pmBytes)), () => images.imageToJson(pmBytes), pmBytes.length / 10000],
  ];
  console.log('entries/s                                    encode      decode   bytes/entry');
  for (const [name, n, enc, dec, size] of rows) {
    const e = rate(n, enc);
    const d = rate(n, dec);
    console.log(`${name.padEnd(44)} ${fmt(e).padStart(9)}  ${fmt(d).padStart(9)}   ${size.toFixed(0).padStart(6)}`);
    out.push({ figure: `${name} encode/decode`, value: `${fmt(e)} / ${fmt(d)} entries/s`, note: `${size.toFixed(0)} bytes/entry`, encodePerSec: e, decodePerSec: d, bytesPerEntry: size });
  }
  return out;
}

function pagesBench(MIB, FSYNC) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-bench-images-'));
  try {
    const total = MIB * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < chunk.length; i += 4096) chunk.fill(i & 0xff, i, i + 4096);
    const imageDir = images.ImageDir.create(path.join(dir, 'img'), { fsync: FSYNC });

    const [tWrite] = time(() => {
      const w = imageDir.createPages(1);
      for (let done = 0; done < total; done += chunk.length) w.write(chunk);
      w.close();
    });
    const pagesFile = path.join(dir, 'img', 'pages-1.img');

    const [tWrite4k] = time(() => {
      const w = imageDir.createPages(2);
      for (let done = 0; done < total; done += 4096) w.write(chunk.subarray(done % chunk.length, (done % chunk.length) + 4096));
      w.close();
    });

    const [tRead] = time(() => {
      const r = imageDir.openPages(1);
      let sum = 0;
      for (const c of r.chunks(0, r.size)) sum += c[0];
      r.close();
      return sum;
    });

    const [tRead4k] = time(() => {
      const r = imageDir.openPages(1);
      const page = Buffer.alloc(4096);
      for (let off = 0; off < r.size; off += 4096) r.readInto(page, off);
      r.close();
    });

    const [tCopy] = time(() => {
      fs.copyFileSync(pagesFile, path.join(dir, 'copy.img'));
      if (FSYNC) {
        const fd = fs.openSync(path.join(dir, 'copy.img'), 'r');
        fs.fsyncSync(fd);
        fs.closeSync(fd);
      }
    });

    const mbps = (t) => `${(MIB / t).toFixed(0)} MiB/s`;
    console.log(`\npages streaming, ${MIB} MiB, fsync ${FSYNC}`);
    console.log(`  PagesWriter  1 MiB writes : ${tWrite.toFixed(3)} s  ${mbps(tWrite)}`);
    console.log(`  PagesWriter  4 KiB writes : ${tWrite4k.toFixed(3)} s  ${mbps(tWrite4k)}`);
    console.log(`  PagesReader  1 MiB chunks : ${tRead.toFixed(3)} s  ${mbps(tRead)}`);
    console.log(`  PagesReader  4 KiB reads  : ${tRead4k.toFixed(3)} s  ${mbps(tRead4k)}`);
    console.log(`  fs.copyFileSync          : ${tCopy.toFixed(3)} s  ${mbps(tCopy)}`);
    console.log(`  ratio (write + read) / copy = ${((tWrite + tRead) / tCopy).toFixed(2)}`);
    console.log(`  ratio write / copy          = ${(tWrite / tCopy).toFixed(2)}`);
    const row = (figure, t) => ({ figure, value: mbps(t), note: `${t.toFixed(3)} s, ${(t / tCopy).toFixed(2)} x copy time`, mibPerSec: MIB / t });
    return [
      row(`PagesWriter 1 MiB writes (${MIB} MiB, fsync ${FSYNC})`, tWrite),
      row('PagesWriter 4 KiB writes', tWrite4k),
      row('PagesReader 1 MiB chunks', tRead),
      row('PagesReader 4 KiB reads', tRead4k),
      row('fs.copyFileSync (reference)', tCopy),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs both parts; returns their rows. Options default to the command line's. */
function run({ mib = MIB, fsync = FSYNC } = {}) {
  return [...entryBench(), ...pagesBench(mib, fsync)];
}

module.exports = { run };
if (require.main === module) run();
