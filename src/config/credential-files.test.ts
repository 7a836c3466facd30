import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkConfig } from '../cli/commands/config.js';
import { fakeKey, tempDir, writeFile } from './testing/test-fixtures.js';

test('hotpot config check fails on a garbage key file or a missing or two-line S1 token file, naming each, showing no content', () => {
  const cwd = tempDir();
  const garbage = writeFile(cwd, 'key.json', 'GARBAGE-KEY-CONTENT-123');
  const twoLines = writeFile(cwd, 'token', 'OLD-TOKEN-999999\nNEW-TOKEN-888888\n');
  const check = (env: NodeJS.ProcessEnv) => () => checkConfig({ env, cwd });
  assert.throws(
    check({ GOOGLE_APPLICATION_CREDENTIALS: garbage, HOTPOT_GCP_CREDENTIALS_SOURCE: 'keyFile' }),
    (err: Error) =>
      /gcp\.credentials\.keyFile: key file .*key\.json is not valid JSON/.test(err.message) &&
      !err.message.includes('GARBAGE'),
  );
  const s1 = { HOTPOT_S1_ENDPOINT: 'https://s1.example.net' };
  assert.throws(
    check({ ...s1, HOTPOT_S1_TOKEN_FILE: `${cwd}/missing` }),
    /s1\.tokenFile: .*missing does not exist/,
  );
  assert.throws(
    check({ ...s1, HOTPOT_S1_TOKEN_FILE: twoLines }),
    (err: Error) =>
      /s1\.tokenFile: token file .* holds 2 lines/.test(err.message) && !err.message.includes('TOKEN-9'),
  );
  const key = writeFile(cwd, 'good.json', fakeKey('sa@p.iam.gserviceaccount.com'));
  const good = writeFile(cwd, 'good-token', 'ONE-TOKEN-777777\n');
  assert.match(
    checkConfig({
      env: {
        GOOGLE_APPLICATION_CREDENTIALS: key,
        HOTPOT_GCP_CREDENTIALS_SOURCE: 'keyFile',
        ...s1,
        HOTPOT_S1_TOKEN_FILE: good,
      },
      cwd,
    }),
    /keyFile/,
  );
});
