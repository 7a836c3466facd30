import assert from 'node:assert/strict';
import { test } from 'node:test';
import { copyTextField } from './floor-copy.js';

test('COPY text fields escape backslash, newline, carriage return and tab, nothing else', () => {
  const cases: [string, string][] = [
    ['{"a":"b"}', '{"a":"b"}'],
    ['{"a":"x\\"y"}', '{"a":"x\\\\"y"}'],
    ['a\nb\rc\td', 'a\\nb\\rc\\td'],
    ['\\\\', '\\\\\\\\'],
  ];
  for (const [input, expected] of cases) assert.equal(copyTextField(input), expected, input);
});
