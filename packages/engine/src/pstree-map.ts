// pstree.img entries (CRIU's field names) to and from @amber/pstree's model entries.
import type { PstreeEntry } from '@amber/images';
import type { PstreeImageEntry } from '@amber/pstree';

export function pstreeFromImage(e: PstreeEntry): PstreeImageEntry {
  const out: PstreeImageEntry = { pid: e.pid, ppid: e.ppid, pgid: e.pgid, sid: e.sid, threads: e.threads ?? [e.pid] };
  if (e.ns_pid?.length) out.nsPid = e.ns_pid;
  if (e.ns_pgid?.length) out.nsPgid = e.ns_pgid;
  if (e.ns_sid?.length) out.nsSid = e.ns_sid;
  if (e.ns_threads?.length) out.nsThreads = e.ns_threads.flatMap((t) => t.tid ?? []);
  if (e.pgid_inherited !== undefined) out.pgidInherited = e.pgid_inherited;
  if (e.sid_inherited !== undefined) out.sidInherited = e.sid_inherited;
  return out;
}

export function pstreeToImage(e: PstreeImageEntry): PstreeEntry {
  const out: PstreeEntry = { pid: e.pid, ppid: e.ppid, pgid: e.pgid, sid: e.sid, threads: e.threads };
  if (e.nsPid) out.ns_pid = e.nsPid;
  if (e.nsPgid) out.ns_pgid = e.nsPgid;
  if (e.nsSid) out.ns_sid = e.nsSid;
  if (e.nsThreads && e.nsPid) {
    const width = e.nsPid.length;
    out.ns_threads = e.threads.map((_t, i) => ({ tid: e.nsThreads!.slice(i * width, (i + 1) * width) }));
  }
  if (e.pgidInherited !== undefined) out.pgid_inherited = e.pgidInherited;
  if (e.sidInherited !== undefined) out.sid_inherited = e.sidInherited;
  return out;
}
