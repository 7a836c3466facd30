import { zoneNames } from '../emulator/generate-estate.js';
import { startEmulator } from '../emulator/index.js';
import type { BenchRun } from './bench-run.js';
import { callsByType } from './calls-by-type.js';
import { consoleListPhase } from './console-list.js';
import { discoveryPhase, discoveryProjectsAt } from './discovery-phase.js';
import { exposureQueryPhase } from './exposure-query.js';
import { floorCopy } from './floor-copy.js';
import { floorApi, floorStore } from './floors.js';
import { hotpotSync } from './hotpot-sync.js';
import type { MetricsSummaryCheck } from './metrics-check.js';
import { naiveSync } from './naive.js';
import { fanoutAt, generatorCounts } from './options.js';
import { phase, totalCalls } from './phase.js';
import { storageFigures, type StorageFigures } from './storage.js';

/** What Hotpot's syncs measured beyond their phases: the first sync, metrics checks, storage, idle worker memory. */
export interface HotpotFigures {
  first: Awaited<ReturnType<typeof hotpotSync>>;
  metricsChecks: MetricsSummaryCheck[];
  storage: StorageFigures[];
  workerIdleRssMb: number;
}

/** The floors: listing only (A), listing into the store (B) and, on PostgreSQL, with COPY (C). */
export async function floorPhases(run: BenchRun): Promise<void> {
  const { emulator, projectIds, methods, phases, primaryKind } = run;
  const log = run.options.log;
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
  const primary = run.primary;
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
}

/** Hotpot's own syncs: first, unchanged, after 1 % mutations (and a first sync on PGlite with `--store both`). */
export async function hotpotPhases(run: BenchRun): Promise<HotpotFigures> {
  const { emulator, projectIds, methods, phases, primaryKind } = run;
  const log = run.options.log;
  const primary = run.primary;
  const main = await run.target(primary, emulator);
  const workerIdleRssMb = Math.round((await main.worker.stats()).rss / 1e6);
  log(`worker idle RSS: ${workerIdleRssMb} MB`);
  const storage: StorageFigures[] = [];
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
  if (run.options.store === 'both') {
    const lite = await run.target(await run.database('pglite'), emulator);
    const litePhase = await hotpotSync('first sync (pglite)', lite, projectIds);
    litePhase.phase.callsByType = callsByType(litePhase.calls, methods);
    metricsChecks.push(litePhase.metrics);
    phases.push(litePhase.phase);
    log(`first sync pglite: ${litePhase.phase.wallMs} ms`);
    await lite.worker.stop();
  }
  return { first, metricsChecks, storage, workerIdleRssMb };
}

/** The naive baseline on a subset of ~20k resources, extrapolated to the first sync's size. */
export async function naivePhase(run: BenchRun, firstResources: number): Promise<void> {
  const { emulator, projectIds, methods, perProject } = run;
  const subset = projectIds.slice(
    0,
    Math.max(1, Math.min(projectIds.length, Math.ceil(20_000 / Math.max(...perProject)))),
  );
  const naiveDb = await (await run.database(run.primaryKind)).open(10);
  await emulator.control.clearRequestCounts();
  const n = await naiveSync(naiveDb.db, emulator.url, subset, zoneNames(undefined), 10);
  await naiveDb.close();
  const naiveCalls = await emulator.control.requestCounts();
  const calls = totalCalls(naiveCalls);
  const factor = firstResources / n.resources;
  const note =
    factor > 1.0001
      ? `measured on ${subset.length} of ${projectIds.length} projects (${n.resources} resources, ${Math.round(n.ms)} ms), extrapolated ×${factor.toFixed(2)}`
      : undefined;
  run.phases.push(
    phase('naive baseline', n.ms * factor, Math.round(n.resources * factor), {
      apiCalls: Math.round(calls * factor),
      clientConstructions: Math.round(calls * factor),
      callsByType: Object.fromEntries(
        Object.entries(callsByType(naiveCalls, methods)).map(([t, c]) => [t, Math.round(c * factor)]),
      ),
      ...(note ? { note } : {}),
    }),
  );
  run.options.log(`naive: ${Math.round(n.ms)} ms on ${n.resources} resources`);
}

/** Fan-out: many small projects on an emulator of their own; returns the sync's metrics check. */
export async function fanoutPhase(run: BenchRun): Promise<MetricsSummaryCheck> {
  const fan = fanoutAt(run.options.scale);
  const ids = Array.from({ length: fan.projects }, (_, i) => `fanout-${String(i + 1).padStart(4, '0')}`);
  const fanEmulator = await startEmulator({
    generate: { seed: run.options.seed, projects: ids, ...generatorCounts(fan.instances, 1) },
  });
  run.cleanup.push(() => fanEmulator.stop());
  const fanTarget = await run.target(await run.database(run.primaryKind), fanEmulator);
  const fanPhase = await hotpotSync(`fan-out ${fan.projects} × ${fan.instances}`, fanTarget, ids);
  run.phases.push(fanPhase.phase);
  run.options.log(
    `fan-out: ${fanPhase.phase.wallMs} ms, ${fanPhase.phase.parentHistoryEvents} parent events`,
  );
  await fanTarget.worker.stop();
  return fanPhase.metrics;
}

/** Discovery, the console's list page at 200k rows (× scale) and the exposure query. */
export async function queryPhases(run: BenchRun): Promise<void> {
  const { options, phases } = run;
  phases.push(await discoveryPhase(await run.database(run.primaryKind), discoveryProjectsAt(options.scale)));
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
}
