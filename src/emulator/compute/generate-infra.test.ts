import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseStored } from '../estate.js';
import { generateEstate } from '../generate-estate.js';
import { defaultInfraCounts } from './generate-infra.js';
import { emulatorComputeClient, startEmulator, type GroundTruth, type RunningEmulator } from '../index.js';
import { allResourceTypes, type ResourceType } from './resource-types.js';
import { checkMessage } from './testing/proto-schema.js';
import { lastSegment } from './urls.js';

const noInfra = Object.fromEntries(Object.keys(defaultInfraCounts).map((k) => [k, 0]));
const infraTypes: ResourceType[] = [
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
];

function dump(options: Parameters<typeof generateEstate>[0], types: readonly ResourceType[]) {
  const estate = generateEstate(options);
  return estate.projectIds().map((id) =>
    types.map((t) =>
      estate
        .project(id)
        ?.collections[t].all()
        .map((r) => r.json.toString()),
    ),
  );
}

describe('infra generators', () => {
  it('leave every value of the other types as it was, and are deterministic', () => {
    const others = allResourceTypes.filter((t) => !infraTypes.includes(t));
    const options = { seed: 9, projects: 2, zones: 3, instances: 60 };
    const without = dump({ ...options, ...noInfra }, others);
    const withInfra = generateEstate(options);
    const managedGroups = withInfra.projectIds().map((id) =>
      others.map((t) =>
        withInfra
          .project(id)
          ?.collections[t].all()
          .filter((r) => !(t === 'instanceGroups' && /^r?mig-/.test(r.name)))
          .filter((r) => !(t === 'forwardingRules' && /^classic-vpn-/.test(r.name)))
          .map((r) => r.json.toString()),
      ),
    );
    assert.deepEqual(managedGroups, without);
    assert.deepEqual(dump(options, infraTypes), dump(options, infraTypes));
    assert.notDeepEqual(dump(options, infraTypes), dump({ ...options, seed: 10 }, infraTypes));
  });

  it('gives ids unique across projects and types', () => {
    const estate = generateEstate({ seed: 4, projects: 3, zones: 4, instances: 30 });
    const ids = estate
      .projectIds()
      .flatMap((id) =>
        infraTypes.flatMap((t) =>
          (estate.project(id)?.collections[t].all() ?? []).map((r) => parseStored<{ id: string }>(r).id),
        ),
      );
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('infra references through the served API', () => {
  let emulator: RunningEmulator;
  let truth: GroundTruth;
  before(async () => {
    emulator = await startEmulator({
      generate: { seed: 21, projects: 2, zones: 4, instances: 80, disks: 10 },
    });
    truth = await emulator.control.groundTruth('hotpot-demo-001');
  });
  after(() => emulator.stop());

  const links = (items: { selfLink?: string | null }[]) => new Set(items.map((i) => i.selfLink));

  it('managers use existing templates and own an instance group sized to the instances they manage', () => {
    const r = truth.resources;
    const templates = links(r.instanceTemplates);
    const groups = new Map(r.instanceGroups.map((g) => [g.selfLink, g]));
    assert.ok(r.instanceGroupManagers.some((m) => m.zone) && r.instanceGroupManagers.some((m) => m.region));
    for (const m of r.instanceGroupManagers) {
      assert.ok(templates.has(m.instanceTemplate), `${m.name}: template ${m.instanceTemplate}`);
      const group = groups.get(m.instanceGroup);
      assert.ok(group, `${m.name}: group ${m.instanceGroup}`);
      const inPlace = (zone: string) =>
        m.zone ? zone === lastSegment(m.zone) : zone.startsWith(`${lastSegment(m.region ?? '')}-`);
      const managed = r.instances.filter(
        (i) => i.name?.startsWith(`${m.baseInstanceName}-`) && inPlace(lastSegment(i.zone ?? '')),
      );
      assert.equal(m.targetSize, managed.length, `${m.name}: targetSize`);
      assert.equal(group.size, managed.length, `${m.name}: group size`);
      if (m.region) assert.equal(group.region, m.region);
    }
    assert.ok(
      r.instanceGroupManagers.some((m) => (m.targetSize ?? 0) > 0),
      'some managers manage instances',
    );
  });

  it('templates, images, snapshots and machine images refer to existing networks, disks and instances', () => {
    const r = truth.resources;
    const networks = links(r.networks);
    const subnets = links(r.subnetworks);
    const disks = new Map(r.disks.map((d) => [d.selfLink, d]));
    for (const t of r.instanceTemplates)
      for (const nic of t.properties?.networkInterfaces ?? []) {
        assert.ok(networks.has(nic.network), `${t.name}: network`);
        assert.ok(subnets.has(nic.subnetwork), `${t.name}: subnetwork`);
      }
    for (const s of r.snapshots) assert.equal(disks.get(s.sourceDisk)?.id, s.sourceDiskId, `${s.name}`);
    for (const i of r.images) if (i.sourceDisk) assert.equal(disks.get(i.sourceDisk)?.id, i.sourceDiskId);
    assert.ok(
      r.images.some((i) => i.deprecated?.state === 'DEPRECATED'),
      'an older image is deprecated',
    );
    for (const i of r.images.filter((x) => x.deprecated))
      assert.ok(links(r.images).has(i.deprecated?.replacement), `${i.name}: replacement`);
    const policies = links(r.resourcePolicies);
    for (const s of r.snapshots.filter((x) => x.autoCreated))
      assert.ok(policies.has(s.sourceSnapshotSchedulePolicy), `${s.name}: schedule`);
    const instances = links(r.instances);
    for (const m of r.machineImages) assert.ok(instances.has(m.sourceInstance), `${m.name}: source`);
  });

  it('VPN tunnels and interconnect attachments use existing gateways and routers of the same network', () => {
    const r = truth.resources;
    const routers = new Map(r.routers.map((x) => [x.selfLink, x]));
    const gateways = new Map(r.vpnGateways.map((x) => [x.selfLink, x]));
    assert.ok(r.vpnTunnels.length > 0 && r.interconnectAttachments.length > 0);
    for (const t of r.vpnTunnels) {
      const gateway = gateways.get(t.vpnGateway);
      assert.ok(gateway, `${t.name}: gateway`);
      assert.equal(
        routers.get(t.router)?.network,
        gateway.network,
        `${t.name}: router on the gateway's network`,
      );
      assert.equal(t.region, gateway.region);
    }
    for (const a of r.interconnectAttachments) assert.equal(routers.get(a.router)?.region, a.region);
  });

  it('serves the project at GET projects/{p}, matching ground truth and protos.json', async () => {
    const client = emulatorComputeClient(emulator.url);
    const [project] = truth.resources.projects;
    const got = (await client.projects.get({ project: 'hotpot-demo-001' })).data;
    assert.deepEqual(got, project);
    assert.deepEqual(checkMessage('Project', got), []);
    assert.equal(got.name, 'hotpot-demo-001');
    const account = truth.resources.instances[0]?.serviceAccounts?.[0]?.email;
    assert.equal(got.defaultServiceAccount, account);
    await assert.rejects(client.projects.get({ project: 'nope' }), { status: 404 });
    await emulator.control.setFault({ kind: 'permissionDenied', method: 'projects.get', count: 1 });
    await assert.rejects(client.projects.get({ project: 'hotpot-demo-001' }), { status: 403 });
    await emulator.control.setFault({
      kind: 'badItem',
      variant: 'missingId',
      method: 'projects.get',
      count: 1,
    });
    assert.equal((await client.projects.get({ project: 'hotpot-demo-001' })).data.id, undefined);
    const counts = await emulator.control.requestCounts();
    assert.equal(counts['hotpot-demo-001']?.['projects.get'], 3);
  });

  it('serves regional groups, managers and templates at their regional collections', async () => {
    const client = emulatorComputeClient(emulator.url);
    const project = 'hotpot-demo-001';
    const region = 'us-central1';
    const migs = (await client.regionInstanceGroupManagers.list({ project, region })).data;
    const name = migs.items?.[0]?.name ?? '';
    assert.equal(
      (await client.regionInstanceGroups.get({ project, region, instanceGroup: name })).data.name,
      name,
    );
    const templates = (await client.instanceTemplates.aggregatedList({ project })).data.items ?? {};
    assert.ok(templates['global']?.instanceTemplates?.length);
    assert.ok(templates[`regions/${region}`]?.instanceTemplates?.length);
    const regional = templates[`regions/${region}`]?.instanceTemplates?.[0]?.name ?? '';
    await client.regionInstanceTemplates.get({ project, region, instanceTemplate: regional });
    await assert.rejects(client.instanceTemplates.get({ project, instanceTemplate: regional }), {
      status: 404,
    });
  });
});
