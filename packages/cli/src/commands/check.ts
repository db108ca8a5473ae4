import { parseArgs, UsageError, type OptionSpec } from '../args';
import type { CheckResult } from '../probes';

export const checkOptions: OptionSpec[] = [
  { name: 'json', help: 'one JSON object on stdout: {"ok": bool, "checks": [...]}' },
  { name: 'verbose', short: 'v', help: 'also say what each present feature is needed for' },
  { name: 'help', short: 'h', help: 'show this help' },
];

export const checkHelp =
  'amber check [--json] [-v]\n\nProbes every kernel feature Amber needs on this machine (by using it on a child it\nstarts, not by version numbers). Exits 0 when dump and restore can work, 1 when a\nrequired feature is missing.';

function textReport(results: CheckResult[], verbose: boolean, good: boolean): string {
  const width = Math.max(...results.map((r) => r.name.length));
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.status.padEnd(8)} ${r.name.padEnd(width)}  ${r.detail}`);
    if (r.status !== 'ok') lines.push(`${' '.repeat(9)}${' '.repeat(width)}  without it: ${r.without}${r.required ? '' : ' (optional)'}`);
    else if (verbose) lines.push(`${' '.repeat(9)}${' '.repeat(width)}  without it: ${r.without}`);
  }
  const miss = results.filter((r) => r.required && r.status !== 'ok').map((r) => r.name);
  lines.push('');
  lines.push(good ? 'dump and restore can work on this machine.' : `dump and restore cannot work here: missing ${miss.join(', ')}.`);
  return lines.join('\n');
}

export function runCheck(argv: string[]): number {
  const a = parseArgs(argv, checkOptions, 'check');
  if (a._.length > 0) throw new UsageError(`unexpected argument ${a._[0]}`, 'check');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const probes = require('../probes') as typeof import('../probes');
  const results = probes.runChecks();
  const good = probes.allRequiredPresent(results);
  if (a.json === true) process.stdout.write(`${JSON.stringify({ ok: good, checks: results }, null, 2)}\n`);
  else process.stdout.write(`${textReport(results, ((a.v as number | undefined) ?? 0) > 0, good)}\n`);
  return good ? 0 : 1;
}
