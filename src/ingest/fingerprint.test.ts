import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { fingerprint, fingerprintOf } from './fingerprint.js';

test('fingerprint is the SHA-1 of the JSON text, URL-safe base64', () => {
  const value = { a: 1, b: ['x', { c: null }] };
  const expected = createHash('sha1').update('{"a":1,"b":["x",{"c":null}]}').digest('base64url');
  assert.equal(fingerprint(value), expected);
  assert.equal(fingerprintOf(JSON.stringify(value)), expected);
});

test('fingerprint sees any content change', () => {
  assert.notEqual(fingerprint({ a: 1, b: { c: 2 } }), fingerprint({ a: 1, b: { c: 3 } }));
  assert.notEqual(fingerprint({ a: [1, 2] }), fingerprint({ a: [2, 1] }));
  assert.notEqual(fingerprint({ a: '1' }), fingerprint({ a: 1 }));
});
