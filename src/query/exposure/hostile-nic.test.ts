import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nic } from './load-estate.js';

test('a natIP that is not an IPv4 address is not listed as a direct external IP', () => {
  const shown = nic({
    network: 'https://www.googleapis.com/compute/v1/projects/p/global/networks/default',
    accessConfigs: [{ natIP: '34.1.2.3' }, { natIP: 'evil.example' }, { natIP: '999.1.1.1' }, { natIP: '' }],
    ipv6AccessConfigs: [{ externalIpv6: '2600:1900::1' }, { externalIpv6: '<script>' }],
  });
  assert.deepEqual(shown.externalIpv4, ['34.1.2.3']);
  assert.deepEqual(shown.externalIpv6, ['2600:1900::1']);
});
