'use strict';
// The image-directory fuzzer: real images of a small self-checking program (guarded.c,
// as root and as uid 65534), damaged (mutations) or edited to attack (hostile images),
// each restored through the amber command with a timeout. A case ends as one of:
//   refused  - amber exited non-zero (what every damaged or hostile image must get)
//   intact   - amber exited 0 and the restored program checked itself: PASS (the mutation
//              touched nothing the program observes, e.g. bytes of an unused field)
//   silent   - amber exited 0 but the program failed its check or died: wrong data
//   crash    - amber died of a signal, or printed a JavaScript error that is not Amber's
//   hang     - amber did not finish within the timeout
//   stray    - processes left behind by a refused or hung restore (counted separately)
// Build first (npx nx run-many -t build). Root only.
const assert = require('node:assert/strict');
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const img = require('@amber/images');
const sys = require('@amber/sys');

const root = path.resolve(__dirname, '..', '..');
const amberMain = path.join(root, 'packages', 'cli', 'dist', 'src', 'main.js');
const testprogs = path.join(root, 'tools', 'testprogs', 'bin');
const PROG = 'guarded';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function amber(args, timeoutMs) {
  const r = cp.spawnSync(process.execPath, [amberMain, ...args], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error?.code === 'ETIMEDOUT' };
}

function alive(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function waitGone(pid, ms) {
  const end = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > end) return false;
    sleep(10);
  }
  return true;
}

/**
 * Processes a case may leave: the program and restore stubs, by name, and only ours: their
 * executable is in this worktree or the fuzzer's work directory (other restores on the
 * machine run stubs of the same name).
 */
function strays(work) {
  const out = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const comm = fs.readFileSync(`/proc/${d}/comm`, 'latin1').trim();
      if (comm !== PROG && comm !== 'amber-restore') continue;
      const exe = fs.readlinkSync(`/proc/${d}/exe`);
      if ((exe.startsWith(`${root}/`) || (work && exe.startsWith(`${work}/`))) && alive(Number(d))) out.push(Number(d));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return out;
}

function killAll(pids) {
  for (const p of pids) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  for (const p of pids) waitGone(p, 5000);
}

/**
 * A base image: guarded started (as root, or as uid 65534 with 'nobody'), dumped. Its output
 * file is kept as it was at dump (restore checks the file's size), to be put back per case.
 */
