import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { packageRoot } from '../package-root.js';
import { formatSecretHits, grepSecrets } from '../test-support/secrets-grep.js';
import { fakeKey, tempDir } from './testing/test-fixtures.js';

const run = promisify(execFile);
const main = path.join(packageRoot, 'dist', 'cli', 'main.js');
const cwd = tempDir();
const SECRETS = ['Cli@Pass/1', 'Cli-Pass-2', 'hvs.Cli-Token-3', 'Cli-Secret-Id-4', 'PRIVATE-MARKER-CLI'];

const envs: [string, Record<string, string>][] = [
  [
    'a password in the database URL (userinfo and ?password=) and Vault secrets',
    {
      HOTPOT_DATABASE_URL: 'postgres://postgres:Cli@Pass%2F1@127.0.0.1:1/x?password=Cli-Pass-2',
      VAULT_ADDR: 'https://vault.invalid:8200',
      HOTPOT_VAULT_PATH: 'gcp/sa',
      VAULT_ROLE_ID: 'role',
      VAULT_SECRET_ID: 'Cli-Secret-Id-4',
      VAULT_TOKEN: 'hvs.Cli-Token-3',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
    },
  ],
  [
    'key JSON in GOOGLE_APPLICATION_CREDENTIALS and a plain-http endpoint',
    {
      GOOGLE_APPLICATION_CREDENTIALS: fakeKey('sa@p.iam.gserviceaccount.com', 'PRIVATE-MARKER-CLI'),
      HOTPOT_GCP_ENDPOINT: 'http://127.0.0.1:1',
      HOTPOT_DATABASE_URL: 'postgres://postgres:Cli@Pass%2F1@127.0.0.1:1/x',
    },
  ],
];

const commands = [
  ['config', 'check'],
  ['config', 'check', '--json'],
  ['runs'],
  ['runs', 'run-1'],
  ['inventory', 'instances'],
  ['inventory', 'show', 'instances', 'vm-1'],
  ['history', 'instances', 'vm-1'],
  ['changes', '--since', '-1h'],
  ['migrate'],
  ['ingest', 'inventory', '--project', 'proj-one-123', '--no-wait'],
];

describe('CLI output holds no secret', () => {
  for (const [name, extra] of envs) {
    for (const args of commands) {
      test(`${name}: hotpot ${args.join(' ')}`, async () => {
        const env = { PATH: process.env.PATH ?? '', HOME: cwd, ...extra };
        const { stdout, stderr } = await run(process.execPath, [main, ...args], { cwd, env }).catch(
          (err: { stdout: string; stderr: string; code: number }) => {
            assert.notEqual(err.code, 0);
            return err;
          },
        );
        assert.ok(stdout.length + stderr.length > 0, 'it says something');
        const hits = grepSecrets(SECRETS, [
          { source: 'stdout', text: stdout },
          { source: 'stderr', text: stderr },
        ]);
        assert.deepEqual(hits, [], `${formatSecretHits(hits)}\n${stdout}\n${stderr}`);
      });
    }
  }
});
