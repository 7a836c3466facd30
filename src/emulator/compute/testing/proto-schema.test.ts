import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkMessage } from './proto-schema.js';

it('reports unknown fields, wrong scalar types, 64-bit integers as numbers and bad nested values', () => {
  assert.deepEqual(
    checkMessage('Instance', {
      name: 'a',
      id: '123',
      labels: { k: 'v' },
      networkInterfaces: [{ queueCount: 2 }],
    }),
    [],
  );
  assert.match(checkMessage('Instance', { nmae: 'a' }).join(), /unknown field/);
  assert.match(checkMessage('Instance', { id: 123 }).join(), /expected a string \(uint64\)/);
  assert.match(checkMessage('Instance', { canIpForward: 'yes' }).join(), /expected a boolean/);
  assert.match(
    checkMessage('Instance', { networkInterfaces: [{ accessConfigs: [{ natIp: '1.2.3.4' }] }] }).join(),
    /natIp: unknown field/,
  );
  assert.match(checkMessage('Instance', { labels: { k: 1 } }).join(), /expected a string/);
  assert.match(checkMessage('Disk', { users: 'x' }).join(), /expected an array/);
});
