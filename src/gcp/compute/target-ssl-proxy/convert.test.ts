import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertTargetSslProxy } from './convert.js';
import { targetSslProxy } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertTargetSslProxy: identity, location and every column from the API object', () => {
  assert.deepEqual(convertTargetSslProxy(targetSslProxy), {
    id: targetSslProxy.id,
    name: targetSslProxy.name,
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    service: `${project}/global/backendServices/tls-bs`,
    ssl_certificates: [`${project}/global/sslCertificates/tls-cert`],
    ssl_policy: `${project}/global/sslPolicies/modern`,
    certificate_map: undefined,
    proxy_header: 'NONE',
  });
});

test('convertTargetSslProxy: an object without an id is refused', () => {
  assert.throws(() => convertTargetSslProxy({ ...targetSslProxy, id: undefined }), /target SSL proxy/);
});
