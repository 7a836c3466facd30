import { Command } from 'commander';
import { commandsFor } from './commands/index.js';
import { runCli } from './run-cli.js';
import { installSafeStdout } from './output/safe-stdout.js';

/**
 * Builds the `hotpot` program from the command modules `argv` needs and runs it: a command loads its own module
 * only, so `hotpot worker`, the long-running process, does not keep the others' (console, emulator, PGlite dev
 * mode…) resident (~18 MB), and a query command does not pay for loading them.
 */
export async function runProgram(argv: string[]): Promise<void> {
  const program = new Command('hotpot')
    .description('Cloud asset-inventory ingestion on Temporal')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  for (const register of await commandsFor(argv)) register(program);
  installSafeStdout();
  await runCli(program, argv);
}
