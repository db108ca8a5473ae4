// Putting a thread's credentials back, from inside it, as the last privileged step:
// groups and the bounding set while still root, then gids and uids (keeping
// capabilities across the uid change), then the exact capability sets.
import { SYS, type Tracee } from '@amber/sys';
import type { CredsDump } from '../model';

const PR_SET_KEEPCAPS = 8;
const PR_CAPBSET_DROP = 24;
const PR_SET_NO_NEW_PRIVS = 38;
const PR_CAP_AMBIENT = 47;
const PR_CAP_AMBIENT_RAISE = 2;
const CAP_LAST = 63;
const LINUX_CAPABILITY_VERSION_3 = 0x20080522;

function capData(c: CredsDump): Buffer {
  // Two struct __user_cap_data_struct {effective, permitted, inheritable}: low then high words.
  const b = Buffer.alloc(24);
  const words = (v: bigint) => [Number(v & 0xffffffffn), Number(v >> 32n)];
  const [e0, e1] = words(c.capEff);
  const [p0, p1] = words(c.capPrm);
  const [i0, i1] = words(c.capInh);
  [e0, p0, i0, e1, p1, i1].forEach((w, i) => b.writeUInt32LE(w!, i * 4));
  return b;
}

export function restoreCreds(t: Tracee, c: CredsDump): void {
  if (c.groups.length > 0) {
    const g = Buffer.alloc(4 * c.groups.length);
    c.groups.forEach((n, i) => g.writeUInt32LE(n, i * 4));
    t.syscall(SYS.setgroups, c.groups.length, t.putScratch(g, 0));
  } else {
    t.syscall(SYS.setgroups, 0, 0);
  }
  for (let cap = 0; cap <= CAP_LAST; cap++) {
    if ((c.capBnd & (1n << BigInt(cap))) === 0n) t.syscallRaw(SYS.prctl, PR_CAPBSET_DROP, cap); // EINVAL past the last cap: fine
  }
  t.syscall(SYS.prctl, PR_SET_KEEPCAPS, 1);
  t.syscall(SYS.setresgid, c.gid, c.egid, c.sgid);
  t.syscall(SYS.setfsgid, c.fsgid);
  t.syscall(SYS.setresuid, c.uid, c.euid, c.suid);
  t.syscall(SYS.setfsuid, c.fsuid);
  const header = Buffer.alloc(8);
  header.writeUInt32LE(LINUX_CAPABILITY_VERSION_3, 0);
  const hdr = t.putScratch(header, 0);
  t.syscall(SYS.capset, hdr, t.putScratch(capData(c), 64));
  t.syscall(SYS.prctl, PR_SET_KEEPCAPS, 0);
  for (let cap = 0; cap <= CAP_LAST; cap++) {
    if (c.capAmb & (1n << BigInt(cap))) t.syscall(SYS.prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, cap, 0, 0);
  }
  if (c.noNewPrivs) t.syscall(SYS.prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}
