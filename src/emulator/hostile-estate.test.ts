import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { EstateFileError, estateFromDocument } from './estate-file.js';

test('an estate file with a null resource, a duplicate project id or a non-array projects is a clear error, not a TypeError', () => {
  const cases: [unknown, RegExp][] = [
    [
      { projects: [{ id: 'proj-a', resources: { instances: [null] } }] },
      /resources\.instances\[0\] must be an API object, got null/,
    ],
    [
      { projects: [{ id: 'proj-a', resources: { disks: ['x'] } }] },
      /resources\.disks\[0\] must be an API object/,
    ],
    [{ projects: [{ id: 'proj-a' }, { id: 'proj-a' }] }, /project id 'proj-a' appears twice/],
    [{ projects: { id: 'proj-a' } }, /"projects" must be an array/],
  ];
  for (const [doc, want] of cases)
    assert.throws(
      () => estateFromDocument(doc),
      (err: Error) => err instanceof EstateFileError && want.test(err.message),
      JSON.stringify(doc),
    );
});

test('hotpot emulator refuses negative, non-numeric and absurd counts before generating anything', () => {
  const main = fileURLToPath(new URL('../cli/main.js', import.meta.url));
  for (const value of ['1e12', '-3', 'ten', '2000000']) {
    const run = spawnSync(
      process.execPath,
      [main, 'emulator', '--port', '0', '--instances-per-project', value],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.equal(run.status, 1, `${value}: ${run.stderr}`);
    assert.match(run.stderr, /--instances-per-project must be a whole number from 0 to 1000000/, value);
  }
});
