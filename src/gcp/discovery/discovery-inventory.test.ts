import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { sql } from 'kysely';
import type { ProjectHierarchySpec } from '../../emulator/resource-manager/hierarchy-document.js';
import { HierarchyControlClient } from '../../emulator/resource-manager/hierarchy-control.js';
import type { InventoryResult } from '../../ingest/workflows/types.js';
import { loadPolicies } from '../../query/exposure/load-policies.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { computeKinds } from '../compute/kinds.js';

// A 3-level tree under organizations/900: 910 → 920 → 930, and 911 → 921, 911 → 922.
const organizations = [
  {
    id: '900',
    folders: [
      { id: '910', folders: [{ id: '920', folders: [{ id: '930' }] }] },
      { id: '911', folders: [{ id: '921' }, { id: '922' }] },
    ],
  },
];
const two = (i: number) => String(i).padStart(2, '0');
const group = (
  prefix: string,
  n: number,
  parents: string[],
  env: string,
  special: Record<number, Partial<ProjectHierarchySpec>> = {},
): ProjectHierarchySpec[] =>
  Array.from({ length: n }, (_, k) => ({
    id: `${prefix}-${two(k + 1)}${prefix === 'lab' ? '-sandbox' : ''}`,
    parent: parents[k % parents.length]!,
    labels: { env },
    ...special[k + 1],
  }));
const deleted = { lifecycleState: 'DELETE_REQUESTED' as const };
const noCompute = { services: [] };
// 60 projects: web 12, api 12, lab 6 (sandbox), dev 15 (env=dev), ops 15.
const hierarchy = [
  ...group('web', 12, ['organizations/900', 'folders/910', 'folders/920', 'folders/930'], 'prod', {
    4: deleted,
    8: noCompute,
  }),
  ...group('api', 12, ['folders/921'], 'prod', { 3: deleted, 7: deleted, 11: noCompute }),
  ...group('lab', 6, ['folders/930'], 'prod'),
  ...group('dev', 15, ['folders/920', 'folders/922'], 'dev'),
  ...group('ops', 15, ['folders/911'], 'prod', { 5: deleted, 15: noCompute }),
];
// By hand from the definition above: ACTIVE, env=prod, not *-sandbox, Compute enabled.
const expected = [
  ...['web-01', 'web-02', 'web-03', 'web-05', 'web-06', 'web-07', 'web-09', 'web-10', 'web-11', 'web-12'],
  ...['api-01', 'api-02', 'api-04', 'api-05', 'api-06', 'api-08', 'api-09', 'api-10', 'api-12'],
  ...['ops-01', 'ops-02', 'ops-03', 'ops-04', 'ops-06', 'ops-07', 'ops-08', 'ops-09', 'ops-10'],
  ...['ops-11', 'ops-12', 'ops-13', 'ops-14'],
];
const filters = { parents: ['organizations/900'], exclude: ['*-sandbox'], labels: 'env=prod' };
/** The subject is discovery: projects sync their instances and nodes their firewall policies; other kinds are skipped. */
const skipKinds = computeKinds
  .map((k) => k.plural)
  .filter((plural) => plural !== 'instances' && plural !== 'firewallPolicies');

let env: IngestEnv;
let hierarchyControl: HierarchyControlClient;
before(async () => {
  env = await ingestEnv({
    emulator: {
      estate: {
        seed: 14,
        generate: {
          projects: hierarchy.map((p) => p.id),
          zones: 1,
          instances: 1,
          disks: 0,
          networks: 1,
          instanceGroupsPerZone: 0,
          subnetworksPerRegion: 0,
          firewallsPerNetwork: 0,
          addressesPerRegion: 0,
          globalAddresses: 0,
          routersPerRegion: 0,
        },
        organizations,
        projects: hierarchy,
      },
    },
    skipKinds,
  });
  hierarchyControl = new HierarchyControlClient(env.emulator.url);
});
after(() => env?.close());
afterEach(() => env.emulator.control.reset());

/** Synced scopes: projects, or (`nodes`) the organizations and folders synced for their firewall policies. */
async function syncedProjects(runId: string, nodes = false): Promise<string[]> {
  const r = await sql<{ scope: string }>`
    select distinct scope from ingest_scope_results where run_id = ${runId} and status = 'ok'
    and (scope like 'organizations/%' or scope like 'folders/%') = ${nodes}
    order by scope`.execute(env.db.store.db);
  return r.rows.map((x) => x.scope);
}

/** Every node of the crafted tree: the organization and its six folders. */
const treeNodes = [
  'folders/910',
  'folders/911',
  'folders/920',
  'folders/921',
  'folders/922',
  'folders/930',
  'organizations/900',
];

async function run(input: Parameters<IngestEnv['inventory']>[0]): Promise<InventoryResult> {
  return (await env.inventory({ concurrency: 10, ...input })).result();
}

test('discovery through a 3-level tree syncs exactly the ACTIVE, unfiltered, Compute-enabled projects', async () => {
  const result = await run(filters);
  assert.deepEqual(await syncedProjects(result.runId), [...expected].sort());
  assert.deepEqual(await syncedProjects(result.runId, true), treeNodes);
  assert.equal(result.status, 'ok');
  assert.equal(result.projectCount, expected.length + treeNodes.length);
  const c = result.discovery?.counts;
  // 60 minus 4 DELETE_REQUESTED (not listed) = 56: 32 included, 3 without Compute, 6 sandbox + 15 dev filtered.
  assert.deepEqual([c?.discovered, c?.included, c?.skipped, c?.filtered, c?.complete], [56, 32, 3, 21, true]);
  assert.equal(result.discovery?.vanished?.vanished ?? 0, 0);
});

