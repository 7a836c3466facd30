import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { WorkflowFailedError } from '@temporalio/client';
import { providerInventoryInput } from '../../client/provider-inventory-input.js';
import { startFortinetEmulator, type FortinetFault } from '../../emulator/fortinet/index.js';
import { fortinetProvider } from '../../fortinet/provider.js';
import { providerInventoryWorkflowId } from '../../ingest/workflows/names.js';
import { ProviderInventoryWorkflow } from '../../ingest/workflows/provider-inventory.workflow.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-store.js';
import { checkFortinetInvariants, FortinetTruthLog } from '../fortinet/fortinet-invariants.js';
import { clean } from '../invariants.js';
import type { Scenario } from '../scenario.js';
import { WorkerPool } from '../worker-pool.js';

const TOKEN_ENV = 'HOTPOT_FORTINET_FAULTS_TOKEN';

/** The fault rounds: each a mutation round synced while every scope meets these faults. */
const rounds: { kind: FortinetFault['kind']; times: number }[] = [
  { kind: 'tooManyRequests', times: 6 },
  { kind: 'internalError', times: 3 },
  { kind: 'unavailable', times: 3 },
  { kind: 'malformedJson', times: 3 },
  { kind: 'truncatedBody', times: 3 },
  { kind: 'errorEnvelope', times: 3 },
  { kind: 'wrongVdom', times: 3 },
  { kind: 'emptyListing', times: 12 },
];

/**
 * FortiGates under every fault kind the emulator has (429 storms, 5xx, malformed and truncated bodies, error
 * envelopes with HTTP 200, another VDOM's answer, lying empty tables), a mutation round before each, synced by
 * `hotpot worker` processes through the generic workflow; then a clean sync, and the store must equal the truth.
 */
export const fortinetFaults: Scenario = {
  name: 'fortinet-faults',
  title: 'FortiGate scopes under storms, 429, malformed, truncated and lying answers',
  async run(lab, scale) {
    const name = `fortinet_faults_${randomBytes(3).toString('hex')}`;
    await lab.pg.createDatabase(name);
    const databaseUrl = lab.pg.url(name);
    const store = await openStore(databaseUrl, { poolSize: 1 });
    try {
      await migrate(store.db);
    } finally {
      await store.close();
    }
    const small = scale === 'small';
    const emulator = await startFortinetEmulator({
      generate: {
        seed: 'fortinet-faults',
        devices: small ? 2 : 3,
        vdomsPerDevice: 2,
        policiesPerVdom: small ? 60 : 2000,
        addressesPerVdom: small ? 30 : 400,
        vipsPerVdom: small ? 8 : 100,
      },
    });
    const taskQueue = `faults-fortinet-${randomBytes(3).toString('hex')}`;
    const configFile = path.join(lab.logDir, `${name}.yaml`);
    const devices = emulator.devices.map(
      (d) =>
        `    - { name: ${d.name}, baseUrl: '${emulator.deviceUrl(d.name)}', vdoms: [${d.vdoms.join(', ')}], tokenEnv: ${TOKEN_ENV} }`,
    );
    writeFileSync(
      configFile,
      `gcp:\n  endpoint: http://127.0.0.1:9\n  credentials: { source: none }\nfortinet:\n  taskQueue: ${taskQueue}\n  pageSize: ${small ? 10 : 500}\n  requestsPerMinute: 600000\n  allowInsecureEndpoint: true\n  devices:\n${devices.join('\n')}\n`,
    );
    const workers = new WorkerPool(
      {
        HOTPOT_CONFIG: configFile,
        HOTPOT_DATABASE_URL: databaseUrl,
        TEMPORAL_ADDRESS: lab.temporal.address,
        HOTPOT_TASK_QUEUE: `${taskQueue}-gcp`,
        HOTPOT_LOG_LEVEL: 'info',
        [TOKEN_ENV]: emulator.token,
      },
      lab.logDir,
      'fortinet-faults',
    );
    lab.pools.add(workers);
    const scopes = emulator.devices.flatMap((d) => d.vdoms.map((v) => `${d.name}/${v}`));
    const log = new FortinetTruthLog();
    let runs = 0;
    let failedRuns = 0;
    let faults = 0;
    const notes: string[] = [];
    const syncAll = async () => {
      const client = await lab.temporal.client();
      const started = performance.now();
      const outcomes = await Promise.all(
        scopes.map(async (scope) => {
          runs++;
          try {
            const result = await client.workflow.execute(ProviderInventoryWorkflow, {
              taskQueue,
              workflowId: providerInventoryWorkflowId(fortinetProvider.name, scope),
              args: [{ ...providerInventoryInput(fortinetProvider, scope), sessionHeartbeatTimeout: '5s' }],
            });
            if (result.status === 'failed') failedRuns++;
            return result.status;
          } catch (err) {
            if (!(err instanceof WorkflowFailedError)) throw err;
            failedRuns++;
            return 'failed';
          }
        }),
      );
      return { outcomes, seconds: (performance.now() - started) / 1000 };
    };
    try {
      await Promise.all(Array.from({ length: small ? 1 : 2 }, () => workers.start()));
      log.record(await emulator.control.truth());
      const first = await syncAll();
      const truth = await emulator.control.truth();
      const objects = Object.values(truth.scopes).reduce(
        (n, s) => n + Object.values(s.tables).reduce((m, t) => m + t.length, 0) + s.interfaces.length + 2,
        0,
      );
      notes.push(
        `first sync: ${scopes.length} scopes, ${objects} objects in ${first.seconds.toFixed(1)} s (${first.outcomes.join(', ')})`,
      );
      for (const round of rounds) {
        await emulator.control.mutate();
        log.record(await emulator.control.truth());
        await emulator.control.addFaults(
          scopes.map((scope) => {
            const [device, vdom] = scope.split('/');
            return { kind: round.kind, device, vdom, times: round.times };
          }),
        );
        faults += round.times * scopes.length;
        await syncAll();
        await emulator.control.clearFaults();
      }
      const faultEndedAt = Date.now();
      let report = await checkFortinetInvariants(databaseUrl, log);
      for (let attempt = 0; attempt < 3 && !clean(report); attempt++) {
        if (report.examples[0]) notes.push(`before clean sync: ${report.examples[0]}`);
        await syncAll();
        report = await checkFortinetInvariants(databaseUrl, log);
      }
      return {
        runs,
        failedRuns,
        faults,
        report,
        ...(clean(report) && { recoveryMs: Date.now() - faultEndedAt }),
        notes,
        problems: [],
      };
    } finally {
      await workers.stopAll();
      lab.pools.delete(workers);
      await emulator.stop();
    }
  },
};
