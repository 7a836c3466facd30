import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { escapeHtml } from '../../console/html.js';
import { installSafeStdout } from './safe-stdout.js';
import { renderCsv, renderTable, type Column } from './table.js';

const hostile = {
  name: 'vm-\u001b]0;pwned\u0007\u001b[2J-1',
  owner: 'alice\u202Etxt.exe',
  note: '=HYPERLINK("http://evil.example","x")',
  plus: '+1+1',
  at: '@SUM(A1)',
  dash: '-2+3',
  count: -5,
};
const columns: Column<typeof hostile>[] = Object.keys(hostile).map((k) => ({
  header: k,
  value: (r) => r[k as keyof typeof hostile],
}));
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function capture(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

test('CLI text output shows ESC sequences and bidi overrides from the data as visible \\u escapes', () => {
  const out = capture();
  installSafeStdout(out.stream);
  out.stream.write(`${renderTable([hostile], columns)}\n`);
  assert.doesNotMatch(out.text(), RAW);
  assert.match(out.text(), /vm-\\u001b\]0;pwned\\u0007\\u001b\[2J-1/);
  assert.match(out.text(), /alice\\u202etxt\.exe/);
});

test('JSON output through the safe stdout is still the same JSON value', () => {
  const out = capture();
  installSafeStdout(out.stream);
  out.stream.write(JSON.stringify([hostile], null, 2));
  assert.doesNotMatch(out.text(), RAW);
  assert.deepEqual(JSON.parse(out.text()), [hostile]);
});

test('CSV cells that a spreadsheet would run as formulas are neutralised; numbers are not', () => {
  const [, row] = renderCsv([hostile], columns).split('\n');
  assert.ok(row!.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), row);
  for (const cell of ["'+1+1", "'@SUM(A1)", "'-2+3"]) assert.ok(row!.includes(cell), cell);
  assert.ok(row!.endsWith(',-5'), row);
});

test('the console marks control characters visibly instead of passing them to the page', () => {
  const shown = escapeHtml(`${hostile.name} ${hostile.owner}`);
  assert.doesNotMatch(shown, RAW);
  assert.match(shown, /\\u001b.*\\u202e/);
});
