import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fortinetFaultKinds, type FortinetFault } from '../emulator/fortinet/index.js';
import { fortinetEnv, type FortinetEnv } from '../test-support/fortinet-env.js';
import { ExpectedHistory } from './testing/store-matches.js';

/**
 * The engine's fault handling on FortiGate scopes. It runs on the PostgreSQL pass only: the store behaviour it
 * relies on is fortinet-ingest.db.test's on both stores, and the faults cost backoff, not store work.
 */
let env: FortinetEnv;
const expected = new ExpectedHistory();

before(async () => {
  env = await fortinetEnv({
    fortinet: {
      generate: {
        seed: 'fortinet-faults-test',
        devicePrefix: 'fwfault',
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

async function syncAllAndCheck(): Promise<void> {
  const results = await Promise.all(env.scopes.map((scope) => env.sync(scope)));
  results.forEach((result, i) =>
    assert.equal(result.status, 'ok', `${env.scopes[i]}: ${JSON.stringify(result)}`),
  );
  const truth = await env.fortinet.control.truth();
  expected.record(truth, env.scopes);
  await expected.assertStore(env.db.store.db, truth, env.scopes);
}

/** Every fault the emulator has but the refusals (401, 403, 424), which fail a scope for good and are tested apart. */
const refusals: readonly FortinetFault['kind'][] = ['unauthorized', 'forbidden', 'failedDependency'];
const faults = fortinetFaultKinds.filter((kind) => !refusals.includes(kind));

test('a sync under every fault kind, then a clean one, leaves the store equal to the ground truth with exact history: nothing lost, nothing wrongly deleted', async () => {
  await syncAllAndCheck();
  for (const kind of faults) {
    await env.fortinet.control.mutate();
    await env.fortinet.control.addFaults(
      env.scopes.map((scope) => {
        const [device, vdom] = scope.split('/');
        return { kind, device, vdom, times: kind === 'tooManyRequests' ? 6 : 2 };
      }),
    );
    await Promise.all(env.scopes.map((scope) => env.sync(scope).catch(() => undefined)));
    await env.fortinet.control.clearFaults();
    await syncAllAndCheck();
  }
});
