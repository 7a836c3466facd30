import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Command } from 'commander';
import { parse } from 'yaml';
import { ENV_VARS } from '../../config/env-vars.js';
import { fakeKey, tempDir, writeFile } from '../../config/testing/test-fixtures.js';
import { HotpotError } from '../../errors.js';
import { checkConfig, registerConfigCommand } from './config.js';

describe('hotpot config check', () => {
  const cwd = tempDir();
  const env = {
    HOTPOT_GCP_CREDENTIALS_JSON: fakeKey('a@b.iam', 'PRIVATE-CLI-SECRET'),
    HOTPOT_DATABASE_URL: 'postgresql://u:DB-CLI-SECRET@db/hotpot',
  };

  it('prints the effective config as YAML with secrets redacted', () => {
    const out = checkConfig({ env, cwd });
    const printed = parse(out) as { gcp: { credentials: unknown }; database: { url: string } };
    assert.deepEqual(printed.gcp.credentials, { source: 'inline', json: '<redacted>' });
    assert.equal(printed.database.url, 'postgresql://u:<redacted>@db/hotpot');
    assert.doesNotMatch(out, /PRIVATE-CLI-SECRET|DB-CLI-SECRET/);
  });

  it('prints JSON with --json', () => {
    const printed = JSON.parse(checkConfig({ env, cwd, json: true })) as { temporal: { address: string } };
    assert.equal(printed.temporal.address, '127.0.0.1:7233');
  });

  it('fails with exit code 1 listing every problem, without secrets', () => {
    const bad = {
      ...env,
      HOTPOT_GCP_PAGE_SIZE: '0',
      TEMPORAL_ADDRESS: 'nope',
      VAULT_TOKEN: 'TOKEN-CLI-SECRET',
    };
    assert.throws(
      () => checkConfig({ env: bad, cwd }),
      (err) => {
        assert.ok(err instanceof HotpotError);
        assert.equal(err.exitCode, 1);
        assert.match(
          err.message,
          /2 problems:\n {2}- temporal\.address \(env TEMPORAL_ADDRESS\).*\n {2}- gcp\.pageSize/,
        );
        assert.doesNotMatch(err.message, /SECRET/);
        return true;
      },
    );
  });

  describe('through the command line', () => {
    const saved = new Map<string, string | undefined>();
    before(() => {
      for (const name of [...ENV_VARS.map((v) => v.name), 'HOTPOT_CONFIG']) {
        saved.set(name, process.env[name]);
        delete process.env[name];
      }
    });
    after(() => {
      for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
    });

    it('reads --config and writes JSON to stdout', async () => {
      const file = writeFile(
        cwd,
        'cli.yaml',
        'temporal:\n  namespace: from-cli-file\ngcp:\n  credentials:\n    source: adc\n',
      );
      const program = new Command('hotpot').exitOverride();
      registerConfigCommand(program);
      const chunks: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string) => chunks.push(chunk) > 0) as typeof process.stdout.write;
      try {
        await program.parseAsync(['config', 'check', '--config', file, '--json'], { from: 'user' });
      } finally {
        process.stdout.write = write;
      }
      const printed = JSON.parse(chunks.join('')) as { temporal: { namespace: string } };
      assert.equal(printed.temporal.namespace, 'from-cli-file');
    });
  });
});
