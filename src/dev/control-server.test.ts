import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { localQueries } from '../query/query-operations.js';
import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';
import { MAX_BODY_BYTES, startControlServer, type ControlServer } from './control-server.js';
import { remoteQueries } from './remote-queries.js';
import { encodeWire } from './wire.js';

let store: Store;
let control: ControlServer;
const mutations: unknown[] = [];
const started = new Date('2026-01-02T03:04:05.000Z');

before(async () => {
  store = await openStore('pglite://memory');
  await migrate(store.db);
  await sql`insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status, scope_count)
    values ('run-1', 'wf-1', 'InventoryWorkflow', ${started}, 'ok', 2)`.execute(store.db);
  control = await startControlServer({
    store,
    mutate: async (request) => {
      mutations.push(request);
      return { applied: true };
    },
  });
});
after(async () => {
  await control.close();
  await store.close();
});

const migrationCount = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from hotpot_migrations`.execute(store.db)).rows[0]!.n;

async function post(
  path: string,
  body: string,
  token = control.token,
): Promise<{ status: number; error?: string }> {
  const res = await fetch(`${control.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  const text = await res.text();
  return { status: res.status, ...(res.ok ? {} : { error: (JSON.parse(text) as { error: string }).error }) };
}

test('the control API listens on 127.0.0.1 only', () => {
  assert.equal(new URL(control.url).hostname, '127.0.0.1');
});

test('the dev control API refuses callers without the token', async () => {
  const query = encodeWire({ operation: 'runs', parameters: { limit: 5 } });
  assert.equal((await fetch(`${control.url}/query`, { method: 'POST', body: query })).status, 401);
  assert.equal((await post('/query', query, 'nope')).status, 401);
  assert.equal((await post('/mutate', '{}', `${control.token}x`)).status, 401);
  assert.deepEqual(mutations, []);
});

test('query operations through the control API return what they return locally, Dates included', async () => {
  const remote = remoteQueries(control.url, control.token);
  const local = localQueries(store.db, async () => {});
  const runs = await remote.run('runs', { limit: 5 });
  assert.deepEqual(
    runs.map((r) => [r.run_id, r.status, r.started_at, r.scope_count]),
    [['run-1', 'ok', started, 2]],
  );
  assert.deepEqual(runs, await local.run('runs', { limit: 5 }));
  assert.deepEqual(await remote.run('run', { runId: 'run-1' }), await local.run('run', { runId: 'run-1' }));
  assert.deepEqual(await remote.run('inventory', { kind: 'instances', asOf: started }), []);
  assert.deepEqual(await remote.run('changes', { since: started, project: 'p-1' }), []);
  assert.deepEqual(await remote.run('show', { kind: 'disks', idOrName: 'd' }), []);
});

test("a query's own error reaches the caller as it reads locally", async () => {
  const remote = remoteQueries(control.url, control.token);
  await assert.rejects(remote.run('run', { runId: 'nope' }), {
    message: "no run 'nope'; list recent runs with `hotpot runs`",
  });
  await assert.rejects(
    remote.run('history', { kind: 'networks', idOrName: 'net' }),
    /no networks with id or name 'net'/,
  );
});

describe('no SQL reaches the store', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'the old SQL endpoint',
      '/sql',
      JSON.stringify({ sql: 'delete from hotpot_migrations', parameters: [] }),
      /no POST \/sql: use POST \/query/,
    ],
    [
      'an unknown operation',
      '/query',
      JSON.stringify({ operation: 'sql', parameters: { sql: 'delete from hotpot_migrations' } }),
      /unknown operation "sql": use one of inventory, show, history, changes, runs, run/,
    ],
    ['no operation', '/query', JSON.stringify({ parameters: {} }), /unknown operation undefined/],
    [
      'an extra parameter',
      '/query',
      JSON.stringify({ operation: 'runs', parameters: { limit: 5, sql: 'delete from hotpot_migrations' } }),
      /bad parameters for runs: unknown parameter sql/,
    ],
    [
      'a table as kind',
      '/query',
      JSON.stringify({ operation: 'inventory', parameters: { kind: 'hotpot_migrations' } }),
      /kind: unknown resource kind "hotpot_migrations"/,
    ],
    [
      'a non-integer limit',
      '/query',
      JSON.stringify({ operation: 'runs', parameters: { limit: '1; delete from hotpot_migrations' } }),
      /bad parameters for runs: limit:/,
    ],
    [
      'a negative limit',
      '/query',
      JSON.stringify({ operation: 'runs', parameters: { limit: -1 } }),
      /bad parameters for runs: limit:/,
    ],
    [
      'a time that is a string',
      '/query',
      JSON.stringify({ operation: 'changes', parameters: { since: "2020-01-01'; delete" } }),
      /bad parameters for changes: since:/,
    ],
    [
      'a missing parameter',
      '/query',
      JSON.stringify({ operation: 'show', parameters: { kind: 'disks' } }),
      /bad parameters for show: idOrName:/,
    ],
    ['a body that is not JSON', '/query', 'select 1', /request body is not JSON/],
    ['a body that is a list', '/query', '[]', /request body must be/],
    [
      'bad mutate parameters',
      '/mutate',
      JSON.stringify({ percent: 'all', sql: 'x' }),
      /bad mutate parameters/,
    ],
  ];
  for (const [name, path, body, message] of cases) {
    test(`${name} is refused`, async () => {
      const before = await migrationCount();
      const res = await post(path, body);
      assert.equal(res.status, path === '/sql' ? 404 : 400);
      assert.match(res.error ?? '', message);
      assert.equal(await migrationCount(), before);
      assert.deepEqual(mutations, []);
    });
  }
});

test('parameters are values, never SQL', async () => {
  const before = await migrationCount();
  const remote = remoteQueries(control.url, control.token);
  const evil = "x' or 1=1; delete from hotpot_migrations; --";
  assert.deepEqual(
    await remote.run('inventory', { kind: 'instances', project: evil, labels: { [evil]: evil } }),
    [],
  );
  assert.deepEqual(await remote.run('show', { kind: 'instances', idOrName: evil }), []);
  assert.equal(await migrationCount(), before);
});

test('a body over the limit gets 413, and the server keeps serving', async () => {
  const big = JSON.stringify({
    operation: 'runs',
    parameters: { limit: 5, pad: 'x'.repeat(MAX_BODY_BYTES) },
  });
  const res = await post('/query', big);
  assert.equal(res.status, 413);
  assert.match(res.error ?? '', /request body over 65536 bytes/);
  assert.equal((await remoteQueries(control.url, control.token).run('runs', { limit: 1 })).length, 1);
});

test('a streamed body over the limit gets 413 too', async () => {
  const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 8) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const res = await fetch(`${control.url}/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${control.token}` },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  assert.equal(res.status, 413);
  assert.equal((await remoteQueries(control.url, control.token).run('runs', { limit: 1 })).length, 1);
});

test('mutate passes validated parameters', async () => {
  const res = await post('/mutate', JSON.stringify({ percent: 20, seed: 3 }));
  assert.equal(res.status, 200);
  assert.deepEqual(mutations.splice(0), [{ percent: 20, seed: 3 }]);
});
