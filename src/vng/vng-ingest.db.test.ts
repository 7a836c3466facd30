import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WorkflowFailedError } from '@temporalio/client';
import type { VngFault } from '../emulator/vng/index.js';
import { failureOf } from '../ingest/workflows/failure-of.js';
import { sql } from 'kysely';
import { compareVngStore, expectedRows, VngExpectedHistory } from '../test-support/vng-truth.js';
import { vngKinds } from './kinds.js';
import { vngEnv, type VngEnv } from '../test-support/vng-env.js';

const projects = ['pro-ingest-a', 'pro-ingest-b'];
const regions = ['HCM-3', 'HAN-1'];
let env: VngEnv;
const history = new VngExpectedHistory();

before(async () => {
  env = await vngEnv({ projects, regions, emulator: { seed: 'vng-ingest', servers: 30 }, pageSize: 7 });
});
after(() => env?.close());

async function syncAll(): Promise<void> {
  for (const scope of env.scopes) {
    const result = await env.sync(scope);
    assert.equal(result.status, 'ok', `${scope}: ${JSON.stringify(result.error ?? result)}`);
  }
}

/** The store against the truth now: nothing lost, wrong, stale or different; history exact. */
async function assertExact(label: string): Promise<void> {
  const truth = await env.vng.control.truth();
  history.observe(truth);
  const report = await compareVngStore(env.db.store.db, truth, env.scopes, history);
  assert.deepStrictEqual(
    { ...report, rows: report.rows > 0 },
    { rows: true, lost: 0, wrongDeletions: 0, rawMismatch: 0, stale: 0, historyMismatch: 0, examples: [] },
    label,
  );
}

test('every scope (2 projects × 2 regions) equals the ground truth, then again after each of three rounds', async () => {
  await syncAll();
  await assertExact('first sync');
  for (let round = 1; round <= 3; round++) {
    const mutation = await env.vng.control.mutate();
    assert.ok(mutation.deleted >= 4, 'each round removes a server per scope');
    await syncAll();
    await assertExact(`round ${round}`);
  }
  const deleted = [...history.versions.values()].filter((v) => v.deleted).length;
  assert.ok(deleted >= 12, `deletions observed and stored: ${deleted}`);
});

test('pages of 7 are followed to totalPage: ⌈n/7⌉ server list calls per scope', async () => {
  const before = await env.vng.control.requests();
  const scope = env.scopes[0]!;
  await env.sync(scope);
  const after = await env.vng.control.requests();
  const truth = (await env.vng.control.truth()).scopes[scope]!;
  assert.equal((after.servers ?? 0) - (before.servers ?? 0), Math.ceil(truth.servers.length / 7));
});

const faults: [string, VngFault[]][] = [
  [
    'a 429 storm with Retry-After',
    [{ path: 'servers', kind: 'tooManyRequests', times: 4, retryAfterSeconds: 0 }],
  ],
  [
    '500 and 503',
    [
      { path: 'volumes', kind: 'internalError', times: 2 },
      { path: 'secgroups', kind: 'unavailable' },
    ],
  ],
  [
    'a malformed body',
    [
      { path: 'servers', kind: 'malformedJson' },
      { path: 'secGroupRules', kind: 'malformedJson' },
    ],
  ],
  [
    'a truncated body',
    [
      { path: 'volumes', kind: 'truncated' },
      { path: 'subnets', kind: 'truncated' },
    ],
  ],
  [
    'an access token expired mid-run',
    [
      { path: 'servers', kind: 'expireToken' },
      { path: 'wanIps', kind: 'expireToken' },
    ],
  ],
  [
    'lying empty listings',
    [
      { path: 'servers', kind: 'lyingEmpty' },
      { path: 'sshKeys', kind: 'lyingEmpty' },
      { path: 'subnets', kind: 'lyingEmpty', times: 2 },
      { path: 'wanIps', kind: 'lyingEmpty' },
    ],
  ],
];

/** The `project/id` keys of every current row of the scope, per table. */
async function storedKeys(scope: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const { table } of vngKinds) {
    const rows = await sql<{ id: string }>`
      select id from ${sql.table(table)} where scope = ${scope}`.execute(env.db.store.db);
    for (const r of rows.rows) keys.add(`${table}/${r.id}`);
  }
  return keys;
}

for (const [name, kinds] of faults)
  test(`${name} during a sync after a round: 0 lost, 0 wrong deletions, then exact`, async () => {
    await env.vng.control.mutate();
    const scope = env.scopes[1]!;
    const before = await storedKeys(scope);
    await env.vng.control.addFaults(kinds.map((f) => ({ ...f, scope })));
    const result = await env.sync(scope).finally(() => env.vng.control.clearFaults());
    const held = Object.values(result.resources).some((r) => r.held > 0);
    assert.equal(result.status, held ? 'partial' : 'ok', JSON.stringify(result.error ?? result));
    const truth = await env.vng.control.truth();
    const live = new Set(
      vngKinds.flatMap(({ plural, table }) =>
        [...expectedRows(truth.scopes[scope]!)[plural].keys()].map((id) => `${table}/${id}`),
      ),
    );
    const after = await storedKeys(scope);
    const lost = [...before].filter((key) => live.has(key) && !after.has(key));
    assert.deepStrictEqual(lost, [], 'rows stored before, still in the truth, gone from the store');
    const during = await compareVngStore(env.db.store.db, truth, [scope]);
    assert.equal(during.wrongDeletions, 0, `wrong deletions: ${during.examples.join('; ')}`);
    if (!kinds.some((f) => f.kind === 'lyingEmpty'))
      assert.deepStrictEqual(
        [during.lost, during.rawMismatch, during.stale],
        [0, 0, 0],
        during.examples.join('; '),
      );
    await syncAll();
    await assertExact(`after ${name}`);
  });

test('a rejected token (401 twice) fails the scope at once as VngUnauthenticated and changes nothing', async () => {
  const scope = env.scopes[2]!;
  const truth = await env.vng.control.truth();
  await env.vng.control.addFaults([{ scope, kind: 'unauthorized', times: 100 }]);
  try {
    const err = await env.sync(scope).then(
      () => assert.fail('the sync should fail'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof WorkflowFailedError);
    assert.equal(failureOf(err).type, 'VngUnauthenticated');
  } finally {
    await env.vng.control.clearFaults();
  }
  const report = await compareVngStore(env.db.store.db, truth, [scope]);
  assert.deepStrictEqual(
    [report.lost, report.wrongDeletions, report.rawMismatch, report.stale],
    [0, 0, 0, 0],
  );
});
