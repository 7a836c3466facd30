import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { allResourceTypes, emulatorComputeClient, startEmulator, type RunningEmulator } from '../index.js';
import { globalTwinOf, isSingleton } from './resource-types.js';
import { access, pageAll } from './testing/compute-pager.js';
import { checkMessage } from './testing/proto-schema.js';

const empty = {
  instances: 0,
  disks: 0,
  networks: 0,
  addressesPerRegion: 0,
  globalAddresses: 0,
  instanceGroupsPerZone: 0,
};

describe('fidelity through @googleapis/compute', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  before(async () => {
    emulator = await startEmulator({
      generate: { seed: 42, projects: 3, instances: 120, disks: 40, overrides: { 'hotpot-demo-003': empty } },
    });
    client = emulatorComputeClient(emulator.url);
  });
  after(() => emulator.stop());

  for (const type of allResourceTypes.filter((t) => !isSingleton(t))) {
    it(`pages every ${type} with the ground truth's ids, and every page and item matches protos.json`, async () => {
      for (const project of await emulator.control.projects()) {
        const resources = (await emulator.control.groundTruth(project)).resources;
        const truth = resources[type] as { id?: string | null }[];
        const twin = globalTwinOf(type);
        const globals = twin ? (resources[twin] as { id?: string | null }[]) : [];
        const { items, pages } = await pageAll(client, type, project, 13);
        assert.deepEqual(
          items.map((i) => i['id']).sort(),
          [...globals, ...truth].map((i) => i.id).sort(),
          `${project} ${type}${twin ? ` and, under items.global, ${twin}` : ''}`,
        );
        assert.equal(new Set(items.map((i) => i['id'])).size, items.length, 'ids are unique');
        for (const page of pages) assert.deepEqual(checkMessage(access[type].listMessage, page), []);
        const own = new Set(truth.map((i) => i.id));
        const first = items.find((i) => own.has(i['id'] as string));
        if (first) {
          const got = await access[type].get(client, project, first);
          assert.deepEqual(got.data, first);
          assert.deepEqual(checkMessage(access[type].itemMessage, got.data), []);
        }
      }
    });
  }

  it('keeps cross-references inside the estate', async () => {
    const truth = await emulator.control.groundTruth('hotpot-demo-001');
    const { instances, disks, networks, subnetworks, firewalls, routers } = truth.resources;
    const diskLinks = new Set(disks.map((d) => d.selfLink));
    const instanceLinks = new Set(instances.map((i) => i.selfLink));
    const networkLinks = new Set(networks.map((n) => n.selfLink));
    const subnetLinks = new Set(subnetworks.map((s) => s.selfLink));
    for (const instance of instances) {
      for (const d of instance.disks ?? [])
        assert.ok(diskLinks.has(d.source), `disk ${d.source} of ${instance.name} exists`);
      assert.equal(instance.disks?.filter((d) => d.boot).length, 1);
      for (const nic of instance.networkInterfaces ?? []) {
        assert.ok(networkLinks.has(nic.network), `network ${nic.network} exists`);
        assert.ok(subnetLinks.has(nic.subnetwork), `subnetwork ${nic.subnetwork} exists`);
      }
    }
    for (const disk of disks) {
      for (const user of disk.users ?? []) {
        assert.ok(instanceLinks.has(user), `user ${user} of ${disk.name} exists`);
        assert.ok(
          instances.find((i) => i.selfLink === user)?.disks?.some((d) => d.source === disk.selfLink),
          'user attaches the disk',
        );
      }
    }
    for (const link of [...firewalls, ...subnetworks, ...routers].map((r) => r.network))
      assert.ok(networkLinks.has(link), `network ${link} exists`);
    for (const n of networks) for (const s of n.subnetworks ?? []) assert.ok(subnetLinks.has(s));
    const nicCounts = new Set(instances.map((i) => i.networkInterfaces?.length ?? 0));
    assert.ok(nicCounts.has(0) && nicCounts.has(8), 'instances with 0 and 8 NICs exist');
    assert.ok(
      disks.some((d) => !d.users),
      'some disks are unattached',
    );
    assert.ok(new Set(instances.map((i) => i.status)).size >= 3, 'statuses are mixed');
    assert.match(
      instances[0]?.creationTimestamp ?? '',
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[-+]\d\d:\d\d$/,
    );
    assert.match(instances[0]?.id ?? '', /^\d{19}$/);
    assert.ok(
      instances.some((i) => Object.values(i.labels ?? {}).some((v) => /[^\x00-\x7f]/.test(v))),
      'some labels are unicode',
    );
  });

  it('lists empty scopes with NO_RESULTS_ON_PAGE and an empty project without items', async () => {
    const page = await client.instances.aggregatedList({ project: 'hotpot-demo-003' });
    const scopes = Object.values(page.data.items ?? {});
    assert.equal(scopes.length, 4);
    for (const scope of scopes) assert.equal(scope.warning?.code, 'NO_RESULTS_ON_PAGE');
    assert.equal((await client.networks.list({ project: 'hotpot-demo-003' })).data.items, undefined);
  });
});
