import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { failureOf } from './workflows/failure-of.js';
import { startConsole } from '../console/console-server.js';
import { workflowHistories } from '../faults/workflow-histories.js';
import { grepSecrets, type SecretSource } from '../test-support/secrets-grep.js';
import { s1Env, type S1Env } from '../test-support/s1-env.js';
import { testTempDir } from '../test-support/temp-dir.js';

const dir = testTempDir('s1-token');
const tokenFile = path.join(dir, 'token');
const oldToken = `OLD-${'a1b2c3d4'.repeat(8)}`;
const newToken = `NEW-${'e5f6a7b8'.repeat(8)}`;
const stderr: string[] = [];
const write = process.stderr.write.bind(process.stderr);
let env: S1Env | undefined;

before(async () => {
  writeFileSync(tokenFile, `${oldToken}\n${newToken}\n`);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    stderr.push(String(chunk));
    return write(chunk, ...rest);
  }) as typeof process.stderr.write;
  env = await s1Env({
    console: 's1-token-leak',
    s1: { generate: { seed: 's1-token-leak', sites: 1, groupsPerSite: 1, standaloneAgents: 3 } },
    providers: ['s1'],
    tokenSource: { source: 'file', path: tokenFile },
  });
});
after(async () => {
  process.stderr.write = write;
  await env?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a token file of two lines fails the console at once with an error naming the file, and neither token is logged, recorded or shown', async () => {
  const e = env!;
  const started = Date.now();
  const failure = await (await e.ingestS1()).result().then(
    () => assert.fail('the sync succeeded with an unusable token'),
    (err: Error) => failureOf(err),
  );
  assert.equal(failure.type, 'HotpotCredentials');
  assert.match(failure.message, /token file .*token \(s1\.tokenFile\) holds 2 lines/);
  assert.ok(Date.now() - started < 60_000, 'not retried as S1Unavailable for minutes');

  const sources: SecretSource[] = [{ source: 'stderr', text: stderr.join('') }];
  sources.push(...(await workflowHistories(e.temporal.client, `TaskQueue = "${e.config.s1.taskQueue}"`)));
  for (const table of ['ingest_runs', 'ingest_scope_results']) {
    const rows = await sql`select * from ${sql.table(table)}`.execute(e.db.store.db);
    sources.push({ source: table, text: JSON.stringify(rows.rows) });
  }
  const running = await startConsole({ db: e.db.store.db });
  try {
    const runs = await (await fetch(`${running.url}/runs?format=json`)).text();
    sources.push({ source: 'console /runs', text: runs });
    const runIds = [...runs.matchAll(/"run_id": "([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(runIds.length > 0, 'the failed run is recorded');
    for (const id of runIds)
      for (const suffix of ['', '?format=json'])
        sources.push({
          source: `console /runs/${id}${suffix}`,
          text: await (await fetch(`${running.url}/runs/${id}${suffix}`)).text(),
        });
  } finally {
    await running.close();
  }
  assert.ok(
    sources.some((s) => s.source.startsWith('history')),
    'workflow histories were searched',
  );
  assert.match(sources.map((s) => s.text).join('\n'), /holds 2 lines/, 'the error reached the records');
  assert.deepEqual(grepSecrets([oldToken, newToken], sources), []);
});
