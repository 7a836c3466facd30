import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkConfig } from '../cli/commands/config.js';
import { formatSecretHits, grepSecrets } from '../test-support/secrets-grep.js';
import { createConfigService } from './config-service.js';
import { loadConfig } from './load-config.js';
import { Secret } from './secret.js';
import { fakeKey, tempDir } from './testing/test-fixtures.js';
import type { VaultAuth } from './types.js';
import { createVaultClient } from './vault-client.js';

const cwd = tempDir();
const KEY_JSON = fakeKey('sa@p.iam.gserviceaccount.com', 'PRIVATE-MARKER-GAC');

/** [case, env, the secrets in it, what must show instead (a printed fragment, or the error's key)]. */
const printed: [string, NodeJS.ProcessEnv, string[], RegExp][] = [
  [
    'a password with an unencoded @',
    { HOTPOT_DATABASE_URL: 'postgres://u:Db@Pass-1@db/x' },
    ['Db@Pass-1'],
    /url: postgres:\/\/u:<redacted>@db\/x/,
  ],
  [
    'a percent-encoded password',
    { HOTPOT_DATABASE_URL: 'postgres://u:Db%40Pass%2F2@db/x' },
    ['Db@Pass/2'],
    /url: postgres:\/\/u:<redacted>@db\/x/,
  ],
  [
    'a ?password= parameter',
    { HOTPOT_DATABASE_URL: 'postgres://db/x?password=Db-Pass-3&sslmode=require' },
    ['Db-Pass-3'],
    /password=<redacted>&sslmode=require/,
  ],
  [
    'GOOGLE_APPLICATION_CREDENTIALS holding the key JSON',
    { GOOGLE_APPLICATION_CREDENTIALS: KEY_JSON },
    ['PRIVATE-MARKER-GAC'],
    /source: inline\n\s+json: <redacted>/,
  ],
  [
    'a Vault token',
    { VAULT_ADDR: 'http://vault:8200', HOTPOT_VAULT_PATH: 'gcp/sa', VAULT_TOKEN: 'hvs.Vault-Token-4' },
    ['hvs.Vault-Token-4'],
    /token: <redacted>/,
  ],
  [
    'a Vault AppRole secret id',
    {
      VAULT_ADDR: 'http://vault:8200',
      HOTPOT_VAULT_PATH: 'gcp/sa',
      VAULT_ROLE_ID: 'role',
      VAULT_SECRET_ID: 'Secret-Id-5',
    },
    ['Secret-Id-5'],
    /secretId: <redacted>/,
  ],
  [
    'a Vault address with a password',
    {
      VAULT_ADDR: 'https://u:Vault-Addr-6@vault:8200',
      HOTPOT_VAULT_PATH: 'gcp/sa',
      VAULT_TOKEN: 'hvs.Vault-Token-4',
    },
    ['Vault-Addr-6', 'hvs.Vault-Token-4'],
    /address: https:\/\/u:<redacted>@vault:8200/,
  ],
];

const refused: [string, NodeJS.ProcessEnv, string[], RegExp][] = [
  [
    'GOOGLE_APPLICATION_CREDENTIALS holding broken JSON',
    { GOOGLE_APPLICATION_CREDENTIALS: '{"private_key": "PRIVATE-MARKER-7"' },
    ['PRIVATE-MARKER-7'],
    /gcp\.credentials\.keyFile \(env GOOGLE_APPLICATION_CREDENTIALS\): holds JSON, not a key file path/,
  ],
  [
    'GOOGLE_APPLICATION_CREDENTIALS holding JSON with source adc',
    { GOOGLE_APPLICATION_CREDENTIALS: KEY_JSON, HOTPOT_GCP_CREDENTIALS_SOURCE: 'adc' },
    ['PRIVATE-MARKER-GAC'],
    /gcp\.credentials\.keyFile \(env GOOGLE_APPLICATION_CREDENTIALS\): holds JSON, but Google ADC reads/,
  ],
  [
    'an endpoint URL with a password that does not parse',
    { HOTPOT_GCP_ENDPOINT: 'http://u:Endpoint-Pass-8@' },
    ['Endpoint-Pass-8'],
    /gcp\.endpoint \(env HOTPOT_GCP_ENDPOINT\): must be an http\(s\) URL/,
  ],
  [
    'a database URL with a password that does not parse',
    { HOTPOT_DATABASE_URL: 'postgres://u:Db-Pass-9@db:port/x' },
    ['Db-Pass-9'],
    /database\.url \(env HOTPOT_DATABASE_URL\): must be postgres/,
  ],
  [
    'a Vault token next to a bad setting',
    {
      VAULT_ADDR: 'http://vault:8200',
      HOTPOT_VAULT_PATH: 'gcp/sa',
      VAULT_TOKEN: 'hvs.Vault-Token-4',
      HOTPOT_GCP_PAGE_SIZE: '0',
    },
    ['hvs.Vault-Token-4'],
    /gcp\.pageSize/,
  ],
];

