import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import type { LatencyModelName } from '../emulator/latency-model.js';
import type { BenchRun } from './bench-run.js';
import { benchEstateCounts } from './estate-mix.js';
import { hotpotSync, type SyncTarget } from './hotpot-sync.js';
import { childListings } from '../gcp/compute/kinds.js';
import { minimumCallsPerProject, truthCounts } from './calls-by-type.js';
import { latencyFloor } from './latency-floor.js';

/** Projects synced at once by the bench's inventories (GCPInventoryWorkflow `concurrency`). */
const CONCURRENCY = 10;

/** Compute's default read quota per project and minute, assumed for the floor (the emulator enforces it). */
export const READ_QUOTA_PER_MINUTE = 1_500;

/**
 * The latency estate of a scale: 200 projects at scale 1 (at least 4), one in ten large (2,000 VMs × √scale), three
 * in ten medium (200 × √scale), the rest small (20), so a few projects' long collections and many short ones mix.
 */
function latencyEstateAt(scale: number): { ids: string[]; instances: Record<string, number> } {
  const f = Math.sqrt(Math.min(1, scale));
  const n = Math.max(4, Math.round(200 * Math.min(1, scale)));
  const ids = Array.from({ length: n }, (_, i) => `latency-${String(i + 1).padStart(3, '0')}`);
  const size = (i: number) =>
    i % 10 === 0 ? Math.round(2000 * f) : i % 10 <= 3 ? Math.max(20, Math.round(200 * f)) : 20;
  return { ids, instances: Object.fromEntries(ids.map((id, i) => [id, size(i)])) };
}

/**
 * The latency phases: the mixed estate behind the emulator's `model` latency and Compute's read quota, synced by one
 * worker and then by two on one queue; each phase's note gives its latency floor and wall time over it.
 */
export async function latencyPhases(run: BenchRun, model: LatencyModelName): Promise<void> {
  const { ids, instances } = latencyEstateAt(run.options.scale);
  const emulator = await startEmulator({
    generate: {
      seed: run.options.seed,
      projects: ids,
      ...benchEstateCounts(20, 2),
      overrides: Object.fromEntries(
        Object.entries(instances).map(([id, n]) => [id, { ...benchEstateCounts(n, 2) }]),
      ),
    },
  });
  run.cleanup.push(() => emulator.stop());
  await emulator.control.setQuota('*', READ_QUOTA_PER_MINUTE);
  const truth = await truthCounts(emulator, ids);
  const paced = { requestsPerMinute: READ_QUOTA_PER_MINUTE };
  const one = await run.target(await run.database(run.primaryKind), emulator, paced);
  await measured(run, `latency ${model}: ${ids.length} projects, 1 worker`, one, [], emulator, model, truth);
  await one.worker.stop();
  const db = await run.database(run.primaryKind);
  const first = await run.target(db, emulator, paced);
  const second = await run.target(db, emulator, { ...paced, taskQueue: first.taskQueue });
  await measured(
    run,
    `latency ${model}: ${ids.length} projects, 2 workers`,
    first,
    [second],
    emulator,
    model,
    truth,
  );
  await Promise.all([first.worker.stop(), second.worker.stop()]);
}

async function measured(
  run: BenchRun,
  name: string,
  target: SyncTarget,
  others: SyncTarget[],
  emulator: RunningEmulator,
  model: LatencyModelName,
  truth: Record<string, Record<string, number>>,
): Promise<void> {
  const ids = Object.keys(truth);
  await emulator.control.setLatency(model);
  await Promise.all(others.map((o) => o.worker.resetPeak()));
  const sync = await hotpotSync(name, target, ids);
  const { givenMs } = await emulator.control.latency();
  await emulator.control.setLatency('none');
  const floor = latencyFloor(givenMs, minimumCallsPerProject(truth), {
    concurrency: CONCURRENCY,
    quotaPerMinute: READ_QUOTA_PER_MINUTE,
    inFlight: Object.fromEntries(Object.values(childListings).map((c) => [c.method, c.inFlight])),
  });
  const otherPeaks = await Promise.all(
    others.map(async (o) => Math.round((await o.worker.stats()).peakRss / 1e6)),
  );
  const ratio = sync.phase.wallMs / floor.floorMs;
  sync.phase.latencyFloorMs = Math.round(floor.floorMs);
  sync.phase.note =
    `latency floor ${Math.round(floor.floorMs)} ms (slowest project ${floor.slowestProject.id}: ` +
    `${Math.round(floor.slowestProject.ms)} ms by ${floor.slowestProject.by}; all projects over ${CONCURRENCY} at once: ` +
    `${Math.round(floor.sharedMs)} ms); wall / floor ${ratio.toFixed(2)}` +
    (otherPeaks.length ? `; other workers' peak RSS ${otherPeaks.join(', ')} MB` : '');
  run.phases.push(sync.phase);
  run.options.log(`${name}: ${sync.phase.wallMs} ms, ${sync.phase.note}`);
}
