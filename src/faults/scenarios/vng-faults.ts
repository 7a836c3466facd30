import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { providerInventoryInput } from '../../client/provider-inventory-input.js';
import { startVngEmulator, type VngFault } from '../../emulator/vng/index.js';
import { providerInventoryWorkflowId } from '../../ingest/workflows/names.js';
import { ProviderInventoryWorkflow } from '../../ingest/workflows/provider-inventory.workflow.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-store.js';
import { installQuietRuntime } from '../../test-support/temporal.js';
import { vngWorkerConfig } from '../../test-support/vng-env.js';
import { compareVngStore, expectedRows, VngExpectedHistory } from '../../test-support/vng-truth.js';
import { vngKinds } from '../../vng/kinds.js';
import { vngProvider } from '../../vng/provider.js';
import { emptyOutcome, faultRound, withIngestWorker } from '../provider-scenario.js';
import type { Scenario, ScenarioOutcome } from '../scenario.js';

/** Every VNG fault kind that a sync must survive, spread over the scopes of one round. */
function roundFaults(scopes: string[]): VngFault[] {
  const kinds: VngFault[] = [
    { path: 'servers', kind: 'tooManyRequests', times: 3, retryAfterSeconds: 0 },
    { path: 'volumes', kind: 'internalError', times: 2 },
    { path: 'secgroups', kind: 'unavailable' },
    { path: 'servers', kind: 'malformedJson' },
    { path: 'subnets', kind: 'truncated' },
    { path: 'servers', kind: 'expireToken' },
    { path: 'sshKeys', kind: 'lyingEmpty' },
    { path: 'servers', kind: 'lyingEmpty' },
  ];
  return kinds.map((f, i) => ({ ...f, scope: scopes[i % scopes.length]! }));
}

/** Open history versions twice for one id, and current rows without their open version (or the reverse). */
async function historyProblems(db: Kysely<unknown>, scopes: string[]): Promise<[number, number]> {
  let duplicates = 0;
  let mismatched = 0;
  for (const { table } of vngKinds) {
    const history = sql.table(`${table}_history`);
    const current = sql.table(table);
    const dup = await sql<{ n: string }>`select count(*) as n from (select scope, id from ${history}
      where valid_to is null and scope = any(${scopes}) group by 1, 2 having count(*) > 1) d`.execute(db);
    const odd = await sql<{ n: string }>`select count(*) as n from ${current} c full join
      (select * from ${history} where valid_to is null) h using (scope, id)
      where coalesce(c.scope, h.scope) = any(${scopes})
        and (c.id is null or h.id is null or c.fingerprint <> h.fingerprint)`.execute(db);
    duplicates += Number(dup.rows[0]?.n ?? 0);
    mismatched += Number(odd.rows[0]?.n ?? 0);
  }
  return [duplicates, mismatched];
}

/**
 * VNG Cloud: projects × regions synced by an in-process worker through the generic workflow while every VNG fault
 * kind (429 storm, 5xx, malformed and truncated bodies, an access token expired mid-run, lying empty listings)
 * meets the first sync after each of two mutation rounds (a clean sync follows, so history sees every version) (small: 2 projects × 2 regions × 40 servers; full: 3 × 2 × 2,000); nothing stored may be lost or wrongly deleted, and once the faults end
 * one more sync must equal the emulator's ground truth with exact history.
 */
