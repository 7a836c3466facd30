import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from './index.js';
import { pageAll } from './compute/testing/compute-pager.js';

const project = 'hotpot-demo-001';

describe('mutations and the control API', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  before(async () => {
    emulator = await startEmulator({ generate: { seed: 7, projects: 2, instances: 200, disks: 60 } });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(() => emulator.control.reset());
  after(() => emulator.stop());

  it('a seeded round creates, modifies, deletes and recreates, visible through the API', async () => {
    const before = await emulator.control.groundTruth(project);
    const result = await emulator.control.mutateRound({
      percent: 10,
      types: ['instances', 'disks'],
      projects: [project],
    });
    assert.equal(result.round, 1);
    const ops = new Set(result.changes.map((c) => c.op));
    for (const op of ['create', 'update', 'delete', 'recreate'] as const)
      assert.ok(ops.has(op), `round has ${op}`);
    const after = await emulator.control.groundTruth(project);
    assert.equal(after.round, 1);
    const listed = await pageAll(client, 'instances', project);
    assert.deepEqual(
      listed.items.map((i) => i['id']).sort(),
      after.resources.instances.map((i) => i.id).sort(),
    );
    const byName = (list: compute_v1.Schema$Instance[]) => new Map(list.map((i) => [i.name, i]));
    const old = byName(before.resources.instances);
    const now = byName(after.resources.instances);
    for (const change of result.changes.filter((c) => c.type === 'instances')) {
      if (change.op === 'create') assert.ok(!old.has(change.name) && now.has(change.name));
      if (change.op === 'delete') assert.ok(old.has(change.name) && !now.has(change.name));
      if (change.op === 'recreate') assert.notEqual(now.get(change.name)?.id, old.get(change.name)?.id);
      if (change.op === 'update') {
        assert.equal(now.get(change.name)?.id, old.get(change.name)?.id);
        assert.notDeepEqual(now.get(change.name), old.get(change.name));
      }
    }
    const disks = new Set(after.resources.disks.map((d) => d.selfLink));
    for (const i of after.resources.instances)
      for (const d of i.disks ?? []) assert.ok(disks.has(d.source), 'attached disks still exist');
    const instances = new Set(after.resources.instances.map((i) => i.selfLink));
    for (const d of after.resources.disks)
      for (const u of d.users ?? []) assert.ok(instances.has(u), 'disk users still exist');
  });

  it('rounds are deterministic and reset returns to round 0', async () => {
    const round0 = await emulator.control.groundTruth(project);
    const first = await emulator.control.mutateRound({ percent: 5 });
    const state1 = await emulator.control.groundTruth(project);
    await emulator.control.reset();
    assert.deepEqual(await emulator.control.groundTruth(project), round0);
    const again = await emulator.control.mutateRound({ percent: 5 });
    assert.deepEqual(again, first);
    assert.deepEqual(await emulator.control.groundTruth(project), state1);
  });

  it('explicit operations change nested fields, delete with cascade and recreate with a new id', async () => {
    const truth = await emulator.control.groundTruth(project);
    const withNat = truth.resources.instances.find((i) => i.networkInterfaces?.[0]?.accessConfigs?.length);
    const disk = truth.resources.disks.find((d) => !d.users);
    const victim = truth.resources.instances.find((i) => (i.disks?.length ?? 0) > 1 && i !== withNat);
    assert.ok(withNat?.name && disk?.name && victim?.name);
    const result = await emulator.control.applyOps([
      {
        op: 'update',
        project,
        type: 'instances',
        name: withNat.name,
        set: { 'networkInterfaces.0.accessConfigs.0.natIP': '203.0.113.9', 'labels.stage': 'blue' },
      },
      { op: 'update', project, type: 'disks', name: disk.name, set: { sizeGb: '4096' } },
      { op: 'recreate', project, type: 'networks', name: 'default' },
      { op: 'delete', project, type: 'instances', name: victim.name },
      {
        op: 'create',
        project,
        type: 'firewalls',
        resource: {
          name: 'allow-rdp',
          network: truth.resources.networks[0]?.selfLink,
          allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }],
        },
      },
    ]);
    assert.equal(result.round, 1);
    const zone = withNat.zone?.split('/').pop() ?? '';
    const got = await client.instances.get({ project, zone, instance: withNat.name });
    assert.equal(got.data.networkInterfaces?.[0]?.accessConfigs?.[0]?.natIP, '203.0.113.9');
    assert.equal(got.data.labels?.['stage'], 'blue');
    const after = await emulator.control.groundTruth(project);
    assert.equal(after.resources.disks.find((d) => d.name === disk.name)?.sizeGb, '4096');
    assert.notEqual(
      after.resources.networks.find((n) => n.name === 'default')?.id,
      truth.resources.networks.find((n) => n.name === 'default')?.id,
    );
    assert.ok(!after.resources.instances.some((i) => i.name === victim.name));
    assert.ok(
      !after.resources.disks.some((d) => d.name === `${victim.name}-boot`),
      'boot disk deleted with its instance',
    );
    assert.ok(
      !after.resources.disks.some((d) => d.users?.includes(victim.selfLink ?? '')),
      'data disks no longer list the instance',
    );
    const rule = (await client.firewalls.get({ project, firewall: 'allow-rdp' })).data;
    assert.match(rule.id ?? '', /^\d+$/);
    assert.equal(
      rule.selfLink,
      `https://www.googleapis.com/compute/v1/projects/${project}/global/firewalls/allow-rdp`,
    );
  });

  it('rejects an operation on a missing resource with 400 naming it', async () => {
    await assert.rejects(
      emulator.control.applyOps([{ op: 'delete', project, type: 'disks', name: 'ghost' }]),
      /400.*ghost/,
    );
  });

  it('counts requests per project and method, and reset clears them', async () => {
    await client.instances.aggregatedList({ project });
    await client.networks.list({ project });
    await client.networks.list({ project });
    assert.deepEqual(await emulator.control.requestCounts(), {
      [project]: { 'instances.aggregatedList': 1, 'networks.list': 2 },
    });
    await emulator.control.reset();
    assert.deepEqual(await emulator.control.requestCounts(), {});
    assert.deepEqual(await emulator.control.projects(), ['hotpot-demo-001', 'hotpot-demo-002']);
  });
});
