import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MalformedListingError } from '../listing-shape.js';
import { clustersListing } from './gke/cluster.js';
import { serviceAccountsListing } from './iam/service-account.js';
import { checkEnvelope } from './listing-envelope.js';
import { sqlInstancesListing } from './sql/instance.js';
import { bucketsListing } from './storage/bucket.js';

const listings = {
  clusters: clustersListing.envelope,
  sql: sqlInstancesListing.envelope,
  buckets: bucketsListing.envelope,
  accounts: serviceAccountsListing.envelope,
};

test('each service listing accepts its own well-formed answers, empty ones included', () => {
  const good: [keyof typeof listings, unknown][] = [
    ['clusters', {}],
    ['clusters', { clusters: [{ name: 'c' }], missingZones: ['us-central1-a'] }],
    ['sql', { kind: 'sql#instancesList' }],
    [
      'sql',
      {
        kind: 'sql#instancesList',
        items: [{ name: 'i' }],
        nextPageToken: 't',
        warnings: [{ code: 'REGION_UNREACHABLE' }],
      },
    ],
    ['buckets', { kind: 'storage#buckets', items: [{ id: 'b' }] }],
    ['accounts', { accounts: [{ email: 'a@p.iam.gserviceaccount.com' }], nextPageToken: 'x' }],
  ];
  for (const [name, body] of good) assert.doesNotThrow(() => checkEnvelope(body, listings[name], name), name);
});

test('a body that is not a listing of the method is refused, naming what is wrong', () => {
  const bad: [keyof typeof listings, unknown, RegExp][] = [
    ['clusters', [], /not a JSON object/],
    ['clusters', { clusters: {} }, /clusters is not a list/],
    ['clusters', { clusters: ['c'] }, /non-object item/],
    ['clusters', { missingZones: [1] }, /missingZones is not a list of strings/],
    ['sql', { items: [] }, /kind is null, expected "sql#instancesList"/],
    ['sql', { kind: 'storage#buckets', items: [] }, /expected "sql#instancesList"/],
    ['sql', { kind: 'sql#instancesList', warnings: ['x'] }, /warnings is not a list of objects/],
    ['buckets', { kind: 'storage#buckets', nextPageToken: 3 }, /nextPageToken is not a string/],
    ['accounts', { accounts: 'a' }, /accounts is not a list/],
  ];
  for (const [name, body, problem] of bad)
    assert.throws(
      () => checkEnvelope(body, listings[name], name),
      (e: unknown) => e instanceof MalformedListingError && problem.test(e.message),
      `${name} ${JSON.stringify(body)}`,
    );
});

test('coverage: a listing over every location leaves out what it missed, with a missed zone’s region', () => {
  const c = clustersListing.coverage({ missingZones: ['europe-west1-b'] });
  assert.deepEqual(c.unreachable, ['europe-west1', 'europe-west1-b']);
  assert.ok(!c.locations.includes('europe-west1') && !c.locations.includes('europe-west1-b'));
  assert.ok(c.locations.includes('europe-west1-c') && c.locations.includes('us-central1'));
  const sql = sqlInstancesListing.coverage({
    warnings: [{ code: 'REGION_UNREACHABLE', region: 'asia-east1' }, { code: 'OTHER' }],
  });
  assert.deepEqual(sql.unreachable, ['asia-east1']);
  assert.deepEqual(bucketsListing.coverage({}), { locations: ['global'], unreachable: [] });
});
