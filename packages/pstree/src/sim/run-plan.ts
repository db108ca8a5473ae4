import { RESTORER, RestorePlan } from '../plan/types';
import { KernelSim, SimError, SimProcess } from './kernel';

/**
 * Runs a plan's steps in order on the simulator, `restorer` forking the root. Returns the
 * processes by plan identity. Throws SimError, naming the step, when the kernel says no.
 */
export function runPlan(plan: RestorePlan, sim: KernelSim, restorer: SimProcess): Map<number, SimProcess> {
  const processes = new Map<number, SimProcess>([[RESTORER, restorer]]);
  let rootLevel = -1;
  const get = (id: number): SimProcess => {
    const process = processes.get(id);
    if (!process) throw new SimError('ESRCH', `task ${id} does not exist yet`);
    return process;
  };
  plan.steps.forEach((step, index) => {
    try {
      switch (step.kind) {
        case 'fork': {
          const child = sim.fork(get(step.parent), { newPidNs: step.newPidNs, setTid: step.setTid, cloneParent: step.cloneParent });
          if (rootLevel < 0) rootLevel = child.ns.level;
          const numbers = child.pid.levels.slice(rootLevel).map((l) => l.nr);
          if (numbers.join() !== (plan.pids.get(step.child) ?? []).join()) {
            throw new SimError('EINVAL', `got pid [${numbers.join(' ')}]`);
          }
          processes.set(step.child, child);
          break;
        }
        case 'clone-thread':
          sim.cloneThread(get(step.task), step.setTid);
          break;
        case 'set-child-subreaper':
          sim.setChildSubreaper(get(step.task), true);
          break;
        case 'setsid':
          sim.setsid(get(step.task));
          break;
        case 'setpgid':
          sim.setpgid(get(step.by), step.pidArg, step.pgidArg);
          break;
        case 'exit':
          sim.exit(get(step.task), step.status);
          break;
        case 'reap':
          sim.wait(get(step.task), get(step.child));
          break;
        case 'stop':
          sim.stop(get(step.task));
          break;
      }
    } catch (error) {
      if (error instanceof SimError) throw new SimError(error.errno, `step ${index} ${JSON.stringify(step)}: ${error.message}`);
      throw error;
    }
  });
  return processes;
}
