import { startEmulator } from '../emulator/index.js';
import type { ServiceCounts } from '../emulator/services/generate-services.js';
import type { BenchRun } from './bench-run.js';
import { callsByType, listCallChecks, truthCounts, type TypeListCheck } from './calls-by-type.js';
import { benchEstateCounts, benchServiceCounts } from './estate-mix.js';
import { hotpotSync } from './hotpot-sync.js';
import type { MetricsSummaryCheck } from './metrics-check.js';
import { estateAt } from './options.js';
import { serviceListCallChecks, serviceListMethods, serviceTruthOf } from './service-calls.js';

/** The bench's page size: the worker's `gcp.pageSize`. */
const pageSize = 500;

/** What the estate with services measured besides its phases. */
export interface ServicesEstateFigures {
  /** Per-project counts of the services' objects the generator was given. */
  serviceCounts: ServiceCounts;
  /** Every resource of the estate (Compute, with the GKE nodes, and the services' objects). */
  resources: number;
  /** Of which the services' objects. */
  serviceResources: number;
  /** First sync: every services method's calls per project against the minimum for the page size. */
  serviceListCalls: TypeListCheck[];
  /** First sync: the Compute kinds' list calls on this estate, as the Compute-only estate's check. */
  computeListCalls: TypeListCheck[];
}

/**
 * The same estate as the Compute-only phases (seed, projects, Compute counts) with GKE, Cloud SQL, Storage, IAM
 * and Cloud Run enabled in every project, on an emulator and a store of its own: a first sync and an unchanged
 * re-sync, their phases named `with services: …` beside the Compute-only ones.
 */
export async function servicesPhases(
  run: BenchRun,
): Promise<{ figures: ServicesEstateFigures; metrics: MetricsSummaryCheck[] }> {
  const { options, projectIds, phases } = run;
  const estate = estateAt(options.scale);
  const serviceCounts = benchServiceCounts(estate.instances);
  const emulator = await startEmulator({
    generate: {
      seed: options.seed,
      projects: estate.projects,
      ...benchEstateCounts(estate.instances, estate.networks),
      withServices: true,
      serviceCounts,
    },
  });
  try {
    const compute = await truthCounts(emulator, projectIds);
    const services = await serviceTruthOf(emulator, projectIds);
    const sum = (o: Record<string, Record<string, number>>) =>
      Object.values(o).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    const serviceResources = Object.values(services).reduce(
      (n, kinds) => n + Object.values(kinds).reduce((a, b) => a + b.length, 0),
      0,
    );
    const resources = sum(compute) + serviceResources;
    options.log(
      `estate with services: ${resources} resources, of which ${serviceResources} services' objects`,
    );
    const target = await run.target(await run.database(run.primaryKind), emulator);
    const methods = new Map([...serviceListMethods, ...run.methods]);
    const first = await hotpotSync(`with services: first sync (${run.primaryKind})`, target, projectIds);
    options.log(`with services, first sync: ${first.phase.wallMs} ms`);
    const again = await hotpotSync('with services: re-sync unchanged', target, projectIds);
    options.log(`with services, re-sync unchanged: ${again.phase.wallMs} ms`);
    await target.worker.stop();
    for (const sync of [first, again]) {
      sync.phase.callsByType = callsByType(sync.calls, methods);
      phases.push(sync.phase);
    }
    return {
      figures: {
        serviceCounts,
        resources,
        serviceResources,
        serviceListCalls: serviceListCallChecks(first.calls, services, pageSize),
        computeListCalls: listCallChecks(first.calls, compute, run.methods),
      },
      metrics: [first.metrics, again.metrics],
    };
  } finally {
    await emulator.stop();
  }
}
