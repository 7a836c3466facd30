import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { computeKind } from '../gcp/compute/kinds.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { providerConfigProblems } from '../worker/provider-registry.js';

/** A fixed id no other test file uses (workflow ids are per project). */
const project = 'skip-kinds-1';
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 5, projects: [project], zones: 2, instances: 12, disks: 4, networks: 1 } },
    skipKinds: ['instanceTagBindings'],
  });
});
after(() => env?.close());

test('a kind in worker.skipKinds is recorded skipped: no call, no row; the other kinds are read as usual', async () => {
  await env.emulator.control.clearRequestCounts();
  const result = await (await env.compute(project)).result();
  assert.equal(result.status, 'ok', JSON.stringify(result));
  const truth = await env.emulator.control.groundTruth(project);
  assert.equal(result.resources.instances?.created, truth.resources.instances.length);
  assert.ok(truth.resources.instances.length > 0);
  const db = env.db.store.db;
  const bindings = computeKind('instanceTagBindings');
  const statuses = await sql<{ resource_kind: string; status: string; listed: number; api_calls: number }>`
    select resource_kind, status, listed, api_calls from ingest_scope_results where scope = ${project}`.execute(
    db,
  );
  const skipped = statuses.rows.filter((r) => r.status === 'skipped');
  assert.deepEqual(skipped, [{ resource_kind: bindings.kind, status: 'skipped', listed: 0, api_calls: 0 }]);
  assert.ok(statuses.rows.every((r) => r.resource_kind === bindings.kind || r.status === 'ok'));
  const stored = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.table(bindings.table)}`.execute(db);
  assert.equal(stored.rows[0]!.n, 0);
  const counts = await env.emulator.control.requestCounts();
  const calls = Object.values(counts).flatMap((methods) => Object.keys(methods));
  assert.ok(calls.length > 0 && !calls.some((m) => m.startsWith('tagBindings')), calls.join(', '));
});

test('an unknown name in worker.skipKinds is a configuration problem naming the key and the value', () => {
  const problems = providerConfigProblems({
    ...env.config,
    worker: { ...env.config.worker, skipKinds: ['tagBinding'] },
  });
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.key, 'worker.skipKinds');
  assert.match(problems[0]!.message, /"tagBinding" is not a kind/);
  assert.deepEqual(
    providerConfigProblems({
      ...env.config,
      worker: { ...env.config.worker, skipKinds: ['instanceTagBindings'] },
    }),
    [],
  );
});
