import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { exposure } from '../query/exposure/exposure.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { DEMO_ESTATE } from './estate-source.js';

const projects = ['hotpot-demo-001', 'hotpot-demo-002'];
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({ emulator: { generate: { seed: DEMO_ESTATE.seed, ...DEMO_ESTATE.generate } } });
  await (await env.inventory({ projectIds: projects })).result();
});
after(() => env?.close());

/** What no ingested data can resolve: endpoints of network endpoint groups. */
const UNRESOLVABLE = [/endpoints of network endpoint group .* are not ingested/];

test('the demo estate’s exposure follows every load balancer chain it can: no other note about a forwarding rule', async () => {
  const { notes } = await exposure(env.db.store.db);
  const unresolved = notes
    .filter((n) => n.startsWith('forwarding rule'))
    .filter((n) => !UNRESOLVABLE.some((pattern) => pattern.test(n)));
  assert.deepEqual(unresolved, []);
  const listed = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instance_group_members where cardinality(instances) > 0`.execute(
    env.db.store.db,
  );
  assert.ok(listed.rows[0]!.n > 0, 'unmanaged groups’ members are stored');
});
