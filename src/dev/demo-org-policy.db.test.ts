import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { exposure } from '../query/exposure/exposure.js';
import type { ExposureRow } from '../query/exposure/exposure-row.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { DEMO_ESTATE } from './estate-source.js';

const projects = ['hotpot-demo-001', 'hotpot-demo-002'];
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({ emulator: { estate: DEMO_ESTATE }, ownTemporal: true });
});
after(() => env?.close());

const line = (r: ExposureRow) =>
  `${r.scope}/${r.instance_name} ${r.address} ${r.protocol}/${r.ports} ${r.source_class} ${r.rule_level}: ${r.rule_name}`;

test('the demo estate: once the organization’s policy is synced, it decides instances’ exposure that their VPC rules did not', async () => {
  assert.equal((await (await env.inventory({ projectIds: projects })).result()).status, 'ok');
  const alone = (await exposure(env.db.store.db)).rows;
  assert.deepEqual(
    alone.filter((r) => r.rule_level.startsWith('org ')).map(line),
    [],
    'projects synced by id alone have no known organization',
  );
  const run = await (await env.inventory({ parents: ['organizations/1000'] })).result();
  assert.equal(run.status, 'ok');
  const { rows } = await exposure(env.db.store.db);
  const byOrg = rows.filter((r) => r.rule_level === 'org 1000 policy org-baseline');
  assert.ok(byOrg.length > 0, 'the org policy decides some answers');
  const before = new Set(
    alone.map((r) => `${r.scope}/${r.instance_name} ${r.address} ${r.protocol}/${r.ports} ${r.source_class}`),
  );
  const changed = byOrg.filter(
    (r) =>
      !before.has(`${r.scope}/${r.instance_name} ${r.address} ${r.protocol}/${r.ports} ${r.source_class}`),
  );
  assert.ok(
    changed.some((r) => r.protocol === 'tcp' && r.ports === '443' && r.source_class === 'google-lb'),
    `Google's load balancer ranges reach tcp 443 only through the org rule 1200: ${byOrg.map(line).join('\n')}`,
  );
});
