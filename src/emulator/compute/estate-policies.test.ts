import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient } from './compute-client.js';
import { estateFromDocument, EstateFileError, type EstateFile } from '../estate-file.js';
import { startEmulator, type RunningEmulator } from '../index.js';

const tcp = (ports: string[]) => ({ layer4Configs: [{ ipProtocol: 'tcp', ports }] });
const rule = (priority: number, action: string, ports: string[], srcIpRanges = ['0.0.0.0/0']) => ({
  priority,
  action,
  direction: 'INGRESS',
  match: { ...tcp(ports), srcIpRanges },
});

/** organizations/700 → folders/710 → folders/720 → project hp-a; policies declared by hand. */
function doc(
  overrides: Partial<{ org: unknown[]; folder: unknown[]; network: Record<string, unknown>[] }> = {},
): EstateFile {
  return {
    organizations: [
      {
        id: '700',
        firewallPolicies: overrides.org ?? [
          {
            shortName: 'baseline',
            rules: [rule(1000, 'deny', ['80']), rule(1100, 'goto_next', ['22'], ['35.235.240.0/20'])],
            associations: [{ attachmentTarget: 'organizations/700' }],
          },
        ],
        folders: [
          {
            id: '710',
            firewallPolicies: overrides.folder ?? [
              {
                shortName: 'prod',
                rules: [rule(100, 'allow', ['443'])],
                associations: [{ attachmentTarget: 'folders/710' }],
              },
            ],
            folders: [{ id: '720' }],
          },
        ],
      },
    ],
    projects: [
      {
        id: 'hp-a',
        parent: 'folders/720',
        resources: {
          networks: [{ name: 'vpc', autoCreateSubnetworks: false }],
          instances: [
            {
              name: 'web-1',
              zone: 'us-central1-a',
              networkInterfaces: [
                {
                  name: 'nic0',
                  network: 'https://www.googleapis.com/compute/v1/projects/hp-a/global/networks/vpc',
                  accessConfigs: [{ natIP: '34.10.0.1' }],
                },
              ],
            },
          ],
          networkFirewallPolicies: overrides.network ?? [
            { name: 'np', rules: [rule(100, 'deny', ['9000'])], associations: [{ attachmentTarget: 'vpc' }] },
          ],
        },
      },
    ],
  };
}

let emulator: RunningEmulator;
let client: compute_v1.Compute;
before(async () => {
  emulator = await startEmulator({ estate: doc() });
  client = emulatorComputeClient(emulator.url);
});
after(() => emulator?.stop());

const ingress = (p: compute_v1.Schema$FirewallPolicy) =>
  (p.rules ?? []).filter((r) => r.direction === 'INGRESS').map((r) => `${r.priority} ${r.action}`);

test('declared hierarchical and network policies are served as Google stores them, default rules added', async () => {
  const org = (await client.firewallPolicies.list({ parentId: 'organizations/700' })).data.items ?? [];
  assert.deepEqual(
    org.map((p) => [p.shortName, p.parent, p.associations?.map((a) => a.attachmentTarget), ingress(p)]),
    [
      [
        'baseline',
        'organizations/700',
        ['organizations/700'],
        ['1000 deny', '1100 goto_next', '2147483645 goto_next', '2147483647 goto_next'],
      ],
    ],
  );
  const got = await client.firewallPolicies.get({ firewallPolicy: org[0]!.name! });
  assert.equal(got.data.shortName, 'baseline');
  const folder = (await client.firewallPolicies.list({ parentId: 'folders/710' })).data.items ?? [];
  assert.deepEqual(folder.map(ingress), [['100 allow', '2147483645 goto_next', '2147483647 goto_next']]);
  assert.equal(
    (await client.firewallPolicies.list({ parentId: 'folders/720' })).data.items,
    undefined,
    'a node that declares nothing has no policy once the file declares some',
  );
  const np = (await client.networkFirewallPolicies.list({ project: 'hp-a' })).data.items ?? [];
  assert.deepEqual(
    np.map((p) => p.associations?.map((a) => a.attachmentTarget)),
    [['https://www.googleapis.com/compute/v1/projects/hp-a/global/networks/vpc']],
  );
});

test('the effective firewalls of the instance list the declared policies, organization first', async () => {
  const eff = await client.instances.getEffectiveFirewalls({
    project: 'hp-a',
    zone: 'us-central1-a',
    instance: 'web-1',
    networkInterface: 'nic0',
  });
  assert.deepEqual(
    eff.data.firewallPolicys?.map((p) => `${p.type} ${p.shortName ?? p.name}`),
    ['HIERARCHY baseline', 'HIERARCHY prod', 'NETWORK np'],
  );
});

test('a declaration Google would refuse is an estate file error naming the place', () => {
  const cases: [Parameters<typeof doc>[0], RegExp][] = [
    [
      { org: [{ shortName: 'a', rules: [rule(10, 'deny', ['22']), rule(10, 'allow', ['80'])] }] },
      /organizations\[0\]\.firewallPolicies\[0\] \(a\): rules\[1\]: priority 10 is used by another rule/,
    ],
    [
      { org: [{ shortName: 'a', rules: [rule(10, 'permit', ['22'])] }] },
      /rules\[0\]: "action" must be one of/,
    ],
    [
      { folder: [{ shortName: 'b', rules: [rule(10, 'allow', ['22'], ['10.0.0.0/33'])] }] },
      /folders\[0\]\.firewallPolicies\[0\] \(b\): rules\[0\]: "match\.srcIpRanges" holds "10\.0\.0\.0\/33"/,
    ],
    [{ org: [{ shortName: 'Bad Name' }] }, /"shortName" must be a name/],
    [
      { org: [{ shortName: 'a', associations: [{ attachmentTarget: 'folders/999' }] }] },
      /associations name 'folders\/999', not an organization or folder of the estate/,
    ],
    [
      {
        org: [
          { shortName: 'a', associations: [{ attachmentTarget: 'folders/710' }] },
          { shortName: 'b', associations: [] },
        ],
      },
      /folders\/710 is already associated with policy 'a' \(one per node\)/,
    ],
    [
      { network: [{ name: 'np', associations: [{ attachmentTarget: 'other-vpc' }] }] },
      /project hp-a: resources\.networkFirewallPolicies 'np': associations name '.*\/networks\/other-vpc', not the selfLink of a network of hp-a/,
    ],
    [
      {
        network: [
          { name: 'np1', associations: [{ attachmentTarget: 'vpc' }] },
          { name: 'np2', associations: [{ attachmentTarget: 'vpc' }] },
        ],
      },
      /'np2': network .*\/vpc is already associated with policy 'np1'/,
    ],
    [{ network: [{ name: 'np', rules: [{ priority: 5, action: 'allow' }] }] }, /"match" must be an object/],
  ];
  for (const [overrides, message] of cases)
    assert.throws(
      () => estateFromDocument(doc(overrides)),
      (err: unknown) => err instanceof EstateFileError && message.test(err.message),
      String(message),
    );
});
