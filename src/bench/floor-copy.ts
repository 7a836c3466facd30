import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { emulatorComputeClient } from '../emulator/index.js';
import { computeResources } from '../gcp/compute/registry.js';
import { lz4WhereAvailable } from '../store/open-store.js';
import { eachConcurrently } from './floors.js';
import { listRaw, type BenchPlural } from './list-raw.js';

const table = 'bench_floor_copy';

/**
 * The COPY floor: `COPY … FROM STDIN` of every listed raw object (its JSON text, as jsonb) into one unindexed
 * table, one COPY per project, `concurrency` projects at a time, compressed as the store's connections compress.
 * The text is listed and built first; only the COPY is timed. The least a store of the raw objects can cost.
 */
export async function floorCopy(
  databaseUrl: string,
  endpoint: string,
  projects: readonly string[],
  concurrency: number,
): Promise<{ ms: number; resources: number }> {
  const compute = emulatorComputeClient(endpoint);
  const payloads = new Map<string, string>();
  let resources = 0;
  for (const project of projects) {
    const lines: string[] = [];
    for (const resource of computeResources) {
      for await (const items of listRaw(compute, project, resource.plural as BenchPlural)) {
        for (const item of items) lines.push(copyTextField(JSON.stringify(item)));
      }
    }
    resources += lines.length;
    payloads.set(project, lines.length ? `${lines.join('\n')}\n` : '');
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  pool.on('connect', (client) => {
    client.query(lz4WhereAvailable).catch(() => undefined);
  });
  try {
    await pool.query(`drop table if exists ${table}`);
    await pool.query(`create table ${table} (raw jsonb not null)`);
    const start = performance.now();
    await eachConcurrently(projects, concurrency, async (project) => {
      const client = await pool.connect();
      try {
        const sink = client.query(copyFrom(`copy ${table} (raw) from stdin`));
        await pipeline(Readable.from([payloads.get(project) ?? '']), sink);
      } finally {
        client.release();
      }
    });
    const ms = performance.now() - start;
    await pool.query(`drop table if exists ${table}`);
    return { ms, resources };
  } finally {
    await pool.end();
  }
}

/** A value in COPY's text format: backslash and the row and column separators escaped. */
export function copyTextField(text: string): string {
  return text.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}
