import { Command } from 'commander';
import type { RegisterCommand } from './commands/index.js';
import { runCli } from './run-cli.js';
import { installSafeStdout } from './output/safe-stdout.js';

/**
 * Builds the `hotpot` program from the command modules and runs it on `argv`. `hotpot worker`, the long-running
 * process, loads only its own command: the others' modules (console, emulator, PGlite dev mode…) would stay
 * resident for nothing (~18 MB).
 */
export async function runProgram(argv: string[]): Promise<void> {
  const program = new Command('hotpot')
    .description('Cloud asset-inventory ingestion on Temporal')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  const registers: RegisterCommand[] =
    argv[2] === 'worker'
      ? [(await import('./commands/worker.js')).registerWorkerCommand]
      : (await import('./commands/index.js')).commands;
  for (const register of registers) register(program);
  installSafeStdout();
  await runCli(program, argv);
}
