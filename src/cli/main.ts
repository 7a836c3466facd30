#!/usr/bin/env node
import nodeModule from 'node:module';
import { reexecWithCommandFlags } from '../worker/worker-heap.js';

/**
 * V8's compiled code for every module loaded from here on is kept on disk: a second start skips most compiling.
 * Node before 22.1 has no compile cache and starts as before.
 */
(nodeModule as Partial<typeof nodeModule>).enableCompileCache?.();

/** The `hotpot` command line: every command is one module listed in commands/index.ts. */
if (!(await reexecWithCommandFlags(process.argv))) {
  const { runProgram } = await import('./program.js');
  await runProgram(process.argv);
}
