import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatSecretHits, grepSecrets } from '../test-support/secrets-grep.js';
import { parseDatabaseUrl } from './database-url.js';
import { openStore } from './open-store.js';

/** [case, url, its password (decoded), what the error must say]. */
const failures: [string, string, string, RegExp][] = [
  [
    'nothing listens',
    'postgres://postgres:Pg-Pass-1@127.0.0.1:1/x',
    'Pg-Pass-1',
    /cannot connect to PostgreSQL at postgres:\/\/postgres:<redacted>@127\.0\.0\.1:1\/x: .*ECONNREFUSED/,
  ],
  [
    'an unencoded @ in the password',
    'postgres://postgres:Pg@Pass-2@127.0.0.1:1/x',
    'Pg@Pass-2',
    /at postgres:\/\/postgres:<redacted>@127\.0\.0\.1:1\/x/,
  ],
  [
    'a percent-encoded password, no such database',
    'postgres://postgres:Pg%40Pass%2F3@127.0.0.1:5432/hotpot_sec_no_such_db',
    'Pg@Pass/3',
    /database "hotpot_sec_no_such_db" does not exist/,
  ],
  [
    'a ?password= parameter',
    'postgres://postgres@127.0.0.1:1/x?password=Pg-Pass-4',
    'Pg-Pass-4',
    /\?password=<redacted>/,
  ],
  [
    'a malformed percent-escape in the password',
    'postgres://postgres:Pg%zzPass-5@127.0.0.1:1/x',
    'Pg%zzPass-5',
    /cannot connect to PostgreSQL at postgres:\/\/postgres:<redacted>@/,
  ],
];

describe('store open failures print no password', () => {
  for (const [name, url, password, message] of failures) {
    test(name, async () => {
      await assert.rejects(openStore(url), (err: Error) => {
        assert.match(err.message, message);
        const hits = grepSecrets([password], [{ source: 'error', text: err.message }]);
        assert.deepEqual(hits, [], `${formatSecretHits(hits)}\n${err.message}`);
        return true;
      });
    });
  }
  test('a URL of another scheme', () => {
    assert.throws(
      () => parseDatabaseUrl('mysql://u:My-Pass-6@db/x'),
      (err: Error) => {
        assert.match(err.message, /must start with postgres:\/\/.*got "mysql:\/\/u:<redacted>@db\/x"/);
        return true;
      },
    );
  });
});
