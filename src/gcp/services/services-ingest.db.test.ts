import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { HierarchyControlClient } from '../../emulator/resource-manager/hierarchy-control.js';
import type { InventoryResult } from '../../ingest/workflows/types.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { gcpServices, serviceKinds } from './kinds.js';
import { assertServicesMatch } from './testing/service-truth.js';

const projects = ['svc-aaa', 'svc-bbb', 'svc-off'];
const allServiceApis = ['compute.googleapis.com', ...gcpServices.map((s) => s.api)];
const kindsOf = (service: string) => [...gcpServices.find((s) => s.name === service)!.kinds] as string[];

let env: IngestEnv;
let hierarchy: HierarchyControlClient;
before(async () => {
  env = await ingestEnv({
    emulator: {
      generate: {
        seed: 'services',
        projects,
        zones: 2,
        instances: 3,
        disks: 1,
        withServices: true,
        overrides: { 'svc-off': { withServices: false } },
        serviceCounts: { buckets: 4, serviceAccounts: 3 },
      },
    },
  });
  hierarchy = new HierarchyControlClient(env.emulator.url);
  await hierarchy.patchProject('svc-bbb', {
    services: allServiceApis.filter((a) => a !== 'sqladmin.googleapis.com'),
  });
});
after(() => env?.close());

async function inventory(): Promise<InventoryResult> {
  const handle = await env.inventory({ projectIds: projects });
  return handle.result();
}

const db = () => env.db.store.db as never;

test('every enabled service ingests exactly the emulator truth; a disabled service is skipped and reported, not failed', async () => {
  const result = await inventory();
  assert.equal(result.status, 'ok', JSON.stringify(result.projects));
  const byId = new Map(result.projects.map((p) => [p.projectId, p]));
  assert.deepEqual(byId.get('svc-aaa')?.skippedServices, undefined);
  assert.deepEqual(byId.get('svc-bbb')?.skippedServices, ['sql']);
  assert.deepEqual(byId.get('svc-off')?.skippedServices, ['gke', 'iam', 'run', 'sql', 'storage']);
  await assertServicesMatch(db(), env.emulator.control, 'svc-aaa');
  await assertServicesMatch(db(), env.emulator.control, 'svc-bbb', kindsOf('sql'));
  await assertServicesMatch(
    db(),
    env.emulator.control,
    'svc-off',
    serviceKinds.map((k) => k.plural),
  );
  const truth = await env.emulator.control.serviceTruth('svc-aaa');
  for (const k of serviceKinds) assert.ok((truth[k.plural] ?? []).length > 0, `the estate has ${k.plural}`);
  const nodes = (await env.emulator.control.groundTruth('svc-aaa')).resources.instances.filter(
    (i) => i.labels?.['goog-gke-node'] !== undefined,
  );
  assert.equal(
    nodes.length,
    truth.gkeNodePools!.length,
    'one Compute instance per node pool node (1 per pool)',
  );
});

test('list calls per service are the minimum: one listing per kind and page, one child call per parent', async () => {
  await env.emulator.control.clearRequestCounts();
  await inventory();
  const counts = await env.emulator.control.requestCounts();
  const truth = await env.emulator.control.serviceTruth('svc-aaa');
  const a = counts['svc-aaa']!;
  assert.equal(a['clusters.list'], 2, 'clusters and node pools each list the clusters once');
  assert.equal(a['buckets.list'], 2);
  assert.equal(a['buckets.getIamPolicy'], truth.buckets!.length);
  assert.equal(a['serviceAccounts.list'], 2);
  assert.equal(a['serviceAccountKeys.list'], truth.serviceAccounts!.length);
  assert.equal(a['projects.getIamPolicy'], 1);
  assert.equal(a['sqlInstances.list'], 1 + 2, 'databases and users list the instances again');
  assert.equal(a['sqlDatabases.list'], truth.sqlInstances!.length);
  assert.equal(a['sqlUsers.list'], truth.sqlInstances!.length);
  assert.equal(a['runServices.list'], 2, 'services and their policies each list the services once');
  assert.equal(a['runServices.getIamPolicy'], truth.runServices!.length);
  assert.equal(a['runJobs.list'], 1);
  assert.equal(counts['svc-bbb']?.['sqlInstances.list'], undefined, 'a disabled service is never called');
});

