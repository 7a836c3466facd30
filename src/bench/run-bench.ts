import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { zoneNames } from '../emulator/generate-estate.js';
import { startDevServer, type DevServer } from '../temporal/dev-server.js';
import { createPostgresDatabase, pgliteDatabase, type BenchDatabase } from './bench-database.js';
import { consoleListPhase } from './console-list.js';
import { exposureQueryPhase } from './exposure-query.js';
import { discoveryPhase, discoveryProjectsAt } from './discovery-phase.js';
import { floorCopy } from './floor-copy.js';
import { floorApi, floorStore } from './floors.js';
import { hotpotSync, type SyncTarget } from './hotpot-sync.js';
import { naiveSync } from './naive.js';
import { callsByType, listCallChecks, listMethodsOf, truthCounts } from './calls-by-type.js';
import { benchEstateCounts } from './estate-mix.js';
import { estateAt, fanoutAt, generatorCounts, type BenchOptions } from './options.js';
import { phase, totalCalls, type PhaseResult } from './phase.js';
import { benchChecks, benchRatios, type BenchReport } from './report.js';
import { resourceLines } from './resource-lines.js';
import { storageFigures, type StorageFigures } from './storage.js';
import { startWorkerChild } from './worker-child.js';

const namespace = 'default';

/** Runs every phase of the bench and returns the report (the caller prints and writes it). */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  const estate = estateAt(options.scale);
  const cleanup: (() => Promise<unknown>)[] = [];
  const phases: PhaseResult[] = [];
  const storage: StorageFigures[] = [];
  const started = performance.now();
  try {
    let server: DevServer | undefined;
    let address = options.temporalAddress;
    if (!address) {
      server = await startDevServer({ namespace });
      cleanup.push(() => server!.stop());
      address = server.address;
    }
    const connection = await Connection.connect({ address });
    cleanup.push(() => connection.close());
    const client = new Client({ connection, namespace });
    const emulator = await startEmulator({
      generate: {
        seed: options.seed,
        projects: estate.projects,
        ...benchEstateCounts(estate.instances, estate.networks),
      },
    });
    cleanup.push(() => emulator.stop());
    const projectIds = await emulator.control.projects();
    const methods = await listMethodsOf(emulator.url, projectIds[0]!);
    const truth = await truthCounts(emulator, projectIds);
    const perProject = Object.values(truth).map((c) => Object.values(c).reduce((a, b) => a + b, 0));
    const resources = perProject.reduce((a, b) => a + b, 0);
    const primaryKind = options.store === 'pglite' ? 'pglite' : 'postgres';
    const database = async (kind: 'postgres' | 'pglite'): Promise<BenchDatabase> => {
      if (kind === 'pglite') return pgliteDatabase;
      const db = await createPostgresDatabase(options.postgresUrl);
      cleanup.push(() => db.drop());
      return db;
    };
    const target = async (db: BenchDatabase, on: RunningEmulator): Promise<SyncTarget> => {
      const taskQueue = `hotpot-bench-${randomUUID()}`;
      const worker = await startWorkerChild({
        databaseUrl: db.url,
        poolSize: 10,
        endpoint: on.url,
        temporal: { address, namespace, taskQueue },
      });
      cleanup.push(() => worker.stop());
      return { client, taskQueue, worker, emulator: on };
    };
    log(
      `estate: ${estate.projects} projects × (${estate.instances} instances + ${estate.instances} disks + ${estate.networks} networks + the other kinds) = ${resources} resources, store ${options.store}`,
    );

    await emulator.control.clearRequestCounts();
    const a = await floorApi(emulator.url, projectIds, 10);
    const aCalls = await emulator.control.requestCounts();
    phases.push(
      phase('floor A (API)', a.ms, a.resources, {
        apiCalls: totalCalls(aCalls),
        callsByType: callsByType(aCalls, methods),
      }),
    );
    log(`floor A: ${Math.round(a.ms)} ms, ${a.resources} resources`);

    const primary = await database(primaryKind);
    const floorDb = await primary.open(10);
    const b = await floorStore(floorDb.db, emulator.url, projectIds, 10);
    await floorDb.close();
    phases.push(phase(`floor B (${primaryKind})`, b.ms, b.resources));
    log(`floor B: ${Math.round(b.ms)} ms`);
    if (primaryKind === 'postgres') {
      const c = await floorCopy(primary.url, emulator.url, projectIds, 10);
      phases.push(phase('floor C (COPY)', c.ms, c.resources));
      log(`floor C: ${Math.round(c.ms)} ms`);
    }

    const main = await target(primary, emulator);
    const workerIdleRssMb = Math.round((await main.worker.stats()).rss / 1e6);
    log(`worker idle RSS: ${workerIdleRssMb} MB`);
    const measureStorage = async (after: string) => {
      if (primaryKind !== 'postgres') return;
      const store = await primary.open(1);
      try {
        storage.push(await storageFigures(store.db, after));
      } finally {
        await store.close();
      }
    };
    const first = await hotpotSync(`first sync (${primaryKind})`, main, projectIds);
    phases.push(first.phase);
    await measureStorage('first sync');
    log(`first sync: ${first.phase.wallMs} ms`);
    const again = await hotpotSync('re-sync unchanged', main, projectIds);
    phases.push(again.phase);
    log(`re-sync unchanged: ${again.phase.wallMs} ms`);
    await emulator.control.mutateRound({ percent: 1 });
    const mutated = await hotpotSync('re-sync after 1% mutations', main, projectIds);
    phases.push(mutated.phase);
    for (const sync of [first, again, mutated]) sync.phase.callsByType = callsByType(sync.calls, methods);
    const metricsChecks = [first.metrics, again.metrics, mutated.metrics];
    await measureStorage('re-sync after 1% mutations');
    log(`re-sync after 1%: ${mutated.phase.wallMs} ms`);
    await main.worker.stop();

    if (options.store === 'both') {
      const lite = await target(pgliteDatabase, emulator);
      const litePhase = await hotpotSync('first sync (pglite)', lite, projectIds);
      litePhase.phase.callsByType = callsByType(litePhase.calls, methods);
      metricsChecks.push(litePhase.metrics);
      phases.push(litePhase.phase);
      log(`first sync pglite: ${litePhase.phase.wallMs} ms`);
      await lite.worker.stop();
    }

    if (!options.skipNaive) {
      const subset = projectIds.slice(
        0,
        Math.max(1, Math.min(projectIds.length, Math.ceil(20_000 / Math.max(...perProject)))),
      );
      const naiveDb = await (await database(primaryKind)).open(10);
      await emulator.control.clearRequestCounts();
      const n = await naiveSync(naiveDb.db, emulator.url, subset, zoneNames(undefined), 10);
      await naiveDb.close();
      const naiveCalls = await emulator.control.requestCounts();
      const calls = totalCalls(naiveCalls);
      const factor = first.phase.resources / n.resources;
      const note =
        factor > 1.0001
          ? `measured on ${subset.length} of ${projectIds.length} projects (${n.resources} resources, ${Math.round(n.ms)} ms), extrapolated ×${factor.toFixed(2)}`
          : undefined;
      phases.push(
        phase('naive baseline', n.ms * factor, Math.round(n.resources * factor), {
          apiCalls: Math.round(calls * factor),
          clientConstructions: Math.round(calls * factor),
          callsByType: Object.fromEntries(
            Object.entries(callsByType(naiveCalls, methods)).map(([t, c]) => [t, Math.round(c * factor)]),
          ),
          ...(note ? { note } : {}),
        }),
      );
      log(`naive: ${Math.round(n.ms)} ms on ${n.resources} resources`);
    }

    if (!options.skipFanout) {
      const fan = fanoutAt(options.scale);
      const ids = Array.from({ length: fan.projects }, (_, i) => `fanout-${String(i + 1).padStart(4, '0')}`);
      const fanEmulator = await startEmulator({
        generate: { seed: options.seed, projects: ids, ...generatorCounts(fan.instances, 1) },
      });
      cleanup.push(() => fanEmulator.stop());
      const fanTarget = await target(await database(primaryKind), fanEmulator);
      const fanPhase = await hotpotSync(`fan-out ${fan.projects} × ${fan.instances}`, fanTarget, ids);
      phases.push(fanPhase.phase);
      metricsChecks.push(fanPhase.metrics);
      log(`fan-out: ${fanPhase.phase.wallMs} ms, ${fanPhase.phase.parentHistoryEvents} parent events`);
      await fanTarget.worker.stop();
    }

    phases.push(await discoveryPhase(await database(primaryKind), discoveryProjectsAt(options.scale)));

    phases.push(
      await consoleListPhase(options.postgresUrl, Math.max(1000, Math.round(200_000 * options.scale))),
    );
    const side = Math.sqrt(Math.min(1, options.scale));
    phases.push(
      await exposureQueryPhase(
        options.postgresUrl,
        Math.max(2, Math.round(50 * side)),
        Math.max(20, Math.round(2000 * side)),
      ),
    );
    const listChecks = listCallChecks(first.calls, truth, methods);
    const checks = benchChecks(listChecks, projectIds, first.phase, metricsChecks);
    return {
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      totalMs: Math.round(performance.now() - started),
      options: {
        scale: options.scale,
        store: options.store,
        seed: options.seed,
        skipNaive: options.skipNaive,
        skipFanout: options.skipFanout,
      },
      estate: { ...estate, resources },
      resourceLines: resourceLines(),
      machine: {
        node: process.version,
        cpus: (await import('node:os')).cpus().length,
        memoryGb: Math.round((await import('node:os')).totalmem() / 1e9),
      },
      phases,
      ratios: benchRatios(phases),
      checks,
      storage,
      workerIdleRssMb,
    };
  } finally {
    for (const fn of cleanup.reverse()) await fn().catch((err: unknown) => log(`cleanup: ${String(err)}`));
  }
}
