#!/usr/bin/env node
'use strict';
// Fuzzes every image reader with random and mutated inputs. Each input must
// either decode (and then re-encode to something that decodes the same) or
// fail with an ImageError whose offset lies inside the input; anything else
// (another exception, a hang, a huge allocation) is a failure.
// Usage: node scripts/fuzz.js [--cases N] [--seed S]   (default 100000 cases)
// Needs the package built (dist/).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');
const images = require('../dist/src');

const U64_MAX = (1n << 64n) - 1n;

function rng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
  };
}

function regs(v) {
  const names = ['r15', 'r14', 'r13', 'r12', 'bp', 'bx', 'r11', 'r10', 'r9', 'r8', 'ax', 'cx', 'dx', 'si', 'di',
    'orig_ax', 'ip', 'cs', 'flags', 'sp', 'ss', 'fs_base', 'gs_base', 'ds', 'es', 'fs', 'gs'];
  return Object.fromEntries(names.map((n, i) => [n, i % 3 === 0 ? v : BigInt(i)]));
}

/** Valid images of every kind: the seeds the mutators start from. */
function corpus() {
  const fown = { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 };
  const core = {
    mtype: 1,
    thread_info: {
      clear_tid_addr: 0x7f00n, gpregs: regs(U64_MAX),
      fpregs: { cwd: 1, swd: 2, twd: 3, fop: 4, rip: 5n, rdp: U64_MAX, mxcsr: 7, mxcsr_mask: 8, st_space: [1, 2, 3], xsave: { xstate_bv: 7n, ymmh_space: [1, 2] } },
      tls: [{ entry_number: 1, base_addr: 2, limit: 3, seg_32bit: true, contents_h: false, contents_l: false, read_exec_only: true, limit_in_pages: true, seg_not_present: false, usable: true }],
    },
    tc: {
      task_state: 1, exit_code: 0, personality: 0, flags: 0, blk_sigset: U64_MAX, comm: 'fuzz', oom_score_adj: -1000,
      sigactions: [{ sigaction: 1n, flags: 2n, restorer: 3n, mask: 4n }],
      timers: { real: { isec: 1n, iusec: 2n, vsec: 3n, vusec: 4n }, virt: { isec: 0n, iusec: 0n, vsec: 0n, vusec: 0n }, prof: { isec: 0n, iusec: 0n, vsec: 0n, vusec: 0n } },
      rlimits: { rlimits: [{ cur: U64_MAX, max: U64_MAX }] },
      signals_s: { signals: [{ siginfo: Buffer.from([1, 2, 3]) }] },
    },
    ids: { vm_id: 1, files_id: 2, fs_id: 3, sighand_id: 4 },
    thread_core: {
      futex_rla: 0n, futex_rla_len: 24, sched_nice: -3, seccomp_mode: 2, sas: { ss_sp: 1n, ss_size: 2n, ss_flags: 3 },
      creds: { uid: 1, gid: 2, euid: 3, egid: 4, suid: 5, sgid: 6, fsuid: 7, fsgid: 8, cap_eff: [1, 2], secbits: 0 },
      rseq_entry: { rseq_abi_pointer: 1n, rseq_abi_size: 32, signature: 5 }, amber_xsave: Buffer.alloc(64, 7),
    },
  };
  const vma = { start: 0x400000n, end: 0x401000n, pgoff: 0n, shmid: 1n, prot: 5, flags: 2, status: 0x41, fd: -1n, madv: U64_MAX };
  const mm = {
    mm_start_code: 1n, mm_end_code: 2n, mm_start_data: 3n, mm_end_data: 4n, mm_start_stack: 5n, mm_start_brk: 6n,
    mm_brk: 7n, mm_arg_start: 8n, mm_arg_end: 9n, mm_env_start: 10n, mm_env_end: U64_MAX, exe_file_id: 1,
    mm_saved_auxv: [1n, 2n], vmas: [vma, { ...vma, start: U64_MAX - 4095n, end: U64_MAX }], dumpable: 1, aios: [{ id: 1n, nr_req: 2, ring_len: 3 }],
  };
  const files = [
    { type: 1, id: 1, reg: { id: 1, flags: 2, pos: 3n, fown, name: '/tmp/x', mnt_id: -1, size: 10n } },
    { type: 2, id: 2, pipe: { id: 2, pipe_id: 9, flags: 0x800, fown } },
    { type: 3, id: 3, fifo: { id: 3, pipe_id: 10, regf_id: 1 } },
    { type: 7, id: 4, epfd: { id: 4, flags: 0, fown, tfd: [{ id: 4, tfd: 1, events: 1, data: U64_MAX, inode: 5n }] } },
  ];
  return [
    { kind: 'inventory', bytes: images.encodeImage('inventory', [{ img_version: 2, fdinfo_per_id: true, root_ids: core.ids, lsmtype: 1, dump_uptime: U64_MAX, amber_version: 'x' }]) },
    { kind: 'pstree', bytes: images.encodeImage('pstree', [{ pid: 1, ppid: 0, pgid: 1, sid: 1, threads: [1, 2] }, { pid: 2, ppid: 1, pgid: 1, sid: 1, ns_pid: [2, 1], ns_threads: [{ tid: [2, 1] }], sid_inherited: true }]) },
    { kind: 'core', bytes: images.encodeImage('core', [core]) },
    { kind: 'ids', bytes: images.encodeImage('ids', [core.ids]) },
    { kind: 'mm', bytes: images.encodeImage('mm', [mm]) },
    { kind: 'pagemap', bytes: images.encodePagemap({ head: { pages_id: 1 }, entries: [images.pagemapEntry(0x400000n, 2), { vaddr: U64_MAX, compat_nr_pages: 1, in_parent: true }] }) },
    { kind: 'fdinfo', bytes: images.encodeImage('fdinfo', [{ id: 1, flags: 1, type: 1, fd: 0 }, { id: 2, flags: 0, type: 2, fd: 1 }]) },
    { kind: 'files', bytes: images.encodeImage('files', files) },
    { kind: 'pipes-data', bytes: images.encodePipeData('pipes-data', [{ entry: { pipe_id: 1, bytes: 5, size: 4096 }, data: Buffer.from('hello') }, { entry: { pipe_id: 2, bytes: 0 }, data: Buffer.alloc(0) }]) },
    { kind: 'fifo-data', bytes: images.encodePipeData('fifo-data', [{ entry: { pipe_id: 3, bytes: 2 }, data: Buffer.from([0, 255]) }]) },
    { kind: 'fs', bytes: images.encodeImage('fs', [{ cwd_id: 1, root_id: 2, umask: 18 }]) },
    { kind: 'vmas', bytes: images.encodeImage('vmas', [vma]) },
    { kind: 'sigacts', bytes: images.encodeImage('sigacts', core.tc.sigactions) },
  ];
}

