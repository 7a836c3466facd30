import type { Command } from 'commander';
import { registerBenchCommand } from './bench.js';
import { registerConfigCommand } from './config.js';
import { registerEmulatorCommand } from './emulator.js';
import { registerIngestCommand } from './ingest.js';
import { registerMigrateCommand } from './migrate.js';
import { registerScheduleCommand } from './schedule.js';
import { registerWorkerCommand } from './worker.js';

/** A command module adds one command (with its subcommands) to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every CLI command, one line each. */
export const commands: RegisterCommand[] = [
  registerConfigCommand,
  registerEmulatorCommand,
  registerMigrateCommand,
  registerWorkerCommand,
  registerIngestCommand,
  registerScheduleCommand,
];
