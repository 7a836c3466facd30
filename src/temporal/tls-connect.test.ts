import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadConfig } from '../config/load-config.js';
import { testTemporal, type TestTemporal } from '../test-support/temporal.js';
import { connectClient, connectNative } from './connect-temporal.js';
import { makeTestCerts, type TestCerts } from './testing/test-certs.js';
import { findNginx, startTlsProxy, type TlsProxy } from './testing/tls-proxy.js';
import { testTempDir } from '../test-support/temp-dir.js';

const nginx = findNginx();
/** Skipped without nginx on a developer machine; CI sets HOTPOT_REQUIRE_NGINX, so there a missing nginx fails. */
const skip =
  nginx === undefined && process.env.HOTPOT_REQUIRE_NGINX !== '1'
    ? 'nginx is not installed (apt-get install nginx-light)'
    : false;

let dir: string;
let certs: TestCerts;
let proxy: TlsProxy;
let temporal: TestTemporal;

before(async () => {
  if (nginx === undefined && !skip) throw new Error('HOTPOT_REQUIRE_NGINX is set but nginx is not installed');
  if (nginx === undefined) return;
  dir = testTempDir('tls');
  certs = makeTestCerts(dir);
  temporal = await testTemporal();
  proxy = await startTlsProxy(nginx, dir, certs, temporal.address);
});

after(async () => {
  await proxy?.stop();
  await temporal?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The config a worker would load from these Temporal environment variables (and nothing else). */
function temporalFrom(env: Record<string, string>) {
  return loadConfig({ env: { HOTPOT_DATABASE_URL: 'pglite://memory', ...env }, cwd: dir }).temporal;
}

function mtlsEnv(client = certs.client): Record<string, string> {
  return {
    TEMPORAL_ADDRESS: proxy.address,
    TEMPORAL_TLS_SERVER_CA_CERT_PATH: certs.ca,
    TEMPORAL_TLS_SERVER_NAME: certs.serverName,
    TEMPORAL_TLS_CLIENT_CERT_PATH: client.cert,
    TEMPORAL_TLS_CLIENT_KEY_PATH: client.key,
  };
}

test(
  'the right client certificate connects through the mTLS proxy, client and worker alike',
  { skip },
  async () => {
    const settings = temporalFrom(mtlsEnv());
    const connection = await connectClient(settings);
    try {
      const ns = await connection.workflowService.describeNamespace({ namespace: temporal.namespace });
      assert.equal(ns.namespaceInfo?.name, temporal.namespace);
    } finally {
      await connection.close();
    }
    const native = await connectNative(settings);
    await native.close();
  },
);

test('a profile in the Temporal CLI config file serves Hotpot too', { skip }, async () => {
  const toml = path.join(dir, 'temporal.toml');
  writeFileSync(
    toml,
    [
      '[profile.secure]',
      `address = "${proxy.address}"`,
      `namespace = "${temporal.namespace}"`,
      '[profile.secure.tls]',
      `server_ca_cert_path = "${certs.ca}"`,
      `server_name = "${certs.serverName}"`,
      `client_cert_path = "${certs.client.cert}"`,
      `client_key_path = "${certs.client.key}"`,
      '',
    ].join('\n'),
  );
  const settings = temporalFrom({ TEMPORAL_CONFIG_FILE: toml, TEMPORAL_PROFILE: 'secure' });
  assert.equal(settings.address, proxy.address);
  const connection = await connectClient(settings);
  await connection.close();
});

test('without a client certificate the error is one line naming the setting', { skip }, async () => {
  const env = mtlsEnv();
  delete (env as Partial<typeof env>).TEMPORAL_TLS_CLIENT_CERT_PATH;
  delete (env as Partial<typeof env>).TEMPORAL_TLS_CLIENT_KEY_PATH;
  await assert.rejects(connectClient(temporalFrom(env)), (err: Error) => {
    assert.doesNotMatch(err.message, /\n/);
    assert.match(err.message, new RegExp(proxy.address));
    assert.match(err.message, /TEMPORAL_TLS_CLIENT_CERT_PATH/);
    return true;
  });
});

test(
  'a client certificate from another CA is refused with an error naming the setting',
  { skip },
  async () => {
    await assert.rejects(connectNative(temporalFrom(mtlsEnv(certs.strangerClient))), (err: Error) => {
      assert.doesNotMatch(err.message, /\n/);
      assert.match(err.message, /TEMPORAL_TLS_CLIENT_CERT_PATH/);
      return true;
    });
  },
);

test(
  'a server whose CA is not given is not trusted, and the error says which setting',
  { skip },
  async () => {
    const env = mtlsEnv();
    delete (env as Partial<typeof env>).TEMPORAL_TLS_SERVER_CA_CERT_PATH;
    await assert.rejects(connectClient(temporalFrom(env)), (err: Error) => {
      assert.doesNotMatch(err.message, /\n/);
      assert.match(err.message, /TEMPORAL_TLS_SERVER_CA_CERT_PATH/);
      return true;
    });
  },
);

test('a client key file that cannot be read is named with its setting', { skip }, async () => {
  const env = { ...mtlsEnv(), TEMPORAL_TLS_CLIENT_KEY_PATH: path.join(dir, 'absent.key') };
  await assert.rejects(
    connectClient(temporalFrom(env)),
    /absent\.key \(TEMPORAL_TLS_CLIENT_KEY_PATH\): ENOENT/,
  );
});
