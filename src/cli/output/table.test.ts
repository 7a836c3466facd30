import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCsv, renderTable } from './table.js';

const rows = [
  { name: 'vm-1', count: 3, tags: ['a', 'b'] },
  { name: 'a-longer-name', count: 12345, tags: [] },
];
const columns = [
  { header: 'NAME', value: (r: (typeof rows)[number]) => r.name },
  { header: 'COUNT', value: (r: (typeof rows)[number]) => r.count },
  { header: 'TAGS', value: (r: (typeof rows)[number]) => r.tags },
];

test('renderTable aligns text left and numbers right', () => {
  assert.equal(
    renderTable(rows, columns),
    [
      'NAME           COUNT  TAGS',
      '-------------  -----  ----',
      'vm-1               3  a,b',
      'a-longer-name  12345',
    ].join('\n'),
  );
});

test('renderCsv quotes what needs quoting', () => {
  assert.equal(renderCsv([{ name: 'a,"b"', count: 1, tags: [] }], columns), 'NAME,COUNT,TAGS\n"a,""b""",1,');
});
