import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { Secret } from '../config/secret.js';
import { redactKnownSecrets } from '../config/known-secrets.js';
import { startVngEmulator, type RunningVngEmulator } from '../emulator/vng/index.js';
import { TokenBucket } from '../provider/token-bucket.js';
import { IamToken } from './iam-token.js';
import { VngCaller } from './vng-caller.js';
import { createVngClient, type VngClient } from './vng-client.js';
import { serverResource } from './server/resource.js';
import { secgroupResource } from './secgroup/resource.js';
import { sshKeyResource, withoutKeyMaterial } from './ssh-key/resource.js';
import { subnetResource } from './subnet/resource.js';
import type { VngContext } from './paging.js';

const project = 'pro-client-test';
const scope = `${project}/HCM-3`;
let emu: RunningVngEmulator;

before(async () => {
  emu = await startVngEmulator({
    generate: { seed: 'vng-client', projects: [project], regions: ['HCM-3'], servers: 23 },
    tokenSeconds: 3600,
  });
});
after(() => emu?.stop());

function client(secret = emu.clientSecret): VngClient {
  return createVngClient({
    iamEndpoint: emu.iamEndpoint,
    vserverEndpoint: emu.vserverEndpoint,
    clientId: emu.clientId,
    clientSecret: new Secret(secret),
  });
}

function ctx(pageSize = 5): VngContext {
  return {
    scope,
    pageSize,
    api: new VngCaller({ bucket: new TokenBucket(6_000_000), baseDelayMs: 1, maxDelayMs: 5 }),
  };
}

async function all<T>(pages: AsyncIterable<{ items: T[] }>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) items.push(...page.items);
  return items;
}

test('servers page by page equal the ground truth, ⌈n/5⌉ pages, one token for the session', async () => {
  const c = client();
  const before = await emu.control.requests();
  const servers = await all(serverResource.list(c, ctx()));
  const truth = (await emu.control.truth()).scopes[scope]!;
  assert.deepStrictEqual(servers, truth.servers);
  const after = await emu.control.requests();
  assert.equal((after.servers ?? 0) - (before.servers ?? 0), Math.ceil(truth.servers.length / 5));
  assert.equal(c.tokensFetched, 1);
});

test('security groups carry their rules; subnets come from every network; SSH keys lose their key material', async () => {
  const c = client();
  const truth = (await emu.control.truth()).scopes[scope]!;
  const groups = await all(secgroupResource.list(c, ctx()));
  assert.deepStrictEqual(
    groups,
    truth.secgroups.map((g) => ({ ...g, rules: truth.rules[g.id] })),
  );
  assert.deepStrictEqual(await all(subnetResource.list(c, ctx())), truth.subnets);
  const keys = await all(sshKeyResource.list(c, ctx()));
  assert.deepStrictEqual(keys, truth.sshKeys.map(withoutKeyMaterial));
  for (const key of keys) {
    assert.match(String(key.fingerprint), /^SHA256:[A-Za-z0-9+/]{43}$/);
    assert.equal('pubKey' in key, false);
  }
});

test('a token expired mid-run is replaced and the call answered; the listing still equals the truth', async () => {
  const c = client();
  const tokens = await emu.control.tokens();
  await emu.control.addFaults([{ path: 'servers', kind: 'expireToken' }]);
  const servers = await all(serverResource.list(c, ctx()));
  assert.deepStrictEqual(servers, (await emu.control.truth()).scopes[scope]!.servers);
  assert.equal(c.tokensFetched, 2);
  assert.equal((await emu.control.tokens()).issued - tokens.issued, 2);
});

test('malformed, truncated and a 429 storm are retried; the result is still exact', async () => {
  await emu.control.addFaults([
    { path: 'servers', kind: 'malformedJson' },
    { path: 'servers', kind: 'truncated' },
    { path: 'servers', kind: 'tooManyRequests', times: 3, retryAfterSeconds: 0 },
    { path: 'servers', kind: 'internalError' },
  ]);
  const servers = await all(serverResource.list(client(), ctx()));
  assert.deepStrictEqual(servers, (await emu.control.truth()).scopes[scope]!.servers);
});

test('a wrong client secret fails at once as VngUnauthenticated and never shows the secret', async () => {
  const secret = 'wrong-secret-for-vng-test';
  const err = await all(serverResource.list(client(secret), ctx())).then(
    () => assert.fail('the listing should fail'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof ApplicationFailure);
  assert.equal(err.type, 'VngUnauthenticated');
  assert.equal(err.nonRetryable, true);
  assert.doesNotMatch(`${err.message} ${JSON.stringify(err)}`, new RegExp(secret));
});

test('403 stops at once as VngPermissionDenied; a get answers gone only on 404', async () => {
  const c = client();
  await emu.control.addFaults([{ path: 'servers', kind: 'forbidden' }]);
  const err = await all(serverResource.list(c, ctx())).catch((e: unknown) => e);
  assert.equal((err as ApplicationFailure).type, 'VngPermissionDenied');
  const truth = (await emu.control.truth()).scopes[scope]!;
  const ref = (id: string) => ({ id, name: id, location: 'global', selfLink: null });
  assert.deepStrictEqual(await serverResource.get(c, ctx(), ref(truth.servers[0]!.uuid)), truth.servers[0]);
  assert.equal(await serverResource.get(c, ctx(), ref('ins-missing')), 'gone');
  assert.equal(await subnetResource.get(c, ctx(), ref('sub-missing')), 'gone');
  assert.deepStrictEqual(await subnetResource.get(c, ctx(), ref(truth.subnets[3]!.uuid)), truth.subnets[3]);
});

test('access tokens are known secrets: redaction removes them from any text', async () => {
  const c = client();
  await all(serverResource.list(c, ctx(100)));
  const token = (await fetch(`${emu.iamEndpoint}/v2/auth/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${emu.clientId}:${emu.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  }).then((r) => r.json())) as { access_token: string };
  assert.ok(token.access_token.startsWith('vng-at-'));
  assert.ok(c.tokensFetched >= 1);
  assert.doesNotMatch(redactKnownSecrets(`Bearer ${emu.clientSecret}`), new RegExp(emu.clientSecret));
});

test('a token is fetched again a minute before it expires, not before', async () => {
  let now = 1_000_000;
  const token = new IamToken({
    iamEndpoint: emu.iamEndpoint,
    clientId: emu.clientId,
    clientSecret: new Secret(emu.clientSecret),
    fetch,
    timeoutMs: 10_000,
    signal: new AbortController().signal,
    now: () => now,
  });
  const first = await token.current();
  now += 3_539_000;
  assert.equal(await token.current(), first);
  now += 2_000;
  assert.notEqual(await token.current(), first);
  assert.equal(token.fetched, 2);
});
