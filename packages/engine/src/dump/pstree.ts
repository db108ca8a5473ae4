// The dumped tree's pstree.img entries, through @amber/pstree's model: per-level pids,
// and sessions or groups that belong to the world outside the tree marked inherited.
import * as fs from 'node:fs';
import type { PstreeEntry } from '@amber/images';
import { modelFromProc, toImageEntries, type DumpMode, type ProcTaskRecord } from '@amber/pstree';
import { pstreeToImage } from '../pstree-map';
import type { FrozenTree } from './tree';


function idsOf(text: string, field: 'NSpgid' | 'NSsid'): number {
  const m = new RegExp(`^${field}:\\s*(\\d+)`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

export function treeEntries(tree: FrozenTree, mode: DumpMode): PstreeEntry[] {
  const records: ProcTaskRecord[] = [
    ...tree.tasks.map((t) => ({ status: tree.status.get(t.pid)!, threads: t.threads.map((th) => tree.status.get(th.pid)!) })),
    ...tree.zombies.map((z) => ({ status: tree.status.get(z.pid)!, waitStatus: z.exitStatus })),
  ];
  // A session or group led from outside the tree (the shell that started it) is inherited
  // from whoever restores it; one whose leader is gone is re-created with a helper.
  const inTree = new Set([...tree.tasks.map((t) => t.pid), ...tree.zombies.map((z) => z.pid)]);
  const external = new Set<number>();
  for (const r of records) {
    for (const id of [idsOf(r.status, 'NSpgid'), idsOf(r.status, 'NSsid')]) {
      if (id > 0 && !inTree.has(id) && fs.existsSync(`/proc/${id}`)) external.add(id);
    }
  }
  // The root's own group and session, when it leads neither, existed before it: outside
  // the tree even if their leader is gone (the group lives on in its other members, the
  // restorer's shell among them, and holds its pid).
  const root = records[0]!.status;
  for (const id of [idsOf(root, 'NSpgid'), idsOf(root, 'NSsid')]) if (mode === 'subtree' && id > 0 && !inTree.has(id)) external.add(id);
  const model = modelFromProc(records, { mode, externalPids: external });
  return toImageEntries(model).map(pstreeToImage);
}
