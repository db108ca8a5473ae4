// The conformance runner's machinery: starting a test program with an exact fd set,
// the outside view of a process tree (what the kernel shows in /proc), running the
// amber command, and making sure nothing started here outlives a case.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const sys = require('@amber/sys');

const { native } = sys;
const root = path.resolve(__dirname, '..', '..');
const amberMain = path.join(root, 'packages', 'cli', 'dist', 'src', 'main.js');
const testprogs = path.join(root, 'tools', 'testprogs', 'bin');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs the amber command; never throws. */
function amber(args, { stdioFds = [], timeoutMs = 60000 } = {}) {
  const r = spawnSync(process.execPath, [amberMain, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe', ...stdioFds],
  });
  const code = r.status ?? (r.signal ? `signal ${r.signal}` : 'unknown');
  return { code, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? `\n${r.error.message}` : '') };
}

/**
 * Starts a test program as this process's child with exactly the fds given (0-2:
 * /dev/null, the out file, /dev/null, plus `extraFds` as [ourFd, theirFd]); optionally
 * as pid 1 of a new pid namespace, in a new session.
 */
function startProgram({ prog, args = [], env = {}, out, extraFds = [], newPidNs = false, setsid = false }) {
  const outFd = sys.openFile(out, sys.O_WRONLY | sys.O_CREAT | sys.O_TRUNC, 0o644);
  const devnull = sys.openFile('/dev/null', sys.O_RDWR);
  try {
    const envp = Object.entries({ ...process.env, ...env }).map(([k, v]) => `${k}=${v}`);
    return native.spawnAt({
      path: path.join(testprogs, prog),
      argv: [prog, ...args],
      envp,
      fds: [[devnull, 0], [outFd, 1], [devnull, 2], ...extraFds],
      newPidNs,
      setsid,
    });
  } finally {
    native.close(outFd);
    native.close(devnull);
  }
}

function readText(p) {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

function exists(pid) {
  return fs.existsSync(`/proc/${pid}`);
}

/** state, ppid, pgid, sid of /proc/PID/stat (null when gone). */
function procStat(pid) {
  const s = readText(`/proc/${pid}/stat`);
  if (!s) return null;
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return { state: f[0], ppid: Number(f[1]), pgid: Number(f[2]), sid: Number(f[3]) };
}

/** Every task of the tree rooted at `rootPid` (children lists of every thread), root first. */
function treePids(rootPid) {
  const seen = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift();
    if (seen.includes(pid) || !exists(pid)) continue;
    seen.push(pid);
    let tids = [];
    try {
      tids = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      /* a zombie has no task list worth reading */
    }
    const kids = new Set();
    for (const tid of tids) {
      const c = readText(`/proc/${pid}/task/${tid}/children`);
      if (c) for (const k of c.trim().split(/\s+/).filter(Boolean)) kids.add(Number(k));
    }
    queue.push(...[...kids].sort((a, b) => a - b));
  }
  return seen;
}

const TIMER_SIGNALS = (1n << 13n) | (1n << 25n) | (1n << 26n); // SIGALRM (14), SIGVTALRM (26), SIGPROF (27): bit N-1 each

/**
 * What the kernel shows of a tree from outside, with the numbers that must change
 * across a restore (pipe and socket inodes, inodes of deleted files and shared memory)
 * replaced by labels given in order of appearance, so that sharing stays visible.
 */
