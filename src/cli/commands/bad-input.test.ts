import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { testStore, type TestStore } from '../../test-support/database.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
const cwd = testTempDir('bad-input');
let db: TestStore;
/** Held open while the CLI runs: a test run starting in another checkout drops test databases nobody is connected to. */
let pin: pg.Client;

before(async () => {
  db = await testStore('postgres');
  pin = new pg.Client({ connectionString: db.url });
  await pin.connect();
});
after(async () => {
  await pin?.end();
  await db?.close();
  rmSync(cwd, { recursive: true, force: true });
});

function hotpot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, HOTPOT_DATABASE_URL: db.url };
  return new Promise((resolve) => {
    execFile(process.execPath, [main, ...args], { cwd, env, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every flag taking a time, port, protocol, number or id, with a value the console refuses by the same rule. */
const refused: [string[], RegExp][] = [
  [['inventory', 'instances', '--as-of', '2025-02-30'], /--as-of '2025-02-30' is not a real date/],
  [['inventory', 'disks', '--as-of', '2025-04-31'], /not a real date/],
  [['inventory', 'instances', '--as-of', '2025-01-01T24:00'], /not a real date/],
  [['inventory', 'instances', '--as-of', '2099-01-01'], /--as-of '2099-01-01' .* is in the future/],
  [['coverage', '--as-of', '2099-01-01'], /--as-of '2099-01-01' .* is in the future/],
  [['exposure', '--as-of', '2025-02-30'], /not a real date/],
  [['changes', '--since', '2099-01-01'], /--since '2099-01-01' .* is in the future/],
  [['changes', '--since', '-99999999999d'], /--since '-99999999999d' is before 1970/],
  [['exposure', '--since', '2025-13-01'], /not a real date/],
  [['exposure', '--protocol', 'tpc'], /--protocol 'tpc' is not a protocol/],
  [['exposure', '--protocol', '256'], /is not a protocol/],
  [['exposure', '--port', '0x16'], /--port '0x16' is not a port/],
  [['exposure', '--port', '65536'], /is not a port/],
  [['coverage', '--stale-days', '1e3'], /--stale-days '1e3' is not a whole number/],
  [['runs', '--limit', '0'], /--limit '0' is not a whole number from 1 to 1000/],
  [['runs', '--limit', 'abc'], /is not a whole number/],
  [['ui', '--port', '99999'], /--port '99999' is not a port/],
  [['dev', 'mutate', '--percent', 'abc'], /--percent 'abc' is not a share/],
  [['dev', 'mutate', '--seed', 'x'], /--seed 'x' is not a whole number/],
  [
    ['inventory', 'instances', '--project', 'p\u001b[31m'],
    /--project contains the control character U\+001B/,
  ],
  [['history', 'instances', 'x\u0007'], /<id\|name> contains the control character U\+0007/],
];

const accepted: string[][] = [
  ['inventory', 'instances', '--as-of', '2024-02-29'],
  ['inventory', 'instances', '--as-of', '2025-01-31T12:00:00+01:00'],
  ['coverage', '--as-of', '-1d', '--stale-days', '14'],
  ['changes', '--since', '-1h'],
  ['exposure', '--protocol', 'TCP', '--port', '22'],
  ['exposure', '--protocol', '6'],
  ['runs', '--limit', '5'],
];

test('bad times, ports, protocols, numbers and ids exit 1 with one line naming the flag', async () => {
  for (const [args, message] of refused) {
    const run = await hotpot(args);
    assert.equal(run.code, 1, `${args.join(' ')}: exit ${run.code}\n${run.stdout}${run.stderr}`);
    assert.match(run.stderr, message, args.join(' '));
    assert.doesNotMatch(run.stderr, /\n\s+at /, `${args.join(' ')}: no stack trace`);
  }
});

test('good values of the same flags are answered', async () => {
  for (const args of accepted) {
    const run = await hotpot(args);
    assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
  }
});
