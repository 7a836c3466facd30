import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ExposureRow } from '../../query/exposure/exposure-row.js';
import {
  exposureEstate,
  exposureExpected,
  exposureExpectedAfter,
  exposureLine,
} from '../../test-support/exposure-estate.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
const cwd = testTempDir('exposure-cli');
const project = `exp-${randomBytes(3).toString('hex')}`;
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({ emulator: { estate: exposureEstate(project) } });
});
after(() => env?.close());

function hotpot(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv = { PATH: process.env.PATH, HOME: process.env.HOME, HOTPOT_DATABASE_URL: env.db.url };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [main, ...args],
      { cwd, env: childEnv, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function json(
  ...args: string[]
): Promise<{ rows: (ExposureRow & { change?: string })[]; notes: string[] }> {
  const run = await hotpot('exposure', '--json', ...args);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as { rows: ExposureRow[]; notes: string[] };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('hotpot exposure over a synced crafted estate, --as-of before and after a firewall change, and --since', async () => {
  await (await env.inventory({ projectIds: [project] })).result();
  const first = await json('--project', project);
  assert.deepEqual(first.rows.map(exposureLine), exposureExpected);
  const web = first.rows.find((r) => r.rule_name === 'allow-ssh-office')!;
  assert.deepEqual(web.source_ranges, ['81.2.69.0/24 (public)']);
  assert.ok(!first.notes.some((n) => n.includes('firewall policies are not modelled')));
  assert.deepEqual(
    first.rows.filter((r) => r.rule_level !== 'vpc').map((r) => `${r.ports} ${r.rule_level}: ${r.rule_name}`),
    ['9443 network policy np: rule 100'],
  );

  const table = await hotpot('exposure', '--project', project, '--port', '443');
  assert.equal(table.code, 0, table.stderr);
  const lines = table.stdout.split('\n');
  assert.match(lines[0]!, /^scope\s+instance_id\s+instance_name\s+status\s+address\s+via\s+protocol\s+ports/);
  assert.equal(lines.filter((l) => l.startsWith(project)).length, 1, 'only web-1 tcp/443 is open on 443');
  assert.match(
    table.stdout,
    /web-1 .*34\.10\.0\.1\s+direct IP\s+tcp\s+443\s+internet\s+0\.0\.0\.0\/0 \(partly public\)\s+vpc\s+allow-web\s+1000/,
  );
  assert.match(table.stdout, /^note: Cloud Armor/m);

  const csv = await hotpot('exposure', '--project', project, '--protocol', 'tcp', '--port', '8080', '--csv');
  assert.equal(csv.code, 0, csv.stderr);
  assert.deepEqual(
    csv.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[2]),
    ['mig-1'],
  );

  const between = new Date();
  await sleep(50);
  await env.emulator.control.applyOps([
    { op: 'update', project, type: 'firewalls', name: 'deny-ssh-db', set: { disabled: true } },
  ]);
  await (await env.inventory({ projectIds: [project] })).result();

  assert.deepEqual((await json('--project', project)).rows.map(exposureLine), exposureExpectedAfter);
  assert.deepEqual(
    (await json('--project', project, '--as-of', between.toISOString())).rows.map(exposureLine),
    exposureExpected,
  );
  const changes = await json('--project', project, '--since', between.toISOString());
  assert.deepEqual(
    changes.rows.map((r) => `${r.change} ${exposureLine(r)}`),
    ['appeared db-1 34.10.0.2 direct IP tcp/22 allow-ssh-office@1000'],
  );
});

test('hotpot exposure refuses a bad port and --as-of with --since, naming the flag', async () => {
  const port = await hotpot('exposure', '--port', '70000');
  assert.equal(port.code, 1);
  assert.match(port.stderr, /--port '70000' is not a port/);
  const sources = await hotpot('exposure', '--source-class', 'internet,intranet');
  assert.equal(sources.code, 1);
  assert.match(
    sources.stderr,
    /--source-class 'intranet' is not a source class: use internet, google-lb, iap/,
  );
  const both = await hotpot('exposure', '--as-of', '-1h', '--since', '-2h');
  assert.equal(both.code, 1);
  assert.match(both.stderr, /--as-of and --since do not go together/);
});
