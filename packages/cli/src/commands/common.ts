import type { OptionSpec } from '../args';

export const commonOptions: OptionSpec[] = [
  { name: 'images-dir', short: 'D', value: true, valueName: 'DIR', help: 'the image directory' },
  { name: 'log-file', short: 'o', value: true, valueName: 'FILE', help: 'append a log of the run to FILE' },
  { name: 'verbose', short: 'v', help: 'more messages (-v, -vv...)' },
  { name: 'json', help: 'machine-readable JSON lines on stdout' },
  { name: 'help', short: 'h', help: 'show this help' },
];