const INTERESTING_U32 = [0, 1, 2, 4, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff, 0x4000000, 0x4000001];

const MUTATORS = {
  bitflip(r, b) {
    const out = Buffer.from(b);
    for (let n = 1 + (r.next() < 0.5 ? 0 : r.int(8)); n > 0 && out.length; n--) out[r.int(out.length)] ^= 1 << r.int(8);
    return out;
  },
  byteset(r, b) {
    const out = Buffer.from(b);
    for (let n = 1 + r.int(4); n > 0 && out.length; n--) out[r.int(out.length)] = r.pick([0, 1, 0x7f, 0x80, 0xff, r.int(256)]);
    return out;
  },
  u32set(r, b) {
    if (b.length < 4) return b;
    const out = Buffer.from(b);
    out.writeUInt32LE(r.pick(INTERESTING_U32) >>> 0, r.int(out.length - 3));
    return out;
  },
  insert(r, b) {
    const at = r.int(b.length + 1);
    const ins = Buffer.from(Array.from({ length: 1 + r.int(16) }, () => r.int(256)));
    return Buffer.concat([b.subarray(0, at), ins, b.subarray(at)]);
  },
  remove(r, b) {
    if (!b.length) return b;
    const at = r.int(b.length);
    return Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + r.int(16))]);
  },
  truncate(r, b) {
    return b.subarray(0, r.int(b.length + 1));
  },
  duplicate(r, b) {
    if (!b.length) return b;
    const at = r.int(b.length);
    const chunk = b.subarray(at, at + 1 + r.int(32));
    return Buffer.concat([b.subarray(0, at), chunk, chunk, b.subarray(at + chunk.length)]);
  },
  splice(r, b, seeds) {
    const other = r.pick(seeds).bytes;
    return Buffer.concat([b.subarray(0, r.int(b.length + 1)), other.subarray(r.int(other.length + 1))]);
  },
  /** Structure-aware: mutate inside one entry and fix up its length word. */
  payload(r, b, seeds) {
    const seed = seeds.find((s) => s.bytes === b) || null;
    const start = b.length >= 8 && b.readUInt32LE(0) === images.IMG_COMMON_MAGIC ? 8 : 4;
    const frames = [];
    for (let pos = start; pos + 4 <= b.length;) {
      const len = b.readUInt32LE(pos);
      if (pos + 4 + len > b.length) break;
      frames.push([pos, len]);
      pos += 4 + len;
      if (seed && (seed.kind === 'pipes-data' || seed.kind === 'fifo-data')) break; // extras follow; keep it simple
    }
    if (!frames.length) return MUTATORS.bitflip(r, b);
    const [pos, len] = r.pick(frames);
    const body = b.subarray(pos + 4, pos + 4 + len);
    const inner = r.pick(['bitflip', 'byteset', 'insert', 'remove', 'duplicate', 'truncate']);
    const mutated = MUTATORS[inner](r, body, seeds);
    const lenWord = Buffer.alloc(4);
    lenWord.writeUInt32LE(mutated.length);
    return Buffer.concat([b.subarray(0, pos), lenWord, mutated, b.subarray(pos + 4 + len)]);
  },
  appendFrame(r, b) {
    const body = Buffer.from(Array.from({ length: r.int(24) }, () => r.int(256)));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(r.next() < 0.8 ? body.length : r.pick(INTERESTING_U32) >>> 0);
    return Buffer.concat([b, len, body]);
  },
};
const MUTATOR_NAMES = Object.keys(MUTATORS);

