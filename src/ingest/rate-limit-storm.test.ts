import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { GroundTruth } from '../emulator/index.js';
import { computeKinds } from '../gcp/compute/kinds.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../test-support/store-truth.js';

/**
 * The retry path's store outcome under a storm. It runs on the PostgreSQL pass only: the store behaviour it needs
 * (writes interleaved with retried pages) is ingest.db.test's on both stores, and a storm is seconds of backoff.
 */
const projects = [1, 2, 3].map((n) => `storm-test-${n}`);
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 43, projects, zones: 2, instances: 30, disks: 10, networks: 2 } },
  });
});
after(() => env?.close());

const expected = new ExpectedHistory(computeKinds.map(({ plural, table }) => ({ plural, table })));

async function syncAndCheck(): Promise<void> {
  const result = await (await env.inventory({ projectIds: projects, concurrency: 3 })).result();
  assert.equal(result.status, 'ok', JSON.stringify(result.projects.filter((p) => p.status !== 'ok')));
  const truths: GroundTruth[] = await Promise.all(projects.map((p) => env.emulator.control.groundTruth(p)));
  expected.observe(truths);
  await assertStoreMatchesTruth(env.db.store.db, truths, expected);
}

test('a rate-limit storm (30% rateLimitExceeded + 429s) after a clean sync completes with correct data and history', async () => {
  await syncAndCheck();
  await env.emulator.control.mutateRound({ percent: 20, seed: 7 });
  await env.emulator.control.setFault({ kind: 'rateLimitExceeded', probability: 0.3 });
  await env.emulator.control.setFault({ kind: 'tooManyRequests', probability: 0.2, retryAfterSeconds: 1 });
  try {
    await syncAndCheck();
  } finally {
    await env.emulator.control.clearFaults();
  }
});
