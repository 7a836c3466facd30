import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { createConfigService } from './config-service.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';
import { redactConfig } from './redact-config.js';
import { Secret } from './secret.js';
import { fakeKey, tempDir } from './testing/test-fixtures.js';

const SECRETS = [
  'TOKEN-SECRET-1',
  'SECRETID-SECRET-2',
  'PRIVATE-MARKER-3',
  'DBPASS-SECRET-4',
  'CONSOLE-SECRET-5',
];

function assertNoSecret(text: string, where: string): void {
  for (const secret of SECRETS)
    assert.ok(!text.includes(secret), `${secret} leaked through ${where}:\n${text}`);
}

const printers: [string, (value: unknown) => string][] = [
  ['JSON.stringify', (v) => JSON.stringify(v)],
  ['util.inspect', (v) => inspect(v, { depth: Infinity, showHidden: true })],
  ['template string', (v) => `${String(v)}`],
  ['YAML', (v) => stringify(v)],
];

describe('redaction', () => {
  const cwd = tempDir();
  const vaultEnv = {
    VAULT_ADDR: 'http://vault:8200',
    HOTPOT_VAULT_PATH: 'gcp/sa',
    VAULT_ROLE_ID: 'role',
    VAULT_SECRET_ID: 'SECRETID-SECRET-2',
    VAULT_TOKEN: 'TOKEN-SECRET-1',
    HOTPOT_DATABASE_URL: 'postgres://hotpot:DBPASS-SECRET-4@db/hotpot',
    HOTPOT_CONSOLE_TOKEN: 'CONSOLE-SECRET-5',
  };
  const tokenEnv = { ...vaultEnv, VAULT_ROLE_ID: '', VAULT_SECRET_ID: '' };
  const inlineEnv = { HOTPOT_GCP_CREDENTIALS_JSON: fakeKey('a@b.iam', 'PRIVATE-MARKER-3') };

  for (const [name, env] of Object.entries({ approle: vaultEnv, token: tokenEnv, inline: inlineEnv })) {
    const config = loadConfig({ env, cwd });
    for (const [printer, print] of printers) {
      it(`${name} config: no secret in ${printer} of the config or of redactConfig`, () => {
        assertNoSecret(print(config.gcp.credentials), printer);
        assertNoSecret(print(redactConfig(config)), printer);
      });
    }
  }

  it('replaces every secret with <redacted> and masks the database password', () => {
    const printable = redactConfig(loadConfig({ env: vaultEnv, cwd })) as {
      database: { url: string };
      gcp: { credentials: { auth: { secretId: string; roleId: string } } };
    };
    assert.equal(printable.database.url, 'postgres://hotpot:<redacted>@db/hotpot');
    assert.equal(printable.gcp.credentials.auth.secretId, '<redacted>');
    assert.equal(printable.gcp.credentials.auth.roleId, 'role');
    for (const [printer, print] of printers) assertNoSecret(print(printable), printer);
  });

  it('keeps secrets out of config error messages', () => {
    const env = {
      ...inlineEnv,
      HOTPOT_GCP_CREDENTIALS_JSON: '{"private_key":"PRIVATE-MARKER-3"',
      VAULT_TOKEN: 'TOKEN-SECRET-1',
      HOTPOT_GCP_PAGE_SIZE: 'x',
    };
    assert.throws(
      () => loadConfig({ env, cwd }),
      (err) => {
        assert.ok(err instanceof ConfigError);
        assertNoSecret(err.message, 'ConfigError');
        return true;
      },
    );
  });

  it('keeps the private key out of printed service-account credentials', async () => {
    const credentials = await createConfigService(loadConfig({ env: inlineEnv, cwd })).getGcpCredentials();
    for (const [printer, print] of printers) assertNoSecret(print(credentials), printer);
    assert.equal(
      credentials.kind === 'serviceAccount' && credentials.key.private_key.includes('PRIVATE-MARKER-3'),
      true,
    );
  });

  it('Secret prints as <redacted> and reveals on request', () => {
    const secret = new Secret('TOKEN-SECRET-1');
    for (const [printer, print] of printers) assertNoSecret(print({ secret }), printer);
    assert.equal(secret.reveal(), 'TOKEN-SECRET-1');
  });
});
