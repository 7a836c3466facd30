import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { runDetail } from '../query/runs.js';
import { s1Env, type S1Env } from '../test-support/s1-env.js';

const console = 's1-duplicate-ids';
const shared = '910000000000000001';
let env: S1Env;

before(async () => {
  env = await s1Env({
    console,
    s1: {
      estate: {
        agents: [
          { computerName: 'WIN-ALPHA', ips: ['10.0.0.5'], id: shared },
          { computerName: 'WIN-BRAVO', ips: ['10.0.0.6'], id: shared },
          { computerName: 'web-1', ips: ['10.0.0.7'] },
        ],
      },
    },
    providers: ['s1'],
  });
});
after(() => env?.close());

test("Rapid7's two agents with one id: the first is stored, the run shows the second as rejected naming both", async () => {
  const result = await (await env.ingestS1()).result();
  assert.equal(result.status, 'partial', JSON.stringify(result));
  assert.equal(result.resources.agents?.rejected, 1);
  const db = env.db.store.db;
  const stored = await sql<{ id: string; name: string }>`
    select id, name from s1_agents where scope = ${console} order by name`.execute(db);
  assert.deepEqual(
    stored.rows.map((r) => r.name),
    ['WIN-ALPHA', 'web-1'],
  );
  const runs = await sql<{ run_id: string }>`
    select distinct run_id from ingest_rejected_items where scope = ${console}`.execute(db);
  assert.equal(runs.rows.length, 1);
  const detail = await runDetail(db, runs.rows[0]!.run_id);
  assert.equal(detail.rejected.length, 1);
  assert.equal(detail.rejected[0]!.item_id, shared);
  assert.match(detail.rejected[0]!.error, /"WIN-BRAVO" skipped, "WIN-ALPHA" \(listed first\) kept/);
});
