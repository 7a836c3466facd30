import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { emulatorComputeClient, type GroundTruth } from '../../emulator/index.js';
import { confirmDeletions } from '../../ingest/confirm-deletions.js';
import { defaultDeletionPolicy } from '../../ingest/deletion-policy.js';
import type { ResourceDefinition } from '../../provider/resource.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../../test-support/store-truth.js';
import { GoogleApiCaller } from '../google-api-caller.js';
import { TokenBucket } from '../../provider/token-bucket.js';
import { emulatorScope } from './testing/emulator-scope.js';
import { lastSegment } from '../../emulator/compute/urls.js';
import { imageResource } from './image/resource.js';
import { instanceGroupResource } from './instance-group/resource.js';
import { instanceGroupManagerResource } from './instance-group-manager/resource.js';
import { instanceTemplateResource } from './instance-template/resource.js';
import { interconnectAttachmentResource } from './interconnect-attachment/resource.js';
import { machineImageResource } from './machine-image/resource.js';
import { projectResource } from './project/resource.js';
import { resourcePolicyResource } from './resource-policy/resource.js';
import { snapshotResource } from './snapshot/resource.js';
import { vpnGatewayResource } from './vpn-gateway/resource.js';
import { vpnTunnelResource } from './vpn-tunnel/resource.js';
import { targetVpnGatewayResource } from './target-vpn-gateway/resource.js';
import { packetMirroringResource } from './packet-mirroring/resource.js';
import { interconnectResource } from './interconnect/resource.js';

/** The infra group, each with the ground-truth key the emulator serves it under. */
const group = [
  instanceGroupManagerResource,
  instanceTemplateResource,
  imageResource,
  snapshotResource,
  machineImageResource,
  vpnGatewayResource,
  vpnTunnelResource,
  interconnectAttachmentResource,
  resourcePolicyResource,
  projectResource,
  targetVpnGatewayResource,
  packetMirroringResource,
  interconnectResource,
] as unknown as ResourceDefinition[];
type Plural = keyof GroundTruth['resources'];

const projects = ['infra-test-1', 'infra-test-2'];
const expected = new ExpectedHistory(group);
const env = emulatorScope({
  generate: { seed: 17, projects, zones: 3, instances: 40, disks: 8, networks: 2, images: 5, snapshots: 6 },
});

function api() {
  return new GoogleApiCaller({ bucket: new TokenBucket(60_000), maxAttempts: 2, baseDelayMs: 1 });
}

function sync(resource: ResourceDefinition, projectId: string) {
  return env.sync(resource, projectId, { deletion: defaultDeletionPolicy });
}

async function syncAll(): Promise<GroundTruth[]> {
  for (const projectId of projects)
    for (const resource of group) assert.equal((await sync(resource, projectId)).status, 'ok');
  const truths = await Promise.all(projects.map((p) => env.emulator.control.groundTruth(p)));
  expected.observe(truths);
  return truths;
}

async function assertStoreMatches(truths: GroundTruth[]): Promise<void> {
  for (const { plural } of group)
    assert.ok(
      truths.some((t) => t.resources[plural as Plural].length > 0),
      `${plural}: the estate has some`,
    );
  await assertStoreMatchesTruth(env.db, truths, expected);
}

test('every infra type round-trips the emulator ground truth field for field', async () => {
  await assertStoreMatches(await syncAll());
  const regional = await sql<{ location: string }>`
    select location from gcp_compute_instance_templates where scope = ${projects[0]}`.execute(env.db);
  assert.ok(
    regional.rows.some((r) => r.location === 'global') && regional.rows.some((r) => r.location !== 'global'),
  );
});

test('two mutation rounds over the group: current rows equal ground truth, history exact per object', async () => {
  const types = [
    'instanceGroupManagers',
    'instanceTemplates',
    'images',
    'snapshots',
    'machineImages',
    'vpnGateways',
    'vpnTunnels',
    'interconnectAttachments',
    'resourcePolicies',
    'projects',
    'targetVpnGateways',
    'packetMirrorings',
    'interconnects',
  ] as const;
  const ops = new Set<string>();
  for (const seed of [1, 2]) {
    const { changes } = await env.emulator.control.mutateRound({ percent: 40, seed, types: [...types] });
    for (const t of types)
      assert.ok(
        changes.some((c) => c.type === t),
        `round ${seed} changes some ${t}`,
      );
    for (const c of changes) ops.add(c.op);
    await assertStoreMatches(await syncAll());
  }
  assert.deepEqual([...ops].sort(), ['create', 'delete', 'recreate', 'update']);
});

test('a missing project fails the scope with GcpProjectNotFound, and its 404 proves no deletion', async () => {
  await assert.rejects(sync(projectResource as unknown as ResourceDefinition, 'no-such-project'), {
    type: 'GcpProjectNotFound',
  });
  const ctx = { scope: 'no-such-project', pageSize: 500, api: api() };
  const ref = { id: '123', name: 'no-such-project', location: 'global', selfLink: null };
  const found = await confirmDeletions(
    projectResource as unknown as ResourceDefinition,
    emulatorComputeClient(env.emulator.url),
    ctx,
    [ref],
  );
  assert.deepEqual(found.gone, []);
  assert.equal(found.unconfirmed.length, 1);
});

test('a deletion check that keeps failing retryably fails the attempt instead of holding the deletion', async () => {
  const truth = await env.emulator.control.groundTruth(projects[0]!);
  const image = truth.resources.images[0]!;
  const ref = { id: image.id!, name: image.name!, location: 'global', selfLink: image.selfLink ?? null };
  const ctx = { scope: projects[0]!, pageSize: 500, api: api() };
  await env.emulator.control.setFault({ kind: 'rateLimitExceeded', probability: 1 });
  try {
    await assert.rejects(
      confirmDeletions(
        imageResource as unknown as ResourceDefinition,
        emulatorComputeClient(env.emulator.url),
        ctx,
        [ref],
      ),
      { type: 'GcpRateLimited' },
    );
  } finally {
    await env.emulator.control.clearFaults();
  }
});

test('a regional instance group is got from regionInstanceGroups: present while it exists, gone on its 404', async () => {
  const truth = await env.emulator.control.groundTruth(projects[0]!);
  const regional = truth.resources.instanceGroups.find((g) => g.region && !g.zone);
  assert.ok(regional?.id && regional.name && regional.selfLink);
  const ref = {
    id: regional.id,
    name: regional.name,
    location: lastSegment(regional.region ?? ''),
    selfLink: regional.selfLink,
  };
  const missing = {
    ...ref,
    id: '1',
    name: 'no-such-group',
    selfLink: regional.selfLink.replace(/[^/]+$/, 'no-such-group'),
  };
  const ctx = { scope: projects[0]!, pageSize: 500, api: api() };
  const groups = instanceGroupResource as unknown as ResourceDefinition;
  const found = await confirmDeletions(groups, emulatorComputeClient(env.emulator.url), ctx, [ref, missing]);
  assert.deepEqual(found.gone, ['1']);
  assert.deepEqual(found.present, [regional]);
});
