import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAggregatedListing, checkListing, MalformedListingError } from './listing-shape.js';

const kind = 'compute#instanceAggregatedList';
const ok = (body: unknown) => () =>
  checkAggregatedListing(body, kind, 'instances', 'instances.aggregatedList p');

test('well-formed aggregated listings pass', () => {
  ok({ kind })();
  ok({ kind, items: { 'zones/us-central1-a': { instances: [{ id: '1' }] }, 'regions/us-east1': {} } })();
  ok({ kind, items: { 'zones/a-b1': { warning: { code: 'NO_RESULTS_ON_PAGE' } } }, nextPageToken: 't' })();
  ok({ kind, items: {}, unreachables: ['zones/x'] })();
});

const malformed: [string, unknown, RegExp][] = [
  ['an empty object', {}, /kind is null/],
  ['another method', { kind: 'compute#diskAggregatedList' }, /expected "compute#instanceAggregatedList"/],
  ['a list, not an object', [], /not a JSON object/],
  ['items as a list', { kind, items: [] }, /items is not an object keyed by scope/],
  ['a scope key that is no scope', { kind, items: { 'us-central1-a': {} } }, /scope key "us-central1-a"/],
  ['a scope that is not an object', { kind, items: { 'zones/a': 'x' } }, /scope zones\/a is not an object/],
  [
    'items of a scope not a list',
    { kind, items: { 'zones/a': { instances: {} } } },
    /zones\/a.instances is not a list/,
  ],
  ['a non-object item', { kind, items: { 'zones/a': { instances: ['x'] } } }, /non-object item/],
  ['a warning without code', { kind, items: { 'zones/a': { warning: {} } } }, /warning without a code/],
  ['a non-string page token', { kind, nextPageToken: 5 }, /nextPageToken/],
  ['unreachables not strings', { kind, unreachables: [1] }, /unreachables/],
];
for (const [name, body, message] of malformed) {
  test(`an aggregated listing is malformed: ${name}`, () => {
    assert.throws(
      ok(body),
      (err: Error) => err instanceof MalformedListingError && message.test(err.message),
    );
  });
}

test('a global list needs its kind and a list of objects', () => {
  checkListing({ kind: 'compute#networkList' }, 'compute#networkList', 'networks.list p');
  checkListing(
    { kind: 'compute#networkList', items: [{ id: '1' }] },
    'compute#networkList',
    'networks.list p',
  );
  assert.throws(() => checkListing({}, 'compute#networkList', 'networks.list p'), /kind is null/);
  assert.throws(
    () =>
      checkListing(
        { kind: 'compute#networkList', items: { a: 1 } },
        'compute#networkList',
        'networks.list p',
      ),
    /items is not a list/,
  );
});
