import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveColumn, type ColumnDeclaration, type ResolvedColumn } from './column-spec.js';

const cases: [ColumnDeclaration, ResolvedColumn][] = [
  ['text', { type: 'text', nullable: true, default: null, index: null }],
  ['integer', { type: 'integer', nullable: true, default: null, index: null }],
  ['timestamptz', { type: 'timestamptz', nullable: true, default: null, index: null }],
  ['text[]', { type: 'text[]', nullable: false, default: [], index: null }],
  ['jsonb', { type: 'jsonb', nullable: false, default: {}, index: null }],
  [
    { type: 'jsonb', index: 'gin' },
    { type: 'jsonb', nullable: false, default: {}, index: 'gin' },
  ],
  [
    { type: 'text[]', nullable: true },
    { type: 'text[]', nullable: true, default: null, index: null },
  ],
  [
    { type: 'text[]', default: null },
    { type: 'text[]', nullable: false, default: null, index: null },
  ],
  [
    { type: 'text', nullable: false, default: 'x' },
    { type: 'text', nullable: false, default: 'x', index: null },
  ],
  [
    { type: 'boolean', index: 'btree' },
    { type: 'boolean', nullable: true, default: null, index: 'btree' },
  ],
];

for (const [declared, resolved] of cases) {
  test(`${JSON.stringify(declared)} resolves to today's convention unless it says otherwise`, () => {
    assert.deepEqual(resolveColumn(declared), resolved);
  });
}
