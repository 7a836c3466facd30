import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertSslPolicy } from './convert.js';
import { compatibleSslPolicy } from './fixtures.js';

test('convertSslPolicy: profile, minimum TLS version and features', () => {
  assert.deepEqual(convertSslPolicy(compatibleSslPolicy), {
    id: '5900000000000000001',
    name: 'legacy-clients',
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    profile: 'COMPATIBLE',
    min_tls_version: 'TLS_1_0',
    enabled_features: ['TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    custom_features: [],
  });
});

test('convertSslPolicy: a CUSTOM regional policy keeps its custom features', () => {
  const custom = {
    profile: 'CUSTOM',
    customFeatures: ['TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
    region: 'https://x/regions/europe-west4',
  };
  const row = convertSslPolicy({ ...compatibleSslPolicy, ...custom });
  assert.deepEqual(
    [row.location, row.profile, row.custom_features],
    ['europe-west4', 'CUSTOM', custom.customFeatures],
  );
});
