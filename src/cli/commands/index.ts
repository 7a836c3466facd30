import type { Command } from 'commander';
import { registerConfigCommand } from './config.js';
import { registerEmulatorCommand } from './emulator.js';

/** A command module adds one command (with its subcommands) to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every CLI command, one line each. */
export const commands: RegisterCommand[] = [registerConfigCommand, registerEmulatorCommand];