function outsideView(rootPid, { ignorePos = [], ignorePending = false, relative = false } = {}) {
  const labels = new Map();
  const label = (kind, id) => {
    const k = `${kind}:${id}`;
    if (!labels.has(k)) labels.set(k, `${kind}#${labels.size + 1}`);
    return labels.get(k);
  };
  const tasks = [];
  for (const pid of treePids(rootPid)) {
    const st = procStat(pid);
    if (!st) continue;
    const t = { pid, ppid: pid === rootPid ? '(outside)' : st.ppid, pgid: st.pgid, sid: st.sid, zombie: st.state === 'Z' };
    const status = readText(`/proc/${pid}/status`) ?? '';
    const field = (name) => (new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status) ?? [])[1];
    for (const f of ['NSpid', 'NSpgid', 'NSsid', 'Umask']) t[f] = field(f);
    if (!t.zombie) {
      t.comm = (readText(`/proc/${pid}/comm`) ?? '').trim();
      t.cmdline = JSON.stringify(readText(`/proc/${pid}/cmdline`));
      t.environ = JSON.stringify(readText(`/proc/${pid}/environ`));
      t.limits = readText(`/proc/${pid}/limits`);
      t.timers = posixTimers(readText(`/proc/${pid}/timers`));
      for (const f of ['oom_score_adj', 'loginuid', 'personality']) t[f] = (readText(`/proc/${pid}/${f}`) ?? '').trim();
      t.THP_enabled = field('THP_enabled');
      for (const l of ['cwd', 'exe']) {
        try {
          t[l] = fs.readlinkSync(`/proc/${pid}/${l}`);
        } catch {
          t[l] = null;
        }
      }
      t.threads = {};
      for (const tid of fs.readdirSync(`/proc/${pid}/task`).map(Number).sort((a, b) => a - b)) {
        const ts = readText(`/proc/${pid}/task/${tid}/status`) ?? '';
        const tf = (name) => (new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(ts) ?? [])[1];
        const pend = (v) => (v === undefined ? v : (BigInt(`0x${v}`) & ~TIMER_SIGNALS).toString(16));
        t.threads[tid] = { SigBlk: tf('SigBlk'), SigIgn: tf('SigIgn'), SigCgt: tf('SigCgt'), Seccomp: tf('Seccomp'), Seccomp_filters: tf('Seccomp_filters'), NoNewPrivs: tf('NoNewPrivs') };
        // Scheduling as the kernel shows it: nice (field 19), rt_priority (40), policy (41).
        const tstat = readText(`/proc/${pid}/task/${tid}/stat`) ?? '';
        const sf = tstat.slice(tstat.lastIndexOf(')') + 2).split(' ');
        t.threads[tid].sched = `nice ${sf[16]} rt_priority ${sf[37]} policy ${sf[38]}`;
        if (!ignorePending) Object.assign(t.threads[tid], { SigPnd: pend(tf('SigPnd')), ShdPnd: pend(tf('ShdPnd')) });
      }
      t.fds = {};
      let fds = [];
      try {
        fds = fs.readdirSync(`/proc/${pid}/fd`).map(Number).sort((a, b) => a - b);
      } catch {
        /* gone */
      }
      for (const fd of fds) {
        let link;
        try {
          link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          continue;
        }
        link = link.replace(/^(pipe|socket):\[(\d+)\]$/, (_, k, ino) => label(k, ino));
        const info = readText(`/proc/${pid}/fdinfo/${fd}`) ?? '';
        const kept = [];
        for (const line of info.split('\n')) {
          const m = /^(pos|flags|mnt_id|eventfd-count|seals|size):\s*(.*)$/.exec(line);
          if (m) {
            if (m[1] === 'pos' && ignorePos.includes(fd)) continue;
            kept.push(`${m[1]}=${m[2]}`);
          }
          const w = /^tfd:\s*(\d+)\s+events:\s*(\S+)\s+data:\s*(\S+)/.exec(line);
          if (w) kept.push(`watch(tfd ${w[1]} events ${w[2]} data ${w[3]})`);
        }
        const watches = kept.filter((k) => k.startsWith('watch')).sort();
        t.fds[fd] = [link, ...kept.filter((k) => !k.startsWith('watch')), ...watches].join(' ');
      }
      t.maps = mergedMaps(readText(`/proc/${pid}/maps`) ?? '').map((m) => {
        const moving = / \(deleted\)$/.test(m.file) || m.file.startsWith('/SYSV') || m.file.startsWith('/memfd:');
        const ino = moving && m.ino !== '0' ? label('shm', m.ino) : m.ino;
        return `${m.start.toString(16)}-${m.end.toString(16)} ${m.perms} ${m.offset.toString(16).padStart(8, '0')} ${m.dev} ${ino} ${m.file}`.trim();
      });
    }
    tasks.push(t);
  }
  return relative ? containerRelative(tasks) : tasks;
}

