import type { Command } from 'commander';
import { registerBenchCommand } from './bench.js';
import { registerChangesCommand } from './changes.js';
import { registerDevCommand } from './dev.js';
import { registerExposureCommand } from './exposure.js';
import { registerFeedsCommand } from './feeds.js';
import { registerHistoryCommand } from './history.js';
import { registerInventoryCommand } from './inventory.js';
import { registerRunsCommand } from './runs.js';
import { registerConfigCommand } from './config.js';
import { registerCoverageCommand } from './coverage.js';
import { registerFindingsCommand } from './findings.js';
import { registerEmulatorCommand } from './emulator.js';
import { registerIngestCommand } from './ingest.js';
import { registerListenCommand } from './listen.js';
import { registerMigrateCommand } from './migrate.js';
import { registerProjectsCommand } from './projects.js';
import { registerScheduleCommand } from './schedule.js';
import { registerUiCommand } from './ui.js';
import { registerWorkerCommand } from './worker.js';

/** A command module adds one command (with its subcommands) to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every CLI command, one line each. */
export const commands: RegisterCommand[] = [
  registerConfigCommand,
  registerDevCommand,
  registerInventoryCommand,
  registerHistoryCommand,
  registerChangesCommand,
  registerExposureCommand,
  registerCoverageCommand,
  registerFindingsCommand,
  registerRunsCommand,
  registerProjectsCommand,
  registerUiCommand,
  registerEmulatorCommand,
  registerMigrateCommand,
  registerWorkerCommand,
  registerListenCommand,
  registerFeedsCommand,
  registerIngestCommand,
  registerScheduleCommand,
  registerBenchCommand,
];
