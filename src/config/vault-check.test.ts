import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkConfigAndVault } from '../cli/commands/config.js';
import { startFakeVault, type FakeVault } from './testing/fake-vault.js';
import { fakeKey, tempDir } from './testing/test-fixtures.js';

const TOKEN = 'hvs.vault-check-token-0001';
const S1_TOKEN = 'S1-TOKEN-VALUE-424242';
let vault: FakeVault;

before(async () => {
  vault = await startFakeVault();
  vault.addToken(TOKEN);
  vault.put('secret', 'gcp/sa', { credentials: fakeKey('sa@p.iam.gserviceaccount.com', 'VAULT-KEY-LINE') });
  vault.put('secret', 's1/api', { token: S1_TOKEN, other: 'x' });
  vault.put('secret', 's1/garbled', { token: `${S1_TOKEN}\nNEW-${S1_TOKEN}` });
  vault.deny('secret', 'gcp/denied');
});
after(() => vault.close());

const gcpEnv = (path: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  HOTPOT_GCP_CREDENTIALS_SOURCE: 'vault',
  VAULT_ADDR: vault.address,
  VAULT_TOKEN: TOKEN,
  HOTPOT_VAULT_PATH: path,
  HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT: 'true',
  ...extra,
});

async function failure(env: NodeJS.ProcessEnv): Promise<string> {
  const err = await checkConfigAndVault({ env, cwd: tempDir() }).then(
    () => assert.fail('config check passed'),
    (e: unknown) => e as Error,
  );
  for (const secret of [TOKEN, S1_TOKEN, 'VAULT-KEY-LINE'])
    assert.ok(!err.message.includes(secret), `the message shows a secret: ${err.message}`);
  return err.message;
}

test('config check reads the GCP key from Vault, through the token, and passes', async () => {
  const before = vault.requests.length;
  const out = await checkConfigAndVault({ env: gcpEnv('gcp/sa'), cwd: tempDir() });
  assert.match(out, /vault/);
  const read = vault.requests.slice(before).find((r) => r.url.includes('/v1/secret/data/gcp/sa'));
  assert.ok(read, 'the secret was read from Vault');
  assert.equal(read.headers['x-vault-token'], TOKEN);
});

test('config check names the key and the path when the Vault secret cannot be read or used', async () => {
  assert.match(
    await failure(gcpEnv('gcp/absent')),
    /gcp\.credentials\.vault: secret\/gcp\/absent field "credentials"/,
  );
  assert.match(
    await failure(gcpEnv('gcp/denied')),
    /gcp\.credentials\.vault: secret\/gcp\/denied .*403|permission/i,
  );
  assert.match(
    await failure(gcpEnv('gcp/sa', { VAULT_TOKEN: 'hvs.wrong-token-000' })),
    /gcp\.credentials\.vault: secret\/gcp\/sa/,
  );
  assert.match(
    await failure(gcpEnv('gcp/sa', { HOTPOT_VAULT_FIELD: 'nope' })),
    /gcp\.credentials\.vault: .*has no field "nope"/,
  );
  assert.match(
    await failure(gcpEnv('gcp/sa', { VAULT_ADDR: 'http://127.0.0.1:1' })),
    /gcp\.credentials\.vault: secret\/gcp\/sa field "credentials" on http:\/\/127\.0\.0\.1:1/,
  );
});

test('config check reads the S1 token from Vault and refuses a two-line one by key', async () => {
  const s1 = (path: string): NodeJS.ProcessEnv => ({
    HOTPOT_S1_ENDPOINT: 'https://s1.example.net',
    HOTPOT_S1_VAULT_PATH: path,
    HOTPOT_S1_VAULT_FIELD: 'token',
    VAULT_ADDR: vault.address,
    VAULT_TOKEN: TOKEN,
    HOTPOT_S1_ALLOW_INSECURE_ENDPOINT: 'true',
  });
  await checkConfigAndVault({ env: s1('s1/api'), cwd: tempDir() });
  assert.match(await failure(s1('s1/garbled')), /s1\.vault: secret\/s1\/garbled field "token" .*2 lines/);
});
