#!/usr/bin/env node
import { reexecWithWorkerHeap } from './worker-heap.js';

/** The `hotpot` command line: every command is one module listed in commands/index.ts. */
if (!(await reexecWithWorkerHeap(process.argv))) {
  const { runProgram } = await import('./program.js');
  await runProgram(process.argv);
}
