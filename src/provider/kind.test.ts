import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inKindOrder, type KindNames } from './kind.js';

const kinds = [
  { kind: 'x.cat', plural: 'cats', activityName: 'IngestCats', table: 'x_cats' },
  { kind: 'x.dog', plural: 'dogs', activityName: 'IngestDogs', table: 'x_dogs' },
] as const satisfies readonly KindNames[];

test('a keyed registry is read in the kind list order, whatever order its keys were written in', () => {
  assert.deepEqual(inKindOrder(kinds, { dogs: 'dog declaration', cats: 'cat declaration' }), [
    'cat declaration',
    'dog declaration',
  ]);
});

test('a kind missing on either side of the registry does not compile (checked by tsc at build)', () => {
  // @ts-expect-error the kind list names dogs, the registry has no declaration for it
  const missing: unknown = inKindOrder(kinds, { cats: 'cat' });
  assert.deepEqual(missing, ['cat', undefined]);
  // @ts-expect-error the registry declares a kind the workflow-safe list does not name
  const extra: unknown = inKindOrder(kinds, { cats: 'cat', dogs: 'dog', birds: 'bird' });
  assert.deepEqual(extra, ['cat', 'dog']);
});
