import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { migrate } from './migrate.js';
import { openStore } from './open-store.js';
import { testTempDir } from '../test-support/temp-dir.js';

const tmp = testTempDir('store');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const openStoreModule = fileURLToPath(new URL('./open-store.js', import.meta.url));

/** Tries to open a PGlite dir from another process; returns what that process printed. */
function openFromAnotherProcess(dir: string) {
  const script = `import { openStore } from ${JSON.stringify(openStoreModule)};
    try { const s = await openStore('pglite://${dir}'); await s.close(); console.log('opened'); }
    catch (err) { console.log(err.name + ': ' + err.message); }`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  }).stdout.trim();
}

test('a PGlite dir open in one process is refused to a second with a clear error', async () => {
  const dir = path.join(tmp, 'held');
  const store = await openStore(`pglite://${dir}`);
  try {
    await migrate(store.db);
    const before = fs.readdirSync(dir).sort();
    const output = openFromAnotherProcess(dir);
    assert.match(
      output,
      new RegExp(`HotpotError: the PGlite data dir ${dir} is in use by process ${process.pid}`),
    );
    assert.deepEqual(fs.readdirSync(dir).sort(), before, 'the refused opener changed nothing on disk');
  } finally {
    await store.close();
  }
  assert.equal(openFromAnotherProcess(dir), 'opened', 'released on close');
  const reopened = await openStore(`pglite://${dir}`);
  const applied = await sql<{ n: number }>`select count(*)::int as n from hotpot_migrations`.execute(
    reopened.db,
  );
  assert.ok((applied.rows[0]?.n ?? 0) >= 2, 'data survived close and reopen');
  await reopened.close();
});

test('a lock left by a dead process is taken over', async () => {
  const dir = path.join(tmp, 'stale');
  fs.mkdirSync(dir);
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  fs.writeFileSync(`${dir}.lock`, `${dead.stdout}\n`);
  const store = await openStore(`pglite://${dir}`);
  assert.equal(fs.readFileSync(`${dir}.lock`, 'utf8').trim(), String(process.pid));
  await store.close();
  assert.equal(fs.existsSync(`${dir}.lock`), false);
});

const badUrls: [string, RegExp][] = [
  ['mysql://localhost/db', /must start with postgres:\/\/, postgresql:\/\/ or pglite:\/\//],
  ['postgres://user:secret@[bad', /not a valid URL: postgres:\/\/user:<redacted>@/],
  ['pglite://', /must start with/],
];
for (const [url, message] of badUrls) {
  test(`a bad database url is a clear error: ${url}`, async () => {
    await assert.rejects(openStore(url), (err: Error) => {
      assert.match(err.message, message);
      assert.doesNotMatch(err.message, /secret/);
      return true;
    });
  });
}

test('an unreachable PostgreSQL is a clear error without the password', async () => {
  await assert.rejects(openStore('postgres://u:hunter2@127.0.0.1:1/db'), (err: Error) => {
    assert.match(err.message, /cannot connect to PostgreSQL at postgres:\/\/u:<redacted>@127\.0\.0\.1:1\/db/);
    assert.doesNotMatch(err.message, /hunter2/);
    return true;
  });
});

test('a PGlite store runs with small shared buffers and recycled WAL, in memory and in a dir', async () => {
  for (const url of ['pglite://memory', `pglite://${path.join(tmp, 'bounded')}`]) {
    const store = await openStore(url);
    try {
      const show = async (name: string) =>
        (await sql<Record<string, string>>`${sql.raw(`show ${name}`)}`.execute(store.db)).rows[0]![name];
      assert.equal(await show('shared_buffers'), '16MB', url);
      assert.equal(await show('max_wal_size'), '32MB', url);
    } finally {
      await store.close();
    }
  }
});
