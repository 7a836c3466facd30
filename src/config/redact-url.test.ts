import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatSecretHits, grepSecrets } from '../test-support/secrets-grep.js';
import { redactText, redactUrl, urlSecrets } from './redact-url.js';

/** [url, what it prints as, the secret it carries (decoded) or undefined]. */
const urls: [string, string, string | undefined][] = [
  ['postgres://hotpot:s3cret-pw@db:5432/hotpot', 'postgres://hotpot:<redacted>@db:5432/hotpot', 's3cret-pw'],
  ['postgresql://u:p@ss-word@db/x', 'postgresql://u:<redacted>@db/x', 'p@ss-word'],
  ['postgres://u:p%40ss%3Aw%2Frd!@db/x', 'postgres://u:<redacted>@db/x', 'p@ss:w/rd!'],
  ['postgres://u:pa/ss?#word@db/x', 'postgres://u:<redacted>@db/x', 'pa/ss?#word'],
  ['postgres://u:p w@rd@db/x', 'postgres://u:<redacted>@db/x', 'p w@rd'],
  ['postgres://u:pässwörd@db/x', 'postgres://u:<redacted>@db/x', 'pässwörd'],
  ['postgres://:only-pass@db/x', 'postgres://:<redacted>@db/x', 'only-pass'],
  ['postgres://user@db/x', 'postgres://user@db/x', undefined],
  ['postgres://db:5432/x?sslmode=require', 'postgres://db:5432/x?sslmode=require', undefined],
  [
    'postgres://db/x?user=u&password=s3cret-pw&sslmode=require',
    'postgres://db/x?user=u&password=<redacted>&sslmode=require',
    's3cret-pw',
  ],
  ['postgres://db/x?PASSWORD=s3cret-pw', 'postgres://db/x?PASSWORD=<redacted>', 's3cret-pw'],
  ['postgres://db/x?password=a%26b%40c-pw', 'postgres://db/x?password=<redacted>', 'a&b@c-pw'],
  [
    'postgres://db/x?password=a&b-pw&sslmode=require',
    'postgres://db/x?password=<redacted>&sslmode=require',
    'a&b-pw',
  ],
  [
    'postgres://u:pw-one@db/x?sslpassword=key-pass&application_name=hotpot',
    'postgres://u:<redacted>@db/x?sslpassword=<redacted>&application_name=hotpot',
    'key-pass',
  ],
  [
    'https://reader:vault-tok@vault.example.com:8200/',
    'https://reader:<redacted>@vault.example.com:8200/',
    'vault-tok',
  ],
  ['http://127.0.0.1:8200', 'http://127.0.0.1:8200', undefined],
  ['pglite://.hotpot/data', 'pglite://.hotpot/data', undefined],
  ['pglite://memory', 'pglite://memory', undefined],
  ['not a url: s3cret', 'not a url: s3cret', undefined],
];

describe('redactUrl', () => {
  for (const [url, printed, secret] of urls) {
    test(url, () => {
      assert.equal(redactUrl(url), printed);
      if (secret !== undefined) {
        const hits = grepSecrets([secret], [{ source: 'redactUrl', text: redactUrl(url) }]);
        assert.deepEqual(hits, [], formatSecretHits(hits));
        assert.ok(urlSecrets(url).includes(secret), `urlSecrets finds ${secret}`);
      } else {
        assert.deepEqual(urlSecrets(url), []);
      }
    });
  }
});

describe('redactText', () => {
  const url = 'postgres://u:p%40ss%3Aw%2Frd!@db/x?password=other-pw';
  const cases: [string, string][] = [
    [
      'invalid connection string postgres://u:p%40ss%3Aw%2Frd!@db/x',
      'invalid connection string postgres://u:<redacted>@db/x',
    ],
    ['"postgres://u:p@ss:w/rd!@db/x" failed', '"postgres://u:<redacted>@db/x" failed'],
    [
      'near "p@ss:w/rd!" and p%40ss%3Aw%2Frd! and other-pw',
      'near "<redacted>" and <redacted> and <redacted>',
    ],
    ['password authentication failed for user "u"', 'password authentication failed for user "u"'],
  ];
  for (const [text, expected] of cases) {
    test(text, () => {
      const out = redactText(text, urlSecrets(url));
      assert.equal(out, expected);
      assert.deepEqual(grepSecrets(['p@ss:w/rd!', 'other-pw'], [{ source: 'redactText', text: out }]), []);
    });
  }
});
