import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));

/** Runs `hotpot <args>` with `env` only (plus PATH and HOME); returns exit code and combined output, also saved to `logFile`. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  logFile: string,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      writeFileSync(logFile, `$ hotpot ${args.join(' ')}\n${output}`);
      resolve({ code, output });
    }),
  );
}
