import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  formatSecretHits,
  grepSecrets,
  grepSecretsInFiles,
  secretForms,
  type SecretForm,
} from './secrets-grep.js';
import { testTempDir } from './temp-dir.js';

const PASSWORD = 'p@ss:w/rd!';
const TOKEN = 'hvs.CAESIJ9x';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n';
const SLASHY = '??>>??>>?>';

const found = (text: string) => grepSecrets([PASSWORD, TOKEN, KEY, SLASHY], [{ source: 'log', text }]);

describe('grepSecrets finds a secret in the ways logs spell it', () => {
  const cases: [string, string, number, SecretForm][] = [
    ['raw in a log line', 'connecting with p@ss:w/rd! now', 0, 'raw'],
    ['percent-encoded in a URL', 'postgres://u:p%40ss%3Aw%2Frd!@db/x', 0, 'percent'],
    ['percent-encoded, lowercase hex', 'postgres://u:p%40ss%3aw%2frd!@db/x', 0, 'percent'],
    ['form-encoded', 'password=p%40ss%3Aw%2Frd%21&user=u', 0, 'form'],
    [
      'JSON-escaped with newlines',
      '{"private_key":"-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----\\n"}',
      2,
      'json',
    ],
    ['hex', 'token=6876732e43414553494a3978', 1, 'hex'],
    ['base64 alone', 'aHZzLkNBRVNJSjl4', 1, 'base64'],
    ['base64 one byte into a group', 'eGh2cy5DQUVTSUo5eA==', 1, 'base64'],
    ['base64 two bytes into a group (Basic auth)', 'Authorization: Basic eDpodnMuQ0FFU0lKOXg=', 1, 'base64'],
    ['base64 of user:password', 'Authorization: Basic dTpwQHNzOncvcmQh', 0, 'base64'],
    ['base64 with + and /', 'Authorization: Basic YTo/Pz4+Pz8+Pj8+', 3, 'base64'],
    ['base64url with - and _', 'state=YTo_Pz4-Pz8-Pj8-', 3, 'base64url'],
  ];
  for (const [name, text, secret, form] of cases) {
    test(name, () => {
      const hits = found(text);
      assert.ok(
        hits.some((h) => h.secret === secret && h.form === form),
        `secret #${secret} as ${form} in ${JSON.stringify(text)}: ${formatSecretHits(hits)}`,
      );
    });
  }
});

describe('grepSecrets stays quiet when no secret is there', () => {
  const cases: [string, string][] = [
    ['redacted', 'postgres://u:<redacted>@db/x'],
    ['a part of the secret', 'p@ss:w/r and hvs.CAES'],
    ['another token', 'hvs.CAESIJ9y aHZzLkNBRVNJSjl5'],
    ['empty', ''],
  ];
  for (const [name, text] of cases) test(name, () => assert.deepEqual(found(text), []));
});

test('hits carry source, line and column, and their printout holds no secret', () => {
  const hits = grepSecrets(
    [TOKEN],
    [
      { source: 'stdout', text: 'ok\n' },
      { source: 'stderr', text: `one\ntwo ${TOKEN}\n${TOKEN}` },
    ],
  );
  assert.deepEqual(hits, [
    { secret: 0, form: 'raw', source: 'stderr', line: 2, column: 5 },
    { secret: 0, form: 'raw', source: 'stderr', line: 3, column: 1 },
  ]);
  const printed = formatSecretHits(hits);
  assert.equal(printed, 'stderr:2:5 secret #0 (raw)\nstderr:3:1 secret #0 (raw)');
  assert.deepEqual(grepSecrets([TOKEN], [{ source: 'report', text: printed }]), []);
});

test('files are read and named by path', () => {
  const dir = testTempDir('secrets-grep');
  try {
    const clean = path.join(dir, 'clean.log');
    const dirty = path.join(dir, 'dirty.log');
    fs.writeFileSync(clean, 'nothing here\n');
    fs.writeFileSync(dirty, `line\n  VAULT_TOKEN=${encodeURIComponent(PASSWORD)}\n`);
    assert.deepEqual(grepSecretsInFiles([PASSWORD], [clean, dirty]), [
      { secret: 0, form: 'percent', source: dirty, line: 2, column: 15 },
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a secret too short to grep for is refused', () => {
  assert.throws(() => secretForms('abc'), /3 characters would match everywhere/);
});