function assertClean(text: string, secrets: string[]): void {
  const hits = grepSecrets(secrets, [{ source: 'output', text }]);
  assert.deepEqual(hits, [], `${formatSecretHits(hits)}\n${text}`);
}

describe('hotpot config check prints no secret', () => {
  for (const [name, env, secrets, shown] of printed) {
    test(name, () => {
      const yaml = checkConfig({ env, cwd });
      assert.match(yaml, shown);
      assertClean(yaml, secrets);
      assertClean(checkConfig({ env, cwd, json: true }), secrets);
    });
  }
});

describe('config errors name the key, not the secret', () => {
  for (const [name, env, secrets, message] of refused) {
    test(name, () => {
      assert.throws(
        () => checkConfig({ env, cwd }),
        (err: Error) => {
          assert.match(err.message, message);
          assertClean(err.message, secrets);
          return true;
        },
      );
    });
  }
});

test('GOOGLE_APPLICATION_CREDENTIALS holding the key JSON is used as inline credentials', async () => {
  const config = loadConfig({ env: { GOOGLE_APPLICATION_CREDENTIALS: KEY_JSON }, cwd });
  const credentials = await createConfigService(config).getGcpCredentials();
  assert.equal(
    credentials.kind === 'serviceAccount' && credentials.key.client_email,
    'sa@p.iam.gserviceaccount.com',
  );
});

describe('Vault errors print no token, secret id or address password', () => {
  const address = 'https://u:Vault-Addr-Pass@vault.example.com:8200';
  const answer =
    (status: number, body: unknown): typeof fetch =>
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const cases: [string, VaultAuth, typeof fetch, RegExp][] = [
    [
      'a login refused with an error that repeats the secret id',
      { method: 'approle', roleId: 'role', secretId: new Secret('Secret-Id-V1'), mount: 'approle' },
      answer(400, { errors: ['invalid secret id "Secret-Id-V1"'] }),
      /AppRole login at https:\/\/u:<redacted>@vault\.example\.com:8200 \(auth\/approle\) failed: HTTP 400: invalid secret id "<redacted>"/,
    ],
    [
      'a read failing with an error that repeats the token',
      { method: 'token', token: new Secret('hvs.Token-V2') },
      answer(500, { errors: ['token hvs.Token-V2 is broken'] }),
      /reading secret\/gcp\/sa on Vault https:\/\/u:<redacted>@vault\.example\.com:8200 failed: HTTP 500: token <redacted> is broken/,
    ],
    [
      'an unreachable Vault',
      { method: 'token', token: new Secret('hvs.Token-V2') },
      async () => {
        throw new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED ${address}`) });
      },
      /cannot reach Vault at https:\/\/u:<redacted>@vault\.example\.com:8200: connect ECONNREFUSED https:\/\/u:<redacted>@/,
    ],
  ];
  for (const [name, auth, fetchFn, message] of cases) {
    test(name, async () => {
      const vault = createVaultClient({ address, auth, fetch: fetchFn });
      await assert.rejects(vault.readKv2('secret', 'gcp/sa'), (err: Error) => {
        assert.match(err.message, message);
        assertClean(err.message, ['Secret-Id-V1', 'hvs.Token-V2', 'Vault-Addr-Pass']);
        return true;
      });
    });
  }
});
