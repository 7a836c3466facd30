import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createConfigService } from './config-service.js';
import { ConfigError } from './config-error.js';
import { startFakeVault } from './testing/fake-vault.js';
import { loadConfig } from './load-config.js';
import { redactConfig } from './redact-config.js';
import { tempDir } from './testing/test-fixtures.js';

const endpoint = 'https://usea1-acme.sentinelone.net';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ env, cwd: tempDir() });
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.message.split('\n').slice(1);
  }
  assert.fail('expected a ConfigError');
}

describe('s1 config', () => {
  it('is absent unless s1.endpoint is set, and then takes the documented defaults', () => {
    assert.equal(loadConfig({ env: {}, cwd: tempDir() }).s1, undefined);
    const config = loadConfig({
      env: { HOTPOT_S1_ENDPOINT: `${endpoint}/`, HOTPOT_S1_API_TOKEN: 'tok-123' },
      cwd: tempDir(),
    });
    assert.deepEqual(
      { ...config.s1, token: config.s1?.token.source },
      {
        endpoint,
        console: 'usea1-acme.sentinelone.net',
        allowInsecureEndpoint: false,
        accountIds: [],
        taskQueue: 'hotpot-ingest-s1',
        pageSize: 1000,
        requestsPerMinute: 600,
        maxResponseBytes: 268_435_456,
        token: 'inline',
      },
    );
    assert.doesNotMatch(JSON.stringify(redactConfig(config)), /tok-123/);
  });

  it('names what is wrong: no token, two tokens, plain http, page size over 1000', () => {
    assert.match(problems({ HOTPOT_S1_ENDPOINT: endpoint }).join('\n'), /s1\.token.*API token is required/);
    assert.match(
      problems({ HOTPOT_S1_ENDPOINT: endpoint, HOTPOT_S1_API_TOKEN: 'a', HOTPOT_S1_TOKEN_FILE: '/x' }).join(
        '\n',
      ),
      /only one of s1\.token/,
    );
    const plain = problems({ HOTPOT_S1_ENDPOINT: 'http://127.0.0.1:9', HOTPOT_S1_API_TOKEN: 'secret-tok' });
    assert.match(plain.join('\n'), /s1\.endpoint.*plain http/);
    assert.doesNotMatch(plain.join('\n'), /secret-tok/);
    assert.match(
      problems({ HOTPOT_S1_ENDPOINT: endpoint, HOTPOT_S1_API_TOKEN: 'a', HOTPOT_S1_PAGE_SIZE: '5000' }).join(
        '\n',
      ),
      /s1\.pageSize/,
    );
  });

  it('takes account ids only as SentinelOne ids: decimal numbers', () => {
    const env = { HOTPOT_S1_ENDPOINT: endpoint, HOTPOT_S1_API_TOKEN: 'a' };
    const config = loadConfig({
      env: { ...env, HOTPOT_S1_ACCOUNT_IDS: '1234567890123456789' },
      cwd: tempDir(),
    });
    assert.deepEqual(config.s1?.accountIds, ['1234567890123456789']);
    assert.match(
      problems({ ...env, HOTPOT_S1_ACCOUNT_IDS: '123,acct-7' }).join('\n'),
      /s1\.accountIds.*"acct-7" is not a SentinelOne account id/,
    );
  });

  it('re-reads a token file and a Vault secret on every session start', async () => {
    const dir = tempDir();
    const file = join(dir, 's1-token');
    writeFileSync(file, 'first\n');
    const fromFile = createConfigService(
      loadConfig({ env: { HOTPOT_S1_ENDPOINT: endpoint, HOTPOT_S1_TOKEN_FILE: file }, cwd: dir }),
    );
    assert.equal((await fromFile.getS1Token!()).reveal(), 'first');
    writeFileSync(file, 'second');
    assert.equal((await fromFile.getS1Token!()).reveal(), 'second');

    const vault = await startFakeVault();
    try {
      vault.addToken('vt');
      vault.put('secret', 's1/console', { token: 'v1' });
      const env = {
        HOTPOT_S1_ENDPOINT: endpoint,
        HOTPOT_S1_VAULT_PATH: 's1/console',
        VAULT_ADDR: vault.address,
        VAULT_TOKEN: 'vt',
      };
      const service = createConfigService(loadConfig({ env, cwd: dir }));
      assert.equal((await service.getS1Token!()).reveal(), 'v1');
      vault.put('secret', 's1/console', { token: 'v2' });
      assert.equal((await service.getS1Token!()).reveal(), 'v2');
      assert.equal(String(await service.getS1Token!()), '<redacted>');
    } finally {
      await vault.close();
    }
  });
});
