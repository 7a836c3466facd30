import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { createConfigService } from '../config/config-service.js';
import {
  startFortinetEmulator,
  type FortinetFault,
  type RunningFortinetEmulator,
} from '../emulator/fortinet/index.js';
import { TokenBucket } from '../provider/token-bucket.js';
import { FortinetCaller } from './fortinet-caller.js';
import { createFortinetClient, type FortinetClient } from './fortinet-client.js';
import { parseFortinetConfig } from './fortinet-config.js';
import { fortinetResources } from './registry.js';
import { truthOfKind } from './testing/truth-of-kind.js';

let emulator: RunningFortinetEmulator;
let client: FortinetClient;

before(async () => {
  emulator = await startFortinetEmulator({
    generate: { seed: 'listing', devices: 2, vdomsPerDevice: 2, policiesPerVdom: 37 },
  });
  const { config, problems } = parseFortinetConfig(
    {
      allowInsecureEndpoint: true,
      devices: emulator.devices.map((d) => ({
        name: d.name,
        baseUrl: emulator.deviceUrl(d.name),
        vdoms: d.vdoms,
        token: emulator.token,
      })),
    },
    {},
  );
  assert.deepEqual(problems, []);
  client = createFortinetClient(
    config!.devices,
    createConfigService({ gcp: { credentials: { source: 'none' } } } as never),
  );
});
after(async () => {
  await client?.close();
  await emulator?.stop();
});

const caller = () =>
  new FortinetCaller({
    bucket: new TokenBucket(1_000_000),
    maxAttempts: 4,
    baseDelayMs: 1,
    maxDelayMs: 5,
    maxRetryAfterMs: 5,
  });

async function listAll(plural: string, scope: string, api = caller()): Promise<unknown[]> {
  const resource = fortinetResources.find((r) => r.plural === plural)!;
  const items: unknown[] = [];
  for await (const page of resource.list(client, { scope, pageSize: 10, api })) items.push(...page.items);
  return items;
}

test('every kind of every scope lists exactly the emulator ground truth, in order, across pages of 10', async () => {
  const truth = await emulator.control.truth();
  assert.equal(Object.keys(truth.scopes).length, 4);
  for (const scope of Object.keys(truth.scopes))
    for (const resource of fortinetResources) {
      const want = truthOfKind(truth, scope, resource.plural);
      assert.ok(want.length > 0, `${scope} ${resource.plural} has objects`);
      assert.deepStrictEqual(await listAll(resource.plural, scope), want, `${scope} ${resource.plural}`);
    }
});

test('get answers the object by key, and gone only on FortiOS 404 for that key', async () => {
  const truth = await emulator.control.truth();
  const scope = 'fw-1/root';
  const api = caller();
  for (const resource of fortinetResources) {
    const want = truthOfKind(truth, scope, resource.plural);
    const first = want[0]!;
    const id = resource.identify(first as never);
    const ref = { id, name: id, location: 'global', selfLink: null };
    assert.deepStrictEqual(
      await resource.get(client, { scope, pageSize: 10, api }, ref),
      first,
      resource.plural,
    );
  }
  const policies = fortinetResources.find((r) => r.plural === 'fortinet-policies')!;
  const gone = { id: '999999', name: 'x', location: 'global', selfLink: null };
  assert.equal(await policies.get(client, { scope, pageSize: 10, api }, gone), 'gone');
});

const retried: FortinetFault['kind'][] = [
  'tooManyRequests',
  'internalError',
  'unavailable',
  'malformedJson',
  'truncatedBody',
  'errorEnvelope',
  'wrongVdom',
];

for (const kind of retried)
  test(`a ${kind} answer is retried and the listing still equals the ground truth`, async () => {
    const truth = await emulator.control.truth();
    await emulator.control.addFaults([
      { kind, device: 'fw-2', vdom: 'vd1', table: 'firewall/policy', times: 2 },
    ]);
    const api = caller();
    assert.deepStrictEqual(
      await listAll('fortinet-policies', 'fw-2/vd1', api),
      truthOfKind(truth, 'fw-2/vd1', 'fortinet-policies'),
    );
    assert.ok(api.retries >= 2, `${kind}: retried (${api.retries})`);
  });

for (const [kind, type] of [
  ['unauthorized', 'FortinetUnauthenticated'],
  ['forbidden', 'FortinetPermissionDenied'],
  ['failedDependency', 'FortinetFailedDependency'],
] as const)
  test(`a ${kind} answer stops the scope at once as ${type}, naming no token`, async () => {
    await emulator.control.addFaults([{ kind, device: 'fw-1', vdom: 'vd1', table: 'firewall/vip' }]);
    const api = caller();
    await assert.rejects(listAll('fortinet-vips', 'fw-1/vd1', api), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure);
      assert.equal(err.type, type);
      assert.equal(err.nonRetryable, true);
      assert.ok(!err.message.includes(emulator.token), 'the token is not in the error');
      return true;
    });
    assert.equal(api.calls, 1);
  });

test('a malformed envelope that persists fails the listing as FortinetMalformedResponse, retryable, after the attempts', async () => {
  await emulator.control.addFaults([
    { kind: 'errorEnvelope', device: 'fw-1', vdom: 'root', table: 'firewall/address', times: 4 },
  ]);
  const api = caller();
  await assert.rejects(listAll('fortinet-addresses', 'fw-1/root', api), (err: unknown) => {
    assert.ok(err instanceof ApplicationFailure);
    assert.equal(err.type, 'FortinetMalformedResponse');
    assert.equal(err.nonRetryable, false);
    return true;
  });
  assert.equal(api.calls, 4);
});

test('a lying empty listing is a well-formed empty table: it lists nothing (the engine confirms deletions by get)', async () => {
  await emulator.control.addFaults([
    { kind: 'emptyListing', device: 'fw-1', vdom: 'root', table: 'firewall/address' },
  ]);
  assert.deepStrictEqual(await listAll('fortinet-addresses', 'fw-1/root'), []);
});

test('a scope that is not <device>/<vdom> fails as FortinetBadScope', async () => {
  await assert.rejects(
    listAll('fortinet-policies', 'fw-1'),
    (err: unknown) => err instanceof ApplicationFailure && err.type === 'FortinetBadScope',
  );
});
