import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertTargetHttpsProxy } from './convert.js';
import { targetHttpsProxy } from './fixtures.js';

const global = 'https://www.googleapis.com/compute/v1/projects/fixture-project/global';

test('convertTargetHttpsProxy: URL map, certificates and SSL policy as URLs', () => {
  assert.deepEqual(convertTargetHttpsProxy(targetHttpsProxy), {
    id: '5700000000000000001',
    name: 'web-https-proxy',
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    url_map: `${global}/urlMaps/web-map`,
    ssl_certificates: [`${global}/sslCertificates/web-cert`, `${global}/sslCertificates/old-cert`],
    ssl_policy: `${global}/sslPolicies/modern`,
    quic_override: 'NONE',
  });
});

test('convertTargetHttpsProxy: no certificates and no policy', () => {
  const row = convertTargetHttpsProxy({
    ...targetHttpsProxy,
    sslCertificates: undefined,
    sslPolicy: undefined,
  });
  assert.deepEqual([row.ssl_certificates, row.ssl_policy], [[], undefined]);
});
