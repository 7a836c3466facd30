import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { EstateFile } from '../emulator/index.js';
import type { S1EstateDocument } from '../emulator/s1/index.js';
import { ComputeWorkflow } from '../ingest/workflows/compute.workflow.js';
import { computeWorkflowId } from '../ingest/workflows/names.js';
import { s1Env, type S1Env } from '../test-support/s1-env.js';
import { coverage, type CoverageReport } from './coverage.js';

/** Two projects; `cache` exists in both with the same internal IP (an agent named cache is ambiguous). */
const vm = (id: string, name: string, ip: string, status = 'RUNNING', extra: object = {}) => ({
  id,
  name,
  zone: 'us-central1-a',
  status,
  networkInterfaces: [{ name: 'nic0', networkIP: ip }],
  ...extra,
});
/** A Windows boot disk as Compute reports it: the WINDOWS guest OS feature, a windows-cloud license. */
const windowsDisk = (license: boolean) => ({
  disks: [
    {
      boot: true,
      guestOsFeatures: license ? [] : [{ type: 'WINDOWS' }],
      licenses: license
        ? [
            'https://www.googleapis.com/compute/v1/projects/windows-cloud/global/licenses/windows-server-2022-dc',
          ]
        : [],
    },
  ],
});
const gcpEstate: EstateFile = {
  seed: 'coverage',
  projects: [
    {
      id: 'coverage-a',
      zones: ['us-central1-a'],
      resources: {
        instances: [
          vm('1001', 'web-1', '10.0.0.11'),
          vm('1002', 'db-1', '10.0.0.12'),
          vm('1003', 'app-1', '10.0.0.13'),
          vm('1004', 'batch-1', '10.0.0.14'),
          vm('1005', 'stopped-1', '10.0.0.15', 'TERMINATED'),
          vm('1006', 'cache', '10.0.1.5'),
          vm('1008', 'name-only', '10.0.0.18'),
          vm('1011', 'sql-server-prod-eu-1', '10.0.0.21', 'RUNNING', windowsDisk(false)),
          vm('1012', 'sql-server-prod-eu-2', '10.0.0.22', 'RUNNING', windowsDisk(true)),
          vm('1013', 'linux-with-long-name', '10.0.0.23'),
          vm('1014', 'gce1-with-external-ip', '10.132.0.5'),
          vm('1015', 'decommissioned-1', '10.0.0.25'),
          vm('1016', 'quiet-1', '10.0.0.26'),
          vm('1017', 'later-uninstalled', '10.0.0.27'),
        ],
      },
    },
    {
      id: 'coverage-b',
      zones: ['us-central1-a'],
      resources: { instances: [vm('2001', 'cache', '10.0.1.5')] },
    },
  ],
};
const agentId = (n: number) => String(900_000_000_000_000_000n + BigInt(n));
const s1Estate: S1EstateDocument = {
  seed: 'coverage',
  agents: [
    {
      id: agentId(1),
      computerName: 'WEB-1.c.coverage-a.internal',
      ips: ['172.16.0.1'],
      cloudInstanceId: '1001',
    },
    { id: agentId(2), computerName: 'db-1', ips: ['10.0.0.12'] },
    {
      id: agentId(4),
      computerName: 'batch-1',
      ips: ['10.0.0.14'],
      cloudInstanceId: '1004',
      inactiveDays: 20,
      isActive: true,
    },
    {
      id: agentId(5),
      computerName: 'stopped-1',
      ips: ['10.0.0.15'],
      cloudInstanceId: '1005',
      inactiveDays: 30,
    },
    { id: agentId(6), computerName: 'cache', ips: ['10.0.1.5'] },
    { id: agentId(8), computerName: 'name-only', ips: ['10.9.9.9'] },
    { id: agentId(9), computerName: 'LAPTOP-007', ips: ['192.168.1.7'], osType: 'windows' },
    { id: agentId(10), computerName: 'app-1', ips: ['10.0.0.13'], cloudInstanceId: 'i-0abc123' },
    { id: agentId(11), computerName: 'SQL-SERVER-PROD', ips: ['10.0.0.21'], osType: 'windows' },
    { id: agentId(12), computerName: 'sql-server-prod.corp.example', ips: ['10.0.0.22'], osType: 'windows' },
    { id: agentId(13), computerName: 'LINUX-WITH-LON', ips: ['10.0.0.23'] },
    {
      id: '910000000000000001',
      computerName: 'gce1-with-external-ip',
      ips: ['10.132.0.5'],
      isDecommissioned: true,
      isUninstalled: true,
      isActive: false,
    },
    { id: agentId(15), computerName: 'decommissioned-1', ips: ['10.0.0.25'], isDecommissioned: true },
    { id: agentId(16), computerName: 'quiet-1', ips: ['10.0.0.26'], isActive: false },
    { id: agentId(17), computerName: 'later-uninstalled', ips: ['10.0.0.27'] },
  ],
};

let env: S1Env;
before(async () => {
  env = await s1Env({ console: 'coverage-test', gcp: { estate: gcpEstate }, s1: { estate: s1Estate } });
  await syncAll();
});
after(() => env?.close());