/**
 * The view from inside the root's pid namespace: a container keeps its pids inside, not
 * the ones its tasks had outside (they are whatever is free when it is restored).
 */
function containerRelative(tasks) {
  const inner = (ns) => (ns ? Number(ns.trim().split(/\s+/).pop()) : NaN);
  const dropOuter = (ns) => (ns ? ns.trim().split(/\s+/).slice(1).join(' ') : ns);
  const byOuter = new Map(tasks.map((t) => [t.pid, inner(t.NSpid)]));
  return tasks.map((t) => {
    const r = { ...t, pid: inner(t.NSpid), ppid: byOuter.get(t.ppid) ?? '(outside)', pgid: inner(t.NSpgid), sid: inner(t.NSsid) };
    for (const f of ['NSpid', 'NSpgid', 'NSsid']) r[f] = dropOuter(t[f]);
    if (t.threads) {
      r.threads = {};
      for (const [tid, v] of Object.entries(t.threads)) {
        const ts = readText(`/proc/${t.pid}/task/${tid}/status`) ?? '';
        r.threads[inner((/^NSpid:\s*(.*)$/m.exec(ts) ?? [])[1]) || `outer ${tid}`] = v;
      }
    }
    return r;
  });
}

/**
 * /proc/PID/maps entries, with neighbours merged where the kernel could have merged them
 * (same protection, same file or both anonymous, contiguous offsets): whether two such
 * VMAs are one or two depends on their history (anon_vma), not on what the program sees.
 * CRIU's zdtm compares maps the same way.
 */
function mergedMaps(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+) ([0-9a-f]+) (\S+) (\d+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const e = { start: BigInt(`0x${m[1]}`), end: BigInt(`0x${m[2]}`), perms: m[3], offset: BigInt(`0x${m[4]}`), dev: m[5], ino: m[6], file: m[7] };
    const p = out[out.length - 1];
    const anon = e.ino === '0' && e.file === '';
    if (p && p.end === e.start && p.perms === e.perms && p.dev === e.dev && p.ino === e.ino && p.file === e.file && (anon || p.offset + (p.end - p.start) === e.offset)) {
      p.end = e.end;
      continue;
    }
    out.push(e);
  }
  return out;
}

/** The POSIX timers of /proc/PID/timers, one line each ("ID: 0 signal: 10/... ClockID: 1"). */
function posixTimers(text) {
  if (text === null) return null;
  return text
    .split(/(?=^ID:)/m)
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean);
}

