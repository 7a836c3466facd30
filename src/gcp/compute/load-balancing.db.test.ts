import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import {
  allLoadBalancingTypes,
  type LoadBalancingType,
} from '../../emulator/compute/load-balancing-types.js';
import type { ResourceDefinition } from '../../provider/resource.js';
import { listInventory } from '../../query/inventory.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../../test-support/store-truth.js';
import { computeResources } from './registry.js';
import { emulatorScope } from './testing/emulator-scope.js';

type Raw = { id: string; region?: string; zone?: string } & Record<string, unknown>;

const projects = ['hotpot-demo-001', 'hotpot-demo-002'];
const resources = allLoadBalancingTypes.map((type) => {
  const resource = computeResources.find((r) => r.plural === type);
  assert.ok(resource, `a declaration for ${type}`);
  return [type, resource as ResourceDefinition] as const;
});

const env = emulatorScope({
  generate: {
    seed: 16,
    projects: 2,
    zones: 4,
    instances: 16,
    disks: 0,
    loadBalancersPerRegion: 3,
    globalLoadBalancers: 2,
  },
});

async function sync(resource: ResourceDefinition, projectId: string) {
  const result = await env.sync(resource, projectId, { pageSize: 7 });
  assert.equal(result.status, 'ok', `${resource.plural} ${projectId}`);
}

async function truthOf(type: LoadBalancingType, projectId: string): Promise<Raw[]> {
  return ((await env.emulator.control.groundTruth(projectId)).resources[type] as Raw[]).sort(byId);
}

async function stored(table: string, projectId: string) {
  const r = await sql<{ id: string; location: string; raw: Raw }>`
    select id, location, raw from ${sql.table(table)} where scope = ${projectId} order by id`.execute(env.db);
  return r.rows.sort(byId);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The location the API object implies: its zone or region name, else global. */
function locationOf(raw: Raw): string {
  return (raw.zone ?? raw.region ?? 'global').split('/').pop() ?? '';
}

async function assertStoreMatches(type: LoadBalancingType, resource: ResourceDefinition, projectId: string) {
  const truth = await truthOf(type, projectId);
  const rows = await stored(resource.table, projectId);
  assert.deepEqual(
    rows.map((r) => r.raw),
    truth,
    `${type} ${projectId}: stored raw objects equal the ground truth`,
  );
  assert.deepEqual(
    rows.map((r) => r.location),
    truth.map(locationOf),
    `${type} ${projectId}: locations`,
  );
}

test('every load-balancing type round-trips the raw objects of the estate, global and regional', async () => {
  for (const projectId of projects)
    for (const [type, resource] of resources) {
      await sync(resource, projectId);
      await assertStoreMatches(type, resource, projectId);
    }
  for (const [type, resource] of resources) {
    const rows = await stored(resource.table, projects[0]!);
    assert.ok(rows.length > 0, `${type} has rows`);
  }
  const locations = await sql<{ location: string }>`
    select distinct location from gcp_compute_backend_services where scope = ${projects[0]}`.execute(env.db);
  assert.ok(
    locations.rows.some((r) => r.location === 'global'),
    'global backend services',
  );
  assert.ok(
    locations.rows.some((r) => r.location !== 'global'),
    'regional backend services',
  );
});

test('typed columns join a forwarding rule to what it fronts', async () => {
  const projectId = projects[0]!;
  const unresolved = await sql<{ name: string }>`
    select f.name from gcp_compute_forwarding_rules f
    where f.scope = ${projectId}
      and not exists (select 1 from gcp_compute_target_pools t where t.raw->>'selfLink' = f.target)
      and not exists (select 1 from gcp_compute_target_http_proxies t where t.raw->>'selfLink' = f.target)
      and not exists (select 1 from gcp_compute_target_instances t where t.raw->>'selfLink' = f.target)
      and coalesce(f.target, '') not like '%/targetVpnGateways/%' -- classic VPN: no load balancer behind
      and not exists (select 1 from gcp_compute_backend_services b where b.raw->>'selfLink' = f.backend_service)`.execute(
    env.db,
  );
  assert.deepEqual(unresolved.rows, []);
  const schemes = await sql<{ load_balancing_scheme: string }>`
    select distinct load_balancing_scheme from gcp_compute_forwarding_rules where scope = ${projectId}
    order by 1`.execute(env.db);
  assert.deepEqual(
    schemes.rows.map((r) => r.load_balancing_scheme),
    ['EXTERNAL', 'INTERNAL', 'INTERNAL_MANAGED'],
  );
  const truth = await truthOf('forwardingRules', projectId);
  const labels = truth[0]?.['labels'] as Record<string, string> | undefined;
  assert.ok(labels?.['env'], 'generated rules are labelled');
  const listed = await listInventory(env.db, 'forwardingRules', {
    project: projectId,
    labels: { env: labels['env'] },
  });
  assert.deepEqual(
    listed.map((r) => r['id']).sort(),
    truth
      .filter((f) => (f['labels'] as Record<string, string>)['env'] === labels['env'])
      .map((f) => f.id)
      .sort(),
  );
  assert.deepEqual(Object.keys(listed[0] ?? {}).slice(4, 9), [
    'ip_address',
    'ip_protocol',
    'port_range',
    'load_balancing_scheme',
    'target',
  ]);
});

test('mutation rounds over every load-balancing type: stores equal the truth, history holds exactly the versions', async () => {
  const projectId = projects[1]!;
  const expected = new ExpectedHistory(resources.map(([, r]) => r));
  expected.observe([await env.emulator.control.groundTruth(projectId)]);
  for (let round = 1; round <= 3; round++) {
    const { changes } = await env.emulator.control.mutateRound({
      percent: 40,
      seed: round,
      projects: [projectId],
    });
    assert.ok(changes.length > 0, `round ${round} changed something`);
    for (const [type, resource] of resources) {
      await sync(resource, projectId);
      await assertStoreMatches(type, resource, projectId);
    }
    const truth = await env.emulator.control.groundTruth(projectId);
    expected.observe([truth]);
    await assertStoreMatchesTruth(env.db, [truth], expected);
  }
  const { changed, deleted } = expected.counts();
  assert.ok(changed > 0 && deleted > 0, `rounds changed ${changed} and deleted ${deleted} resources`);
});
