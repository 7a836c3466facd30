import { randomBytes } from 'node:crypto';
import { NativeConnection } from '@temporalio/worker';
import { sql, type Kysely } from 'kysely';
import { createConfigService } from '../../config/config-service.js';
import { startEmulator, type FaultSpec } from '../../emulator/index.js';
import { gcpProvider } from '../../gcp/provider.js';
import { serviceKinds } from '../../gcp/services/kinds.js';
import { serviceResources } from '../../gcp/services/registry.js';
import { canonical } from '../../gcp/services/testing/service-truth.js';
import { GCPInventoryWorkflow } from '../../ingest/workflows/gcp-inventory.workflow.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-store.js';
import { installQuietRuntime } from '../../test-support/temporal.js';
import { createIngestWorker } from '../../worker/ingest-worker.js';
import type { Scenario, ScenarioOutcome } from '../scenario.js';

/** Every listing (and per-parent call) of the services, as the emulator names them for faults and counts. */
const methods = [
  'clusters.list',
  'sqlInstances.list',
  'sqlDatabases.list',
  'sqlUsers.list',
  'buckets.list',
  'buckets.getIamPolicy',
  'serviceAccounts.list',
  'serviceAccountKeys.list',
  'projects.getIamPolicy',
  'runServices.list',
  'runServices.getIamPolicy',
  'runJobs.list',
];

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

/** The ids a kind's truth objects are stored under (a Cloud Run policy under its service's name). */
function truthIds(truth: Record<string, unknown[]>, plural: string): Set<string> {
  const of = (p: string) => serviceResources.find((r) => r.plural === p)!;
  if (plural === 'runServiceIamPolicies') return truthIds(truth, 'runServices');
  return new Set((truth[plural] ?? []).map((o) => of(plural).identify(o)));
}

/** A zone of the project's first Cloud Run service's region (its services hide behind an unreachableZone fault). */
function zoneOf(truth: Record<string, unknown[]>): string {
  const name = (truth['runServices']?.[0] as { name?: string } | undefined)?.name ?? '';
  return `${/\/locations\/([^/]+)\//.exec(name)?.[1] ?? 'us-central1'}-a`;
}