function randomInput(r, seeds) {
  const mode = r.next();
  if (mode < 0.1) return { bytes: Buffer.from(Array.from({ length: r.int(64) }, () => r.int(256))), how: 'random' };
  if (mode < 0.2) {
    // valid header of some kind, random body
    const seed = r.pick(seeds);
    const head = seed.bytes.subarray(0, seed.kind === 'inventory' ? 4 : 8);
    const body = Buffer.from(Array.from({ length: r.int(96) }, () => r.int(256)));
    return { bytes: Buffer.concat([head, body]), how: 'header+random', kind: seed.kind };
  }
  const seed = r.pick(seeds);
  let bytes = seed.bytes;
  const used = [];
  for (let n = 1 + (r.next() < 0.6 ? 0 : r.int(4)); n > 0; n--) {
    const name = r.next() < 0.4 ? 'payload' : r.pick(MUTATOR_NAMES);
    used.push(name);
    bytes = MUTATORS[name](r, bytes, seeds);
  }
  return { bytes, how: used.join('+'), kind: seed.kind };
}

function typedDecode(kind, bytes) {
  if (kind === 'pagemap') return images.decodePagemap(bytes);
  if (kind === 'pipes-data' || kind === 'fifo-data') return images.decodePipeData(kind, bytes);
  return images.decodeImage(kind, bytes);
}

function typedEncode(kind, value) {
  if (kind === 'pagemap') return images.encodePagemap(value);
  if (kind === 'pipes-data' || kind === 'fifo-data') return images.encodePipeData(kind, value);
  return images.encodeImage(kind, value);
}

class FuzzFailure extends Error {}

