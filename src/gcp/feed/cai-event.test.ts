import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeResources } from '../compute/registry.js';
import { instanceFixture } from '../compute/instance/fixtures.js';
import { kindsByAssetType, readCaiMessage } from './cai-event.js';
import { feedCommands, feedPlan } from './feed-setup.js';

const byType = kindsByAssetType(computeResources);
const name = '//compute.googleapis.com/projects/p-one/zones/us-central1-a/instances/vm-7';
const window = { startTime: '2026-12-07T10:02:00.123Z' };

test('asset types come from the declarations: global, regional twins and zonal kinds', () => {
  assert.equal(byType.get('compute.googleapis.com/Instance')?.kind, 'gcp.compute.instance');
  assert.equal(byType.get('compute.googleapis.com/ForwardingRule')?.kind, 'gcp.compute.forwarding_rule');
  assert.equal(
    byType.get('compute.googleapis.com/RegionBackendService')?.kind,
    'gcp.compute.backend_service',
  );
  assert.equal(byType.get('compute.googleapis.com/GlobalAddress')?.kind, 'gcp.compute.global_address');
  assert.equal(byType.get('compute.googleapis.com/Address')?.kind, 'gcp.compute.address');
  assert.equal(
    byType.get('compute.googleapis.com/GlobalForwardingRule')?.kind,
    'gcp.compute.global_forwarding_rule',
  );
});

test('a created or updated asset is its object at window.startTime, in the project of its name', () => {
  const data = instanceFixture(7);
  const event = readCaiMessage(
    JSON.stringify({
      asset: { name, assetType: 'compute.googleapis.com/Instance', resource: { data } },
      window,
    }),
    'm1',
    byType,
  );
  assert.ok('resource' in event);
  assert.equal(event.change.scope, 'p-one');
  assert.equal(event.change.id, data.id);
  assert.deepEqual(event.change.item, data);
  assert.equal(event.change.time.toISOString(), window.startTime);
});

test('a deleted asset takes its id from the prior asset; a re-created one names the prior id', () => {
  const prior = instanceFixture(7);
  const asset = { name, assetType: 'compute.googleapis.com/Instance' };
  const priorAsset = { ...asset, resource: { data: prior } };
  const gone = readCaiMessage(
    JSON.stringify({ asset, priorAsset, priorAssetState: 'PRESENT', deleted: true, window }),
    'm2',
    byType,
  );
  assert.ok('resource' in gone);
  assert.equal(gone.change.item, null);
  assert.equal(gone.change.id, prior.id);
  const fresh = { ...prior, id: '999' };
  const again = readCaiMessage(
    JSON.stringify({
      asset: { ...asset, resource: { data: fresh } },
      priorAsset,
      priorAssetState: 'PRESENT',
      window,
    }),
    'm3',
    byType,
  );
  assert.ok('resource' in again);
  assert.equal(again.change.id, '999');
  assert.equal(again.change.priorId, prior.id);
});

test('unknown asset types, bad JSON and missing times are skipped with the reason', () => {
  const skipped = (text: string) => {
    const e = readCaiMessage(text, 'm', byType);
    return 'skipped' in e ? e.skipped : 'read';
  };
  assert.equal(skipped('{'), 'malformed');
  assert.equal(
    skipped(JSON.stringify({ asset: { name, assetType: 'storage.googleapis.com/Bucket' }, window })),
    'unknown-kind',
  );
  assert.equal(
    skipped(
      JSON.stringify({
        asset: { name, assetType: 'compute.googleapis.com/Instance', resource: { data: instanceFixture(1) } },
      }),
    ),
    'malformed',
  );
});

test('feeds setup plans a RESOURCE feed of every declared asset type and refuses a bad parent', () => {
  const plan = feedPlan('organizations/123', 'sec-tools-prod');
  assert.ok(plan.assetTypes.includes('compute.googleapis.com/Instance'));
  assert.equal(plan.topic, 'projects/sec-tools-prod/topics/hotpot-cai');
  assert.match(
    feedCommands(plan).join('\n'),
    /gcloud asset feeds create hotpot --organization 123 --content-type resource/,
  );
  assert.throws(() => feedPlan('org/1', 'sec-tools-prod'), /--parent "org\/1" is not organizations\/N/);
});
