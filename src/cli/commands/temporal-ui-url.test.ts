import assert from 'node:assert/strict';
import { test } from 'node:test';
import { temporalUiUrl } from './ingest.js';

test("--no-wait's Temporal UI link follows the configured server, not localhost:8233", () => {
  assert.equal(temporalUiUrl({ address: '127.0.0.1:17233' }), 'http://127.0.0.1:18233');
  assert.equal(temporalUiUrl({ address: 'localhost:7233' }), 'http://localhost:8233');
  assert.equal(temporalUiUrl({ address: 'temporal.prod:7233' }), undefined);
  assert.equal(
    temporalUiUrl({ address: 'temporal.prod:7233', uiUrl: 'https://temporal.example/' }),
    'https://temporal.example',
  );
});
