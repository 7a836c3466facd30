import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient } from './compute-client.js';
import { startEmulator, type RunningEmulator } from '../index.js';

// organizations/500 → folders/510 (top level) → folders/520; one project under each folder.
let emulator: RunningEmulator;
let client: compute_v1.Compute;
before(async () => {
  emulator = await startEmulator({
    estate: {
      seed: 3,
      generate: { projects: ['fp-a', 'fp-b'], zones: 1, instances: 1, networks: 2 },
      organizations: [{ id: '500', folders: [{ id: '510', folders: [{ id: '520' }] }] }],
      projects: [
        { id: 'fp-a', parent: 'folders/510' },
        { id: 'fp-b', parent: 'folders/520' },
      ],
    },
  });
  client = emulatorComputeClient(emulator.url);
});
after(() => emulator?.stop());

const ingress = (p: compute_v1.Schema$FirewallPolicy) =>
  (p.rules ?? [])
    .filter((r) => r.direction === 'INGRESS' && r.priority! < 2147483644)
    .map((r) => `${r.priority} ${r.action} ${r.match?.layer4Configs?.[0]?.ports?.join(',') ?? ''}`);

test('hierarchical policies: an org policy and a top-level folder policy with goto_next, listed by parentId', async () => {
  const org = (await client.firewallPolicies.list({ parentId: 'organizations/500' })).data;
  assert.equal(org.kind, 'compute#firewallPolicyList');
  assert.deepEqual(
    org.items?.map((p) => [p.shortName, p.parent, p.associations?.[0]?.attachmentTarget, ingress(p)]),
    [
      [
        'org-baseline',
        'organizations/500',
        'organizations/500',
        ['1000 deny 80', '1100 goto_next 22', '1200 allow 443'],
      ],
    ],
  );
  const folder = (await client.firewallPolicies.list({ parentId: 'folders/510' })).data;
  assert.deepEqual(folder.items?.map(ingress), [['100 goto_next 443', '200 deny 8080']]);
  assert.deepEqual((await client.firewallPolicies.list({ parentId: 'folders/520' })).data.items, undefined);
  const id = org.items?.[0]?.name ?? '';
  assert.equal((await client.firewallPolicies.get({ firewallPolicy: id })).data.shortName, 'org-baseline');
  await assert.rejects(client.firewallPolicies.get({ firewallPolicy: '404' }), { status: 404 });
});

test('faults apply to a node like to a project', async () => {
  await emulator.control.setFault({ kind: 'permissionDenied', project: 'organizations/500', count: 1 });
  await assert.rejects(client.firewallPolicies.list({ parentId: 'organizations/500' }), { status: 403 });
  await emulator.control.clearFaults();
});

test('network policies: a global one attached to the first VPC (BEFORE_CLASSIC_FIREWALL) and a regional one', async () => {
  const networks = (await client.networks.list({ project: 'fp-a' })).data.items ?? [];
  assert.deepEqual(
    networks.map((n) => n.networkFirewallPolicyEnforcementOrder),
    ['BEFORE_CLASSIC_FIREWALL', 'AFTER_CLASSIC_FIREWALL'],
  );
  const global = (await client.networkFirewallPolicies.list({ project: 'fp-a' })).data.items ?? [];
  assert.deepEqual(
    global.map((p) => [p.associations?.[0]?.attachmentTarget, ingress(p)]),
    [[networks[0]!.selfLink, ['100 deny 9000-9100', '200 allow 8443', '300 allow 8000']]],
  );
  const aggregated = (await client.networkFirewallPolicies.aggregatedList({ project: 'fp-a' })).data;
  const regional = Object.values(aggregated.items ?? {}).flatMap((s) => s.firewallPolicies ?? []);
  assert.equal(regional.length, 1);
  const got = await client.regionNetworkFirewallPolicies.get({
    project: 'fp-a',
    region: regional[0]!.region!.split('/').pop()!,
    firewallPolicy: regional[0]!.name!,
  });
  assert.deepEqual(ingress(got.data), [
    '100 allow 500,4500',
    '200 deny 8443',
    '300 deny 22',
    '310 allow 5432',
  ]);
  const web = global[0]!.rules!.find((r) => r.priority === 300)!.targetSecureTags;
  assert.match(web?.[0]?.name ?? '', /^tagValues\/\d+$/, 'rule 300 targets a secure tag value');
});
