import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../temporal/free-port.js';

/** A private PostgreSQL cluster in a temp dir on a free port (trust auth), never the system cluster. */
export interface PgCluster {
  port: number;
  dataDir: string;
  logFile: string;
  /** URL of a database on this cluster; `password` only travels in the URL (trust auth ignores it). */
  url(database: string, password?: string): string;
  createDatabase(name: string): Promise<void>;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when this resolves. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes the data dir. */
  destroy(): Promise<void>;
}

/** The newest Debian PostgreSQL binaries (`/usr/lib/postgresql/<v>/bin`). */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const bin = versions.map((v) => path.join(root, v, 'bin')).find((d) => existsSync(path.join(d, 'initdb')));
  if (!bin) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql/*/bin');
  return bin;
}

/** initdb refuses root: run the binaries as the `postgres` OS user then. */
function osUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function run(bin: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}) });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-2000)));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(bin)} ${args[0] ?? ''} exited ${code}: ${stderr}`)),
    );
  });
}

/** Creates and starts a fresh cluster; with `ssl`, the server certificate and key are copied in and `ssl=on`. */
export async function startPgCluster(ssl?: { cert: string; key: string }): Promise<PgCluster> {
  const bin = postgresBinDir();
  const user = osUser();
  const base = mkdtempSync(path.join(tmpdir(), 'hotpot-faults-pg-'));
  const dataDir = path.join(base, 'data');
  const logFile = path.join(base, 'postgres.log');
  if (user) chownSync(base, user.uid, user.gid);
  await run(
    path.join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
    user,
  );
  const port = await freePort();
  const tls = ssl ? sslOptions(base, ssl, user) : '';
  const options = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200${tls}`;
  const pgCtl = (...args: string[]) =>
    run(path.join(bin, 'pg_ctl'), [...args, '-D', dataDir, '-l', logFile, '-o', options, '-w'], user);
  await pgCtl('start');
  const url = (database: string, password?: string) =>
    `postgres://postgres${password ? `:${encodeURIComponent(password)}` : ''}@127.0.0.1:${port}/${database}`;
  let running = true;
  return {
    port,
    dataDir,
    logFile,
    url,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
    },
    restart: () => pgCtl('restart', '-m', 'fast'),
    async stop() {
      await pgCtl('stop', '-m', 'fast');
      running = false;
    },
    async start() {
      await pgCtl('start');
      running = true;
    },
    async destroy() {
      if (running) await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
      running = false;
      rmSync(base, { recursive: true, force: true });
    },
  };
}

function sslOptions(
  base: string,
  ssl: { cert: string; key: string },
  user: { uid: number; gid: number } | undefined,
): string {
  const cert = path.join(base, 'server.crt');
  const key = path.join(base, 'server.key');
  copyFileSync(ssl.cert, cert);
  copyFileSync(ssl.key, key);
  chmodSync(key, 0o600);
  if (user) for (const f of [cert, key]) chownSync(f, user.uid, user.gid);
  return ` -c ssl=on -c ssl_cert_file=${cert} -c ssl_key_file=${key}`;
}
