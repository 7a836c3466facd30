import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertSslCertificate } from './convert.js';
import { managedCertificate, selfManagedCertificate } from './fixtures.js';

test('convertSslCertificate: a managed certificate has its domains once, status and expiry', () => {
  assert.deepEqual(convertSslCertificate(managedCertificate), {
    id: '5800000000000000001',
    name: 'web-cert',
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    type: 'MANAGED',
    domains: ['www.example.com', 'example.com'],
    managed_status: 'ACTIVE',
    expire_time: '2024-05-30T10:00:00.000-07:00',
  });
});

test('convertSslCertificate: a self-managed regional certificate takes its domains from the SANs', () => {
  const row = convertSslCertificate(selfManagedCertificate);
  assert.deepEqual(
    [row.location, row.type, row.domains, row.managed_status],
    ['us-central1', 'SELF_MANAGED', ['internal.example.com'], undefined],
  );
});