/** Differences between two outside views, as lines ("" when none). */
function compareViews(before, after) {
  const out = [];
  const byPid = (v) => new Map(v.map((t) => [t.pid, t]));
  const a = byPid(before);
  const b = byPid(after);
  for (const pid of a.keys()) if (!b.has(pid)) out.push(`task ${pid} is missing`);
  for (const pid of b.keys()) if (!a.has(pid)) out.push(`task ${pid} is new`);
  for (const [pid, x] of a) {
    const y = b.get(pid);
    if (!y) continue;
    if (x.timers && y.timers && x.timers.length !== y.timers.length) out.push(`task ${pid}: ${x.timers.length} POSIX timers -> ${y.timers.length} (/proc/PID/timers)`);
    else if (String(x.timers) !== String(y.timers)) out.push(`task ${pid} POSIX timers: ${x.timers.join('; ')} -> ${y.timers.join('; ')}`);
    for (const k of ['ppid', 'pgid', 'sid', 'zombie', 'NSpid', 'NSpgid', 'NSsid', 'Umask', 'comm', 'cmdline', 'environ', 'cwd', 'exe', 'limits']) {
      if (x[k] !== y[k]) out.push(`task ${pid} ${k}: ${short(x[k])} -> ${short(y[k])}`);
    }
    if (x.zombie || y.zombie) continue;
    const tids = new Set([...Object.keys(x.threads), ...Object.keys(y.threads)]);
    for (const tid of tids) {
      const p = x.threads[tid];
      const q = y.threads[tid];
      if (!p || !q) {
        out.push(`task ${pid} thread ${tid} ${p ? 'is missing' : 'is new'}`);
        continue;
      }
      for (const k of Object.keys(p)) if (p[k] !== q[k]) out.push(`task ${pid} thread ${tid} ${k}: ${p[k]} -> ${q[k]}`);
    }
    const fds = new Set([...Object.keys(x.fds), ...Object.keys(y.fds)]);
    for (const fd of [...fds].sort((m, n) => m - n)) {
      if (x.fds[fd] !== y.fds[fd]) out.push(`task ${pid} fd ${fd}: ${x.fds[fd] ?? '(none)'} -> ${y.fds[fd] ?? '(none)'}`);
    }
    const mx = new Set(x.maps);
    const my = new Set(y.maps);
    for (const l of x.maps) if (!my.has(l)) out.push(`task ${pid} map lost: ${l}`);
    for (const l of y.maps) if (!mx.has(l)) out.push(`task ${pid} map new: ${l}`);
  }
  return out;
}

function short(v) {
  const s = typeof v === 'string' && !v.includes('\n') ? v : JSON.stringify(v);
  return s && s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** This process's children (by /proc), other than `except`. */
function ourChildren() {
  const me = process.pid;
  const kids = [];
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const st = procStat(Number(e));
    if (st && st.ppid === me) kids.push(Number(e));
  }
  return kids;
}

/**
 * Waits until every pid of `pids` is gone, reaping those that are (or become) our
 * children; with `kill`, SIGKILLs them first. Returns the pids still there after `ms`.
 */
async function reapAll(pids, { kill = false, ms = 6000 } = {}) {
  if (kill) {
    for (const pid of pids) {
      try {
        native.kill(pid, sys.SIGKILL);
      } catch {
        /* gone */
      }
    }
  }
  const end = Date.now() + ms;
  let left = [...pids];
  for (;;) {
    for (const pid of left) {
      const st = procStat(pid);
      if (st && st.ppid === process.pid) {
        try {
          sys.waitFor(pid, sys.WNOHANG);
        } catch {
          /* not ours after all */
        }
      }
    }
    left = left.filter(exists);
    if (left.length === 0 || Date.now() > end) return left;
    await sleep(5);
  }
}

/** Kills and reaps every child of ours (the last line of defence after a case). */
async function reapStrays() {
  const kids = ourChildren();
  if (kids.length) await reapAll(kids, { kill: true });
  return kids;
}

/** Waits (off the main thread) for our child `pid` to end, up to `ms`; SIGKILLs it then. */
async function waitExit(pid, ms) {
  let timer;
  const timeout = new Promise((r) => {
    timer = setTimeout(() => r(null), ms);
  });
  const w = sys.waitForAsync(pid).catch((e) => ({ kind: 'error', message: e.message }));
  let s = await Promise.race([w, timeout]);
  clearTimeout(timer);
  if (s === null) {
    try {
      native.kill(pid, sys.SIGKILL);
    } catch {
      /* gone */
    }
    await w;
    return { kind: 'timeout' };
  }
  return s;
}

module.exports = {
  root,
  amberMain,
  testprogs,
  sleep,
  amber,
  startProgram,
  readText,
  exists,
  procStat,
  treePids,
  outsideView,
  compareViews,
  reapAll,
  reapStrays,
  ourChildren,
  waitExit,
};
