import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { readOnly } from '../query/read-only.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { startConsole, type RunningConsole } from './console-server.js';

const token = 'console-test-token-4c1d9e';
let db: TestStore;
let open: RunningConsole;
let guarded: RunningConsole;

before(async () => {
  db = await testStore();
  [open, guarded] = await Promise.all([
    startConsole({ db: db.store.db }),
    startConsole({ db: db.store.db, token }),
  ]);
});
after(async () => {
  await Promise.all([open?.close(), guarded?.close()]);
  await db?.close();
});

test('binds to 127.0.0.1 by default and serves every page of an empty store, as HTML and as JSON', async () => {
  assert.match(open.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  for (const path of ['/', '/kinds/instances', '/changes', '/runs']) {
    const page = await fetch(`${open.url}${path}`);
    assert.equal(page.status, 200, path);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const json = await fetch(`${open.url}${path}?format=json`);
    assert.equal(json.status, 200, path);
    assert.match(json.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(typeof (await json.json()), 'object');
  }
  const list = (await (await fetch(`${open.url}/kinds/disks?format=json`)).json()) as {
    total: number;
    rows: unknown[];
  };
  assert.deepEqual([list.total, list.rows], [0, []]);
});

test('unknown pages, kinds, runs and resources are 404; bad filters and cursors are 400', async () => {
  for (const path of ['/nowhere', '/kinds/teapots', '/runs/no-such-run', '/resources/instances/p/123'])
    assert.equal((await fetch(`${open.url}${path}`)).status, 404, path);
  for (const path of ['/kinds/networks?status=READY', '/kinds/instances?after=garbage', '/?as_of=yesterday'])
    assert.equal((await fetch(`${open.url}${path}`)).status, 400, path);
});

test('interpolated text is escaped', async () => {
  const body = await (
    await fetch(`${open.url}/kinds/instances?q=${encodeURIComponent('<script>x</script>')}`)
  ).text();
  assert.ok(!body.includes('<script>x</script>'));
  assert.ok(body.includes('&lt;script&gt;x&lt;/script&gt;'));
});

test('with a token: 401 without it; ?token= sets an HttpOnly cookie once and redirects; the token never appears in a page', async () => {
  assert.equal((await fetch(`${guarded.url}/`)).status, 401);
  assert.equal((await fetch(`${guarded.url}/?token=wrong`, { redirect: 'manual' })).status, 401);
  const given = await fetch(`${guarded.url}/runs?token=${token}&limit=5`, { redirect: 'manual' });
  assert.equal(given.status, 303);
  assert.equal(given.headers.get('location'), '/runs?limit=5');
  const cookie = given.headers.get('set-cookie') ?? '';
  assert.match(cookie, /HttpOnly/);
  const page = await fetch(`${guarded.url}/runs?limit=5`, { headers: { cookie: cookie.split(';')[0]! } });
  assert.equal(page.status, 200);
  assert.ok(!(await page.text()).includes(token));
  const bearer = await fetch(`${guarded.url}/?format=json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(bearer.status, 200);
  assert.ok(!(await bearer.text()).includes(token));
});

test('pages read in a read-only transaction: a write there fails', async () => {
  await assert.rejects(
    readOnly(db.store.db, (tx) => sql`create table console_write_probe (x int)`.execute(tx)),
    /read-only/,
  );
});

test('a run page shows each scope with its error type, deletions held with their reason, and rejected items', async () => {
  const runId = 'run-evidence-1';
  await sql`insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, finished_at, status, scope_count)
    values (${runId}, 'gcp-inventory/evidence', 'GCPInventoryWorkflow', now() - interval '5 minutes', now(), 'partial', 2)`.execute(
    db.store.db,
  );
  await sql`insert into ingest_scope_results (run_id, scope, resource_kind, started_at, finished_at, status, listed,
      deletions_held, held_reason, error_type, error_message, rejected)
    values (${runId}, 'proj-held', 'gcp.compute.instance', now(), now(), 'ok', 40, 25, 'mass deletion guard: 25 of 40', null, null, 1),
           (${runId}, 'proj-denied', 'gcp.compute.disk', now(), now(), 'failed', 0, 0, null, 'GcpPermissionDenied', 'HTTP 403', 0)`.execute(
    db.store.db,
  );
  await sql`insert into ingest_rejected_items (run_id, scope, resource_kind, item_id, location, error, size_bytes, excerpt)
    values (${runId}, 'proj-held', 'gcp.compute.instance', null, 'us-central1-a', 'no id', 120, '{"name":"<b>odd</b>"}')`.execute(
    db.store.db,
  );
  const page = await (await fetch(`${open.url}/runs/${runId}`)).text();
  assert.match(page, /25 deletions held<\/span> mass deletion guard: 25 of 40/);
  assert.match(page, /class="badge bad">GcpPermissionDenied<\/span> HTTP 403/);
  assert.match(page, /Rejected items \(1\)/);
  assert.ok(page.includes('{&quot;name&quot;:&quot;&lt;b&gt;odd&lt;/b&gt;&quot;}'));
  const json = (await (await fetch(`${open.url}/runs/${runId}?format=json`)).json()) as {
    run: { status: string };
    scopes: { scope: string; deletions_held: number; error_type: string | null }[];
    rejectedTotal: number;
  };
  assert.equal(json.run.status, 'partial');
  assert.deepEqual(
    json.scopes.map((s) => [s.scope, s.deletions_held, s.error_type]),
    [
      ['proj-denied', 0, 'GcpPermissionDenied'],
      ['proj-held', 25, null],
    ],
  );
  assert.equal(json.rejectedTotal, 1);
  const overview = (await (await fetch(`${open.url}/?format=json`)).json()) as {
    lastRuns: { scope: string; status: string; error_types: string | null }[];
  };
  assert.deepEqual(
    overview.lastRuns.map((r) => [r.scope, r.status, r.error_types]),
    [
      ['proj-denied', 'failed', 'GcpPermissionDenied'],
      ['proj-held', 'ok', null],
    ],
  );
});
