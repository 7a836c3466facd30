import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient } from '../../emulator/index.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import type { ExposureInstance } from './estate.js';
import { evaluateExposure } from './evaluate-exposure.js';
import { exposure } from './exposure.js';
import type { ExposureRow } from './exposure-row.js';
import { firewallPolicy, type FirewallPolicy } from './firewall-policy.js';
import { firewallRule } from './firewall-rule.js';
import type { EnforcementOrder } from './policy-order.js';
import { SOURCE_CLASSES } from './public-ranges.js';
import { estate } from './testing-estate.js';
import { normalizeUrl } from './urls.js';

// organizations/<org> → folders/<org>1 (top level, its policy has goto_next) → folders/<org>2 → two projects.
const tag = randomBytes(2).readUInt16BE(0) % 9000;
const org = String(1000 + tag);
const projects = [`eff-a-${tag}`, `eff-b-${tag}`];
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: {
      estate: {
        seed: 25,
        generate: {
          projects,
          zones: 2,
          instances: 30,
          networks: 2,
          firewallsPerNetwork: 4,
          disks: 0,
          instanceGroupsPerZone: 0,
        },
        organizations: [{ id: org, folders: [{ id: `${org}1`, folders: [{ id: `${org}2` }] }] }],
        projects: projects.map((id) => ({ id, parent: `folders/${org}2` })),
      },
    },
  });
});
after(() => env?.close());

const line = (r: ExposureRow) =>
  `${r.instance_name} ${r.address} ${r.protocol}/${r.ports} ${r.source_class} ${r.rule_level}: ${r.rule_name}@${r.rule_priority}${r.narrowed_by.length ? ` narrowed:${r.narrowed_by.join('+')}` : ''}`;

/** The answer for one instance interface from Google's effective-firewalls listing of it, and nothing else. */
async function fromListing(
  compute: compute_v1.Compute,
  instance: compute_v1.Schema$Instance,
  project: string,
  nic: compute_v1.Schema$NetworkInterface,
  order: EnforcementOrder,
): Promise<ExposureRow[]> {
  const zone = (instance.zone ?? '').split('/').pop()!;
  const listing = (
    await compute.instances.getEffectiveFirewalls({
      project,
      zone,
      instance: instance.name!,
      networkInterface: nic.name!,
    })
  ).data;
  const network = normalizeUrl(nic.network ?? '');
  const networkProject = network.split('/')[1]!;
  const nodes: string[] = [];
  const policies: FirewallPolicy[] = [];
  for (const p of listing.firewallPolicys ?? []) {
    const raw = { ...p, associations: [{ attachmentTarget: nic.network! }] };
    if (p.type === 'HIERARCHY') {
      const node = (await compute.firewallPolicies.get({ firewallPolicy: p.name! })).data.parent!;
      nodes.push(node);
      policies.push(
        firewallPolicy('hierarchy', node, { ...raw, associations: [{ attachmentTarget: node }] }),
      );
    } else if (p.type === 'NETWORK') policies.push(firewallPolicy('network', networkProject, raw));
    else
      policies.push(
        firewallPolicy('regional', networkProject, { ...raw, region: zone.replace(/-[a-z]$/, '') }),
      );
  }
  const vm: ExposureInstance = {
    project,
    id: instance.id!,
    name: instance.name!,
    zone,
    status: instance.status ?? null,
    tags: instance.tags?.items ?? [],
    serviceAccount: instance.serviceAccounts?.[0]?.email ?? null,
    secureTags: Object.values(instance.params?.resourceManagerTags ?? {}),
    nics: [
      {
        network,
        externalIpv4: (nic.accessConfigs ?? []).flatMap((a) => (a.natIP ? [a.natIP] : [])),
        externalIpv6: (nic.ipv6AccessConfigs ?? []).flatMap((a) => (a.externalIpv6 ? [a.externalIpv6] : [])),
      },
    ],
    createdBy: null,
  };
  const e = estate({
    instances: [vm],
    firewalls: (listing.firewalls ?? []).map((f) => firewallRule(networkProject, f)),
    policies,
    ancestry: { [networkProject]: nodes },
    enforcementOrder: { [network]: order },
  });
  return evaluateExposure(e, { sourceClasses: SOURCE_CLASSES }).rows;
}

test('for every generated instance, the evaluation from the store equals the one from Google’s effective-firewalls listing', async () => {
  const run = await (await env.inventory({ parents: [`organizations/${org}`] })).result();
  assert.equal(run.status, 'ok');
  const db = env.db.store.db;
  const compute = emulatorComputeClient(env.emulator.url);
  const ours = (await exposure(db, { sourceClasses: SOURCE_CLASSES })).rows.filter(
    (r) => projects.includes(r.project_id) && r.via === 'direct IP',
  );
  const theirs: ExposureRow[] = [];
  let interfaces = 0;
  for (const project of projects) {
    const truth = (await env.emulator.control.groundTruth(project)).resources;
    const orders = new Map(
      truth.networks.map((n) => [
        normalizeUrl(n.selfLink!),
        (n.networkFirewallPolicyEnforcementOrder ?? 'AFTER_CLASSIC_FIREWALL') as EnforcementOrder,
      ]),
    );
    for (const instance of truth.instances)
      for (const nic of instance.networkInterfaces ?? []) {
        const external =
          (nic.accessConfigs ?? []).some((a) => a.natIP) || (nic.ipv6AccessConfigs ?? []).length > 0;
        if (!external) continue;
        interfaces++;
        const order = orders.get(normalizeUrl(nic.network!)) ?? 'AFTER_CLASSIC_FIREWALL';
        theirs.push(...(await fromListing(compute, instance, project, nic, order)));
      }
  }
  assert.ok(interfaces >= 10, `the estate has instances with external addresses (${interfaces})`);
  const sort = (rows: ExposureRow[]) => rows.map(line).sort();
  assert.deepEqual(sort(ours), sort(theirs));
  const levels = new Set(ours.map((r) => r.rule_level.split(' ')[0]));
  for (const level of ['vpc', 'org', 'network', 'regional'])
    assert.ok(
      levels.has(level),
      `some instance's answer is decided at level ${level}: ${[...levels].join(', ')}`,
    );
  const http = ours.filter((r) => r.rule_name.endsWith('-allow-http') && r.source_class === 'internet');
  assert.ok(
    http.some((r) => r.ports === '443'),
    'VPC rules allow 80 and 443 to http-server instances',
  );
  assert.deepEqual(
    http.filter((r) => r.ports === '80'),
    [],
    'the org policy denies tcp 80',
  );
});
