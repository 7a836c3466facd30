import type { Command } from 'commander';
import { CommanderError } from 'commander';
import { HotpotError } from '../errors.js';
import { escapeControls } from '../text/controls.js';

/** Runs the program; a HotpotError prints its message alone (no stack) and exits with its code. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof HotpotError) {
      process.stderr.write(`hotpot: ${escapeControls(err.message)}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    throw err;
  }
}
