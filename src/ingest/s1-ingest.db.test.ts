import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { WorkflowFailedError } from '@temporalio/client';
import { sql } from 'kysely';
import type { S1GroundTruth } from '../emulator/s1/index.js';
import { failureOf } from './workflows/failure-of.js';
import { s1Kinds } from '../s1/kinds.js';
import { s1Env, type S1Env } from '../test-support/s1-env.js';

const console = 's1-ingest-test';
let env: S1Env;

before(async () => {
  env = await s1Env({
    console,
    s1: { generate: { seed: 's1-ingest', sites: 3, groupsPerSite: 2, standaloneAgents: 40 } },
    providers: ['s1'],
  });
});
after(() => env?.close());

type Collection = 'sites' | 'groups' | 'agents';
type Versions = Map<string, { versions: unknown[]; deleted: boolean }>;
/** Expected history from ground-truth snapshots alone: a new version whenever the object differs. */
const expected: Record<string, Versions> = { sites: new Map(), groups: new Map(), agents: new Map() };

function expectRound(truth: S1GroundTruth) {
  for (const plural of ['sites', 'groups', 'agents'] as Collection[]) {
    const live = new Set<string>();
    for (const item of truth[plural]) {
      live.add(item.id);
      const entry = expected[plural]!.get(item.id) ?? { versions: [], deleted: false };
      if (!isDeepStrictEqual(entry.versions.at(-1), item)) entry.versions.push(item);
      expected[plural]!.set(item.id, entry);
    }
    for (const [id, entry] of expected[plural]!) if (!live.has(id)) entry.deleted = true;
  }
}

async function assertStoreMatches(truth: S1GroundTruth) {
  const db = env.db.store.db;
  for (const { plural, table } of s1Kinds) {
    const rows = await sql<{ id: string; raw: unknown }>`
      select id, raw from ${sql.table(table)} where scope = ${console}`.execute(db);
    const stored = new Map(rows.rows.map((r) => [r.id, r.raw]));
    assert.equal(stored.size, truth[plural].length, `${plural}: stored rows vs ground truth`);
    for (const item of truth[plural])
      assert.deepStrictEqual(stored.get(item.id), item, `${plural} ${item.id}`);
    const history = await sql<{ id: string; raw: unknown; valid_to: Date | null; deleted_at: Date | null }>`
      select id, raw, valid_to, deleted_at from ${sql.table(`${table}_history`)}
      where scope = ${console} order by id, valid_from`.execute(db);
    const byId = new Map<string, typeof history.rows>();
    for (const row of history.rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
    assert.equal(byId.size, expected[plural]!.size, `${plural}: objects with history`);
    for (const [id, want] of expected[plural]!) {
      const got = byId.get(id) ?? [];
      assert.deepStrictEqual(
        got.map((r) => r.raw),
        want.versions,
        `${plural} ${id}: history versions`,
      );
      assert.equal(got.at(-1)?.deleted_at != null, want.deleted, `${plural} ${id}: deleted_at`);
    }
  }
}

test('an S1 ingest equals the emulator ground truth, then again after each of three mutation rounds', async () => {
  for (let round = 0; round <= 3; round++) {
    if (round > 0) await env.s1.control.mutate();
    const result = await (await env.ingestS1()).result();
    assert.equal(result.status, 'ok', `round ${round}: ${JSON.stringify(result)}`);
    const truth = await env.s1.control.truth();
    expectRound(truth);
    assert.equal(result.resources.agents?.listed, truth.agents.length);
    await assertStoreMatches(truth);
  }
  const deleted = [...expected.agents!.values()].filter((e) => e.deleted).length;
  assert.equal(deleted, 3, 'one agent removed per round was deleted');
});

test('pages of 7 follow the cursor: ⌈n/7⌉ list calls per collection', async () => {
  const before = await env.s1.control.requests();
  await (await env.ingestS1()).result();
  const after = await env.s1.control.requests();
  const truth = await env.s1.control.truth();
  for (const plural of ['sites', 'groups', 'agents'] as Collection[]) {
    const pages = Math.max(1, Math.ceil(truth[plural].length / 7));
    assert.equal((after[plural] ?? 0) - (before[plural] ?? 0), pages, plural);
  }
});

test('429 with Retry-After, 500 and a malformed body are retried; the ingest still equals ground truth', async () => {
  await env.s1.control.addFaults([
    { path: 'agents', kind: 'tooManyRequests', retryAfterSeconds: 1 },
    { path: 'agents', kind: 'internalError' },
    { path: 'sites', kind: 'malformedJson' },
    { path: 'groups', kind: 'unavailable' },
  ]);
  await env.s1.control.mutate();
  const result = await (await env.ingestS1()).result();
  assert.equal(result.status, 'ok');
  const truth = await env.s1.control.truth();
  expectRound(truth);
  await assertStoreMatches(truth);
});

test('a rejected token (401) fails the console at once as S1Unauthenticated and changes nothing', async () => {
  const truth = await env.s1.control.truth();
  await env.s1.control.addFaults([{ kind: 'unauthorized', times: 50 }]);
  try {
    const err = await (await env.ingestS1()).result().then(
      () => assert.fail('the ingest should fail'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof WorkflowFailedError);
    assert.equal(failureOf(err).type, 'S1Unauthenticated');
    assert.doesNotMatch(JSON.stringify(failureOf(err)), new RegExp(env.s1.token));
  } finally {
    await env.s1.control.clearFaults();
  }
  await assertStoreMatches(truth);
});
