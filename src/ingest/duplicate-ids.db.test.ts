import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'kysely';
import { firewallResource } from '../gcp/compute/firewall/resource.js';
import { runEvidence } from '../query/run-evidence.js';
import { agentResource } from '../s1/agent/resource.js';
import { ScopeLease } from './scope-lease.js';
import { ScopeWriter } from './scope-writer.js';
import { emulatorScope } from '../gcp/compute/testing/emulator-scope.js';
import type { ResourceDefinition } from '../provider/resource.js';

const project = 'dup-ids-project';
const network = `https://www.googleapis.com/compute/v1/projects/${project}/global/networks/default`;
/** gcpdiag's recorded firewalls: two egress rules that share one id. */
const egress = (name: string) => ({
  id: '2239283495487326800',
  name,
  network,
  direction: 'EGRESS',
  priority: 1000,
  denied: [{ IPProtocol: 'all' }],
  destinationRanges: ['0.0.0.0/0'],
});

const env = emulatorScope({
  estate: {
    projects: [
      {
        id: project,
        resources: {
          firewalls: [
            egress('fw-egress-deny-all'),
            egress('fw-egress-deny-all-copy'),
            { id: '2239283495487326801', name: 'fw-ingress-ssh', network, sourceRanges: ['0.0.0.0/0'] },
          ],
        },
      },
    ],
  },
});

test('two firewalls sharing an id: the first is stored, the second is a rejected item naming both', async () => {
  const runId = `run-${randomUUID()}`;
  const result = await env.sync(firewallResource as ResourceDefinition, project, { runId });
  assert.equal(result.status, 'partial', 'a rejected item makes the scope partial');
  assert.equal(result.rejected, 1);
  const rows = await sql<{ id: string; name: string }>`
    select id, name from gcp_compute_firewalls where scope = ${project} order by id`.execute(env.db);
  assert.deepEqual(rows.rows, [
    { id: '2239283495487326800', name: 'fw-egress-deny-all' },
    { id: '2239283495487326801', name: 'fw-ingress-ssh' },
  ]);
  const { rejected } = await runEvidence(env.db, runId);
  assert.equal(rejected.length, 1);
  assert.equal(rejected[0]!.item_id, '2239283495487326800');
  assert.equal(rejected[0]!.resource_kind, firewallResource.kind);
  assert.match(rejected[0]!.error, /duplicate id 2239283495487326800/);
  assert.match(rejected[0]!.error, /"fw-egress-deny-all-copy" skipped/);
  assert.match(rejected[0]!.error, /"fw-egress-deny-all" \(listed first\) kept/);
});

test('a re-created object is not a duplicate: its deletion check returns the namesake the listing already had', async () => {
  const sync = () => env.sync(firewallResource as ResourceDefinition, project);
  await sync();
  const before = await env.emulator.control.groundTruth(project);
  const oldId = before.resources.firewalls.find((f) => f.name === 'fw-ingress-ssh')!.id;
  await env.emulator.control.applyOps([
    { op: 'recreate', project, type: 'firewalls', name: 'fw-ingress-ssh' },
  ]);
  const after = await env.emulator.control.groundTruth(project);
  const newId = after.resources.firewalls.find((f) => f.name === 'fw-ingress-ssh')!.id;
  assert.notEqual(newId, oldId);
  const result = await sync();
  assert.equal(result.rejected, 1, 'only the shared egress id is rejected, not the re-created rule');
  assert.equal(result.deleted, 1);
  const rows = await sql<{ id: string }>`
    select id from gcp_compute_firewalls where scope = ${project} and name = 'fw-ingress-ssh'`.execute(
    env.db,
  );
  assert.deepEqual(
    rows.rows.map((r) => r.id),
    [newId],
  );
});

test('two S1 agents sharing an id on different pages: the second names the first, found in the table', async () => {
  const consoleId = `dup-agents-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  const lease = await ScopeLease.acquire(
    env.db,
    { scope: consoleId, kind: agentResource.kind },
    { execution: randomUUID(), attempt: 'a#1' },
  );
  const writer = new ScopeWriter(env.db, agentResource, consoleId, lease, runId, false);
  const agent = (computerName: string) => ({ id: '1234567890123456789', computerName, isActive: true });
  await writer.writePage([agent('WIN-ALPHA'), { id: '1234567890123456790', computerName: 'other' }]);
  await writer.writePage([agent('WIN-BRAVO')]);
  await lease.release();
  assert.equal(writer.counts.rejected, 1);
  assert.equal(writer.counts.listed, 2);
  const rows = await sql<{ name: string }>`
    select name from s1_agents where scope = ${consoleId} and id = '1234567890123456789'`.execute(env.db);
  assert.deepEqual(
    rows.rows.map((r) => r.name),
    ['WIN-ALPHA'],
  );
  const { rejected } = await runEvidence(env.db, runId);
  assert.equal(rejected.length, 1);
  assert.equal(rejected[0]!.item_id, '1234567890123456789');
  assert.match(rejected[0]!.error, /"WIN-BRAVO" skipped, "WIN-ALPHA" \(listed first\) kept/);
});