function checkImageError(err, bytes, what) {
  if (!(err instanceof images.ImageError)) throw new FuzzFailure(`${what}: threw ${err && err.stack ? err.stack : err}`);
  if (typeof err.file !== 'string' || typeof err.expected !== 'string' || !err.expected) throw new FuzzFailure(`${what}: ImageError lacks file/expected`);
  if (!Number.isInteger(err.offset) || err.offset < 0 || err.offset > bytes.length) {
    throw new FuzzFailure(`${what}: ImageError offset ${err.offset} outside input of ${bytes.length} bytes`);
  }
  if (!err.message.includes(`at byte offset ${err.offset}`)) throw new FuzzFailure(`${what}: message lacks offset: ${err.message}`);
}

/** Runs one input through every reader; returns 'ok' or 'error' (ImageError), throws FuzzFailure. */
function checkOne(bytes, kinds) {
  let outcome = 'error';
  try {
    const json = images.imageToJson(bytes);
    const again = images.imageToJson(images.imageFromJson(JSON.parse(JSON.stringify(json))));
    if (!isDeepStrictEqual(json, again)) throw new FuzzFailure('show: JSON changed after encode/decode');
    outcome = 'ok';
  } catch (err) {
    if (err instanceof FuzzFailure) throw err;
    checkImageError(err, bytes, 'imageToJson');
  }
  for (const kind of kinds) {
    try {
      const value = typedDecode(kind, bytes);
      const again = typedDecode(kind, typedEncode(kind, value));
      if (!isDeepStrictEqual(value, again)) throw new FuzzFailure(`${kind}: value changed after encode/decode`);
    } catch (err) {
      if (err instanceof FuzzFailure) throw err;
      checkImageError(err, bytes, `decode ${kind}`);
    }
  }
  return outcome;
}

function checkFile(bytes, kind, dir) {
  const file = path.join(dir, 'fuzz.img');
  fs.writeFileSync(file, bytes);
  try {
    images.imageFileToJson(file);
  } catch (err) {
    checkImageError(err, bytes, 'imageFileToJson');
  }
  if (kind && kind !== 'pagemap' && kind !== 'pipes-data' && kind !== 'fifo-data') {
    try {
      images.ImageDir.open(dir, { allowIncomplete: true }).readEntries(kind, 'fuzz.img');
    } catch (err) {
      checkImageError(err, bytes, `ImageDir.readEntries ${kind}`);
    }
  }
}

function runFuzz({ cases = 100000, seed = 1, slowMs = 1000, log = () => {} } = {}) {
  const r = rng(seed);
  const seeds = corpus();
  const allKinds = seeds.map((s) => s.kind);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-images-fuzz-'));
  const result = { cases, seed, decoded: 0, imageErrors: 0, failures: [], maxMs: 0, maxInputBytes: 0 };
  const started = Date.now();
  try {
    for (let i = 0; i < cases; i++) {
      const input = randomInput(r, seeds);
      const kinds = input.kind ? [input.kind, r.pick(allKinds)] : [r.pick(allKinds)];
      const t0 = process.hrtime.bigint();
      try {
        const outcome = checkOne(input.bytes, kinds);
        if (outcome === 'ok') result.decoded++;
        else result.imageErrors++;
        if (i % 50 === 0) checkFile(input.bytes, input.kind, dir);
      } catch (err) {
        if (!(err instanceof FuzzFailure)) throw err;
        if (result.failures.length < 10) {
          result.failures.push({ case: i, how: input.how, kind: input.kind, hex: input.bytes.toString('hex').slice(0, 400), error: err.message });
        }
      }
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (ms > result.maxMs) result.maxMs = ms;
      if (ms > slowMs && result.failures.length < 10) result.failures.push({ case: i, how: input.how, error: `slow: ${ms.toFixed(0)} ms` });
      result.maxInputBytes = Math.max(result.maxInputBytes, input.bytes.length);
      if ((i + 1) % 20000 === 0) log(`${i + 1}/${cases} cases, ${result.failures.length} failures`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

module.exports = { runFuzz, corpus };

if (require.main === module) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const res = runFuzz({ cases: arg('--cases', 100000), seed: arg('--seed', Date.now() % 2 ** 31), log: (m) => console.log(m) });
  console.log(JSON.stringify(res, null, 2));
  process.exit(res.failures.length ? 1 : 0);
}
