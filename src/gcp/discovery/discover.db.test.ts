import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import { sql } from 'kysely';
import { startStandaloneRm, type StandaloneRm } from '../../emulator/resource-manager/standalone.js';
import { testStore, type TestStore } from '../../test-support/database.js';
import { GoogleApiCaller } from '../google-api-caller.js';
import { TokenBucket } from '../../provider/token-bucket.js';
import { checkComputeServices, discoverIntoStore } from './discover.js';
import { createDiscoveryClient } from './discovery-client.js';
import { handleVanished } from './vanished.js';
import type { DiscoveryApi } from './walk.js';

let rm: StandaloneRm;
let ts: TestStore;
before(async () => {
  ts = await testStore();
  rm = await startStandaloneRm({
    organizations: [{ id: '10', folders: [{ id: '20', folders: [{ id: '30' }] }, { id: '21' }] }],
    projects: [
      { id: 'app-prod-1', parent: 'organizations/10', labels: { env: 'prod' } },
      { id: 'app-prod-2', parent: 'folders/20', labels: { env: 'prod' } },
      { id: 'app-dev-1', parent: 'folders/20', labels: { env: 'dev' } },
      { id: 'app-prod-3', parent: 'folders/30', labels: { env: 'prod' }, services: [] },
      { id: 'app-prod-4', parent: 'folders/30', labels: { env: 'prod' }, lifecycleState: 'DELETE_REQUESTED' },
      { id: 'scratch-prod', parent: 'folders/21', labels: { env: 'prod' } },
    ],
  });
});
after(async () => {
  await rm.close();
  await ts.close();
});
beforeEach(() => rm.faults.clear());

function api(): DiscoveryApi {
  const caller = new GoogleApiCaller({
    bucket: new TokenBucket(60_000),
    baseDelayMs: 1,
    maxDelayMs: 5,
    random: () => 0,
  });
  return { client: createDiscoveryClient({ kind: 'none' }, rm.url), caller, pageSize: 2 };
}

async function rows(runId: string) {
  const r = await sql<{ project_id: string; status: string }>`
    select project_id, status from gcp_discovered_projects where run_id = ${runId} order by project_id`.execute(
    ts.store.db,
  );
  return Object.fromEntries(r.rows.map((x) => [x.project_id, x.status]));
}

async function discover(runId: string, extra: { labels?: string; exclude?: string[] } = {}) {
  const a = api();
  await discoverIntoStore(ts.store.db, a, { runId, parents: ['organizations/10'], ...extra });
  return checkComputeServices(ts.store.db, a, runId, 4);
}

it('walks the tree: ACTIVE projects only, filters by label and glob, skips Compute-disabled ones', async () => {
  const counts = await discover('run-a', { labels: 'env=prod', exclude: ['scratch-*'] });
  assert.deepEqual(await rows('run-a'), {
    'app-dev-1': 'filtered',
    'app-prod-1': 'included',
    'app-prod-2': 'included',
    'app-prod-3': 'skipped',
    'scratch-prod': 'filtered',
  });
  assert.equal(counts.complete, true);
  assert.deepEqual(
    [counts.discovered, counts.included, counts.skipped, counts.filtered, counts.pending],
    [5, 2, 1, 2, 0],
  );
});

it('completes through 429 and 503 storms', async () => {
  rm.faults.add({ kind: 'tooManyRequests', probability: 0.3, retryAfterSeconds: 0 });
  rm.faults.add({ kind: 'unavailable', probability: 0.3 });
  const counts = await discover('run-storm');
  assert.deepEqual(await rows('run-storm'), {
    'app-dev-1': 'included',
    'app-prod-1': 'included',
    'app-prod-2': 'included',
    'app-prod-3': 'skipped',
    'scratch-prod': 'included',
  });
  assert.equal(counts.complete, true);
});

it('a 403 on one folder fails that folder only, naming it, and leaves the discovery incomplete', async () => {
  rm.faults.add({ kind: 'permissionDenied', project: 'folders/20' });
  const counts = await discover('run-403');
  assert.deepEqual(await rows('run-403'), {
    'app-prod-1': 'included',
    'scratch-prod': 'included',
  });
  assert.equal(counts.complete, false);
  assert.equal(counts.failures.length, 1);
  assert.equal(counts.failures[0]?.parent, 'folders/20');
  assert.equal(counts.failures[0]?.type, 'GcpPermissionDenied');
  assert.match(counts.failures[0]?.message ?? '', /folders\/20/);
  const vanished = await handleVanished(ts.store.db, api(), 'run-403', []);
  assert.equal(vanished.vanished, 0, 'an incomplete discovery reports no vanished projects');
});
