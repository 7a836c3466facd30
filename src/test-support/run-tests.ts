import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { packageRoot } from '../package-root.js';
import { startDevServer } from '../temporal/dev-server.js';
import { ensureTemplate, testServerUrl } from './database.js';
import { redactUrl } from '../store/database-url.js';

/**
 * `npm test`: installs the Temporal CLI if missing, starts one dev server for the whole run, builds the
 * migrated template database, then runs every test on PostgreSQL and the store tests (`*.db.test.js`) again on
 * PGlite. Without a reachable PostgreSQL it runs the PGlite pass and says so; HOTPOT_REQUIRE_POSTGRES=1 (CI)
 * makes that a failure. Extra arguments are test file globs (relative to dist/).
 */
async function main(): Promise<number> {
  const globs = process.argv.slice(2);
  const log = (line: string) => process.stdout.write(`[hotpot test] ${line}\n`);
  const started = Date.now();
  const server = await startDevServer({ onProgress: log });
  log(`Temporal dev server at ${server.address} (${Date.now() - started} ms)`);
  let failed = false;
  try {
    const postgres = await preparePostgres(log);
    if (!postgres && process.env.HOTPOT_REQUIRE_POSTGRES === '1') {
      log('FAIL: PostgreSQL is required (HOTPOT_REQUIRE_POSTGRES=1) but not reachable');
      return 1;
    }
    const env = {
      ...process.env,
      HOTPOT_TEST_TEMPORAL_ADDRESS: server.address,
      NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(tmpdir(), 'hotpot-test-compile-cache'),
    };
    if (postgres) {
      log(`pass 1: all tests, store = PostgreSQL (${redactUrl(testServerUrl())})`);
      failed =
        (await runNodeTest(globs.length ? globs : ['**/*.test.js'], {
          ...env,
          HOTPOT_TEST_STORE: 'postgres',
        })) !== 0;
      log(`pass 2: store tests on PGlite`);
      const dbGlobs = globs.length ? globs.filter((g) => g.endsWith('.db.test.js')) : ['**/*.db.test.js'];
      if (dbGlobs.length)
        failed = (await runNodeTest(dbGlobs, { ...env, HOTPOT_TEST_STORE: 'pglite' })) !== 0 || failed;
    } else {
      log('PostgreSQL is not reachable: the server pass was NOT run; running every test on PGlite');
      failed =
        (await runNodeTest(globs.length ? globs : ['**/*.test.js'], {
          ...env,
          HOTPOT_TEST_STORE: 'pglite',
        })) !== 0;
      log('NOTE: the PostgreSQL pass was NOT run (set HOTPOT_TEST_DATABASE_URL to a reachable server)');
    }
  } finally {
    await server.stop();
  }
  log(`${failed ? 'FAILED' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
  process.stdout.write(
    `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
  );
  for (const name of failures) process.stdout.write(`failed: ${name}\n`);
  process.stdout.write(`slowest files: ${largest(fileSeconds, 15)}\n`);
  if (fileCpu.size) {
    const total = [...fileCpu.values()].reduce((n, seconds) => n + seconds, 0);
    process.stdout.write(
      `cpu: ${Math.round(total)} s in test processes; heaviest: ${largest(fileCpu, 25)}\n`,
    );
  }
  return failed ? 1 : 0;
}

async function preparePostgres(log: (line: string) => void): Promise<boolean> {
  const admin = new pg.Client({ connectionString: testServerUrl(), connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    log(`PostgreSQL at ${redactUrl(testServerUrl())}: ${(err as Error).message}`);
    return false;
  }
  try {
    await ensureTemplate(admin);
    const stale = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like 'hotpot\\_test\\_%' and datname not like 'hotpot\\_test\\_template%'`,
    );
    for (const row of stale.rows)
      await admin.query(`drop database if exists ${row.datname}`).catch(() => undefined);
    return true;
  } finally {
    await admin.end();
  }
}

/** Counts over both passes, from node's closing `ℹ pass N` lines, for one summary line at the end. */
const totals = { passed: 0, failed: 0, skipped: 0 };

/** Failing tests of both passes (`pass: name`), repeated after the totals so a log's tail names them. */
const failures = new Set<string>();

/** Wall seconds per test file and pass (`pass: file`), from the file-times reporter. */
const fileSeconds = new Map<string, number>();

/** CPU seconds per test file and pass with HOTPOT_TEST_CPU=1 (its process and the children it waited for). */
const fileCpu = new Map<string, number>();

function runNodeTest(globs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const pass = env.HOTPOT_TEST_STORE ?? 'test';
  const dir = mkdtempSync(path.join(tmpdir(), 'hotpot-test-times-'));
  const timesFile = path.join(dir, 'times.tsv');
  const cpuFile = path.join(dir, 'cpu.tsv');
  const measureCpu = process.env.HOTPOT_TEST_CPU === '1';
  const args = [
    ...(measureCpu ? [`--import=${new URL('./cpu-at-exit.js', import.meta.url).href}`] : []),
    '--test',
    '--test-concurrency=2',
    '--test-timeout=300000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${fileURLToPath(new URL('./file-times-reporter.js', import.meta.url))}`,
    `--test-reporter-destination=${timesFile}`,
    ...globs,
  ];
  const child = spawn(process.execPath, args, {
    cwd: path.join(packageRoot, 'dist'),
    env: measureCpu ? { ...env, HOTPOT_TEST_CPU: cpuFile } : env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const counts = { pass: 0, fail: 0, skipped: 0 };
  let partial = '';
  let at = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    process.stdout.write(chunk);
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^ℹ (pass|fail|skipped) (\d+)$/.exec(line);
      if (m) counts[m[1] as keyof typeof counts] = Number(m[2]);
      const location = /^test at (.+?):\d+:\d+$/.exec(line);
      if (location) at = ` (${location[1]})`;
      const failing = /^\s*✖ (.+?)(?: \([\d.]+m?s\))?$/.exec(line);
      if (failing && failing[1] !== 'failing tests:' && at) failures.add(`${pass}: ${failing[1]}${at}`);
      if (failing) at = '';
    }
  });
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      totals.passed += counts.pass;
      totals.failed += counts.fail;
      totals.skipped += counts.skipped;
      if (code !== 0 && counts.fail === 0) totals.failed += 1;
      readFigures(cpuFile, pass, fileCpu, 1);
      readFigures(timesFile, pass, fileSeconds, 1 / 1000);
      rmSync(dir, { recursive: true, force: true });
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
}

/** Adds a `<figure>\t<file>` file's lines (absent when nothing wrote it) to `into` as `pass: file`, times `scale`. */
function readFigures(file: string, pass: string, into: Map<string, number>, scale: number): void {
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [figure, name] = line.split('\t');
    if (name) into.set(`${pass}: ${name}`, Number(figure) * scale);
  }
}

/** The `n` largest entries as `key N s`, largest first. */
function largest(seconds: Map<string, number>, n: number): string {
  const top = [...seconds].sort((a, b) => b[1] - a[1]).slice(0, n);
  return top.map(([key, value]) => `${key} ${Math.round(value)} s`).join(', ');
}

process.exitCode = await main();
