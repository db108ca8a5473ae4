import { PidNamespace } from '../model';
import { Entity, GroupKey } from './entity';

/** Tasks by namespace, session and reaper (or none). */
export class SessionIndex {
  private readonly byNs = new Map<PidNamespace, Map<number, Entity[]>>();

  add(ns: PidNamespace, sid: GroupKey, reaper: Entity | null, entity: Entity): void {
    let bySession = this.byNs.get(ns);
    if (!bySession) {
      bySession = new Map();
      this.byNs.set(ns, bySession);
    }
    const key = SessionIndex.key(sid, reaper);
    const list = bySession.get(key);
    if (list) list.push(entity);
    else bySession.set(key, [entity]);
  }

  get(ns: PidNamespace, sid: GroupKey, reaper: Entity | null): readonly Entity[] {
    return this.byNs.get(ns)?.get(SessionIndex.key(sid, reaper)) ?? [];
  }

  /** Session keys start at -2 and pids stay below 2^23 (PID_MAX_LIMIT is 2^22). */
  private static key(sid: GroupKey, reaper: Entity | null): number {
    return (sid + 3) * 2 ** 23 + (reaper ? reaper.id : 0);
  }
}
