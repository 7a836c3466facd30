import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectPage } from './run-activities.js';
import { MAX_PROJECT_PAGE_BYTES } from './workflows/types.js';

test('a page of configured projects holds at most `limit` ids and stays under its byte budget', () => {
  const short = Array.from({ length: 50 }, (_, i) => `p-${i}`);
  assert.deepEqual(projectPage(short, 10, 5), ['p-10', 'p-11', 'p-12', 'p-13', 'p-14']);
  assert.deepEqual(projectPage(short, 48, 5), ['p-48', 'p-49']);
  assert.deepEqual(projectPage(short, 50, 5), []);
  const long = Array.from({ length: 1000 }, (_, i) => `example-organisation.com:${'x'.repeat(60)}-${i}`);
  const page = projectPage(long, 0, 1000);
  assert.ok(page.length > 0 && page.length < 1000, `${page.length} ids`);
  assert.ok(Buffer.byteLength(JSON.stringify(page)) <= MAX_PROJECT_PAGE_BYTES);
  assert.deepEqual(projectPage(long, page.length, 1000)[0], long[page.length]);
});
