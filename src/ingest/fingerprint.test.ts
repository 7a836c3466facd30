import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, fingerprint } from './fingerprint.js';

const cases: [string, unknown, string][] = [
  ['scalars', [1, 'a', true, null], '[1,"a",true,null]'],
  [
    'sorted keys at every level',
    { b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } },
    '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}',
  ],
  ['undefined members dropped, undefined array items null', { a: undefined, b: [undefined] }, '{"b":[null]}'],
  ['escapes keys and strings', { 'k"\n': 'ø"\\' }, '{"k\\"\\n":"ø\\"\\\\"}'],
  ['empty containers', { a: {}, b: [] }, '{"a":{},"b":[]}'],
];
for (const [name, value, expected] of cases) {
  test(`canonicalJson: ${name}`, () => {
    assert.equal(canonicalJson(value), expected);
    assert.deepEqual(JSON.parse(canonicalJson(value)), JSON.parse(JSON.stringify(value)));
  });
}

test('fingerprint ignores key order and sees any content change', () => {
  assert.equal(fingerprint({ a: 1, b: { c: 2, d: 3 } }), fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
  assert.notEqual(fingerprint({ a: 1, b: { c: 2 } }), fingerprint({ a: 1, b: { c: 3 } }));
  assert.notEqual(fingerprint({ a: [1, 2] }), fingerprint({ a: [2, 1] }));
  assert.notEqual(fingerprint({ a: '1' }), fingerprint({ a: 1 }));
});
