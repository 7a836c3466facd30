import fs from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createConfigService } from '../config/config-service.js';
import { startConsole } from '../console/console-server.js';
import type { HotpotConfig } from '../config/types.js';
import type { MutationChange } from '../emulator/index.js';
import { HotpotError } from '../errors.js';
import { createProviderWorkers } from '../ingest/provider-workers.js';
import type { InventoryResult } from '../ingest/workflows/types.js';
import { migrate } from '../store/migrate.js';
import { openStore } from '../store/open-store.js';
import { parseDatabaseUrl, redactUrl } from '../store/database-url.js';
import { startDevServer } from '../temporal/dev-server.js';
import { choosePort } from './choose-port.js';
import { startControlServer } from './control-server.js';
import { removeDevState, writeDevState, type DevState } from './dev-state.js';
import { chooseEstate } from './estate-source.js';
import type { Progress } from './progress.js';
import { runInventory } from './run-inventory.js';
import { Cleanup } from './cleanup.js';
import { startS1Demo, syncS1 } from './s1-demo.js';

/** Options of `hotpot dev`. */
export interface DevOptions {
  config: HotpotConfig;
  cwd: string;
  temporalPort: number;
  uiPort: number;
  progress: Progress;
}

/** The outcome of a mutation round and the sync after it. */
export interface MutateOutcome {
  round: number;
  changes: MutationChange[];
  result: InventoryResult;
}

/** A running dev environment. */
export interface DevSession {
  state: DevState;
  estate: string;
  storeDescription: string;
  first: InventoryResult;
  /** Applies a mutation round to the emulator and syncs again. */
  mutate(request?: { percent?: number; seed?: number }): Promise<MutateOutcome>;
  /** Shuts everything down (worker, Temporal, emulator, store); returns what failed to stop, if anything. */
  stop(): Promise<string[]>;
}

/** Starts Temporal (with UI), the store, the estate, a worker and the control API, then runs one inventory. */
export async function startDev(options: DevOptions): Promise<DevSession> {
  const { config, cwd, progress } = options;
  const cleanup = new Cleanup();
  try {
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

    progress.status(`store: opening ${redactUrl(config.database.url)}…`);
    const store = await openStore(config.database.url, { cwd });
    cleanup.add(() => store.close());
    await migrate(store.db);
    progress.line(`store: ${store.description} (migrated)`);

    const estate = await chooseEstate(config, progress);
    if (estate.emulator) cleanup.add(() => estate.emulator!.stop());

    const s1Demo = estate.emulator
      ? await startS1Demo(estate.emulator.control, estate.emulator.url, progress)
      : undefined;
    if (s1Demo) cleanup.add(() => s1Demo.emulator.stop());
    const s1 = s1Demo?.s1 ?? config.s1;
    const workerConfig = {
      temporal: {
        taskQueue: config.temporal.taskQueue,
        address: server.address,
        namespace: server.namespace,
      },
      gcp: estate.gcp,
      worker: config.worker,
      deletion: config.deletion,
      ...(s1 && { s1 }),
    };
    const nativeConnection = await NativeConnection.connect({ address: server.address });
    cleanup.add(() => nativeConnection.close());
    const connection = await Connection.connect({ address: server.address });
    cleanup.add(() => connection.close());
    const client = new Client({ connection, namespace: server.namespace });
    progress.status('worker: bundling workflows…');
    const worker = await createProviderWorkers({
      config: workerConfig,
      store,
      connection: nativeConnection,
      configService: createConfigService(workerConfig),
      providers: s1 ? ['gcp', 's1'] : ['gcp'],
    });
    const running = worker.run();
    cleanup.add(async () => {
      await worker.shutdown();
      await running.catch(() => undefined);
    });
    progress.line(
      `worker: polling task queue ${workerConfig.temporal.taskQueue}${s1 ? ` and ${s1.taskQueue}` : ''}`,
    );

    let syncing: Promise<unknown> = Promise.resolve();
    const sync = async () => {
      const result = await runInventory(
        client,
        workerConfig.temporal.taskQueue,
        estate.projectIds,
        progress,
        estate.parents,
      );
      if (s1) await syncS1(client, s1, progress);
      return result;
    };
    const mutate = async (request: { percent?: number; seed?: number } = {}): Promise<MutateOutcome> => {
      if (!estate.control)
        throw new HotpotError('mutation rounds need the emulator; this dev session inventories real GCP');
      const control = estate.control;
      const next = syncing
        .catch(() => undefined)
        .then(async () => {
          const round = await control.mutateRound({
            percent: request.percent ?? 10,
            ...(request.seed !== undefined && { seed: request.seed }),
          });
          progress.line(`emulator: mutation round ${round.round} changed ${round.changes.length} resources`);
          if (s1Demo) await s1Demo.emulator.control.mutate();
          return { round: round.round, changes: round.changes, result: await sync() };
        });
      syncing = next;
      return next;
    };
    const control = await startControlServer({ store, mutate });
    cleanup.add(() => control.close());
    const token = config.console.token?.reveal();
    const webConsole = await startConsole({
      db: store.db,
      port: await choosePort(8090),
      ...(token !== undefined && { token }),
    });
    cleanup.add(() => webConsole.close());

    const location = parseDatabaseUrl(config.database.url, cwd);
    const state: DevState = {
      pid: process.pid,
      ...(location.kind === 'pglite' && location.dir !== undefined && { dataDir: location.dir }),
      controlUrl: control.url,
      controlToken: control.token,
      consoleUrl: webConsole.url,
      temporalAddress: server.address,
      ...(server.uiUrl !== undefined && { uiUrl: server.uiUrl }),
      ...(estate.emulator !== undefined && { emulatorUrl: estate.emulator.url }),
    };
    writeDevState(state, cwd);
    cleanup.add(() => removeDevState(cwd));

    const firstSync = sync();
    syncing = firstSync;
    const first = await firstSync;
    return {
      state,
      estate: estate.description,
      storeDescription: store.description,
      first,
      mutate,
      stop: () => cleanup.run(),
    };
  } catch (err) {
    await cleanup.run();
    throw err;
  }
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