export const vngFaults: Scenario = {
  name: 'vng-faults',
  title: 'VNG Cloud: every fault kind incl. expired token, over mutation rounds',
  async run(lab, scale): Promise<ScenarioOutcome> {
    installQuietRuntime();
    const tag = randomBytes(3).toString('hex');
    const projects =
      scale === 'small'
        ? [`pro-faults-a${tag}`, `pro-faults-b${tag}`]
        : [0, 1, 2].map((i) => `pro-faults-${i}${tag}`);
    const regions = ['HCM-3', 'HAN-1'];
    const database = `faults_vng_${tag}`;
    await lab.pg.createDatabase(database);
    const store = await openStore(lab.pg.url(database), { poolSize: 4 });
    const vng = await startVngEmulator({
      generate: { seed: `vng-faults-${tag}`, projects, regions, servers: scale === 'small' ? 40 : 2000 },
    });
    const config = vngWorkerConfig(vng, {
      temporal: { address: lab.temporal.address, namespace: lab.temporal.namespace },
      taskQueue: `faults-vng-${tag}`,
      projects,
      regions,
      pageSize: 25,
    });
    const target = vngProvider.inventoryTarget!(config);
    const scopes = target.scopes;
    const outcome = emptyOutcome();
    try {
      await migrate(store.db);
      const client = await lab.temporal.client();
      const syncAll = async () => {
        for (const scope of scopes) {
          outcome.runs++;
          const result = await client.workflow
            .execute(ProviderInventoryWorkflow, {
              taskQueue: target.taskQueue,
              workflowId: providerInventoryWorkflowId('vng', scope),
              args: [{ ...providerInventoryInput(vngProvider, scope), sessionHeartbeatTimeout: '10s' }],
            })
            .catch((err: unknown) => ({ status: 'failed' as const, error: String(err) }));
          if (result.status === 'failed') {
            outcome.failedRuns++;
            outcome.problems.push(`${scope}: ${JSON.stringify(result).slice(0, 300)}`);
          }
        }
      };
      const history = new VngExpectedHistory();
      return await withIngestWorker(lab, { config, store, providers: [vngProvider] }, async () => {
        const firstStarted = Date.now();
        await syncAll();
        const firstMs = Date.now() - firstStarted;
        history.observe(await vng.control.truth());
        for (let round = 1; round <= 2; round++) {
          await faultRound(outcome, round, {
            db: store.db,
            tables: vngKinds.map((k) => k.table),
            scopes,
            inject: async () => {
              await vng.control.mutate();
              const faults = roundFaults(scopes);
              outcome.faults += faults.reduce((n, f) => n + (f.times ?? 1), 0);
              await vng.control.addFaults(faults);
            },
            sync: syncAll,
            clear: () => vng.control.clearFaults(),
            live: async () => {
              const truth = await vng.control.truth();
              return new Set(
                scopes.flatMap((scope) =>
                  vngKinds.flatMap(({ plural, table }) =>
                    [...expectedRows(truth.scopes[scope]!)[plural].keys()].map(
                      (id) => `${table}/${scope}/${id}`,
                    ),
                  ),
                ),
              );
            },
          });
          const truth = await vng.control.truth();
          const during = await compareVngStore(store.db, truth, scopes);
          outcome.report.wrongDeletions = Math.max(outcome.report.wrongDeletions, during.wrongDeletions);
          await syncAll();
          history.observe(truth);
        }
        const faultEndedAt = Date.now();
        await syncAll();
        const truth = await vng.control.truth();
        const final = await compareVngStore(store.db, truth, scopes, history);
        const [duplicates, currentVsHistory] = await historyProblems(store.db, scopes);
        Object.assign(outcome.report, {
          lost: outcome.report.lost + final.lost,
          wrongDeletions: Math.max(outcome.report.wrongDeletions, final.wrongDeletions),
          rawMismatch: final.rawMismatch,
          stale: final.stale,
          duplicates,
          currentVsHistory,
          examples: [...outcome.report.examples, ...final.examples].slice(0, 10),
        });
        if (final.historyMismatch)
          outcome.problems.push(`${final.historyMismatch} histories differ from the truth's versions`);
        outcome.recoveryMs = Date.now() - faultEndedAt;
        const tokens = await vng.control.tokens();
        const calls = Object.values(await vng.control.requests()).reduce((a, b) => a + b, 0);
        outcome.notes.push(
          `${scopes.length} scopes, ${final.rows} rows; first sync ${(firstMs / 1000).toFixed(1)} s ` +
            `(${Math.round(final.rows / (firstMs / 1000))} rows/s); ${calls} API calls, ${tokens.issued} access tokens`,
        );
        return outcome;
      });
    } finally {
      await vng.stop();
      await store.close();
    }
  },
};
