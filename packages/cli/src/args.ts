// A small argument parser: no dependency, so `amber` starts fast and errors are ours.

export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  /** Long name without dashes. */
  name: string;
  short?: string;
  /** Takes a value; `repeat` collects every occurrence. */
  value?: boolean;
  repeat?: boolean;
  help: string;
  valueName?: string;
}

export type Parsed = Record<string, string | string[] | boolean | number | undefined> & { _: string[] };

export function parseArgs(argv: string[], specs: OptionSpec[], command: string): Parsed {
  const out: Parsed = { _: [] };
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg === '--') {
      out._.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq > 0 ? arg.slice(eq + 1) : undefined;
      spec = byLong.get(name);
      if (!spec) throw new UsageError(`unknown option --${name}`, command);
    } else if (/^-[a-zA-Z]+$/.test(arg)) {
      // -v, -vvv, or -t PID
      const letters = arg.slice(1);
      if (letters.split('').every((c) => c === 'v') && byShort.has('v')) {
        out.v = ((out.v as number | undefined) ?? 0) + letters.length;
        continue;
      }
      spec = byShort.get(letters[0]!);
      if (!spec || letters.length > 1) {
        if (spec?.value) inline = letters.slice(1);
        else throw new UsageError(`unknown option ${arg}`, command);
      }
    } else {
      out._.push(arg);
      continue;
    }
    if (spec.value) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`option --${spec.name} needs a value (${spec.valueName ?? 'VALUE'})`, command);
      if (spec.repeat) out[spec.name] = [...((out[spec.name] as string[] | undefined) ?? []), v];
      else if (out[spec.name] !== undefined) throw new UsageError(`option --${spec.name} given twice`, command);
      else out[spec.name] = v;
    } else {
      if (inline !== undefined) throw new UsageError(`option --${spec.name} takes no value`, command);
      // --verbose counts like -v (callers read the count from `v`).
      if (spec.name === 'verbose') out.v = ((out.v as number | undefined) ?? 0) + 1;
      else out[spec.name] = true;
    }
  }
  return out;
}

export function formatOptions(specs: OptionSpec[]): string {
  return specs
    .map((s) => {
      const flag = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.valueName ?? 'VALUE'}` : ''}`;
      return `  ${flag.padEnd(34)} ${s.help}`;
    })
    .join('\n');
}

export function positiveInt(value: string | undefined, what: string, command: string): number {
  if (value === undefined || !/^[1-9]\d*$/.test(value)) throw new UsageError(`${what} must be a positive integer, got ${JSON.stringify(value)}`, command);
  return Number(value);
}
