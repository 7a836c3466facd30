import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { boundaryError } from '../log/redacting-interceptor.js';
import { formatLogLine } from '../log/runtime-logger.js';
import { createConfigService } from './config-service.js';
import { ConfigError } from './config-error.js';
import { CredentialsError } from './credentials-error.js';
import { registerSecret } from './known-secrets.js';
import { loadConfig } from './load-config.js';
import { Secret } from './secret.js';
import { tempDir, writeFile } from './testing/test-fixtures.js';

const endpoint = 'https://usea1-acme.sentinelone.net';

function problemsOf(env: NodeJS.ProcessEnv, cwd = tempDir()): string {
  try {
    loadConfig({ env, cwd });
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.message;
  }
  return assert.fail('expected a ConfigError');
}

describe('credentials are checked when read, and errors name the source, never the value', () => {
  const cases: [string, string, RegExp][] = [
    ['two lines (old and new token)', 'OLD-TOKEN-111111\nNEW-TOKEN-222222\n', /holds 2 lines/],
    ['a control character', 'TOKEN-\u001b[31m-333333', /control characters/],
    ['an inner space', 'TOKEN 444444 555555', /holds spaces/],
    ['only whitespace', ' \n\t\n', /is empty/],
  ];
  for (const [name, text, want] of cases) {
    it(`an S1 token file with ${name} is refused, naming the file`, async () => {
      const dir = tempDir();
      const file = writeFile(dir, 'token', text);
      const config = loadConfig({
        env: { HOTPOT_S1_ENDPOINT: endpoint, HOTPOT_S1_TOKEN_FILE: file },
        cwd: dir,
      });
      const service = createConfigService(config);
      const err = await service.getS1Token!().then(
        () => assert.fail('accepted'),
        (e: Error) => e,
      );
      assert.equal(err.name, 'CredentialsError');
      assert.match(err.message, want);
      assert.ok(err.message.includes(file), err.message);
      for (const part of text.split(/\s+/).filter((p) => p.length > 5))
        assert.ok(!err.message.includes(part), 'the error shows part of the token');
    });
    it(`an inline S1 token with ${name} is refused as s1.token, without its value`, () => {
      const message = problemsOf({ HOTPOT_S1_ENDPOINT: endpoint, HOTPOT_S1_API_TOKEN: `x${text}x` });
      assert.match(message, /s1\.token/);
      for (const part of text.split(/\s+/).filter((p) => p.length > 5))
        assert.ok(!message.includes(part), 'the error shows part of the token');
    });
  }

  it('a Vault token with a line break is refused as gcp.credentials.vault.token', () => {
    const message = problemsOf({
      VAULT_ADDR: 'https://vault:8200',
      HOTPOT_VAULT_PATH: 'gcp/sa',
      VAULT_TOKEN: 'hvs.first-000000\nhvs.second-00000',
    });
    assert.match(message, /gcp\.credentials\.vault\.token.*holds 2 lines/);
    assert.doesNotMatch(message, /hvs\./);
  });

  it('a key whose private_key is not PEM, or whose client_email is not an email, is refused', () => {
    const key = (fields: object) =>
      JSON.stringify({ type: 'service_account', client_email: 'a@b.iam', private_key: 'x', ...fields });
    assert.match(problemsOf({ HOTPOT_GCP_CREDENTIALS_JSON: key({}) }), /"private_key" is not a PEM/);
    assert.match(
      problemsOf({
        HOTPOT_GCP_CREDENTIALS_JSON: key({
          private_key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
          client_email: 'nobody',
        }),
      }),
      /"client_email" is not an email/,
    );
  });
});

describe('known secrets are scrubbed from every error that leaves an activity and every log line', () => {
  it('a Secret, a registered value, their lines and their encodings are redacted in message, stack, cause and details', () => {
    const token = new Secret('S1-TOKEN-abcdef-987654').reveal();
    registerSecret('PART-ONE-1234567\nPART-TWO-7654321');
    const cause = new Error(`Headers.append: "ApiToken ${token}" is an invalid header value`);
    const err = ApplicationFailure.create({
      message: `GET /agents failed: ${encodeURIComponent(token)} PART-TWO-7654321`,
      type: 'S1Unavailable',
      details: [{ header: `ApiToken ${token}` }],
      cause,
    });
    const out = boundaryError(err) as ApplicationFailure;
    const text = JSON.stringify([out.message, out.stack, out.details, (out.cause as Error).message]);
    assert.doesNotMatch(text, /S1-TOKEN-abcdef|PART-TWO|S1-TOKEN-abcdef-987654/);
    assert.match(out.message, /GET \/agents failed: <redacted> <redacted>/);
  });

  it('a CredentialsError leaves an activity as a non-retryable HotpotCredentials failure', () => {
    const out = boundaryError(new CredentialsError('SentinelOne token file /x holds 2 lines'));
    assert.ok(out instanceof ApplicationFailure);
    assert.equal(out.type, 'HotpotCredentials');
    assert.equal(out.nonRetryable, true);
    const retryable = boundaryError(new CredentialsError('cannot reach Vault', true));
    assert.equal((retryable as ApplicationFailure).nonRetryable, false);
  });

  it('log lines lose known secrets', () => {
    const token = new Secret('LOGGED-TOKEN-135791').reveal();
    const line = formatLogLine({
      level: 'WARN',
      message: `failed with ${token}`,
      timestampNanos: 0n,
      meta: { error: new Error(`header ${token}`) },
    });
    assert.doesNotMatch(line, /LOGGED-TOKEN/);
  });
});
