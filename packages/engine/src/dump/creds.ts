// Credentials from /proc/PID/task/TID/status: uids, gids, groups, capability sets,
// no_new_privs. Kept per thread, as CRIU's creds_entry is.
import type { CredsDump } from '../model';

function fields(text: string, name: string): string[] {
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(text); // [ \t]: an empty line must not run on
  return m ? m[1]!.trim().split(/\s+/).filter(Boolean) : [];
}

function caps(text: string, name: string): bigint {
  return BigInt(`0x${fields(text, name)[0] ?? '0'}`);
}

/** `text`: the thread's /proc/PID/task/TID/status. */
export function parseCreds(text: string): CredsDump {
  const [uid, euid, suid, fsuid] = fields(text, 'Uid').map(Number);
  const [gid, egid, sgid, fsgid] = fields(text, 'Gid').map(Number);
  return {
    uid: uid!, euid: euid!, suid: suid!, fsuid: fsuid!,
    gid: gid!, egid: egid!, sgid: sgid!, fsgid: fsgid!,
    groups: fields(text, 'Groups').map(Number),
    capInh: caps(text, 'CapInh'),
    capPrm: caps(text, 'CapPrm'),
    capEff: caps(text, 'CapEff'),
    capBnd: caps(text, 'CapBnd'),
    capAmb: caps(text, 'CapAmb'),
    noNewPrivs: fields(text, 'NoNewPrivs')[0] === '1',
  };
}
