#!/usr/bin/env node
import { reexecWithCommandFlags } from '../worker/worker-heap.js';

/** The `hotpot` command line: every command is one module listed in commands/index.ts. */
if (!(await reexecWithCommandFlags(process.argv))) {
  const { runProgram } = await import('./program.js');
  await runProgram(process.argv);
}
