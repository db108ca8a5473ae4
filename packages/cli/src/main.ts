#!/usr/bin/env node
// The `amber` command. Start-up stays lean: only the argument parser is loaded before
// the command is known; each command loads what it uses when it runs, through a V8 code
// cache (compile-cache.ts).
import { formatOptions, UsageError, type OptionSpec } from './args';

interface Command {
  summary: string;
  help: () => string;
  options: () => OptionSpec[];
  run: (argv: string[]) => number | Promise<number>;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const commands: Record<string, Command> = {
  dump: {
    summary: 'freeze a process tree and write its state to an image directory',
    help: () => require('./commands/dump').dumpHelp,
    options: () => require('./commands/dump').dumpOptions,
    run: (argv) => require('./commands/dump').runDump(argv),
  },
  restore: {
    summary: 'bring a dumped process tree back to life',
    help: () => require('./commands/restore').restoreHelp,
    options: () => require('./commands/restore').restoreOptions,
    run: (argv) => require('./commands/restore').runRestore(argv),
  },
  plugins: {
    summary: 'list the file-type plugins (built-in and loaded)',
    help: () => require('./commands/plugins').pluginsHelp,
    options: () => require('./commands/plugins').pluginsOptions,
    run: (argv) => require('./commands/plugins').runPlugins(argv),
  },
  check: {
    summary: 'probe the kernel features Amber needs on this machine',
    help: () => require('./commands/check').checkHelp,
    options: () => require('./commands/check').checkOptions,
    run: (argv) => require('./commands/check').runCheck(argv),
  },
  show: {
    summary: 'decode image files to JSON (like crit show), or list fd tables',
    help: () => require('./commands/show').showHelp,
    options: () => require('./commands/show').showOptions,
    run: (argv) => require('./commands/show').runShow(argv),
  },
  ps: {
    summary: 'list the dumped process tree of an image directory',
    help: () => require('./commands/ps').psHelp,
    options: () => require('./commands/ps').psOptions,
    run: (argv) => require('./commands/ps').runPs(argv),
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

function usage(): string {
  const list = Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
    .join('\n');
  return `usage: amber COMMAND [options]\n\ncommands:\n${list}\n\nRun "amber COMMAND --help" for a command's options.\nExit status: 0 success, 1 the operation failed (check: a required feature is missing;\nshow: a file is broken), 2 usage error; restore without -d exits with the root task's status.`;
}

function commandHelp(name: string): string {
  const c = commands[name]!;
  return `usage: ${c.help()}\n\noptions:\n${formatOptions(c.options())}`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const cmd = commands[name];
  if (!cmd) {
    process.stderr.write(`amber: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${commandHelp(name)}\n`);
    return 0;
  }
  // Run as the amber command (not imported): compile modules through the V8 code cache.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (asCommand) (require('./compile-cache') as typeof import('./compile-cache')).enableCompileCache();
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`amber ${name}: ${e.message}\n\n${commandHelp(name)}\n`);
      return 2;
    }
    throw e;
  }
}

let asCommand = false;

/** Runs the amber command on this process's arguments and sets its exit code. */
export function runAsCommand(): void {
  asCommand = true;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`amber: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runAsCommand();
