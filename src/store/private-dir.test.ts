import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { testTempDir } from '../test-support/temp-dir.js';
import { openStore } from './open-store.js';

/**
 * Opens the store in argv[1] in a process of its own and prints, while it is open, what `exposed` finds: a second
 * PGlite instance in one process keeps its event loop alive after close, so the re-open runs in a child.
 */
const reopen = `
import fs from 'node:fs';
import path from 'node:path';
const { openStore } = await import(${JSON.stringify(new URL('./open-store.js', import.meta.url).href)});
const dir = process.argv[1];
const found = [];
const visit = (at) => {
  const stat = fs.statSync(at);
  if ((stat.mode & 0o777) !== (stat.isDirectory() ? 0o700 : 0o600)) found.push(at);
  if (stat.isDirectory()) for (const name of fs.readdirSync(at)) visit(path.join(at, name));
};
const store = await openStore('pglite://' + dir);
visit(dir);
await store.close();
process.stdout.write(JSON.stringify(found));
process.exit(0);
`;

/** Every entry under `dir` (itself included) whose mode is not 0700 (dirs) or 0600 (files). */
function exposed(dir: string): string[] {
  const found: string[] = [];
  const visit = (at: string): void => {
    const stat = fs.statSync(at);
    if ((stat.mode & 0o777) !== (stat.isDirectory() ? 0o700 : 0o600))
      found.push(`${path.relative(dir, at) || '.'} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(at)) visit(path.join(at, name));
  };
  visit(dir);
  return found;
}

test('a new PGlite store is 0700 with 0600 files even under a permissive umask, and an existing open one is made so on open', async () => {
  const base = testTempDir('private-store');
  const dir = path.join(base, 'data');
  const umask = process.umask(0);
  try {
    const store = await openStore(`pglite://${dir}`);
    assert.deepEqual(exposed(dir), [], 'while open');
    assert.equal(fs.statSync(`${dir}.lock`).mode & 0o077, 0, 'the lock file');
    await store.close();
    assert.deepEqual(exposed(dir), [], 'after close');
    for (const name of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, name), 0o666 & ~0o111);
    fs.chmodSync(dir, 0o777);
    assert.notDeepEqual(exposed(dir), []);
    const exposedWhileOpen = execFileSync(process.execPath, ['--input-type=module', '-e', reopen, dir], {
      encoding: 'utf8',
    });
    assert.deepEqual(JSON.parse(exposedWhileOpen), [], 'an existing store on open');
  } finally {
    process.umask(umask);
  }
});
