import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createConfigService } from '../config/config-service.js';
import { startConsole } from '../console/console-server.js';
import type { HotpotConfig } from '../config/types.js';
import type { MutationChange } from '../emulator/index.js';
import { HotpotError } from '../errors.js';
import type { WorkerConfig } from '../provider/provider.js';
import { createIngestWorker } from '../worker/ingest-worker.js';
import { providersNamed } from '../worker/provider-registry.js';
import type { InventoryResult } from '../ingest/workflows/types.js';
import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';
import { parseDatabaseUrl, redactUrl } from '../store/database-url.js';
import type { DevServer } from '../temporal/dev-server.js';
import { choosePort } from './choose-port.js';
import { startControlServer } from './control-server.js';
import { startTemporal } from './start-temporal.js';
import { removeDevState, writeDevState, type DevState } from './dev-state.js';
import { chooseEstate, type EstateSource } from './estate-source.js';
import { startDevFeed } from './dev-feed.js';
import type { Progress } from './progress.js';
import { runInventory } from './run-inventory.js';
import { Cleanup } from './cleanup.js';
import { startS1Demo, syncS1 } from './s1-demo.js';
import { startFortinetDemo, syncFortinet } from './fortinet-demo.js';
import { startVngDemo, syncVng } from './vng-demo.js';
import { vngProvider } from '../vng/provider.js';

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
    const server = await startTemporal(options, cleanup);
    progress.status(`store: opening ${redactUrl(config.database.url)}…`);
    const store = await openStore(config.database.url, { cwd });
    cleanup.add(() => store.close());
    await migrate(store.db);
    progress.line(`store: ${store.description} (migrated)`);
    const demo = config.gcp.projects.length === 0 && config.gcp.endpoint === undefined;
    const feed = demo ? await startDevFeed(progress, cleanup) : undefined;
    const estate = await chooseEstate(config, progress, feed?.target);
    if (estate.emulator) cleanup.add(() => estate.emulator!.stop());
    const s1Demo = estate.emulator
      ? await startS1Demo(estate.emulator.control, estate.emulator.url, progress)
      : undefined;
    if (s1Demo) cleanup.add(() => s1Demo.emulator.stop());
    const s1 = s1Demo?.s1 ?? config.s1;
    const fortinetDemo = estate.emulator
      ? await startFortinetDemo(estate.emulator.control, estate.emulator.url, progress)
      : undefined;
    if (fortinetDemo) cleanup.add(() => fortinetDemo.emulator.stop());
    const vngDemo = estate.emulator ? await startVngDemo(progress) : undefined;
    if (vngDemo) cleanup.add(() => vngDemo.emulator.stop());
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
      ...((fortinetDemo || vngDemo) && {
        sections: {
          ...(fortinetDemo && { fortinet: fortinetDemo.section }),
          ...(vngDemo && { vng: vngDemo.section }),
        },
      }),
    };
    const client = await startWorker(workerConfig, store, progress, cleanup);
    const sync = async () => {
      const result = await runInventory(
        client,
        workerConfig.temporal.taskQueue,
        estate.projectIds,
        progress,
        estate.parents,
      );
      if (workerConfig.s1) await syncS1(client, workerConfig.s1, progress);
      if (fortinetDemo) await syncFortinet(client, workerConfig, progress);
      if (workerConfig.sections?.vng) await syncVng(client, workerConfig, progress);
      return result;
    };
    const rounds = mutationRounds(
      estate.control,
      [s1Demo?.emulator.control, fortinetDemo?.emulator.control, vngDemo?.emulator.control],
      sync,
      progress,
    );
    const state = await startFrontEnds(options, store, server, estate, rounds.mutate, cleanup);
    const first = await rounds.first();
    await feed?.listen(store.db, client, workerConfig.temporal.taskQueue);
    return {
      state,
      estate: estate.description,
      storeDescription: store.description,
      first,
      mutate: rounds.mutate,
      stop: () => cleanup.run(),
    };
  } catch (err) {
    await cleanup.run();
    throw err;
  }
}

/** The in-process worker for GCP (and SentinelOne when configured); returns a Temporal client for the syncs. */
async function startWorker(
  workerConfig: WorkerConfig,
  store: Store,
  progress: Progress,
  cleanup: Cleanup,
): Promise<Client> {
  const { address, namespace } = workerConfig.temporal;
  const nativeConnection = await NativeConnection.connect({ address });
  cleanup.add(() => nativeConnection.close());
  const connection = await Connection.connect({ address });
  cleanup.add(() => connection.close());
  progress.status('worker: bundling workflows…');
  const s1 = workerConfig.s1;
  const worker = await createIngestWorker({
    config: workerConfig,
    store,
    connection: nativeConnection,
    configService: createConfigService(workerConfig),
    providers: providersNamed([
      'gcp',
      ...(s1 ? ['s1'] : []),
      ...(workerConfig.sections?.fortinet ? ['fortinet'] : []),
      ...(workerConfig.sections?.vng ? ['vng'] : []),
    ]),
  });
  const running = worker.run();
  cleanup.add(async () => {
    await worker.shutdown();
    await running.catch(() => undefined);
  });
  progress.line(
    `worker: polling task queue ${workerConfig.temporal.taskQueue}${s1 ? ` and ${s1.taskQueue}` : ''}${workerConfig.sections?.vng ? ` and ${vngProvider.inventoryTarget!(workerConfig).taskQueue}` : ''}`,
  );
  return new Client({ connection, namespace });
}

/** The first sync, and mutation rounds that each wait for the sync before them, change the emulators and sync again. */
function mutationRounds(
  control: EstateSource['control'],
  others: ({ mutate(): Promise<unknown> } | undefined)[],
  sync: () => Promise<InventoryResult>,
  progress: Progress,
): { first(): Promise<InventoryResult>; mutate: DevSession['mutate'] } {
  let syncing: Promise<unknown> = Promise.resolve();
  return {
    first() {
      const first = sync();
      syncing = first;
      return first;
    },
    async mutate(request = {}) {
      if (!control)
        throw new HotpotError('mutation rounds need the emulator; this dev session inventories real GCP');
      const next = syncing
        .catch(() => undefined)
        .then(async () => {
          const round = await control.mutateRound({
            percent: request.percent ?? 10,
            ...(request.seed !== undefined && { seed: request.seed }),
          });
          progress.line(`emulator: mutation round ${round.round} changed ${round.changes.length} resources`);
          for (const other of others) await other?.mutate();
          return { round: round.round, changes: round.changes, result: await sync() };
        });
      syncing = next;
      return next;
    },
  };
}

/** The control API and the web console, and the dev state file that lets other commands find them. */
async function startFrontEnds(
  options: DevOptions,
  store: Store,
  server: DevServer,
  estate: EstateSource,
  mutate: DevSession['mutate'],
  cleanup: Cleanup,
): Promise<DevState> {
  const { config, cwd } = options;
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
  return state;
}
