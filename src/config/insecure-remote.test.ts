import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createComputeClient } from '../gcp/compute-client.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';
import { tempDir } from './testing/test-fixtures.js';
import { fakeKey } from './testing/test-fixtures.js';

function problems(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig({ env, cwd: tempDir() });
    return '';
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.message;
  }
}

test('the insecure-endpoint flags allow plain http to loopback only, for every provider', () => {
  const s1 = (endpoint: string) =>
    problems({
      HOTPOT_S1_ENDPOINT: endpoint,
      HOTPOT_S1_API_TOKEN: 'real-token-123456',
      HOTPOT_S1_ALLOW_INSECURE_ENDPOINT: 'true',
    });
  assert.equal(s1('http://127.0.0.1:9000'), '');
  assert.equal(s1('http://localhost:9000'), '');
  assert.match(s1('http://s1.example.com'), /s1\.endpoint.*plain http to another machine/);
  const gcp = (endpoint: string) =>
    problems({
      HOTPOT_GCP_ENDPOINT: endpoint,
      HOTPOT_GCP_CREDENTIALS_JSON: fakeKey('sa@p.iam.gserviceaccount.com'),
      HOTPOT_GCP_ALLOW_INSECURE_ENDPOINT: 'true',
    });
  assert.equal(gcp('http://127.0.0.1:8085'), '');
  assert.match(gcp('http://10.1.2.3:8085'), /gcp\.endpoint.*plain http to another machine/);
  assert.throws(
    () => createComputeClient({ kind: 'adc' }, 'http://compute.example.com', { allowInsecureEndpoint: true }),
    /plain http to another machine/,
  );
});
