import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createConfigService } from './config-service.js';
import { CredentialsError } from './credentials-error.js';
import { startFakeVault, type FakeVault } from './testing/fake-vault.js';
import { Secret } from './secret.js';
import { fakeKey, tempDir, writeFile } from './testing/test-fixtures.js';
import type { GcpCredentialSource, GcpCredentials, VaultAuth } from './types.js';

const service = (credentials: GcpCredentialSource, now?: () => number) =>
  createConfigService(
    { gcp: { projects: [], credentials, requestsPerMinute: 1, pageSize: 1 } },
    now ? { now } : {},
  );

function emailOf(credentials: GcpCredentials): string {
  assert.equal(credentials.kind, 'serviceAccount');
  return credentials.kind === 'serviceAccount' ? credentials.key.client_email : '';
}

async function rejection(promise: Promise<unknown>): Promise<CredentialsError> {
  const err = await promise.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof CredentialsError, String(err));
  return err;
}

describe('config service: static sources', () => {
  it('returns ADC and none as they are', async () => {
    assert.deepEqual(await service({ source: 'adc' }).getGcpCredentials(), { kind: 'adc' });
    assert.deepEqual(await service({ source: 'none' }).getGcpCredentials(), { kind: 'none' });
  });

  it('parses inline JSON', async () => {
    const credentials = await service({
      source: 'inline',
      json: new Secret(fakeKey('inline@x.iam')),
    }).getGcpCredentials();
    assert.equal(emailOf(credentials), 'inline@x.iam');
  });

  it('re-reads the key file on every call, so a rotated key reaches the next session', async () => {
    const dir = tempDir();
    const path = writeFile(dir, 'key.json', fakeKey('first@x.iam'));
    const config = service({ source: 'keyFile', path });
    assert.equal(emailOf(await config.getGcpCredentials()), 'first@x.iam');
    writeFile(dir, 'key.json', fakeKey('second@x.iam'));
    assert.equal(emailOf(await config.getGcpCredentials()), 'second@x.iam');
  });

  it('names the key file, not its content, when it is invalid or gone', async () => {
    const dir = tempDir();
    const path = writeFile(dir, 'key.json', '{"private_key": "SECRET-IN-BROKEN-FILE", ');
    const config = service({ source: 'keyFile', path });
    const invalid = await rejection(config.getGcpCredentials());
    assert.match(invalid.message, /key file .*key\.json is not valid JSON/);
    assert.doesNotMatch(invalid.message, /SECRET-IN-BROKEN-FILE/);
    writeFile(dir, 'key.json', JSON.stringify({ type: 'authorized_user', private_key: 'SECRET-X' }));
    assert.match((await rejection(config.getGcpCredentials())).message, /"type" must be "service_account"/);
    rmSync(path);
    assert.match((await rejection(config.getGcpCredentials())).message, /key\.json does not exist/);
  });
});

