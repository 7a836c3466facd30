import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { estate, inContext } from '../in-context.js';
import { runCli } from '../run-cli.js';
import type { Scenario } from '../scenario.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { grepSecrets, type SecretSource } from '../../test-support/secrets-grep.js';
import { workflowHistories } from '../workflow-histories.js';

/** Fake secrets: a database password, a Vault token, a Temporal gRPC header (as an API key travels), and a credentials JSON with a private key. */
function fakeSecrets() {
  const tag = randomBytes(8).toString('hex');
  const privateKey = `-----BEGIN PRIVATE KEY-----\nFAKEKEY${tag}\n-----END PRIVATE KEY-----\n`;
  return {
    databasePassword: `db-pass-${tag}`,
    vaultToken: `hvs.FAKE${tag}`,
    temporalHeader: `temporal-header-${tag}`,
    privateKey,
    s1OldToken: `S1OLD${tag}`,
    s1NewToken: `S1NEW${tag}`,
    consoleToken: `console-${tag}${tag}`,
    credentialsJson: JSON.stringify({
      type: 'service_account',
      project_id: 'faults',
      private_key_id: `kid${tag}`,
      private_key: privateKey,
      client_email: 'faults@faults.iam.gserviceaccount.com',
    }),
  };
}

/**
 * Secrets in the configuration of workers and CLI commands while syncs fail in many ways; then every worker log,
 * every CLI output and every workflow history of the scenario is searched for them.
 */
export const secrets: Scenario = {
  name: 'secrets',
  title: 'secrets grep over logs, CLI output and every workflow history',
  run: (lab, scale) => {
    const s = fakeSecrets();
    return inContext(
      lab,
      {
        name: 'secrets',
        estate: estate('secrets', 2, { instances: scale === 'small' ? 20 : 100 }),
        databasePassword: s.databasePassword,
        workerEnv: {
          VAULT_TOKEN: s.vaultToken,
          TEMPORAL_GRPC_META_X_HOTPOT_FAULTS: s.temporalHeader,
          HOTPOT_GCP_CREDENTIALS_JSON: s.credentialsJson,
          HOTPOT_GCP_CREDENTIALS_SOURCE: 'none',
          HOTPOT_LOG_LEVEL: 'debug',
        },
      },
      async (ctx) => {
        await ctx.startWorkers(2);
        const [first, second] = ctx.projects as [string, string];
        await ctx.setFault({ kind: 'internalError', probability: 0.2 });
        await ctx.setFault({ kind: 'permissionDenied', project: second, count: 1 });
        await ctx.syncAll();
        await ctx.truth.mutate({ round: { percent: 10 } });
        await ctx.syncAll();
        const env = ctx.workerEnv();
        const cliLog = (name: string) => path.join(lab.logDir, `secrets-cli-${name}.log`);
        const outputs: SecretSource[] = [];
        const cli = async (name: string, args: string[], extra: Record<string, string> = {}) => {
          const { output } = await runCli(args, { ...env, ...extra }, cliLog(name));
          outputs.push({ source: `hotpot ${args.join(' ')}`, text: output });
        };
        ctx.runs++;
        const s1TokenFile = path.join(lab.logDir, 'secrets-s1-token');
        writeFileSync(s1TokenFile, `${s.s1OldToken}\n${s.s1NewToken}\n`, { mode: 0o600 });
        const unreachable = `postgres://postgres:${encodeURIComponent(s.databasePassword)}@127.0.0.1:1/x`;
        await Promise.all([
          cli('ingest', ['ingest', 'compute', '--project', first]),
          cli('config-check', ['config', 'check']),
          cli('runs', ['runs']),
          cli('runs-unreachable', ['runs'], { HOTPOT_DATABASE_URL: unreachable }),
          cli('s1-two-line-token', ['config', 'check'], {
            HOTPOT_S1_ENDPOINT: 'https://s1.example.net',
            HOTPOT_S1_TOKEN_FILE: s1TokenFile,
            HOTPOT_CONSOLE_TOKEN: s.consoleToken,
          }),
          cli('vault-config', ['config', 'check'], {
            HOTPOT_GCP_CREDENTIALS_SOURCE: 'vault',
            VAULT_ADDR: 'http://127.0.0.1:1',
            HOTPOT_VAULT_PATH: 'hotpot/gcp',
          }),
        ]);
        await ctx.clearFaults();
        const faultEndedAt = Date.now();
        const client = await lab.temporal.client();
        const histories = await workflowHistories(client, `TaskQueue = "${ctx.taskQueue}"`);
        const logs = ctx.workers.all.map((w) => ({
          source: w.logFile,
          text: readFileSync(w.logFile, 'utf8'),
        }));
        const needles = {
          'database password': s.databasePassword,
          'Vault token': s.vaultToken,
          'Temporal gRPC header': s.temporalHeader,
          'private key': s.privateKey.split('\n')[1]!,
          'credentials JSON': s.credentialsJson,
          'old S1 token': s.s1OldToken,
          'new S1 token': s.s1NewToken,
          'console token': s.consoleToken,
        };
        const labels = Object.keys(needles);
        const hits = grepSecrets(Object.values(needles), [...logs, ...outputs, ...histories]);
        ctx.notes.push(
          `searched ${ctx.workers.all.length} worker logs, ${outputs.length} CLI outputs, ${histories.length} histories`,
        );
        if (histories.length === 0) ctx.notes.push('no workflow history found to search');
        return {
          faultEndedAt,
          problems: hits.map((h) => `${labels[h.secret]} (${h.form}) leaked in ${h.source}:${h.line}`),
        };
      },
    );
  },
};
