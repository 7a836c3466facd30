import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeKind } from '../../gcp/compute/kinds.js';
import { computeResources } from '../../gcp/compute/registry.js';
import { recordRunStarted, recordScopeSkipped } from '../../ingest/runs.js';
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
  return (await answerWithNotes(asOf)).rows;
}

async function answerWithNotes(asOf?: Date): Promise<{ rows: string[]; notes: string[] }> {
  const result = await exposure(env.db, { project, ...(asOf && { asOf }) });
  const rows = result.rows
    .filter((r) => r.source_class === 'internet')
    .map(line)
    .sort();
  return { rows, notes: result.notes.filter((n) => n.includes('no stored secure tags')) };
}

test('secure-tag targets select instances by the tag bindings stored for them, now and as of a time; unread bindings give the worst case', async () => {
  await sync(['networks', 'firewalls', 'networkFirewallPolicies', 'instances']);
  const unread = await answerWithNotes();
  assert.deepEqual(
    unread.rows,
    [
      'none tcp/22 network policy np: rule 100',
      'none tcp/3389 vpc: allow-rdp',
      'other tcp/22 network policy np: rule 100',
      'other tcp/3389 vpc: allow-rdp',
      'tagged tcp/22 network policy np: rule 100',
      'tagged tcp/3389 vpc: allow-rdp',
    ],
    'bindings never read: the secure-tag allow applies to every instance, the secure-tag deny to none',
  );
  assert.equal(unread.notes.length, 1, unread.notes.join('\n'));
  assert.match(unread.notes[0]!, /^3 instances of project st-a have no stored secure tags/);
  assert.match(unread.notes[0]!, /rule 100 in st-a \(allow\), .*rule 200 in st-a \(deny\)/);
  await sync(['instanceTagBindings']);
  const bound = [
    'none tcp/3389 vpc: allow-rdp',
    'tagged tcp/22 network policy np: rule 100',
    'tagged tcp/3389 vpc: allow-rdp',
  ];
  assert.deepEqual(await answerWithNotes(), { rows: bound, notes: [] });
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
  await env.emulator.control.applyOps([
    { op: 'create', project, type: 'instances', resource: vm('late', '34.10.0.4', 'tagValues/78') },
  ]);
  await sync(['instances']);
  const late = await answerWithNotes();
  assert.deepEqual(late.rows, [
    'late tcp/22 network policy np: rule 100',
    'late tcp/3389 vpc: allow-rdp',
    'none tcp/3389 vpc: allow-rdp',
    'tagged tcp/3389 vpc: allow-rdp',
  ]);
  assert.match(late.notes.join('\n'), /^1 instance of project st-a has no stored secure tags/);
  await sync(['instanceTagBindings']);
  const read = { rows: ['none tcp/3389 vpc: allow-rdp', 'tagged tcp/3389 vpc: allow-rdp'], notes: [] };
  assert.deepEqual(await answerWithNotes(), read);
  const beforeSkip = new Date();
  await new Promise((r) => setTimeout(r, 20));
  const runId = `skip-${Date.now()}`;
  const startedAt = new Date().toISOString();
  await recordRunStarted(env.db, {
    runId,
    workflowId: runId,
    workflowType: 'test',
    scopeCount: 1,
    startedAt,
  });
  await recordScopeSkipped(env.db, { runId, scope: project, kind: computeKind('instanceTagBindings').kind });
  const skipped = await answerWithNotes();
  assert.equal(skipped.rows.filter((r) => r.includes('rule 100')).length, 4, skipped.rows.join('\n'));
  assert.match(skipped.notes.join('\n'), /^4 instances of project st-a have no stored secure tags/);
  assert.deepEqual(
    await answerWithNotes(beforeSkip),
    read,
    'as of before the skipped scope, the bindings read then',
  );
});