function makeBase(work, variant) {
  const dir = path.join(work, `base-${variant}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  fs.chmodSync(work, 0o755);
  const out = path.join(dir, 'out');
  fs.writeFileSync(out, '');
  fs.chmodSync(out, 0o666);
  if (variant === 'nobody') fs.chownSync(out, 65534, 65534);
  const outFd = sys.openFile(out, sys.O_WRONLY);
  const nul = sys.openFile('/dev/null', sys.O_RDWR);
  let pid;
  try {
    pid = sys.spawnAt({ path: path.join(testprogs, PROG), argv: [PROG, ...(variant === 'nobody' ? ['nobody'] : [])], envp: [], fds: [[nul, 0], [outFd, 1], [nul, 2]] });
  } finally {
    sys.native.close(outFd);
    sys.native.close(nul);
  }
  const end = Date.now() + 30000;
  while (!fs.readFileSync(out, 'utf8').includes('ready')) {
    if (Date.now() > end || !alive(pid)) throw new Error(`${PROG} (${variant}) did not get ready`);
    sleep(5);
  }
  const images = path.join(dir, 'img');
  const d = amber(['dump', '-t', String(pid), '-D', images], 120000);
  sys.waitFor(pid);
  if (d.code !== 0) throw new Error(`dump of ${PROG} (${variant}) failed: ${d.stderr}`);
  return { variant, pid, images, out, outAtDump: fs.readFileSync(out), work };
}

// ------------------------------------------------------------ image editing --

const rd = (dir, name) => fs.readFileSync(path.join(dir, name));
const wr = (dir, name, buf) => fs.writeFileSync(path.join(dir, name), buf);
const pagemapName = (base) => `pagemap-${base.pid}.img`;

function editPagemap(dir, base, fn) {
  const pm = img.decodePagemap(rd(dir, pagemapName(base)));
  fn(pm);
  wr(dir, pagemapName(base), img.encodePagemap(pm));
}

function editList(dir, kind, name, fn) {
  const entries = img.decodeImage(kind, rd(dir, name));
  fn(entries);
  wr(dir, name, img.encodeImage(kind, entries));
}

/** The anonymous run holding guarded's pattern: the biggest pagemap entry. */
function biggest(pm) {
  return pm.entries.reduce((a, e) => (e.nr_pages > a.nr_pages ? e : a), pm.entries[0]);
}

function pagesName(dir, base) {
  return `pages-${img.decodePagemap(rd(dir, pagemapName(base))).head.pages_id}.img`;
}

/** Damage: what a disk, a copy or a careless edit does to an image directory. */
const MUTATIONS = {
  'inventory-empty': (dir) => wr(dir, 'inventory.img', Buffer.alloc(0)),
  'inventory-truncated': (dir) => wr(dir, 'inventory.img', rd(dir, 'inventory.img').subarray(0, 6)),
  'inventory-bad-magic': (dir) => {
    const b = rd(dir, 'inventory.img');
    b.writeUInt32LE(0x12345678, 0);
    wr(dir, 'inventory.img', b);
  },
  'inventory-huge-frame': (dir) => {
    const b = rd(dir, 'inventory.img');
    b.writeUInt32LE(0xffffffff, 4);
    wr(dir, 'inventory.img', b);
  },
  'pagemap-drop-entry': (dir, base) => editPagemap(dir, base, (pm) => pm.entries.splice(pm.entries.indexOf(biggest(pm)), 1)),
  'pagemap-nr-pages-0': (dir, base) => editPagemap(dir, base, (pm) => (biggest(pm).nr_pages = 0n)),
  'pagemap-shift-up': (dir, base, rnd) => editPagemap(dir, base, (pm) => (biggest(pm).vaddr += 4096n * BigInt(1 + Math.floor(rnd() * 4)))),
  'pagemap-shift-down': (dir, base, rnd) => editPagemap(dir, base, (pm) => (biggest(pm).vaddr -= 4096n * BigInt(1 + Math.floor(rnd() * 4)))),
  'pagemap-unaligned': (dir, base, rnd) => editPagemap(dir, base, (pm) => (biggest(pm).vaddr += BigInt(1 + Math.floor(rnd() * 4095)))),
  'pagemap-at-0x10000': (dir, base) => editPagemap(dir, base, (pm) => (pm.entries[0].vaddr = 0x10000n)),
  'pagemap-duplicate': (dir, base) => editPagemap(dir, base, (pm) => pm.entries.push({ ...pm.entries[0] })),
  'pagemap-huge-count': (dir, base) => editPagemap(dir, base, (pm) => (biggest(pm).nr_pages = 1n << 40n)),
  'pagemap-parent-flag': (dir, base) => editPagemap(dir, base, (pm) => (biggest(pm).flags = img.PE_PARENT)),
  'pages-flip-byte': (dir, base, rnd) => {
    const name = pagesName(dir, base);
    const b = rd(dir, name);
    b[Math.floor(rnd() * b.length)] ^= 1 + Math.floor(rnd() * 255);
    wr(dir, name, b);
  },
  'pages-truncated': (dir, base) => {
    const name = pagesName(dir, base);
    const b = rd(dir, name);
    wr(dir, name, b.subarray(0, b.length - 4096));
  },
  'pages-extra-page': (dir, base) => {
    const name = pagesName(dir, base);
    wr(dir, name, Buffer.concat([rd(dir, name), Buffer.alloc(4096, 0x5a)]));
  },
  'pages-missing': (dir, base) => fs.rmSync(path.join(dir, pagesName(dir, base))),
  'pipes-data-missing': (dir) => fs.rmSync(path.join(dir, 'pipes-data.img')),
  'pipes-data-truncated': (dir) => {
    const b = rd(dir, 'pipes-data.img');
    wr(dir, 'pipes-data.img', b.subarray(0, b.length - 1000));
  },
  // Any file: the kinds of damage a byte-level fuzzer finds.
  'any-flip-byte': (dir, base, rnd) => {
    const name = pick(imageFiles(dir), rnd);
    const b = rd(dir, name);
    if (b.length) b[Math.floor(rnd() * b.length)] ^= 1 + Math.floor(rnd() * 255);
    wr(dir, name, b);
  },
  'any-truncate': (dir, base, rnd) => {
    const name = pick(imageFiles(dir), rnd);
    const b = rd(dir, name);
    wr(dir, name, b.subarray(0, Math.floor(rnd() * b.length)));
  },
  'any-delete': (dir, base, rnd) => fs.rmSync(path.join(dir, pick(imageFiles(dir), rnd))),
  'any-append': (dir, base, rnd) => {
    const name = pick(imageFiles(dir), rnd);
    const junk = Buffer.alloc(1 + Math.floor(rnd() * 64));
    for (let i = 0; i < junk.length; i++) junk[i] = Math.floor(rnd() * 256);
    wr(dir, name, Buffer.concat([rd(dir, name), junk]));
  },
};

/** Well-formed images written to attack. `ctx.secret`: a root-only 0600 file; `ctx.fifo`: a FIFO no one writes. */
const HOSTILE = {
  'file-root-only-rdwr': (dir, base, rnd, ctx) => retarget(dir, base, ctx.secret, sys.O_RDWR),
  'file-root-only-append': (dir, base, rnd, ctx) => retarget(dir, base, ctx.secret, sys.O_WRONLY | sys.O_APPEND),
  // Read-only on purpose: a fuzzer must never be able to write a system file, even if the rule broke.
  'file-etc-shadow': (dir, base) => retarget(dir, base, '/etc/shadow', sys.O_RDONLY),
  // fd 0 and 2 (/dev/null) become a FIFO no one writes: the open must not block.
  'file-fifo-nobody-writes': (dir, base, rnd, ctx) => retarget(dir, base, ctx.fifo, sys.O_RDONLY, '/dev/null'),
  'file-wrong-type': (dir, base) => editList(dir, 'files', 'files.img', (files) => {
    const f = outputFile(files, base);
    f.type = 2; // claims to be a pipe, carries a regular file's payload
  }),
  'exe-root-only': (dir, base, rnd, ctx) => editList(dir, 'files', 'files.img', (files) => {
    const mm = img.decodeImage('mm', rd(dir, `mm-${base.pid}.img`))[0];
    files.find((f) => f.id === mm.exe_file_id).reg.name = ctx.secretExe;
  }),
  // The epoll's watch names a file no task holding the epoll holds (seed 002's point).
  'epoll-target-not-held': (dir, base, rnd, ctx) => editList(dir, 'files', 'files.img', (files) => {
    const ep = files.find((f) => f.epfd);
    const id = Math.max(...files.map((f) => f.id)) + 1;
    const st = fs.statSync(ctx.readable);
    files.push({ id, type: 1, reg: { id, flags: sys.O_RDONLY, pos: 0n, fown: { uid: 0, euid: 0, signum: 0, pid_type: 0, pid: 0 }, name: ctx.readable, size: BigInt(st.size), mode: st.mode } });
    ep.epfd.tfd[0].id = id;
  }),
  // The watch's fd number names another file of the task (its stdout): allowed, the task holds it.
  'epoll-target-other-fd': (dir, base) => editList(dir, 'files', 'files.img', (files) => {
    const ep = files.find((f) => f.epfd);
    ep.epfd.tfd[0].tfd = 1;
  }),
  'pid-in-use': (dir, base) => renumber(dir, base, process.pid),
  'pid-1': (dir, base) => renumber(dir, base, 1),
  'pid-huge': (dir, base) => renumber(dir, base, 0x7fffffff),
  'threads-huge-count': (dir, base) => editList(dir, 'pstree', 'pstree.img', (ps) => {
    ps[0].threads = Array.from({ length: 100000 }, (_, i) => base.pid + i);
  }),
  'fdinfo-unknown-file': (dir, base) => editList(dir, 'fdinfo', `fdinfo-${filesIdOf(dir, base)}.img`, (fds) => {
    fds[0].id = 999999;
  }),
  'files-id-missing': (dir, base) => {
    const ids = img.decodeImage('ids', rd(dir, `ids-${base.pid}.img`));
    ids[0].files_id = 424242;
    wr(dir, `ids-${base.pid}.img`, img.encodeImage('ids', ids));
  },
  'pages-id-other': (dir, base) => editPagemap(dir, base, (pm) => (pm.head.pages_id = 77)),
};

function filesIdOf(dir, base) {
  return img.decodeImage('ids', rd(dir, `ids-${base.pid}.img`))[0].files_id;
}

function outputFile(files, base) {
  return files.find((f) => f.reg && f.reg.name === base.out);
}

/** Points the program's stdout (a file it holds) at another path, with other flags. */
function retarget(dir, base, target, flags, from = base.out) {
  editList(dir, 'files', 'files.img', (files) => {
    const f = files.find((x) => x.reg && x.reg.name === from);
    assert.ok(f, 'the output file is in files.img');
    const st = fs.statSync(target);
    f.reg.name = target;
    f.reg.flags = flags;
    f.reg.pos = 0n;
    if (f.reg.size !== undefined) f.reg.size = BigInt(st.size);
    if (f.reg.mode !== undefined) f.reg.mode = st.mode;
  });
}

/** Gives the root task another pid in every image that names it. */
function renumber(dir, base, pid) {
  const from = base.pid;
  editList(dir, 'pstree', 'pstree.img', (ps) => {
    ps[0].pid = pid;
    ps[0].pgid = pid;
    ps[0].sid = pid;
    ps[0].threads = [pid];
  });
  for (const kind of ['core', 'mm', 'pagemap', 'ids', 'fs']) {
    const src = path.join(dir, `${kind}-${from}.img`);
    if (fs.existsSync(src)) fs.renameSync(src, path.join(dir, `${kind}-${pid}.img`));
  }
}

function imageFiles(dir) {
  return fs.readdirSync(dir).filter((n) => n.endsWith('.img')).sort();
}

function pick(list, rnd) {
  return list[Math.floor(rnd() * list.length)];
}

/** Files hostile images point at: a root-only file (and executable), a FIFO no one writes. */
function hostileTargets(work) {
  const secret = path.join(work, 'root-only');
  fs.writeFileSync(secret, 'root only\n', { mode: 0o600 });
  fs.chmodSync(secret, 0o600);
  const secretExe = path.join(work, 'root-only-exe');
  fs.copyFileSync(path.join(testprogs, PROG), secretExe);
  fs.chmodSync(secretExe, 0o700);
  const fifo = path.join(work, 'fifo');
  sys.native.mkfifo(fifo, 0o666);
  const readable = path.join(work, 'readable');
  fs.writeFileSync(readable, 'anyone may read this\n', { mode: 0o644 });
  return { secret, secretExe, fifo, readable };
}

/**
 * Attacks on the privilege rule run on the uid 65534 image only: as root the same edits are
 * allowed (root may open those files), and would only send the program's output elsewhere.
 */
const NOBODY_ONLY = new Set(['file-root-only-rdwr', 'file-root-only-append', 'file-etc-shadow', 'exe-root-only']);

/** The list of cases for a seed: every named mutation and hostile edit on each base, then random ones. */
function planCases(seed, count) {
  const rnd = mulberry32(seed);
  const names = [...Object.keys(MUTATIONS).map((n) => ['mutation', n]), ...Object.keys(HOSTILE).map((n) => ['hostile', n])];
  const cases = [];
  for (let i = 0; i < count; i++) {
    const [family, name] = i < names.length * 2 ? names[i % names.length] : names[Math.floor(rnd() * names.length)];
    let variant = i < names.length * 2 ? (i < names.length ? 'nobody' : 'root') : rnd() < 0.5 ? 'root' : 'nobody';
    if (NOBODY_ONLY.has(name)) variant = 'nobody';
    cases.push({ index: i, family, name, variant, seed: Math.floor(rnd() * 2 ** 31) });
  }
  return cases;
}

/** Is this stderr Amber's own refusal (an error it means), rather than a crash of its code? */
function looksLikeCrash(stderr) {
  return /\b(TypeError|ReferenceError|RangeError: Maximum call stack|Cannot read properties|is not a function|FATAL ERROR|Segmentation fault|Aborted)\b/.test(stderr);
}

/** Runs one case; returns its outcome and details. */
function runCase(c, bases, ctx, opts = {}) {
  const base = bases[c.variant];
  const dir = fs.mkdtempSync(path.join(ctx.work, `case-${c.index}-`));
  for (const n of fs.readdirSync(base.images)) fs.copyFileSync(path.join(base.images, n), path.join(dir, n));
  const fn = c.family === 'mutation' ? MUTATIONS[c.name] : HOSTILE[c.name];
  fn(dir, base, mulberry32(c.seed), ctx);
  fs.writeFileSync(base.out, base.outAtDump);
  const r = amber(['restore', '-D', dir, '-d'], opts.timeoutMs ?? 120000);
  const res = { ...c, outcome: '', code: r.code, stderr: r.stderr.trim().split('\n').slice(-3).join(' | '), strays: 0 };
  if (r.timedOut) res.outcome = 'hang';
  else if (r.signal || looksLikeCrash(r.stderr)) res.outcome = 'crash';
  else if (r.code !== 0) res.outcome = 'refused';
  else {
    // Accepted: the restored program must be whole (found by name: a hostile image may give it another pid). It checks itself on SIGTERM.
    const restored = strays(ctx.work).filter((p) => fs.readFileSync(`/proc/${p}/comm`, 'latin1').trim() === PROG);
    for (const p of restored) {
      try {
        process.kill(p, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
    const gone = restored.length > 0 && restored.every((p) => waitGone(p, 60000));
    const text = fs.readFileSync(base.out, 'utf8');
    res.outcome = gone && /\nPASS\n?$/.test(text) ? 'intact' : 'silent';
    if (res.outcome === 'silent') res.stderr = `restored program: ${text.split('\n').filter(Boolean).slice(-1)[0] ?? '(no output)'}`;
  }
  const left = strays(ctx.work);
  res.strays = left.length;
  killAll(left);
  fs.rmSync(dir, { recursive: true, force: true });
  return res;
}

/** Makes both bases and the hostile targets; `cleanup()` removes them. */
function setup() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amber-fuzz-'));
  const ctx = { work, ...hostileTargets(work) };
  const bases = { root: makeBase(work, 'root'), nobody: makeBase(work, 'nobody') };
  return { ctx, bases, cleanup: () => fs.rmSync(work, { recursive: true, force: true }) };
}

function tally(results) {
  const t = { cases: results.length, refused: 0, intact: 0, silent: 0, crash: 0, hang: 0, strays: 0 };
  for (const r of results) {
    t[r.outcome]++;
    t.strays += r.strays;
  }
  return t;
}

module.exports = { setup, planCases, runCase, tally, MUTATIONS, HOSTILE };
