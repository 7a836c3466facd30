import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { sql } from 'kysely';
import { emulatorComputeClient } from '../../emulator/index.js';
import { createDiscoveryClient } from '../../gcp/discovery/discovery-client.js';
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
    secureTags: await boundTags(project, zone, instance.id!),
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

/** The secure tag values bound to an instance, as Resource Manager's `tagBindings.list` answers. */
async function boundTags(project: string, zone: string, id: string): Promise<string[]> {
  const rm = createDiscoveryClient({ kind: 'none' }, env.emulator.url).rm;
  const parent = `//compute.googleapis.com/projects/${project}/zones/${zone}/instances/${id}`;
  const { data } = await rm.tagBindings.list({ parent });
  return (data.tagBindings ?? []).map((b) => b.tagValue!);
}

/** Every external interface's answer from Google's effective-firewalls listings of the estate as it is now. */
async function fromListings(): Promise<{ rows: ExposureRow[]; interfaces: number }> {
  const compute = emulatorComputeClient(env.emulator.url);
  const rows: ExposureRow[] = [];
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
        rows.push(...(await fromListing(compute, instance, project, nic, order)));
      }
  }
  return { rows, interfaces };
}

/** Hotpot's answer from the store (now, or as of a time) for the estate's instances' own addresses. */
async function fromStore(asOf?: Date): Promise<ExposureRow[]> {
  const all = await exposure(env.db.store.db, { sourceClasses: SOURCE_CLASSES, ...(asOf && { asOf }) });
  return all.rows.filter((r) => projects.includes(r.scope) && r.via === 'direct IP');
}

const sort = (rows: ExposureRow[]) => rows.map(line).sort();

test('for every generated instance, the evaluation from the store equals the one from Google’s effective-firewalls listing', async () => {
  const run = await (await env.inventory({ parents: [`organizations/${org}`] })).result();
  assert.equal(run.status, 'ok');
  const ours = await fromStore();
  const theirs = await fromListings();
  assert.ok(
    theirs.interfaces >= 10,
    `the estate has instances with external addresses (${theirs.interfaces})`,
  );
  assert.deepEqual(sort(ours), sort(theirs.rows));
  const levels = new Set(ours.map((r) => r.rule_level.split(' ')[0]));
  assert.ok(
    ours.some(
      (r) => r.rule_level.startsWith('network policy') && r.rule_priority === 300 && r.ports === '8000',
    ),
    'the network policy rule for the secure tag role=web decides for tagged instances',
  );
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

test('--parent of the lowest folder: the organization and top folder policies still apply', async () => {
  const run = await (await env.inventory({ parents: [`folders/${org}2`] })).result();
  assert.equal(run.status, 'ok');
  const synced = await sql<{ scope: string }>`select distinct scope from ingest_scope_results
    where run_id = ${run.runId} and (scope like 'organizations/%' or scope like 'folders/%')
    order by scope`.execute(env.db.store.db);
  assert.deepEqual(
    synced.rows.map((r) => r.scope),
    [`folders/${org}1`, `folders/${org}2`, `organizations/${org}`],
    'this run synced the folders above the given one and the organization',
  );
  const ours = await fromStore();
  assert.deepEqual(sort(ours), sort((await fromListings()).rows));
  assert.ok(
    ours.some((r) => r.rule_level === `org ${org} policy org-baseline`),
    'some answer is decided by the organization policy above the given folder',
  );
  assert.deepEqual(
    ours.filter((r) => r.rule_name.endsWith('-allow-http') && r.ports === '80'),
    [],
    'the org policy still denies tcp 80',
  );
});

test('policy mutation rounds: the answer now and as of each earlier round equals Google’s listing at that round', async () => {
  await (await env.inventory({ parents: [`organizations/${org}`] })).result();
  const rounds: { at: Date; theirs: ExposureRow[] }[] = [
    { at: new Date(), theirs: (await fromListings()).rows },
  ];
  const types = [
    'networkFirewallPolicies',
    'regionNetworkFirewallPolicies',
    'firewallPolicies',
    'instances',
  ] as const;
  let changed = 0;
  for (const seed of [1, 2, 3]) {
    await new Promise((r) => setTimeout(r, 20));
    const { changes } = await env.emulator.control.mutateRound({ percent: 100, seed, types: [...types] });
    changed += changes.length;
    const run = await (await env.inventory({ parents: [`organizations/${org}`] })).result();
    assert.equal(run.status, 'ok');
    rounds.push({ at: new Date(), theirs: (await fromListings()).rows });
  }
  assert.ok(changed >= 6, `the rounds changed policies (${changed} changes)`);
  assert.ok(
    rounds.some((r) => sort(r.theirs).join('\n') !== sort(rounds[0]!.theirs).join('\n')),
    'some round changed the exposure',
  );
  for (const [i, r] of rounds.entries())
    assert.deepEqual(sort(await fromStore(r.at)), sort(r.theirs), `as of round ${i}`);
  assert.deepEqual(sort(await fromStore()), sort(rounds.at(-1)!.theirs));
});