async function syncAll() {
  const projects = ['coverage-a', 'coverage-b'];
  const runs = projects.map((projectId) =>
    env.temporal.client.workflow.start(ComputeWorkflow, {
      taskQueue: env.config.temporal.taskQueue,
      workflowId: computeWorkflowId(projectId),
      args: [{ projectId }],
    }),
  );
  const results = await Promise.all([...runs, env.ingestS1()].map(async (h) => (await h).result()));
  for (const r of results) assert.equal(r.status, 'ok', JSON.stringify(r));
}

const names = (rows: { project: string; name: string }[]) => rows.map((r) => `${r.project}/${r.name}`).sort();
const coveredBy = (report: CoverageReport) =>
  Object.fromEntries(report.covered.map((c) => [`${c.instance.project}/${c.instance.name}`, c.by]));

const reasons = (report: CoverageReport) =>
  Object.fromEntries(report.unprotected.map((u) => [`${u.project}/${u.name}`, u.reason]));

test('instances matched by cloud instance id and by hostname + IP, missing, stale, ambiguous and unknown agents', async () => {
  const report = await coverage(env.db.store.db);
  assert.equal(report.instances, 15);
  assert.deepEqual(coveredBy(report), {
    'coverage-a/web-1': 'cloudInstanceId',
    'coverage-a/db-1': 'hostnameIp',
    'coverage-a/batch-1': 'cloudInstanceId',
    'coverage-a/stopped-1': 'cloudInstanceId',
    'coverage-a/sql-server-prod-eu-1': 'netbiosIp',
    'coverage-a/sql-server-prod-eu-2': 'netbiosIp',
    'coverage-a/later-uninstalled': 'hostnameIp',
  });
  assert.deepEqual(reasons(report), {
    'coverage-a/app-1': 'never',
    'coverage-a/name-only': 'never',
    'coverage-a/linux-with-long-name': 'never',
    'coverage-a/gce1-with-external-ip': 'agent-uninstalled',
    'coverage-a/decommissioned-1': 'agent-decommissioned',
    'coverage-a/quiet-1': 'agent-inactive',
  });
  assert.deepEqual(
    report.stale.map((s) => [s.instance.name, s.agent.id, s.inactiveDays]),
    [['batch-1', agentId(4), 20]],
  );
  assert.deepEqual(
    report.ambiguous.map((a) => [a.agent.id, a.by, names(a.instances)]),
    [[agentId(6), 'hostnameIp', ['coverage-a/cache', 'coverage-b/cache']]],
  );
  assert.deepEqual(report.unmatchedAgents.map((u) => [u.agent.id, u.by]).sort(), [
    [agentId(8), 'hostnameIp'],
    [agentId(9), 'hostnameIp'],
    [agentId(10), 'cloudInstanceId'],
    [agentId(13), 'hostnameIp'],
  ]);
});

test('--project narrows the instances; --stale-days changes what is stale', async () => {
  const report = await coverage(env.db.store.db, { project: 'coverage-b', staleDays: 40 });
  assert.equal(report.instances, 1);
  assert.deepEqual(report.covered, []);
  assert.deepEqual(report.unprotected, []);
  assert.equal(report.ambiguous.length, 1);
  const lenient = await coverage(env.db.store.db, { staleDays: 25 });
  assert.deepEqual(lenient.stale, []);
});

test('an agent that goes away leaves its instance unprotected since the agent was deleted; as-of before, it was covered', async () => {
  const before = new Date();
  await env.s1.control.removeAgent(agentId(2));
  await syncAll();
  const deletedAt = await sql<{ deleted_at: Date }>`
    select deleted_at from s1_agents_history where id = ${agentId(2)} and deleted_at is not null`.execute(
    env.db.store.db,
  );
  assert.equal(deletedAt.rows.length, 1);
  const report = await coverage(env.db.store.db);
  const db1 = report.unprotected.find((u) => u.name === 'db-1');
  assert.equal(db1?.reason, 'agent-gone');
  assert.equal(db1?.unprotectedSince, deletedAt.rows[0]!.deleted_at.toISOString());
  const then = await coverage(env.db.store.db, { asOf: before });
  assert.equal(coveredBy(then)['coverage-a/db-1'], 'hostnameIp');
  assert.equal(reasons(then)['coverage-a/db-1'], undefined);
});

test('an agent uninstalled later leaves its instance unprotected since the version that said so', async () => {
  const before = new Date();
  await env.s1.control.setAgentState(agentId(17), { isUninstalled: true, isActive: false });
  await syncAll();
  const changedAt = await sql<{ valid_from: Date }>`
    select valid_from from s1_agents_history where id = ${agentId(17)} and valid_to is null`.execute(
    env.db.store.db,
  );
  const report = await coverage(env.db.store.db);
  const vm = report.unprotected.find((u) => u.name === 'later-uninstalled');
  assert.deepEqual(
    [vm?.reason, vm?.agentId, vm?.unprotectedSince],
    ['agent-uninstalled', agentId(17), changedAt.rows[0]!.valid_from.toISOString()],
  );
  assert.equal(
    coveredBy(await coverage(env.db.store.db, { asOf: before }))['coverage-a/later-uninstalled'],
    'hostnameIp',
  );
});
