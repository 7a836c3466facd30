import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { testStore, type TestStore } from '../../test-support/database.js';
import { reservedWords } from './reserved-words.js';

let store: TestStore;
before(async () => {
  store = await testStore();
});
after(() => store.close());

test('every word the server reserves is refused as a table or column name', async () => {
  const r = await sql<{ word: string }>`
    select word from pg_get_keywords() where catcode in ('R', 'T') order by word`.execute(store.store.db);
  assert.ok(r.rows.length > 50, 'the server lists its reserved words');
  assert.deepEqual(
    r.rows.map((w) => w.word).filter((w) => !reservedWords.has(w)),
    [],
  );
});
