import type { FaultSpec } from '../../emulator/index.js';
import { serviceKinds } from '../../gcp/services/kinds.js';
import { serviceListCalls } from '../../gcp/services/list-calls.js';
import { checkInvariants, clean } from '../invariants.js';
import { emptyOutcome, faultRound } from '../provider-scenario.js';
import type { Scenario, ScenarioOutcome } from '../scenario.js';
import { withServicesWorld } from '../services-world.js';
import type { TruthLog } from '../truth-log.js';

/** Every listing (and per-parent call) of the services, as the emulator names them for faults and counts. */
const methods = serviceListCalls.map((c) => c.method);

/** Every fault kind a services listing can meet (unreachableZone where the API reports unreachable locations). */
const kinds = [
  'internalError',
  'tooManyRequests',
  'rateLimitExceeded',
  'unavailable',
  'connectionReset',
  'truncatedBody',
  'malformedJson',
  'emptyObject',
  'emptyListing',
  'permissionDenied',
  'unreachableZone',
] as const;

/** Round `round`'s faults: each method meets a different kind each round (every kind in every round). */
function roundFaults(projects: string[], round: number, zone: string): FaultSpec[] {
  return methods.map((method, m) => {
    const kind = kinds[(m + round) % kinds.length]!;
    const project = projects[(m + round) % projects.length]!;
    if (kind === 'unreachableZone' && method !== 'clusters.list' && method !== 'runServices.list')
      return { kind: 'internalError', project, method, count: 2 };
    return { kind, project, method, count: 2, ...(kind === 'unreachableZone' ? { zone } : {}) };
  });
}

/** A zone of the project's first Cloud Run service's region (its services hide behind an unreachableZone fault). */
function zoneOf(truth: TruthLog, project: string): string {
  const [name = ''] = truth.objects(project, 'runServices').keys();
  return `${/\/locations\/([^/]+)\//.exec(name)?.[1] ?? 'us-central1'}-a`;
}

/**
 * GKE, Cloud SQL (instances, databases, users), Storage, IAM and Cloud Run synced by an in-process worker through
 * GCPInventoryWorkflow with small pages while every fault kind meets every services listing over mutation rounds
 * (small: 2 projects, 2 rounds; full: 6 projects with larger counts, 11 rounds so each listing meets each kind);
 * nothing stored may be lost or wrongly deleted, and a clean sync must equal the emulator's ground truth.
 */
export const servicesFaults: Scenario = {
  name: 'services-faults',
  title: 'Google services: every fault kind on every services listing, over mutation rounds',
  async run(lab, scale): Promise<ScenarioOutcome> {
    const small = scale === 'small';
    const outcome = emptyOutcome();
    const serviceCounts = small
      ? { buckets: 5, serviceAccounts: 4, runServices: 4, runJobs: 3, sqlInstances: 3 }
      : { buckets: 40, serviceAccounts: 25, runServices: 30, runJobs: 12, sqlInstances: 8, gkeClusters: 3 };
    const world = { name: 'svc-faults', projects: small ? 2 : 6, serviceCounts, pageSize: 3 };
    return withServicesWorld(
      lab,
      outcome,
      world,
      async ({ projects, store, databaseUrl, emulator, truth, sync }) => {
        await sync(true);
        const rounds = small ? 2 : 11;
        const tables = serviceKinds.map((k) => k.table);
        for (let round = 0; round < rounds; round++) {
          await faultRound(outcome, round, {
            db: store.db,
            tables,
            scopes: projects,
            inject: async () => {
              await truth.mutate({ round: { percent: 100, seed: round + 1 } });
              const zone = zoneOf(truth, projects[0]!);
              for (const f of roundFaults(projects, round, zone)) await emulator.control.setFault(f);
            },
            sync: async () => void (await sync(false)),
            clear: async () => {
              const { faults } = await emulator.control.faults();
              outcome.faults += faults.reduce((n, f) => n + f.fired, 0);
              await emulator.control.clearFaults();
            },
            live: async () =>
              new Set(
                projects.flatMap((p) =>
                  serviceKinds.flatMap((k) =>
                    [...truth.objects(p, k.plural).keys()].map((id) => `${k.table}/${p}/${id}`),
                  ),
                ),
              ),
          });
          await sync(true);
        }
        const faultEndedAt = Date.now();
        await sync(true);
        const final = await checkInvariants(databaseUrl, truth);
        outcome.report = {
          ...final,
          lost: outcome.report.lost + final.lost,
          wrongDeletions: Math.max(outcome.report.wrongDeletions, final.wrongDeletions),
          examples: [...outcome.report.examples, ...final.examples].slice(0, 10),
        };
        if (clean(outcome.report)) outcome.recoveryMs = Date.now() - faultEndedAt;
        const counts = await emulator.control.requestCounts();
        const calls = Object.values(counts).reduce(
          (n, c) => n + Object.values(c).reduce((a, b) => a + b, 0),
          0,
        );
        const rows = projects.reduce(
          (n, p) => n + serviceKinds.reduce((m, k) => m + truth.objects(p, k.plural).size, 0),
          0,
        );
        outcome.notes.push(
          `${projects.length} projects, ${rows} service objects, ${outcome.faults} faults fired, ${calls} calls`,
        );
        return outcome;
      },
    );
  },
};
