import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInstanceTagBindings } from './convert.js';
import { tagBindings } from './fixtures.js';

const zone = 'https://www.googleapis.com/compute/v1/projects/fixture-project/zones/us-central1-a';

test('convertInstanceTagBindings: the instance’s identity, its tag value ids and namespaced names, sorted', () => {
  assert.deepEqual(convertInstanceTagBindings(tagBindings), {
    id: '4000000000000000001',
    name: 'vm-1',
    location: 'us-central1-a',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    instance: `${zone}/instances/vm-1`,
    tag_values: ['tagValues/111', 'tagValues/222'],
    tag_value_names: ['123456/role/web', 'fixture-project/env/prod'],
  });
});

test('convertInstanceTagBindings: an instance without bindings keeps a row with no tags', () => {
  const row = convertInstanceTagBindings({ ...tagBindings, bindings: [] });
  assert.deepEqual([row.tag_values, row.tag_value_names], [[], []]);
});

test('convertInstanceTagBindings: an instance without id is refused, naming the kind', () => {
  assert.throws(
    () => convertInstanceTagBindings({ ...tagBindings, id: null }),
    /instance tag bindings without id/,
  );
});
