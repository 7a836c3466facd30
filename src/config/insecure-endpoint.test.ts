import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createComputeClient } from '../gcp/compute-client.js';
import { formatSecretHits, grepSecrets } from '../test-support/secrets-grep.js';
import { CredentialsError } from './credentials-error.js';
import { loadConfig } from './load-config.js';
import { fakeKey, tempDir, writeFile } from './testing/test-fixtures.js';
import type { GcpCredentials, ServiceAccountKey } from './types.js';

const dir = tempDir();
const MARKER = 'PRIVATE-MARKER-INSECURE';
const keyJson = fakeKey('sa@p.iam.gserviceaccount.com', MARKER);
const keyFile = writeFile(dir, 'key.json', keyJson);
const http = { HOTPOT_GCP_ENDPOINT: 'http://127.0.0.1:8085' };
const vault = {
  VAULT_ADDR: 'https://vault:8200',
  HOTPOT_VAULT_PATH: 'gcp/sa',
  VAULT_TOKEN: 'hvs.Insecure-Token',
};
const SECRETS = [MARKER, 'hvs.Insecure-Token', 'Endpoint-Pass'];

describe('a plain-http gcp.endpoint gets no real credentials at config load', () => {
  const refused: [string, Record<string, string>, RegExp][] = [
    [
      'a key file',
      { ...http, GOOGLE_APPLICATION_CREDENTIALS: keyFile },
      /"keyFile" credentials \(gcp\.credentials\.keyFile, env GOOGLE_APPLICATION_CREDENTIALS\)/,
    ],
    [
      'inline JSON',
      { ...http, HOTPOT_GCP_CREDENTIALS_JSON: keyJson },
      /"inline" credentials \(gcp\.credentials\.json, env HOTPOT_GCP_CREDENTIALS_JSON\)/,
    ],
    [
      'Vault',
      { ...http, ...vault },
      /"vault" credentials \(gcp\.credentials\.vault\.path, env HOTPOT_VAULT_PATH\)/,
    ],
    [
      'explicit ADC',
      { ...http, HOTPOT_GCP_CREDENTIALS_SOURCE: 'adc' },
      /"adc" credentials \(gcp\.credentials\.source, env HOTPOT_GCP_CREDENTIALS_SOURCE\)/,
    ],
    [
      'a key file, endpoint with a password',
      {
        HOTPOT_GCP_ENDPOINT: 'http://u:Endpoint-Pass@127.0.0.1:8085',
        GOOGLE_APPLICATION_CREDENTIALS: keyFile,
      },
      /http:\/\/u:<redacted>@127\.0\.0\.1:8085 is plain http/,
    ],
    [
      'allowInsecureEndpoint false',
      { ...http, GOOGLE_APPLICATION_CREDENTIALS: keyFile, HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT: 'false' },
      /"keyFile" credentials/,
    ],
  ];
  for (const [name, env, message] of refused) {
    test(name, () => {
      assert.throws(
        () => loadConfig({ env, cwd: dir }),
        (err: Error) => {
          assert.match(err.message, /gcp\.endpoint \(env HOTPOT_GCP_ENDPOINT\): http:\/\/\S+ is plain http/);
          assert.match(err.message, message);
          assert.match(err.message, /gcp\.allowInsecureEndpoint \(HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT=true\)/);
          const hits = grepSecrets(SECRETS, [{ source: 'error', text: err.message }]);
          assert.deepEqual(hits, [], formatSecretHits(hits));
          return true;
        },
      );
    });
  }

  const allowed: [string, Record<string, string>, string, boolean][] = [
    ['an emulator (none, inferred)', http, 'none', false],
    [
      'an emulator (none, explicit) with a key file around',
      { ...http, HOTPOT_GCP_CREDENTIALS_SOURCE: 'none', GOOGLE_APPLICATION_CREDENTIALS: keyFile },
      'none',
      false,
    ],
    [
      'https with a key file',
      { HOTPOT_GCP_ENDPOINT: 'https://compute.example.com', GOOGLE_APPLICATION_CREDENTIALS: keyFile },
      'keyFile',
      false,
    ],
    ['no endpoint (Google) with a key file', { GOOGLE_APPLICATION_CREDENTIALS: keyFile }, 'keyFile', false],
    [
      'http with a key file, explicitly allowed',
      { ...http, GOOGLE_APPLICATION_CREDENTIALS: keyFile, HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT: 'true' },
      'keyFile',
      true,
    ],
  ];
  for (const [name, env, source, allow] of allowed) {
    test(`allowed: ${name}`, () => {
      const config = loadConfig({ env, cwd: dir });
      assert.equal(config.gcp.credentials.source, source);
      assert.equal(config.gcp.allowInsecureEndpoint, allow);
    });
  }

  test('the file key works too, and a bad value is named', () => {
    const yaml = `gcp:\n  endpoint: http://127.0.0.1:8085\n  allowInsecureEndpoint: true\n  credentials:\n    keyFile: ${keyFile}\n`;
    const config = loadConfig({ env: {}, cwd: dir, file: writeFile(dir, 'allow.yaml', yaml) });
    assert.equal(config.gcp.allowInsecureEndpoint, true);
    assert.throws(
      () => loadConfig({ env: { HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT: 'yes' }, cwd: dir }),
      /gcp\.allowInsecureEndpoint \(env HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT\): must be true or false, got "yes"/,
    );
  });
});

describe('createComputeClient refuses real credentials for a plain-http endpoint', () => {
  const key = JSON.parse(keyJson) as ServiceAccountKey;
  const kinds: GcpCredentials[] = [{ kind: 'serviceAccount', key }, { kind: 'adc' }];
  for (const credentials of kinds) {
    test(credentials.kind, () => {
      assert.throws(
        () => createComputeClient(credentials, 'http://u:Endpoint-Pass@127.0.0.1:8085'),
        (err: Error) => {
          assert.ok(err instanceof CredentialsError);
          assert.match(
            err.message,
            new RegExp(
              `gcp\\.endpoint http://u:<redacted>@127\\.0\\.0\\.1:8085 is plain http: refusing to send "${credentials.kind}" credentials`,
            ),
          );
          assert.deepEqual(grepSecrets(SECRETS, [{ source: 'error', text: err.message }]), []);
          return true;
        },
      );
      assert.ok(
        createComputeClient(credentials, 'http://127.0.0.1:8085', { allowInsecureEndpoint: true }).compute,
      );
      assert.ok(createComputeClient(credentials, 'https://compute.example.com').compute);
      assert.ok(createComputeClient(credentials).compute);
    });
  }
  test('none (an emulator) is fine over http', () => {
    assert.ok(createComputeClient({ kind: 'none' }, 'http://127.0.0.1:8085').compute);
  });
});