/** Stored current rows of every service kind, as `table/project/id`. */
async function storedKeys(db: Kysely<unknown>, projects: string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const { table } of serviceKinds) {
    const rows = await sql<{ scope: string; id: string }>`
      select scope, id from ${sql.table(table)} where scope = any(${projects})`.execute(db);
    for (const r of rows.rows) keys.add(`${table}/${r.scope}/${r.id}`);
  }
  return keys;
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
    installQuietRuntime();
    const tag = randomBytes(3).toString('hex');
    const small = scale === 'small';
    const projects = Array.from({ length: small ? 2 : 6 }, (_, i) => `svc-faults-${i}${tag}`);
    const database = `faults_services_${tag}`;
    await lab.pg.createDatabase(database);
    const store = await openStore(lab.pg.url(database), { poolSize: 4 });
    const emulator = await startEmulator({
      generate: {
        seed: `services-faults-${tag}`,
        projects,
        zones: 2,
        instances: 2,
        disks: 1,
        withServices: true,
        serviceCounts: small
          ? { buckets: 5, serviceAccounts: 4, runServices: 4, runJobs: 3, sqlInstances: 3 }
          : {
              buckets: 40,
              serviceAccounts: 25,
              runServices: 30,
              runJobs: 12,
              sqlInstances: 8,
              gkeClusters: 3,
            },
      },
    });
    const connection = await NativeConnection.connect({ address: lab.temporal.address });
    const taskQueue = `faults-services-${tag}`;
    const config = {
      temporal: { address: lab.temporal.address, namespace: lab.temporal.namespace, taskQueue },
      gcp: {
        endpoint: emulator.url,
        projects: [],
        credentials: { source: 'none' as const },
        requestsPerMinute: 600_000,
        pageSize: 3,
        discovery: { parents: [], include: [], exclude: [], labels: '', requestsPerMinute: 600_000 },
      },
      worker: {
        maxConcurrentSessions: 20,
        maxConcurrentActivities: 20,
        inventoryConcurrency: 10,
        metricsPort: 0,
        metricsHost: '127.0.0.1',
        drainTimeoutMs: 10_000,
      },
      deletion: { maxShare: 0.5, minRows: 20 },
    };
    const outcome: ScenarioOutcome = {
      runs: 0,
      failedRuns: 0,
      faults: 0,
      report: {
        lost: 0,
        wrongDeletions: 0,
        duplicates: 0,
        currentVsHistory: 0,
        rawMismatch: 0,
        stale: 0,
        examples: [],
      },
      notes: [],
      problems: [],
    };
    try {
      await migrate(store.db);
      const worker = await createIngestWorker({
        config,
        providers: [gcpProvider],
        store,
        connection,
        configService: createConfigService(config),
        apiRetry: { maxAttempts: 3, baseDelayMs: 50 },
      });
      const running = worker.run();
      const client = await lab.temporal.client();
      const sync = async (expectOk: boolean) => {
        outcome.runs++;
        const result = await client.workflow.execute(GCPInventoryWorkflow, {
          taskQueue,
          workflowId: `gcp-inventory/services-faults-${tag}-${outcome.runs}`,
          args: [{ projectIds: projects }],
        });
        if (result.status === 'failed') outcome.failedRuns++;
        if (expectOk && result.status !== 'ok')
          outcome.problems.push(
            `clean sync ${outcome.runs}: ${JSON.stringify(result.projects).slice(0, 300)}`,
          );
      };
      const truthOf = async () =>
        Object.fromEntries(
          await Promise.all(projects.map(async (p) => [p, await emulator.control.serviceTruth(p)] as const)),
        );
      try {
        await sync(true);
        const rounds = small ? 2 : 11;
        for (let round = 0; round < rounds; round++) {
          await emulator.control.mutateRound({ percent: 100, seed: round + 1 });
          const zone = zoneOf((await truthOf())[projects[0]!]!);
          const before = await storedKeys(store.db, projects);
          for (const f of roundFaults(projects, round, zone)) await emulator.control.setFault(f);
          await sync(false);
          const { faults } = await emulator.control.faults();
          outcome.faults += faults.reduce((n, f) => n + f.fired, 0);
          await emulator.control.clearFaults();
          const truth = await truthOf();
          const live = new Set<string>();
          for (const p of projects)
            for (const k of serviceKinds)
              for (const id of truthIds(truth[p]!, k.plural)) live.add(`${k.table}/${p}/${id}`);
          const after = await storedKeys(store.db, projects);
          const lost = [...before].filter((k) => live.has(k) && !after.has(k));
          outcome.report.lost += lost.length;
          outcome.report.wrongDeletions += lost.length;
          outcome.report.examples.push(
            ...lost.slice(0, 3).map((k) => `deleted though alive, round ${round}: ${k}`),
          );
          await sync(true);
        }
        const faultEndedAt = Date.now();
        await sync(true);
        const truth = await truthOf();
        let rows = 0;
        for (const p of projects)
          for (const k of serviceKinds) {
            const stored = (
              await sql<{
                raw: unknown;
              }>`select raw from ${sql.table(k.table)} where scope = ${p}`.execute(store.db)
            ).rows.map((r) => canonical(r.raw));
            const want = (truth[p]![k.plural] ?? []).map(canonical);
            rows += stored.length;
            const missing = want.filter((w) => !stored.includes(w)).length;
            const extra = stored.filter((s) => !want.includes(s)).length;
            outcome.report.rawMismatch += missing + extra;
            if (missing + extra)
              outcome.report.examples.push(`${p} ${k.plural}: ${missing} missing, ${extra} extra`);
            const odd = await sql<{ n: string }>`select count(*) as n from ${sql.table(k.table)} c full join
              (select * from ${sql.table(`${k.table}_history`)} where valid_to is null and scope = ${p}) h
              using (scope, id) where coalesce(c.scope, h.scope) = ${p}
              and (c.id is null or h.id is null or c.fingerprint <> h.fingerprint)`.execute(store.db);
            outcome.report.currentVsHistory += Number(odd.rows[0]?.n ?? 0);
          }
        outcome.recoveryMs = Date.now() - faultEndedAt;
        const counts = await emulator.control.requestCounts();
        const calls = Object.values(counts).reduce(
          (n, c) => n + Object.values(c).reduce((a, b) => a + b, 0),
          0,
        );
        outcome.notes.push(
          `${projects.length} projects, ${rows} service rows, ${outcome.faults} faults fired, ${calls} calls`,
        );
        return outcome;
      } finally {
        await worker.shutdown();
        await running.catch(() => undefined);
      }
    } finally {
      await connection.close();
      await emulator.stop();
      await store.close();
    }
  },
};
