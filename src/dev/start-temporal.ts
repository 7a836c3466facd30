import fs from 'node:fs';
import path from 'node:path';
import { HotpotError } from '../errors.js';
import { startDevServer, type DevServer } from '../temporal/dev-server.js';
import { choosePort } from './choose-port.js';
import type { Cleanup } from './cleanup.js';
import type { Progress } from './progress.js';

/** The Temporal dev server (with its UI) on the dev ports, data in `.hotpot/temporal.db`; killed if this process exits. */
export async function startTemporal(
  options: { cwd: string; temporalPort: number; uiPort: number; progress: Progress },
  cleanup: Cleanup,
): Promise<DevServer> {
  const { cwd, progress } = options;
  const hotpotDir = path.join(cwd, '.hotpot');
  fs.mkdirSync(hotpotDir, { recursive: true });
  const [port, uiPort] = [await choosePort(options.temporalPort), await choosePort(options.uiPort)];
  progress.status('temporal: checking the Temporal CLI…');
  const dbFile = path.join(hotpotDir, 'temporal.db');
  const server = await startDevServer({
    port,
    uiPort,
    dbFile,
    onProgress: (l) => progress.line(`temporal: ${l}`),
  }).catch((err: Error) => {
    const hint = /database is locked|SQLITE_BUSY/.test(err.message)
      ? `another Temporal dev server is using ${dbFile}; stop it (or the other \`hotpot dev\`) first`
      : 'its last words follow';
    throw new HotpotError(`could not start the Temporal dev server: ${hint}\n${lastLines(err.message, 5)}`);
  });
  const killOnExit = () => process.kill(server.pid, 'SIGKILL');
  process.once('exit', killOnExit);
  cleanup.add(async () => {
    await server.stop();
    process.off('exit', killOnExit);
  });
  progress.line(`temporal: dev server at ${server.address} (pid ${server.pid}), Web UI ${server.uiUrl}`);
  return server;
}

function lastLines(text: string, n: number): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-n)
    .map((l) => l.slice(0, 300))
    .join('\n');
}
