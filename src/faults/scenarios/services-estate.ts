import { serviceKinds } from '../../gcp/services/kinds.js';
import { minimumCalls, serviceListCalls } from '../../gcp/services/list-calls.js';
import { checkInvariants, clean } from '../invariants.js';
import { emptyOutcome } from '../provider-scenario.js';
import type { Scenario, ScenarioOutcome } from '../scenario.js';
import { withServicesWorld, type ServicesWorld } from '../services-world.js';

/** The page size of the run: small enough that the larger listings take several pages. */
const pageSize = 10;

/** Realistic per-project counts of the services' objects (the GKE nodes are Compute instances on top). */
const serviceCounts = {
  gkeClusters: 2,
  nodePoolsPerCluster: 2,
  nodesPerPool: 2,
  sqlInstances: 3,
  sqlDatabasesPerInstance: 3,
  sqlUsersPerInstance: 2,
  buckets: 25,
  serviceAccounts: 12,
  keysPerAccount: 2,
  runServices: 12,
  runJobs: 4,
};

/** Each services method whose calls in the first sync differ from the minimum for the page size, with its projects. */
function listCallsOff(world: ServicesWorld, calls: Record<string, Record<string, number>>): string[] {
  const off: string[] = [];
  for (const call of serviceListCalls) {
    const wrong = world.projects.filter((p) => {
      const truth = Object.fromEntries(
        serviceKinds.map((k) => [k.plural, [...world.truth.objects(p, k.plural).values()]]),
      );
      return (calls[p]?.[call.method] ?? 0) !== minimumCalls(call, truth, pageSize);
    });
    if (wrong.length)
      off.push(`${call.method}: ${wrong.length} project(s) off the minimum for ${pageSize} a page`);
  }
  return off;
}

/**
 * An estate with every Google service enabled in every project (small: 3 projects, 2 rounds; full: 50 projects,
 * 3 rounds), synced through GCPInventoryWorkflow with 10 objects a page, a seeded 50 % mutation round between
 * syncs (Compute and every service kind changes, some objects created and deleted): every stored raw object equals
 * the ground truth, history holds exactly the versions the rounds made, and the first sync's services calls are
 * at the minimum for the page size. No faults: the fault kinds are services-faults' job.
 */
export const servicesEstate: Scenario = {
  name: 'services-estate',
  title: 'Google services: every service in every project, raw exact, history exact, calls at the minimum',
  async run(lab, scale): Promise<ScenarioOutcome> {
    const small = scale === 'small';
    const outcome = emptyOutcome();
    const options = { name: 'svc-estate', projects: small ? 3 : 50, serviceCounts, pageSize, history: true };
    return withServicesWorld(lab, outcome, options, async (world) => {
      const started = Date.now();
      await world.sync(true);
      const firstMs = Date.now() - started;
      const firstCalls = await world.emulator.control.requestCounts();
      const callsOff = listCallsOff(world, firstCalls);
      outcome.problems.push(...callsOff);
      const rounds = small ? 2 : 3;
      for (let round = 1; round <= rounds; round++) {
        await world.truth.mutate({ round: { percent: 50, seed: `services-estate-${round}` } });
        await world.sync(true);
      }
      const syncedAt = Date.now();
      outcome.report = await checkInvariants(world.databaseUrl, world.truth);
      if (clean(outcome.report)) outcome.recoveryMs = Date.now() - syncedAt;
      if (outcome.report.historyMismatch)
        outcome.problems.push(
          `${outcome.report.historyMismatch} histories differ from the versions the rounds made`,
        );
      const seen = world.projects.flatMap((p) =>
        serviceKinds.flatMap((k) => [...(world.truth.versions!.get(`${p}/${k.plural}`)?.values() ?? [])]),
      );
      const versions = seen.reduce((n, v) => n + v.versions.length, 0);
      outcome.notes.push(
        `services calls at the minimum for ${pageSize} a page: ${callsOff.length ? 'no' : 'all 12 methods'}`,
      );
      const calls = Object.values(firstCalls).reduce(
        (n, c) => n + Object.values(c).reduce((a, b) => a + b, 0),
        0,
      );
      outcome.notes.push(
        `${world.projects.length} projects, ${seen.length} services' objects with ${versions} versions ` +
          `(${seen.filter((v) => v.deleted).length} deleted) over ${rounds} rounds; first sync ${(firstMs / 1000).toFixed(1)} s, ` +
          `${calls} API calls; history exact: ${outcome.report.historyMismatch === 0 ? 'yes' : 'no'}`,
      );
      return outcome;
    });
  },
};
