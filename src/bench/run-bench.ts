import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startBenchRun, type BenchRun } from './bench-run.js';
import { fanoutPhase, floorPhases, hotpotPhases, naivePhase, queryPhases } from './bench-steps.js';
import { listCallChecks } from './calls-by-type.js';
import { latencyPhases } from './latency-phase.js';
import { estateAt, type BenchOptions } from './options.js';
import { benchChecks, benchRatios, type BenchReport } from './report.js';
import { resourceLines } from './resource-lines.js';
import { servicesPhases } from './services-phase.js';
import { estateComparison } from './services-report.js';

/** Runs every phase of the bench and returns the report (the caller prints and writes it). */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const cleanup: BenchRun['cleanup'] = [];
  try {
    const run = await startBenchRun(options, cleanup);
    const estate = estateAt(options.scale);
    options.log(
      `estate: ${estate.projects} projects × (${estate.instances} instances + ${estate.instances} disks + ${estate.networks} networks + the other kinds) = ${run.resources} resources, store ${options.store}`,
    );
    await floorPhases(run);
    const hotpot = await hotpotPhases(run);
    const services = await servicesPhases(run);
    hotpot.metricsChecks.push(...services.metrics);
    if (!options.skipNaive) await naivePhase(run, hotpot.first.phase.resources);
    if (!options.skipFanout) hotpot.metricsChecks.push(await fanoutPhase(run));
    if (options.latency && options.latency !== 'none') await latencyPhases(run, options.latency);
    await queryPhases(run);
    const listChecks = listCallChecks(hotpot.first.calls, run.truth, run.methods);
    return {
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      totalMs: Math.round(performance.now() - started),
      options: {
        scale: options.scale,
        store: options.store,
        seed: options.seed,
        skipNaive: options.skipNaive,
        skipFanout: options.skipFanout,
        ...(options.latency && { latency: options.latency }),
      },
      estate: { ...estate, resources: run.resources },
      resourceLines: resourceLines(),
      machine: { node: process.version, cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 1e9) },
      phases: run.phases,
      ratios: benchRatios(run.phases),
      checks: benchChecks(listChecks, run.projectIds, hotpot.first.phase, hotpot.metricsChecks),
      storage: hotpot.storage,
      servicesEstate: services.figures,
      estateComparison: estateComparison(run.phases, run.resources, services.figures),
      workerIdleRssMb: hotpot.workerIdleRssMb,
    };
  } finally {
    for (const fn of cleanup.reverse())
      await fn().catch((err: unknown) => options.log(`cleanup: ${String(err)}`));
  }
}
