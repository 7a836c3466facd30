import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createConfigService } from './config-service.js';
import { ConfigError } from './config-error.js';
import { CredentialsError } from './credentials-error.js';
import { redactKnownSecrets } from './known-secrets.js';
import { loadConfig } from './load-config.js';
import { redactConfig } from './redact-config.js';
import { resolveSecretSource, type SecretSource } from './secret-source.js';
import { startFakeVault, type FakeVault } from './testing/fake-vault.js';
import { tempDir, writeFile } from './testing/test-fixtures.js';

const sectionYaml = `
edgewall:
  devices:
    - name: fw-1
      baseUrl: https://10.0.0.1
      token: sEcReT-inline-token-1
`;

function load(yaml: string, sections: string[]) {
  const cwd = tempDir();
  return loadConfig({ env: {}, cwd, file: writeFile(cwd, 'hotpot.yaml', yaml), sections });
}

describe('provider-owned config sections', () => {
  it('keeps a named section raw and frozen, and the directory relative paths resolve against', () => {
    const config = load(sectionYaml, ['edgewall']);
    assert.deepEqual(config.sections, {
      edgewall: { devices: [{ name: 'fw-1', baseUrl: 'https://10.0.0.1', token: 'sEcReT-inline-token-1' }] },
    });
    assert.ok(Object.isFrozen((config.sections.edgewall as { devices: object[] }).devices[0]));
    assert.equal(typeof config.baseDir, 'string');
  });

  it('rejects a top-level key no provider owns, naming it', () => {
    assert.throws(
      () => load(sectionYaml, []),
      (err) =>
        err instanceof ConfigError &&
        err.problems.some((p) => p.key === 'edgewall' && /unknown key/.test(p.message)),
    );
  });

  it('never prints a secret-named value of a section, and registers it for log redaction', () => {
    const config = load(sectionYaml, ['edgewall']);
    const printed = JSON.stringify(redactConfig(config));
    assert.ok(!printed.includes('sEcReT-inline-token-1'), printed);
    assert.ok(printed.includes('fw-1'));
    assert.equal(redactKnownSecrets('got sEcReT-inline-token-1 back'), 'got <redacted> back');
  });
});

describe('resolveSecretSource', () => {
  const key = 'edgewall.devices[0]';
  const problemKeys = (raw: Record<string, unknown>) =>
    resolveSecretSource(raw, key, { baseDir: '/etc/hotpot' }).problems.map((p) => p.key);

  it('takes exactly one of token, tokenFile, tokenEnv and vault', () => {
    assert.deepEqual(problemKeys({}), [`${key}.token`]);
    assert.deepEqual(problemKeys({ token: 'abcdefgh', tokenFile: 'x' }), [`${key}.token`]);
    const message = resolveSecretSource({ token: 'abcdefgh', tokenEnv: 'X' }, key, {}).problems[0]!.message;
    assert.match(message, /only one of edgewall\.devices\[0\]\.token, edgewall\.devices\[0\]\.tokenEnv/);
    assert.ok(!message.includes('abcdefgh'));
  });

  it('resolves a token file against the config directory and checks an env name', () => {
    assert.deepEqual(
      resolveSecretSource({ tokenFile: 'keys/fw.token' }, key, { baseDir: '/etc/hotpot' }).source,
      {
        source: 'file',
        path: '/etc/hotpot/keys/fw.token',
      },
    );
    assert.deepEqual(problemKeys({ tokenEnv: 'not a name' }), [`${key}.tokenEnv`]);
    assert.deepEqual(problemKeys({ token: '  ' }), [`${key}.token`]);
    assert.deepEqual(problemKeys({ token: 42 }), [`${key}.token`]);
  });

  it('takes Vault address and login from gcp.credentials.vault unless the section names its own', () => {
    const shared = {
      address: 'https://vault.internal',
      auth: { method: 'token' as const, token: {} as never },
    };
    const got = resolveSecretSource({ vault: { path: 'fw/edge' } }, key, { vault: shared }).source;
    assert.deepEqual(got && { ...got, auth: undefined }, {
      source: 'vault',
      address: 'https://vault.internal',
      mount: 'secret',
      path: 'fw/edge',
      field: 'token',
      auth: undefined,
    });
    assert.deepEqual(problemKeys({ vault: { path: 'fw/edge' } }).sort(), [
      `${key}.vault.address`,
      `${key}.vault.token`,
    ]);
    assert.deepEqual(problemKeys({ vault: { path: 'p', addres: 'https://v' } }), [
      `${key}.vault.addres`,
      `${key}.vault.address`,
      `${key}.vault.token`,
    ]);
  });
});

describe('ConfigService.readSecret', () => {
  let vault: FakeVault;
  before(async () => {
    vault = await startFakeVault();
  });
  after(() => vault.close());
  const service = () => createConfigService({ gcp: { credentials: { source: 'none' } } as never });
  const read = (source: SecretSource) => service().readSecret!(source, 'edgewall.devices[0]');

  it('reads a file afresh each time, so a rotated token reaches the next session', async () => {
    const path = join(tempDir(), 'token');
    writeFileSync(path, 'first-token-value\n');
    assert.equal((await read({ source: 'file', path })).reveal(), 'first-token-value');
    writeFileSync(path, 'second-token-value\n');
    assert.equal((await read({ source: 'file', path })).reveal(), 'second-token-value');
  });

  it('reads an environment variable and names the key, not the value, when it is missing', async () => {
    process.env.HOTPOT_TEST_EDGE_TOKEN = 'env-token-value';
    try {
      assert.equal(
        (await read({ source: 'env', name: 'HOTPOT_TEST_EDGE_TOKEN' })).reveal(),
        'env-token-value',
      );
    } finally {
      delete process.env.HOTPOT_TEST_EDGE_TOKEN;
    }
    await assert.rejects(read({ source: 'env', name: 'HOTPOT_TEST_EDGE_TOKEN' }), (err) => {
      assert.ok(err instanceof CredentialsError);
      assert.match(err.message, /HOTPOT_TEST_EDGE_TOKEN \(edgewall\.devices\[0\]\.tokenEnv\) is not set/);
      return true;
    });
  });

  it('reads a Vault KV v2 field, and names the field when it is missing', async () => {
    vault.addToken('vault-login-token');
    vault.put('secret', 'fw/edge', { token: 'vault-held-token' });
    const { Secret } = await import('./secret.js');
    const source: SecretSource = {
      source: 'vault',
      address: vault.address,
      mount: 'secret',
      path: 'fw/edge',
      field: 'token',
      auth: { method: 'token', token: new Secret('vault-login-token') },
    };
    assert.equal((await read(source)).reveal(), 'vault-held-token');
    await assert.rejects(
      read({ ...source, field: 'apiKey' }),
      /field "apiKey" .*edgewall\.devices\[0\]\.vault/,
    );
  });
});
