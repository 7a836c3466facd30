import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WorkflowFailedError } from '@temporalio/client';
import { failureOf } from '../ingest/workflows/failure-of.js';
import { fortinetEnv, type FortinetEnv } from '../test-support/fortinet-env.js';
import { ExpectedHistory } from './testing/store-matches.js';

let env: FortinetEnv;
const expected = new ExpectedHistory();

before(async () => {
  env = await fortinetEnv({
    fortinet: {
      generate: {
        seed: 'fortinet-ingest',
        devices: 2,
        vdomsPerDevice: 2,
        policiesPerVdom: 80,
        addressesPerVdom: 30,
      },
    },
    pageSize: 25,
  });
});
after(() => env?.close());

async function syncAll(): Promise<void> {
  for (const scope of env.scopes) {
    const result = await env.sync(scope);
    assert.equal(result.status, 'ok', `${scope}: ${JSON.stringify(result)}`);
  }
}

test('a Fortinet sync of every device × VDOM equals the emulator ground truth, then again after each of three mutation rounds', async () => {
  for (let round = 0; round <= 3; round++) {
    if (round > 0) await env.fortinet.control.mutate();
    await syncAll();
    const truth = await env.fortinet.control.truth();
    expected.record(truth, env.scopes);
    await expected.assertStore(env.db.store.db, truth, env.scopes);
  }
});

test('a scope whose device refuses the token fails at once and deletes nothing', async () => {
  const [scope] = env.scopes;
  const [device, vdom] = scope!.split('/');
  await env.fortinet.control.addFaults([
    { kind: 'unauthorized', device, vdom, table: 'firewall/policy', times: 50 },
  ]);
  const err = await env.sync(scope!).then(
    () => assert.fail('the scope should fail'),
    (e: unknown) => e,
  );
  await env.fortinet.control.clearFaults();
  assert.ok(err instanceof WorkflowFailedError);
  assert.equal(failureOf(err).type, 'FortinetUnauthenticated');
  assert.doesNotMatch(JSON.stringify(failureOf(err)), new RegExp(env.fortinet.token));
  const truth = await env.fortinet.control.truth();
  await expected.assertStore(env.db.store.db, truth, env.scopes);
});
