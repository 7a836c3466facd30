import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeResources } from '../../gcp/compute/registry.js';
import { emulatorScope } from '../../gcp/compute/testing/emulator-scope.js';
import type { ResourceDefinition } from '../../provider/resource.js';
import { exposure } from './exposure.js';
import type { ExposureRow } from './exposure-row.js';

const project = 'st-a';
const vpc = `https://www.googleapis.com/compute/v1/projects/${project}/global/networks/vpc`;
const tcp = (ports: string[]) => [{ ipProtocol: 'tcp', ports }];
const vm = (name: string, ip: string, tagValue?: string) => ({
  name,
  zone: 'us-central1-a',
  networkInterfaces: [{ name: 'nic0', network: vpc, accessConfigs: [{ natIP: ip }] }],
  ...(tagValue && { params: { resourceManagerTags: { 'tagKeys/7': tagValue } } }),
});

/**
 * Written by hand from Google's documentation: the network policy goes first (BEFORE_CLASSIC_FIREWALL); its rule
 * 100 allows ssh to instances bound to tagValues/77, rule 200 denies rdp to those bound to tagValues/78; the rest
 * goes on to the VPC rule allowing rdp to every instance.
 */
const env = emulatorScope({
  estate: {
    projects: [
      {
        id: project,
        resources: {
          networks: [{ name: 'vpc', networkFirewallPolicyEnforcementOrder: 'BEFORE_CLASSIC_FIREWALL' }],
          firewalls: [
            {
              name: 'allow-rdp',
              network: vpc,
              direction: 'INGRESS',
              priority: 1000,
              sourceRanges: ['0.0.0.0/0'],
              allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }],
            },
          ],
          instances: [
            vm('tagged', '34.10.0.1', 'tagValues/77'),
            vm('other', '34.10.0.2', 'tagValues/78'),
            vm('none', '34.10.0.3'),
          ],
          networkFirewallPolicies: [
            {
              name: 'np',
              associations: [{ attachmentTarget: 'vpc' }],
              rules: [
                {
                  priority: 100,
                  action: 'allow',
                  direction: 'INGRESS',
                  match: { srcIpRanges: ['0.0.0.0/0'], layer4Configs: tcp(['22']) },
                  targetSecureTags: [{ name: 'tagValues/77', state: 'EFFECTIVE' }],
                },
                {
                  priority: 200,
                  action: 'deny',
                  direction: 'INGRESS',
                  match: { srcIpRanges: ['0.0.0.0/0'], layer4Configs: tcp(['3389']) },
                  targetSecureTags: [{ name: 'tagValues/78', state: 'EFFECTIVE' }],
                },
              ],
            },
          ],
        },
      },
    ],
  },
});

async function sync(plurals: string[]): Promise<void> {
  for (const plural of plurals) {
    const resource = computeResources.find((r) => r.plural === plural)! as ResourceDefinition;
    assert.equal((await env.sync(resource, project)).status, 'ok', plural);
  }
}

const line = (r: ExposureRow) =>
  `${r.instance_name} ${r.protocol}/${r.ports} ${r.rule_level}: ${r.rule_name}`;

async function answer(asOf?: Date): Promise<string[]> {
  const result = await exposure(env.db, { project, ...(asOf && { asOf }) });
  return result.rows
    .filter((r) => r.source_class === 'internet')
    .map(line)
    .sort();
}

test('secure-tag targets select instances by the tag bindings stored for them, now and as of a time', async () => {
  await sync(['networks', 'firewalls', 'networkFirewallPolicies', 'instances']);
  assert.deepEqual(
    await answer(),
    ['none tcp/3389 vpc: allow-rdp', 'other tcp/3389 vpc: allow-rdp', 'tagged tcp/3389 vpc: allow-rdp'],
    'without stored bindings no instance holds a secure tag',
  );
  await sync(['instanceTagBindings']);
  const bound = [
    'none tcp/3389 vpc: allow-rdp',
    'tagged tcp/22 network policy np: rule 100',
    'tagged tcp/3389 vpc: allow-rdp',
  ];
  assert.deepEqual(await answer(), bound);
  const before = new Date();
  await new Promise((r) => setTimeout(r, 20));
  await env.emulator.control.applyOps([
    {
      op: 'update',
      project,
      type: 'instances',
      name: 'tagged',
      location: 'us-central1-a',
      set: { params: { resourceManagerTags: {} } },
    },
  ]);
  await sync(['instanceTagBindings']);
  assert.deepEqual(await answer(), ['none tcp/3389 vpc: allow-rdp', 'tagged tcp/3389 vpc: allow-rdp']);
  assert.deepEqual(await answer(before), bound, 'as of before the unbinding');
});
