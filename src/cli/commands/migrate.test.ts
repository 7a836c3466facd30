import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readMigrations } from '../../store/migrate.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));

function hotpot(
  cwd: string,
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [main, ...args],
      { cwd, env: { PATH: process.env.PATH, ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('migrate applies every migration to a fresh PGlite store, then has nothing to do', async () => {
  const dir = testTempDir('migrate');
  const env = { HOTPOT_DATABASE_URL: `pglite://${path.join(dir, 'data')}` };
  const first = await hotpot(dir, env, 'migrate');
  assert.equal(first.code, 0, first.stderr);
  const expected = readMigrations().map((m) => `applied ${String(m.version).padStart(4, '0')}_${m.name}`);
  assert.ok(expected.length > 0);
  assert.deepEqual(first.stdout.trim().split('\n'), expected);
  assert.ok(readdirSync(path.join(dir, 'data')).length > 0, 'the store was written');
  const second = await hotpot(dir, env, 'migrate');
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout, 'store is up to date: no migrations to apply\n');
});
