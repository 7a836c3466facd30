import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { after, test } from 'node:test';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';
import { redactConfig } from './redact-config.js';
import { testTempDir } from '../test-support/temp-dir.js';

const dir = testTempDir('temporal-profile');
after(() => rmSync(dir, { recursive: true, force: true }));

const toml = path.join(dir, 'temporal.toml');
writeFileSync(
  toml,
  [
    '[profile.default]',
    'address = "default.example:7233"',
    '[profile.cloud]',
    'address = "acme.a1b2c.tmprl.cloud:7233"',
    'namespace = "acme.a1b2c"',
    'api_key = "key-from-profile-3f9a"',
    '',
  ].join('\n'),
);

const load = (env: Record<string, string>) =>
  loadConfig({
    env: { HOTPOT_DATABASE_URL: 'pglite://memory', TEMPORAL_CONFIG_FILE: toml, ...env },
    cwd: dir,
  });

test('the default profile of the Temporal config file sets the address when nothing else does', () => {
  assert.equal(load({}).temporal.address, 'default.example:7233');
});

test('a named profile sets address, namespace and API key, and TLS follows the API key', () => {
  const t = load({ TEMPORAL_PROFILE: 'cloud' }).temporal;
  assert.equal(t.address, 'acme.a1b2c.tmprl.cloud:7233');
  assert.equal(t.namespace, 'acme.a1b2c');
  assert.equal(t.apiKey?.reveal(), 'key-from-profile-3f9a');
});

test('TEMPORAL_* variables override the profile, as in the Temporal CLI', () => {
  const t = load({
    TEMPORAL_PROFILE: 'cloud',
    TEMPORAL_ADDRESS: 'other:7233',
    TEMPORAL_API_KEY: 'env-key-77',
  }).temporal;
  assert.equal(t.address, 'other:7233');
  assert.equal(t.namespace, 'acme.a1b2c');
  assert.equal(t.apiKey?.reveal(), 'env-key-77');
});

test('the API key and client key data never print', () => {
  const config = load({
    TEMPORAL_PROFILE: 'cloud',
    TEMPORAL_TLS_CLIENT_KEY_DATA: 'PEM-KEY-DATA-5521',
    TEMPORAL_TLS_CLIENT_CERT_DATA: 'PEM-CERT',
  });
  const printed = JSON.stringify(redactConfig(config)) + inspect(config, { depth: 9 });
  assert.doesNotMatch(printed, /key-from-profile-3f9a|PEM-KEY-DATA-5521/);
});

test('an unknown profile and a missing config file are configuration errors naming the key', () => {
  assert.throws(
    () => load({ TEMPORAL_PROFILE: 'nope' }),
    (err: ConfigError) => {
      assert.match(err.message, /temporal\.profile.*Profile 'nope' not found/);
      return true;
    },
  );
  assert.throws(
    () => load({ TEMPORAL_CONFIG_FILE: path.join(dir, 'absent.toml') }),
    /temporal\.configFile.*not found/,
  );
});

test('a client certificate without its key is refused at load', () => {
  assert.throws(
    () => load({ TEMPORAL_TLS_CLIENT_CERT_PATH: '/etc/hotpot/tls.crt' }),
    /temporal\.tls.*needs its key/,
  );
});
