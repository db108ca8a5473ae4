import { encodeWaitStatus } from '../model';
import { ProcTaskRecord } from '../proc';
import { SimNamespace, SimPid, SimProcess } from './kernel';

/** /proc/PID/status of a simulated process (or one of its threads) as a reader in `reader` sees it. */
export function renderStatus(process: SimProcess, reader: SimNamespace, thread: SimPid = process.pid): string {
  const levels = (of: SimPid): string => {
    const numbers: number[] = [];
    for (let level = reader.level; level <= thread.level; level++) numbers.push(of.numberIn(thread.levels[level].ns));
    return numbers.join('\t');
  };
  const state = process.state === 'zombie' ? 'Z (zombie)' : process.state === 'stopped' ? 'T (stopped)' : 'S (sleeping)';
  return [
    'Name:\tsim',
    `State:\t${state}`,
    `Tgid:\t${process.pid.numberIn(reader)}`,
    `Pid:\t${thread.numberIn(reader)}`,
    `PPid:\t${process.parent ? process.parent.pid.numberIn(reader) : 0}`,
    `NStgid:\t${levels(process.pid)}`,
    `NSpid:\t${levels(thread)}`,
    `NSpgid:\t${levels(process.pgrp)}`,
    `NSsid:\t${levels(process.session)}`,
    '',
  ].join('\n');
}

/** What a dumper in `reader` would read about `root` and its descendants. */
export function procRecords(root: SimProcess, reader: SimNamespace): ProcTaskRecord[] {
  const records: ProcTaskRecord[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const process = stack.pop() as SimProcess;
    records.push({
      status: renderStatus(process, reader),
      threads: [process.pid, ...process.threads].map((tid) => renderStatus(process, reader, tid)),
      waitStatus: process.exit ? encodeWaitStatus(process.exit) : undefined,
      childSubreaper: process.childSubreaper,
    });
    stack.push(...process.children);
  }
  return records;
}
