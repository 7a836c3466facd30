import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertTargetHttpProxy } from './convert.js';
import { targetHttpProxy } from './fixtures.js';

test('convertTargetHttpProxy: regional, with its URL map URL', () => {
  assert.deepEqual(convertTargetHttpProxy(targetHttpProxy), {
    id: '5600000000000000001',
    name: 'ialb-proxy',
    location: 'asia-east1',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    url_map:
      'https://www.googleapis.com/compute/v1/projects/fixture-project/regions/asia-east1/urlMaps/ialb-map',
  });
});

test('convertTargetHttpProxy: global when it has no region', () => {
  assert.equal(convertTargetHttpProxy({ ...targetHttpProxy, region: undefined }).location, 'global');
});
