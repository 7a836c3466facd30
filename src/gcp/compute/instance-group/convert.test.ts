import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInstanceGroup } from './convert.js';

const base = 'https://www.googleapis.com/compute/v1/projects/p';

test('convertInstanceGroup keeps its zone, size and named ports', () => {
  const row = convertInstanceGroup({
    kind: 'compute#instanceGroup',
    id: '17',
    name: 'ig-1',
    zone: `${base}/zones/us-east1-b`,
    network: `${base}/global/networks/prod`,
    size: 3,
    namedPorts: [{ name: 'http', port: 80 }],
  });
  assert.equal(row.location, 'us-east1-b');
  assert.equal(row.size, 3);
  assert.deepEqual(row.named_ports, ['http:80']);
});
