import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkConfig } from '../cli/commands/config.js';
import { formatSecretHits, grepSecrets } from '../test-support/secrets-grep.js';
import { createConfigService } from './config-service.js';
import { loadConfig } from './load-config.js';
import { fakeKey, tempDir } from './test-fixtures.js';

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
