import { TaskDescription } from '../../src';

/** The seed's picture: a container whose init has a nested namespace, itself with one inside. */
export const nested: TaskDescription[] = [
  { pid: [1], ppid: 0, pgid: [1], sid: [1] },
  { pid: [5, 1], ppid: 1, pgid: [5, 1], sid: [1] },
  { pid: [9, 5], ppid: 5, pgid: [9, 5], sid: [9, 5] },
  { pid: [7, 3, 1], ppid: 5, pgid: [5, 1], sid: [1], threads: [[7, 3, 1], [10, 6, 3]] },
  { pid: [8, 4, 2], ppid: 7, pgid: [5, 1], sid: [1] },
];

