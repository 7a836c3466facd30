import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ConfigError } from '../../config/config-error.js';
import { loadConfig } from '../../config/load-config.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const cwd = testTempDir('disc-config');

it('reads discovery settings from the environment', () => {
  const config = loadConfig({
    cwd,
    env: {
      HOTPOT_GCP_PARENTS: 'organizations/123, folders/456',
      HOTPOT_GCP_INCLUDE: 'prod-*',
      HOTPOT_GCP_EXCLUDE: '*-sandbox,*-tmp',
      HOTPOT_GCP_LABELS: 'env=prod,team',
      HOTPOT_GCP_DISCOVERY_REQUESTS_PER_MINUTE: '240',
    },
  });
  assert.deepEqual(config.gcp.discovery, {
    parents: ['organizations/123', 'folders/456'],
    include: ['prod-*'],
    exclude: ['*-sandbox', '*-tmp'],
    labels: 'env=prod,team',
    requestsPerMinute: 240,
  });
});

it('refuses a parent that is not organizations/N or folders/N, naming the variable', () => {
  assert.throws(
    () => loadConfig({ cwd, env: { HOTPOT_GCP_PARENTS: 'projects/abc' } }),
    (err: unknown) =>
      err instanceof ConfigError &&
      /gcp\.discovery\.parents\[0\] \(env HOTPOT_GCP_PARENTS\): "projects\/abc" is not organizations\/N or folders\/N/.test(
        err.message,
      ),
  );
});
