import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertTargetTcpProxy } from './convert.js';
import { targetTcpProxy } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertTargetTcpProxy: identity, location and every column from the API object', () => {
  assert.deepEqual(convertTargetTcpProxy(targetTcpProxy), {
    id: targetTcpProxy.id,
    name: targetTcpProxy.name,
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    service: `${project}/global/backendServices/tcp-bs`,
    proxy_header: 'PROXY_V1',
    proxy_bind: undefined,
  });
});

test('convertTargetTcpProxy: an object without an id is refused', () => {
  assert.throws(() => convertTargetTcpProxy({ ...targetTcpProxy, id: undefined }), /target TCP proxy/);
});
