import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { computeResources } from '../gcp/compute/registry.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { applyFeedChanges, type FeedChange } from './feed-writer.js';

const project = `feed-order-${randomUUID().slice(0, 6)}`;
const resource = computeResources.find((r) => r.plural === 'instances')!;
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 29, projects: [project], zones: 1, instances: 3, disks: 1, networks: 1 } },
  });
  const result = await (await env.compute(project)).result();
  assert.equal(result.status, 'ok');
});

after(() => env.close());

async function apply(changes: FeedChange[]) {
  const results = await applyFeedChanges(env.db.store.db, resource as never, changes);
  assert.notEqual(results, 'busy');
  return results as Exclude<typeof results, 'busy'>;
}

async function descriptions(id: string) {
  const db = env.db.store.db;
  const history = await sql<{ d: string; open: boolean }>`
    select raw->>'description' as d, valid_to is null as open from gcp_compute_instances_history
    where scope = ${project} and id = ${id} order by valid_from`.execute(db);
  const current = await sql<{ d: string }>`
    select raw->>'description' as d from gcp_compute_instances where scope = ${project} and id = ${id}`.execute(
    db,
  );
  return {
    history: history.rows.map((r) => `${r.d}${r.open ? ' (open)' : ''}`),
    current: current.rows[0]?.d,
  };
}

test('an object that changes and changes back (A→B→A) keeps both changes when the change back arrives first', async () => {
  const truth = await env.emulator.control.groundTruth(project);
  const a = truth.resources.instances[0]!;
  const b = { ...a, description: 'changed through the feed' };
  const id = a.id!;
  const t1 = Date.now();
  await new Promise((r) => setTimeout(r, 100));
  const back: FeedChange = {
    scope: project,
    id,
    item: a,
    prior: b,
    time: new Date(t1 + 50),
    messageId: 'm2',
  };
  const away: FeedChange = { scope: project, id, item: b, prior: a, time: new Date(t1), messageId: 'm1' };
  const [first] = await apply([back]);
  assert.equal(
    first!.outcome,
    'applied',
    'the change back is a change: its prior object is not the stored one',
  );
  const [second] = await apply([away]);
  assert.equal(second!.outcome, 'applied');
  const [again] = await apply([back]);
  assert.equal(again!.outcome, 'duplicate', 'the same event delivered again');
  assert.deepEqual(await descriptions(id), {
    history: [a.description, b.description, `${a.description} (open)`],
    current: a.description,
  });
});

test('A→B→A→B arriving as the last change, then the first, then the middle gives all four versions', async () => {
  const truth = await env.emulator.control.groundTruth(project);
  const a = truth.resources.instances[1]!;
  const b = { ...a, description: 'tagged through the feed' };
  const id = a.id!;
  const t1 = Date.now();
  await new Promise((r) => setTimeout(r, 100));
  const change = (item: unknown, prior: unknown, dt: number, messageId: string): FeedChange => ({
    scope: project,
    id,
    item,
    prior,
    time: new Date(t1 + dt),
    messageId,
  });
  const outcomes = [];
  for (const c of [change(b, a, 60, 'm3'), change(b, a, 0, 'm1'), change(a, b, 30, 'm2')])
    outcomes.push((await apply([c]))[0]!.outcome);
  assert.deepEqual(outcomes, ['applied', 'applied', 'applied']);
  assert.deepEqual(await descriptions(id), {
    history: [a.description, b.description, a.description, `${b.description} (open)`],
    current: b.description,
  });
});
