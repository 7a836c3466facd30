import type { ChildProcess } from 'node:child_process';

/**
 * Resolves once `text()` (the output collected so far) satisfies `done`, or the process exited: no deadline of its
 * own, so a slow machine only makes it later (the test's timeout bounds a hang).
 */
export function untilOutput(
  child: ChildProcess,
  text: () => string,
  done: (output: string) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!done(text()) && child.exitCode === null && child.signalCode === null) return;
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', check);
      resolve();
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.on('exit', check);
    check();
  });
}
