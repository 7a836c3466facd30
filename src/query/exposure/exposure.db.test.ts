import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  exposureEstate,
  exposureExpected,
  exposureExpectedAfter,
  exposureLine,
} from '../../test-support/exposure-estate.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { exposure, exposureChanges } from './exposure.js';

const project = `expdb-${randomBytes(3).toString('hex')}`;
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({ emulator: { estate: exposureEstate(project) } });
});
after(() => env?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('exposure read from the store now, as of a time and since a time, on this store', async () => {
  const db = env.db.store.db;
  await (await env.inventory({ projectIds: [project] })).result();
  assert.deepEqual((await exposure(db, { project })).rows.map(exposureLine), exposureExpected);
  const between = new Date();
  await sleep(50);
  await env.emulator.control.applyOps([
    { op: 'update', project, type: 'firewalls', name: 'deny-ssh-db', set: { disabled: true } },
  ]);
  await (await env.inventory({ projectIds: [project] })).result();
  assert.deepEqual((await exposure(db, { project })).rows.map(exposureLine), exposureExpectedAfter);
  assert.deepEqual((await exposure(db, { project, asOf: between })).rows.map(exposureLine), exposureExpected);
  const changes = await exposureChanges(db, { project, since: between, port: 22 });
  assert.deepEqual(
    changes.rows.map((r) => `${r.change} ${exposureLine(r)}`),
    ['appeared db-1 34.10.0.2 direct IP tcp/22 allow-ssh-office@1000'],
  );
});
