import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serviceResources } from './registry.js';

test('each service kind takes tokens from its own API bucket, at the default quota Google publishes', () => {
  const byKind = Object.fromEntries(serviceResources.map((r) => [r.plural, r.quota]));
  assert.deepEqual(byKind['gkeClusters'], { bucket: 'container', requestsPerMinute: 3000 });
  assert.deepEqual(byKind['gkeNodePools'], { bucket: 'container', requestsPerMinute: 3000 });
  assert.deepEqual(byKind['serviceAccounts'], { bucket: 'iam', requestsPerMinute: 6000 });
  assert.deepEqual(byKind['serviceAccountKeys'], { bucket: 'iam', requestsPerMinute: 6000 });
  assert.deepEqual(byKind['projectIamPolicies'], { bucket: 'cloudresourcemanager' });
  for (const k of ['sqlInstances', 'sqlDatabases', 'sqlUsers'])
    assert.deepEqual(byKind[k], { bucket: 'sqladmin' });
  for (const k of ['buckets', 'bucketIamPolicies']) assert.deepEqual(byKind[k], { bucket: 'storage' });
  for (const k of ['runServices', 'runServiceIamPolicies', 'runJobs'])
    assert.deepEqual(byKind[k], { bucket: 'run' });
});
