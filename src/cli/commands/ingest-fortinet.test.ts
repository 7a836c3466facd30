import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { ExpectedHistory } from '../../fortinet/testing/store-matches.js';
import type { ScopeResult } from '../../ingest/workflows/types.js';
import { fortinetEnv, type FortinetEnv } from '../../test-support/fortinet-env.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
const cwd = testTempDir('ingest-fortinet-cli');
const TOKEN_ENV = 'HOTPOT_TEST_FORTINET_TOKEN';
let env: FortinetEnv;
const expected = new ExpectedHistory();

before(async () => {
  env = await fortinetEnv({
    fortinet: {
      generate: {
        seed: 'ingest-fortinet-cli',
        devices: 2,
        devicePrefix: 'cli-fw',
        vdomsPerDevice: 3,
        policiesPerVdom: 30,
        addressesPerVdom: 12,
      },
    },
    pageSize: 10,
    allVdoms: true,
  });
});
after(() => env?.close());

/** A config file: the first device with its VDOMs listed, the others with `vdoms: all`; the token from the env. */
function writeConfig(): string {
  const file = path.join(cwd, 'hotpot.yaml');
  const fortinet = {
    taskQueue: env.section.taskQueue,
    pageSize: env.section.pageSize,
    allowInsecureEndpoint: true,
    devices: env.fortinet.devices.map((d, i) => ({
      name: d.name,
      baseUrl: env.fortinet.deviceUrl(d.name),
      vdoms: i === 0 ? d.vdoms : 'all',
      tokenEnv: TOKEN_ENV,
    })),
  };
  writeFileSync(file, JSON.stringify({ fortinet }, null, 2));
  return file;
}

function hotpot(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOTPOT_DATABASE_URL: env.db.url,
    TEMPORAL_ADDRESS: env.temporalConfig.address,
    TEMPORAL_NAMESPACE: env.temporalConfig.namespace,
    HOTPOT_TASK_QUEUE: env.temporalConfig.taskQueue,
    [TOKEN_ENV]: env.fortinet.token,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [main, 'ingest', 'fortinet', '--config', writeConfig(), ...args],
      { cwd, env: childEnv, timeout: 120_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function scopesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as ScopeResult[]).map((r) => r.scope).sort();
}

test('hotpot ingest fortinet syncs every listed VDOM and every VDOM a `vdoms: all` device lists, rows equal to the ground truth', async () => {
  const run = await hotpot('--json');
  assert.equal(run.code, 0, run.stderr + run.stdout);
  const results = JSON.parse(run.stdout) as ScopeResult[];
  assert.deepEqual(scopesOf(run.stdout), [...env.scopes].sort());
  for (const r of results) assert.equal(r.status, 'ok', JSON.stringify(r));
  const truth = await env.fortinet.control.truth();
  expected.record(truth, env.scopes);
  await expected.assertStore(env.db.store.db, truth, env.scopes);
});

test('a VDOM gone from the device list leaves the default run, and syncing its scope deletes its rows with that evidence', async () => {
  const device = env.fortinet.devices[1]!;
  const gone = `${device.name}/${device.vdoms[2]}`;
  const before = await sql<{ n: number }>`
    select count(*)::int as n from fortinet_policies where scope = ${gone}`.execute(env.db.store.db);
  assert.ok(before.rows[0]!.n > 0, 'the VDOM had policies stored');
  await env.fortinet.control.removeVdom(device.name, device.vdoms[2]!);
  const run = await hotpot('--json');
  assert.equal(run.code, 0, run.stderr + run.stdout);
  assert.deepEqual(
    scopesOf(run.stdout),
    env.scopes.filter((s) => s !== gone),
  );
  const held = await hotpot('--json', '--scope', gone);
  const heldResult = (JSON.parse(held.stdout) as ScopeResult[])[0]!;
  assert.equal(heldResult.status, 'partial', 'the mass deletion guard holds a whole VDOM without the flag');
  const removed = await hotpot('--json', '--scope', gone, '--allow-mass-deletion');
  assert.equal(removed.code, 0, removed.stderr + removed.stdout);
  const truth = await env.fortinet.control.truth();
  expected.record(truth, env.scopes, new Set([gone]));
  await expected.assertStore(env.db.store.db, truth, env.scopes, new Set([gone]));
});

test('a VDOM list that stays malformed fails the command naming the device, and starts nothing', async () => {
  const device = env.fortinet.devices[1]!.name;
  await env.fortinet.control.addFaults([{ kind: 'malformedJson', device, table: 'system/vdom', times: 50 }]);
  try {
    const run = await hotpot('--json');
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, new RegExp(`fortinet device '${device}' \\(vdoms: all\\)`));
    assert.ok(!run.stderr.includes(env.fortinet.token), 'the token is never printed');
  } finally {
    await env.fortinet.control.clearFaults();
  }
});

test('a 424 for a VDOM the device still lists fails the scope and deletes nothing', async () => {
  const scope = env.scopes[0]!;
  const [device, vdom] = scope.split('/');
  const count = async () =>
    (
      await sql<{ n: number }>`
        select count(*)::int as n from fortinet_policies where scope = ${scope}`.execute(env.db.store.db)
    ).rows[0]!.n;
  const stored = await count();
  await env.fortinet.control.addFaults([
    { kind: 'failedDependency', device: device!, vdom: vdom!, table: 'firewall/policy', times: 50 },
  ]);
  try {
    const run = await hotpot('--json', '--scope', scope);
    assert.equal(run.code, 1, run.stderr + run.stdout);
    assert.match(run.stdout, /FortinetFailedDependency/);
    assert.equal(await count(), stored);
  } finally {
    await env.fortinet.control.clearFaults();
  }
});
