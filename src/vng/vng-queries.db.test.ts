import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { generateVngEstate } from '../emulator/vng/vng-estate.js';
import type { VngServer } from './types.js';
import { exposure } from '../query/exposure/exposure.js';
import { coverage, type CoverageReport } from '../query/coverage.js';
import { vngEnv, type VngEnv } from '../test-support/vng-env.js';

const scope = 'pro-cov/HCM-3';
/** Four servers: s0 public (floating IP) in default, web and ssh-office; the rest without public addresses. */
const estate = generateVngEstate({
  seed: 'vng-queries',
  projects: ['pro-cov'],
  regions: ['HCM-3'],
  servers: 4,
});
const scopeEstate = estate.scopes[scope]!;
const [s0, s1, s2, s3] = scopeEstate.servers as [VngServer, VngServer, VngServer, VngServer];
const groups = Object.fromEntries(scopeEstate.secgroups.map((g) => [g.name!, { uuid: g.id, name: g.name! }]));
for (const server of scopeEstate.servers) {
  server.status = 'ACTIVE';
  for (const nic of server.internalInterfaces ?? []) {
    delete nic.floatingIp;
    delete nic.floatingIpId;
  }
}
s0.internalInterfaces![0]!.floatingIp = '103.9.9.9';
s0.secGroups = [groups.default!, groups.web!, groups['ssh-office']!];
const ip = (server: typeof s0) => server.internalInterfaces![0]!.fixedIp!;
const agentId = (n: number) => String(800_000_000_000_000_000n + BigInt(n));

let env: VngEnv;
let beforeSync: Date;

before(async () => {
  env = await vngEnv({
    projects: ['pro-cov'],
    regions: ['HCM-3'],
    emulator: { estate },
    s1: {
      estate: {
        seed: 'vng-queries',
        agents: [
          { id: agentId(1), computerName: s0.name!, ips: [ip(s0)] },
          { id: agentId(2), computerName: 'renamed-host', ips: ['192.168.77.7'], cloudInstanceId: s1.uuid },
          { id: agentId(3), computerName: s3.name!, ips: ['192.168.99.99'] },
          { id: agentId(4), computerName: 'laptop-1', ips: ['192.168.1.20'] },
        ],
      },
    },
  });
  beforeSync = new Date();
  await new Promise((r) => setTimeout(r, 20));
  assert.equal((await env.sync(scope)).status, 'ok');
  assert.equal((await env.syncS1()).status, 'ok');
});
after(() => env?.close());

const coveredBy = (report: CoverageReport) =>
  Object.fromEntries(
    report.covered.filter((c) => c.instance.project === scope).map((c) => [c.instance.name, c.by]),
  );

test('coverage matches agents to VNG servers by instance id, else hostname + IP; lists servers without one', async () => {
  const report = await coverage(env.db.store.db);
  assert.deepStrictEqual(coveredBy(report), { [s0.name!]: 'hostnameIp', [s1.name!]: 'cloudInstanceId' });
  assert.deepStrictEqual(
    report.unprotected
      .filter((u) => u.project === scope)
      .map((u) => [u.name, u.reason])
      .sort(),
    [
      [s2.name, 'never'],
      [s3.name, 'never'],
    ].sort(),
  );
  assert.deepStrictEqual(report.unmatchedAgents.map((a) => a.agent.id).sort(), [agentId(3), agentId(4)]);
  assert.equal(report.instances, 4);
});

test('coverage as of a time before the VNG sync knows no VNG server', async () => {
  const report = await coverage(env.db.store.db, { asOf: beforeSync });
  assert.equal(report.instances, 0);
});

test('exposure: the public server is reachable on tcp 443 through web only (ssh-office is a private range, default a remote group)', async () => {
  const result = await exposure(env.db.store.db, { project: 'pro-cov' });
  assert.deepStrictEqual(
    result.rows.map((r) => [
      r.scope,
      r.instance_name,
      r.address,
      r.protocol,
      r.ports,
      r.source_ranges.join(),
      r.rule_level,
    ]),
    [[scope, s0.name, '103.9.9.9', 'tcp', '443', '0.0.0.0/0 (partly public)', 'vng security group']],
  );
  assert.match(result.rows[0]!.rule_name, /^web /);
  assert.deepStrictEqual((await exposure(env.db.store.db, { project: 'pro-cov', port: 22 })).rows, []);
});

test('exposure as of a time before the sync finds nothing; after the round rule (8080-8090) it finds that too', async () => {
  assert.deepStrictEqual((await exposure(env.db.store.db, { project: scope, asOf: beforeSync })).rows, []);
  const beforeRound = new Date();
  await env.vng.control.mutate();
  await env.sync(scope);
  const now = await exposure(env.db.store.db, { project: scope });
  const open = now.rows.filter((r) => r.instance_id === s0.uuid).map((r) => `${r.protocol} ${r.ports}`);
  assert.deepStrictEqual(open.sort(), ['tcp 443', 'tcp 8080-8090']);
  const then = await exposure(env.db.store.db, { project: scope, asOf: beforeRound });
  assert.deepStrictEqual(
    then.rows.map((r) => `${r.protocol} ${r.ports}`),
    ['tcp 443'],
  );
});
