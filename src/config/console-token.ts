import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenProblem } from './credential-text.js';
import { Secret } from './secret.js';

/** Shortest console token accepted: a guessable token is no token (`openssl rand -hex 16` gives 32). */
export const MIN_CONSOLE_TOKEN_LENGTH = 16;

/** Why `value` (read from `source`) cannot be the console's token, or undefined. Names the source, never the value. */
export function consoleTokenProblem(value: string, source: string): string | undefined {
  const problem = tokenProblem(value, source);
  if (problem !== undefined) return problem;
  const length = value.trim().length;
  return length < MIN_CONSOLE_TOKEN_LENGTH
    ? `${source} is ${length} characters; a console token needs at least ${MIN_CONSOLE_TOKEN_LENGTH} (e.g. openssl rand -hex 16)`
    : undefined;
}

/** The console token in a file, or a problem naming the file (missing, unreadable, empty, short, several lines). */
export function readConsoleTokenFile(
  path: string,
  cwd: string,
  source = `console token file ${resolve(cwd, path)}`,
): { token?: Secret; problem?: string } {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: `${source} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}` };
  }
  const problem = consoleTokenProblem(text, source);
  return problem === undefined ? { token: new Secret(text.trim()) } : { problem };
}

/**
 * The console's token from `console.token` or `console.tokenFile` (one of them), or the problems found. A variable
 * that is set but empty (`HOTPOT_CONSOLE_TOKEN=` from an unset shell variable) is refused, never taken as "no token".
 */
export function resolveConsoleToken(
  raw: { token?: string | undefined; tokenFile?: string | undefined },
  env: NodeJS.ProcessEnv,
  cwd: string,
): { token?: Secret; problems: { key: string; message: string }[] } {
  const problems: { key: string; message: string }[] = [];
  for (const [name, key] of [
    ['HOTPOT_CONSOLE_TOKEN', 'console.token'],
    ['HOTPOT_CONSOLE_TOKEN_FILE', 'console.tokenFile'],
  ] as const) {
    const value = env[name];
    if (value !== undefined && value.trim() === '')
      problems.push({ key, message: `${name} is set but empty; unset it, or give a token` });
  }
  if (raw.token !== undefined && raw.tokenFile !== undefined)
    problems.push({ key: 'console.token', message: 'set only one of console.token and console.tokenFile' });
  if (problems.length > 0) return { problems };
  if (raw.token !== undefined) {
    const problem = consoleTokenProblem(raw.token, 'the token');
    if (problem !== undefined) return { problems: [{ key: 'console.token', message: problem }] };
    return { token: new Secret(raw.token.trim()), problems };
  }
  if (raw.tokenFile === undefined) return { problems };
  const read = readConsoleTokenFile(raw.tokenFile, cwd);
  if (read.problem !== undefined) return { problems: [{ key: 'console.tokenFile', message: read.problem }] };
  return { ...(read.token && { token: read.token }), problems };
}
