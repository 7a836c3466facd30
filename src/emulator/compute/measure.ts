import { performance } from 'node:perf_hooks';
import { emulatorComputeClient } from './compute-client.js';
import { startEmulator } from '../index.js';

/** Measures emulator startup and the items/s it serves to `@googleapis/compute` (100k instances, pages of 500). */
async function main(): Promise<void> {
  const projects = 20;
  const perProject = 5000;
  let t = performance.now();
  const emulator = await startEmulator({
    generate: { projects, instances: perProject, disks: 0 },
    warm: false,
  });
  const startMs = performance.now() - t;
  const client = emulatorComputeClient(emulator.url);
  const ids = await emulator.control.projects();
  const pass = async (): Promise<{ items: number; ms: number }> => {
    const begin = performance.now();
    let items = 0;
    for (const project of ids) {
      let pageToken: string | undefined;
      do {
        const res = await client.instances.aggregatedList({
          project,
          maxResults: 500,
          returnPartialSuccess: true,
          ...(pageToken ? { pageToken } : {}),
        });
        for (const scope of Object.values(res.data.items ?? {})) items += scope.instances?.length ?? 0;
        pageToken = res.data.nextPageToken ?? undefined;
      } while (pageToken);
    }
    return { items, ms: performance.now() - begin };
  };
  const cold = await pass();
  const warm = await pass();
  t = performance.now();
  const truth = await emulator.control.groundTruth(ids[0] ?? '');
  const truthMs = performance.now() - t;
  await emulator.stop();
  const rate = (p: { items: number; ms: number }) => Math.round((p.items / p.ms) * 1000);
  process.stdout.write(
    `${JSON.stringify(
      {
        instances: projects * perProject,
        resources: cold.items * 2,
        startMs: Math.round(startMs),
        coldPass: { items: cold.items, ms: Math.round(cold.ms), itemsPerSecond: rate(cold) },
        warmPass: { items: warm.items, ms: Math.round(warm.ms), itemsPerSecond: rate(warm) },
        groundTruthMs: Math.round(truthMs),
        groundTruthInstances: truth.resources.instances.length,
        rssMb: Math.round(process.memoryUsage().rss / 1e6),
      },
      null,
      2,
    )}\n`,
  );
}

await main();
