#!/usr/bin/env node
import { Command } from 'commander';
import { commands } from './commands/index.js';
import { runCli } from './run-cli.js';

/** The `hotpot` command line: every command is one module listed in commands/index.ts. */
const program = new Command('hotpot')
  .description('Cloud asset-inventory ingestion on Temporal')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: true });
for (const register of commands) register(program);

await runCli(program, process.argv);