test('mutation rounds: current rows equal the truth, history keeps every version and closes deleted ones', async () => {
  const deleted: { project: string; kind: string; name: string }[] = [];
  let updates = 0;
  for (let round = 1; round <= 2; round++) {
    const r = await env.emulator.control.mutateRound({ percent: 100, seed: round });
    for (const c of r.serviceChanges ?? []) {
      if (c.op === 'delete') deleted.push(c);
      if (c.op === 'update') updates++;
    }
    const result = await inventory();
    assert.equal(result.status, 'ok', JSON.stringify(result.projects));
    await assertServicesMatch(db(), env.emulator.control, 'svc-aaa');
    await assertServicesMatch(db(), env.emulator.control, 'svc-bbb', kindsOf('sql'));
  }
  assert.ok(deleted.length > 0 && updates > 0, `rounds deleted ${deleted.length}, updated ${updates}`);
  for (const d of deleted.filter((x) => x.kind === 'serviceAccountKeys')) {
    const h = await sql<{ n: number }>`select count(*)::int as n from gcp_iam_service_account_keys_history
      where scope = ${d.project} and id = ${d.name} and deleted_at is not null`.execute(db());
    assert.equal(h.rows[0]?.n, 1, `deleted key ${d.name} has its history closed`);
  }
  const versions = await sql<{
    n: number;
  }>`select count(*)::int as n from gcp_iam_project_iam_policies_history
    where scope = 'svc-aaa'`.execute(db());
  assert.equal(versions.rows[0]?.n, 3, 'the project policy changed in each round: three versions');
});

test('faults on every service method: retried or held, 0 lost and 0 wrong deletions', async () => {
  await env.emulator.control.mutateRound({ percent: 100, seed: 7 });
  const methods = [
    'clusters.list',
    'sqlInstances.list',
    'buckets.list',
    'buckets.getIamPolicy',
    'serviceAccounts.list',
    'serviceAccountKeys.list',
    'projects.getIamPolicy',
    'sqlDatabases.list',
    'sqlUsers.list',
    'runServices.list',
    'runServices.getIamPolicy',
    'runJobs.list',
  ];
  const kinds = [
    'internalError',
    'tooManyRequests',
    'truncatedBody',
    'malformedJson',
    'unavailable',
    'connectionReset',
  ] as const;
  for (const [i, method] of methods.entries())
    await env.emulator.control.setFault({
      kind: kinds[i % kinds.length]!,
      project: 'svc-aaa',
      method,
      count: 1,
    });
  await env.emulator.control.setFault({
    kind: 'emptyListing',
    project: 'svc-bbb',
    method: 'buckets.list',
    count: 2,
  });
  const bucketsOf = async () =>
    (
      await sql<{ id: string }>`select id from gcp_storage_buckets where scope = 'svc-bbb'`.execute(db())
    ).rows.map((r) => r.id);
  const before = await bucketsOf();
  const result = await inventory();
  await env.emulator.control.clearFaults();
  assert.notEqual(result.status, 'failed', JSON.stringify(result.projects));
  await assertServicesMatch(db(), env.emulator.control, 'svc-aaa');
  const truth = await env.emulator.control.serviceTruth('svc-bbb');
  const stored = await bucketsOf();
  const alive = before.filter((id) => truth.buckets!.some((b) => b.id === id));
  assert.ok(alive.length > 0);
  for (const id of alive)
    assert.ok(stored.includes(id), `bucket ${id} kept though its listing came back empty`);
  const again = await inventory();
  assert.equal(again.status, 'ok');
  await assertServicesMatch(db(), env.emulator.control, 'svc-bbb', kindsOf('sql'));
});
