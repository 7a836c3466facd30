import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { createHotpotClient } from '../client/hotpot-client.js';
import { startEmulator } from '../emulator/index.js';
import { startDevServer } from '../temporal/dev-server.js';

/**
 * `npm run image:test`: runs the built image as `hotpot worker` (podman, host network, read-only root; or the same
 * rootfs under unshare + chroot when podman cannot start containers here) against a local Temporal dev server,
 * PostgreSQL (`HOTPOT_TEST_DATABASE_URL`) and the emulator, syncs one project and compares with the ground truth.
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const version = (await import('../../package.json', { with: { type: 'json' } })).default.version;
const image = process.env.HOTPOT_IMAGE ?? `localhost/hotpot:${version}`;
const adminUrl = process.env.HOTPOT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const storageEnv = { ...process.env, STORAGE_DRIVER: process.env.STORAGE_DRIVER ?? 'vfs' };

function podmanWorks(): boolean {
  const probe = spawnSync(
    'podman',
    ['run', '--rm', '--network', 'host', '--read-only', '--tmpfs', '/tmp', image, 'help'],
    { env: storageEnv, encoding: 'utf8' },
  );
  if (probe.status !== 0)
    log(`podman cannot run the image here: ${(probe.stderr || '').trim().split('\n').pop()}`);
  return probe.status === 0;
}

function runWorker(env: Record<string, string>, usePodman: boolean): ChildProcess {
  if (usePodman) {
    const flags = Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
    return spawn(
      'podman',
      ['run', '--rm', '--network', 'host', '--read-only', '--tmpfs', '/tmp', ...flags, image, 'worker'],
      {
        env: storageEnv,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
  }
  return spawn('bash', ['scripts/image/run-rootfs.sh', 'worker'], {
    cwd: repo,
    env: { ...storageEnv, ...env, HOTPOT_IMAGE: image, HOTPOT_PASS_ENV: Object.keys(env).join(' ') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function log(line: string): void {
  process.stdout.write(`image:test: ${line}\n`);
}

const project = `img-${randomBytes(3).toString('hex')}`;
const database = `hotpot_image_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${database}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${database}`;
const server = await startDevServer();
const emulator = await startEmulator({
  generate: { seed: 7, projects: [project], zones: 2, instances: 12, disks: 6, networks: 2 },
});
const taskQueue = `hotpot-image-${randomBytes(3).toString('hex')}`;
const usePodman = podmanWorks();
log(`running ${image} as hotpot worker via ${usePodman ? 'podman' : 'unshare + chroot (same rootfs)'}`);
const worker = runWorker(
  {
    TEMPORAL_ADDRESS: server.address,
    HOTPOT_DATABASE_URL: dbUrl.toString(),
    HOTPOT_GCP_ENDPOINT: emulator.url,
    HOTPOT_TASK_QUEUE: taskQueue,
  },
  usePodman,
);
let failed = false;
try {
  let out = '';
  worker.stdout?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
    process.stdout.write(c);
  });
  for (let i = 0; i < 1200 && !out.includes('hotpot worker ready'); i++) {
    if (worker.exitCode !== null) throw new Error(`the worker exited ${worker.exitCode} before it was ready`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const connection = await Connection.connect({ address: server.address });
  const client = createHotpotClient(new Client({ connection }), { taskQueue });
  const result = await (await client.startCompute(project)).result();
  const truth = (await emulator.control.groundTruth(project)).resources as unknown as Record<
    string,
    unknown[]
  >;
  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const rows = Number(
    (await db.query<{ count: string }>('select count(*) from gcp_compute_instances')).rows[0]?.count,
  );
  await db.end();
  await connection.close();
  log(`run ${result.status}; instances in the store ${rows}, in the emulator ${truth.instances?.length}`);
  for (const [plural, items] of Object.entries(truth)) {
    const created = (result.resources as Record<string, { created?: number }>)[plural]?.created ?? 0;
    if (created !== items.length) {
      failed = true;
      log(`${plural}: ${created} created, ${items.length} in the emulator`);
    }
  }
  if (result.status !== 'ok' || rows !== truth.instances?.length) failed = true;
} catch (err) {
  failed = true;
  log(`failed: ${(err as Error).message}`);
} finally {
  worker.kill('SIGTERM');
  await new Promise((r) => worker.once('exit', r));
  await emulator.stop();
  await server.stop();
  await admin.query(`drop database ${database} with (force)`);
  await admin.end();
}
log(failed ? 'FAILED' : 'ok: the image synced the estate exactly');
process.exit(failed ? 1 : 0);
