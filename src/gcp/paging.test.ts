import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GoogleApiCaller } from './google-api-caller.js';
import { aggregatedPages, type AggregatedListBody } from './paging.js';
import { TokenBucket } from '../provider/token-bucket.js';

const kind = 'compute#instanceAggregatedList';

async function pagesOf(bodies: AggregatedListBody[], skipGlobal = false) {
  const api = new GoogleApiCaller({ bucket: new TokenBucket(6_000_000) });
  const ctx = { scope: 'p', pageSize: 500, api };
  let n = 0;
  const pages = [];
  for await (const page of aggregatedPages(
    ctx,
    { method: 'instances.aggregatedList', kind, field: 'instances', skipGlobal },
    () => Promise.resolve({ data: bodies[n++]! }),
  ))
    pages.push(page);
  return pages;
}

test('NO_RESULTS_ON_PAGE scopes are covered; any other warning makes a scope unreachable; unreachables too', async () => {
  const pages = await pagesOf([
    {
      kind,
      items: {
        'zones/a': { instances: [{ id: '1' }] },
        'zones/b': { warning: { code: 'NO_RESULTS_ON_PAGE' } },
        'zones/c': { warning: { code: 'UNREACHABLE' } },
        'regions/d': { instances: [{ id: '2' }], warning: { code: 'PARTIAL_SUCCESS' } },
      },
      unreachables: ['zones/e'],
      nextPageToken: 'next',
    } as AggregatedListBody,
    { kind, items: { 'zones/a': { instances: [{ id: '3' }] } } } as AggregatedListBody,
  ]);
  assert.deepEqual(pages[0]?.locations, ['a', 'b']);
  assert.deepEqual(pages[0]?.unreachable.sort(), ['c', 'd', 'e']);
  assert.deepEqual(
    pages.flatMap((p) => p.items.map((i) => (i as { id: string }).id)),
    ['1', '2', '3'],
    'items of a warned scope are still stored',
  );
});

test("skipGlobal: the global scope (another kind's objects) yields no item, no covered and no unreachable location", async () => {
  const body = {
    kind,
    items: {
      global: { instances: [{ id: 'g' }] },
      'regions/r': { instances: [{ id: '1' }] },
    },
    unreachables: ['global'],
  } as AggregatedListBody;
  const [skipped] = await pagesOf([body], true);
  assert.deepEqual(skipped?.items, [{ id: '1' }]);
  assert.deepEqual([skipped?.locations, skipped?.unreachable], [['r'], []]);
  const [kept] = await pagesOf([body]);
  assert.deepEqual(kept?.items, [{ id: 'g' }, { id: '1' }]);
  assert.deepEqual([kept?.locations, kept?.unreachable], [['global', 'r'], ['global']]);
});
