import { UsageError, type OptionSpec, type Parsed } from '../args';

export const commonOptions: OptionSpec[] = [
  { name: 'images-dir', short: 'D', value: true, valueName: 'DIR', help: 'the image directory' },
  { name: 'log-file', short: 'o', value: true, valueName: 'FILE', help: 'append a log of the run to FILE' },
  { name: 'verbose', short: 'v', help: 'more messages (-v, -vv...)' },
  { name: 'json', help: 'machine-readable JSON lines on stdout' },
  { name: 'help', short: 'h', help: 'show this help' },
];

/**
 * The image directory (or file) an inspecting command works on: the one positional
 * argument or -D/--images-dir, exactly one of them.
 */
export function imagesTarget(a: Parsed, command: string, what = 'DIR'): string {
  const viaFlag = a['images-dir'] as string | undefined;
  if (a._.length > 1) throw new UsageError(`unexpected argument ${a._[1]}`, command);
  const viaArg = a._[0];
  if (viaFlag !== undefined && viaArg !== undefined) {
    throw new UsageError(`give the image ${what} once: either as an argument or with -D, not both (${viaArg}, ${viaFlag})`, command);
  }
  const target = viaArg ?? viaFlag;
  if (target === undefined || target === '') throw new UsageError(`which image ${what}? give it as an argument`, command);
  return target;
}
