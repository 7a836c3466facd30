import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { auth } from '@googleapis/compute';
import { InstancesClient } from '@google-cloud/compute';
import { startEmulator, type RunningEmulator } from '../index.js';

let emulator: RunningEmulator;
let client: InstancesClient;
before(async () => {
  emulator = await startEmulator({ generate: { projects: 1, instances: 40 } });
  const authClient = new auth.OAuth2();
  authClient.setCredentials({ access_token: 'emulator', expiry_date: Date.now() + 3_600_000 });
  client = new InstancesClient({
    fallback: true,
    protocol: 'http',
    apiEndpoint: '127.0.0.1',
    port: emulator.port,
    authClient,
  });
});
after(async () => {
  await client.close();
  await emulator.stop();
});

it('pages instances through @google-cloud/compute (REST fallback over plain http)', async () => {
  const ids: string[] = [];
  for await (const [, scoped] of client.aggregatedListAsync(
    { project: 'hotpot-demo-001', maxResults: 9 },
    { autoPaginate: false },
  )) {
    for (const instance of scoped.instances ?? []) ids.push(String(instance.id));
  }
  const truth = await emulator.control.groundTruth('hotpot-demo-001');
  assert.deepEqual(ids.sort(), truth.resources.instances.map((i) => i.id).sort());
  const counts = await emulator.control.requestCounts();
  assert.equal(counts['hotpot-demo-001']?.['instances.aggregatedList'], 5);
});

it('surfaces the emulator 404 as a client error', async () => {
  await assert.rejects(
    client.get({ project: 'hotpot-demo-001', zone: 'us-central1-a', instance: 'missing' }),
    /was not found/,
  );
});