test('discovery storms (429 with Retry-After, 503) complete with the same set', async () => {
  for (const method of ['folders.list', 'projects.list', 'services.get'])
    for (const kind of ['tooManyRequests', 'unavailable'] as const)
      await env.emulator.control.setFault({ kind, method, probability: 0.3, retryAfterSeconds: 1 });
  const result = await run(filters);
  assert.deepEqual(await syncedProjects(result.runId), [...expected].sort());
  assert.equal(result.discovery?.counts.complete, true);
});

test('a project removed between runs is reported; confirmed deletion closes its history, 403 keeps it', async () => {
  const closedId = 'web-01';
  const purgedId = 'api-01';
  await run(filters);
  const before = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instances where scope = ${closedId}`.execute(env.db.store.db);
  assert.ok((before.rows[0]?.n ?? 0) > 0);
  await hierarchyControl.patchProject(closedId, { lifecycleState: 'DELETE_REQUESTED' });
  await hierarchyControl.patchProject(purgedId, { purge: true });
  const result = await run(filters);
  const synced = await syncedProjects(result.runId);
  assert.ok(!synced.includes(closedId) && !synced.includes(purgedId));
  const v = result.discovery?.vanished;
  assert.deepEqual(
    v?.projects.map((p) => [p.projectId, p.confirmation, p.closed]),
    [
      [purgedId, 'GcpPermissionDenied', false],
      [closedId, 'DELETE_REQUESTED', true],
    ],
  );
  const left = await sql<{ scope: string; n: number }>`
    select scope, count(*)::int as n from gcp_compute_instances where scope in (${closedId}, ${purgedId})
    group by scope`.execute(env.db.store.db);
  assert.deepEqual(
    left.rows.map((r) => r.scope),
    [purgedId],
  );
  const open = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instances_history
    where scope = ${closedId} and (valid_to is null or deleted_at is null)`.execute(env.db.store.db);
  assert.equal(open.rows[0]?.n, 0, 'every version of the closed project is closed as deleted');
});

test('a 403 on one folder fails that folder only, naming it, and deletes nothing', async () => {
  await env.emulator.control.setFault({ kind: 'permissionDenied', project: 'folders/911' });
  const result = await run(filters);
  const c = result.discovery?.counts;
  assert.equal(c?.complete, false);
  assert.deepEqual(
    c?.failures.map((f) => [f.parent, f.type]),
    [['folders/911', 'GcpPermissionDenied']],
  );
  assert.match(c?.failures[0]?.message ?? '', /folders\/911/);
  const outside911 = expected.filter((id) => id.startsWith('web-'));
  assert.deepEqual(await syncedProjects(result.runId), outside911);
  assert.ok(
    !(await syncedProjects(result.runId, true)).includes('folders/911'),
    'an unreadable folder is not synced',
  );
  assert.equal(result.discovery?.vanished, undefined, 'an incomplete discovery handles no vanished project');
  const vanished = await sql<{ n: number }>`
    select count(*)::int as n from gcp_vanished_projects where run_id = ${result.runId}`.execute(
    env.db.store.db,
  );
  assert.equal(vanished.rows[0]?.n, 0);
});

/** The hierarchy a run recorded: each folder with its parent. */
async function recordedFolders(runId: string): Promise<string[]> {
  const r = await sql<{ folder: string; parent: string }>`
    select folder, parent from gcp_discovered_folders where run_id = ${runId} order by folder`.execute(
    env.db.store.db,
  );
  return r.rows.map((x) => `${x.folder} < ${x.parent}`);
}

test('--parent folders/920: the folders above it and the organization are read and synced for their policies', async () => {
  const result = await run({ parents: ['folders/920'] });
  // By hand from the tree: 920 walks down to 930; folders.get reads 920 → 910 → organizations/900.
  assert.deepEqual(await recordedFolders(result.runId), [
    'folders/910 < organizations/900',
    'folders/920 < folders/910',
    'folders/930 < folders/920',
  ]);
  assert.deepEqual(await syncedProjects(result.runId, true), [
    'folders/910',
    'folders/920',
    'folders/930',
    'organizations/900',
  ]);
  assert.equal(result.discovery?.counts.complete, true);
  const estate = await loadPolicies(env.db.store.db, {});
  assert.deepEqual(estate.ancestry.get('web-03'), ['organizations/900', 'folders/910', 'folders/920']);
  assert.deepEqual(estate.ancestry.get('lab-01-sandbox'), [
    'organizations/900',
    'folders/910',
    'folders/920',
    'folders/930',
  ]);
  const owners = new Set(estate.policies.filter((p) => p.type === 'hierarchy').map((p) => p.owner));
  assert.ok(owners.has('organizations/900'), 'the organization policy above folder 920 is in the store');
});

test('an ancestor that answers 403 ends the chain there; the discovery stays complete', async () => {
  await env.emulator.control.setFault({
    kind: 'permissionDenied',
    method: 'folders.get',
    project: 'folders/910',
  });
  const result = await run({ parents: ['folders/920'] });
  assert.deepEqual(await recordedFolders(result.runId), [
    'folders/920 < folders/910',
    'folders/930 < folders/920',
  ]);
  assert.deepEqual(await syncedProjects(result.runId, true), ['folders/920', 'folders/930']);
  assert.equal(result.discovery?.counts.complete, true);
});