describe('config service: Vault KV v2', () => {
  let vault: FakeVault;
  before(async () => {
    vault = await startFakeVault();
    vault.addToken('hvs.root-token');
    vault.addAppRole('role-1', 'secret-id-1', 3600);
    vault.put('secret', 'gcp/sa', { credentials: fakeKey('v1@x.iam', 'VAULT-PRIVATE-1') });
  });
  after(() => vault.close());

  const token: VaultAuth = { method: 'token', token: new Secret('hvs.root-token') };
  const source = (
    over: Partial<Extract<GcpCredentialSource, { source: 'vault' }>> = {},
  ): GcpCredentialSource => ({
    source: 'vault',
    address: vault.address,
    mount: 'secret',
    path: 'gcp/sa',
    field: 'credentials',
    auth: token,
    ...over,
  });

  it('reads with a token and picks up a new version on the next call', async () => {
    const config = service(source({ namespace: 'team-a' }));
    assert.equal(emailOf(await config.getGcpCredentials()), 'v1@x.iam');
    const last = vault.requests.at(-1);
    assert.equal(last?.url, '/v1/secret/data/gcp/sa');
    assert.equal(last?.headers['x-vault-token'], 'hvs.root-token');
    assert.equal(last?.headers['x-vault-namespace'], 'team-a');
    vault.put('secret', 'gcp/sa', { credentials: fakeKey('v2@x.iam') });
    assert.equal(emailOf(await config.getGcpCredentials()), 'v2@x.iam');
  });

  it('accepts the field stored as a JSON object', async () => {
    vault.put('secret', 'gcp/object', { credentials: JSON.parse(fakeKey('obj@x.iam')) as unknown });
    assert.equal(emailOf(await service(source({ path: 'gcp/object' })).getGcpCredentials()), 'obj@x.iam');
  });

  it('logs in with AppRole once and reuses the token until its lease nears expiry', async () => {
    let now = 1_000_000;
    const config = service(
      source({
        auth: { method: 'approle', roleId: 'role-1', secretId: new Secret('secret-id-1'), mount: 'approle' },
      }),
      () => now,
    );
    const before = vault.logins();
    await config.getGcpCredentials();
    await config.getGcpCredentials();
    assert.equal(vault.logins() - before, 1);
    now += 3_599_000;
    await config.getGcpCredentials();
    assert.equal(vault.logins() - before, 2);
    vault.revokeAll();
    vault.addToken('hvs.root-token');
    assert.equal(emailOf(await config.getGcpCredentials()), 'v2@x.iam');
    assert.equal(vault.logins() - before, 3);
  });

  it('reports a failed AppRole login without the secret id', async () => {
    const auth: VaultAuth = {
      method: 'approle',
      roleId: 'role-1',
      secretId: new Secret('WRONG-SECRET-ID'),
      mount: 'approle',
    };
    const err = await rejection(service(source({ auth })).getGcpCredentials());
    assert.match(
      err.message,
      /AppRole login at http:\/\/127\.0\.0\.1:\d+ \(auth\/approle\) failed: HTTP 400: invalid role or secret ID/,
    );
    assert.doesNotMatch(err.message, /WRONG-SECRET-ID/);
  });

  it('names address, mount and path when the secret does not exist', async () => {
    const err = await rejection(service(source({ path: 'gcp/nope' })).getGcpCredentials());
    assert.match(err.message, new RegExp(`no secret at secret/gcp/nope on Vault ${vault.address}`));
    assert.match(err.message, /HOTPOT_VAULT_PATH/);
    assert.equal(err.retryable, false);
  });

  it('reports permission denied without the token', async () => {
    vault.put('secret', 'gcp/locked', { credentials: fakeKey('l@x.iam') });
    vault.deny('secret', 'gcp/locked');
    const err = await rejection(service(source({ path: 'gcp/locked' })).getGcpCredentials());
    assert.match(err.message, /permission denied/);
    assert.doesNotMatch(err.message, /hvs\.root-token/);
    const bad = await rejection(
      service(source({ auth: { method: 'token', token: new Secret('hvs.bogus') } })).getGcpCredentials(),
    );
    assert.match(bad.message, /permission denied/);
    assert.doesNotMatch(bad.message, /hvs\.bogus/);
  });

  it('names a missing field and lists the fields present', async () => {
    vault.put('secret', 'gcp/fields', { other: 'x', json: 'y' });
    const err = await rejection(service(source({ path: 'gcp/fields' })).getGcpCredentials());
    assert.match(err.message, /has no field "credentials" \(fields: other, json\)/);
  });

  it('names the field, not the content, when the key is not JSON', async () => {
    vault.put('secret', 'gcp/broken', { credentials: '{"private_key":"VAULT-BROKEN-SECRET"' });
    const err = await rejection(service(source({ path: 'gcp/broken' })).getGcpCredentials());
    assert.match(err.message, /field "credentials" of Vault secret secret\/gcp\/broken .* is not valid JSON/);
    assert.doesNotMatch(err.message, /VAULT-BROKEN-SECRET/);
  });

  it('marks an unreachable Vault as retryable', async () => {
    const err = await rejection(service(source({ address: 'http://127.0.0.1:1' })).getGcpCredentials());
    assert.match(err.message, /cannot reach Vault at http:\/\/127\.0\.0\.1:1/);
    assert.equal(err.retryable, true);
  });
});
