import { Command } from 'commander';
import { commands } from './commands/index.js';
import { runCli } from './run-cli.js';

/** Builds the `hotpot` program from the command modules and runs it on `argv`. */
export async function runProgram(argv: string[]): Promise<void> {
  const program = new Command('hotpot')
    .description('Cloud asset-inventory ingestion on Temporal')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  for (const register of commands) register(program);
  await runCli(program, argv);
}
