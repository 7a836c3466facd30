import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { emulatorComputeClient } from '../emulator/index.js';
import { computeResources } from '../gcp/compute/registry.js';
import { fingerprint } from '../ingest/fingerprint.js';
import { rowColumnTypes, type ResourceDefinition } from '../provider/resource.js';
import { listRaw, type BenchPlural } from './list-raw.js';

/** Floor A: pages every project's instances, disks and networks through `@googleapis/compute`, nothing else. */
export async function floorApi(
  endpoint: string,
  projects: readonly string[],
  concurrency: number,
): Promise<{ ms: number; resources: number }> {
  const compute = emulatorComputeClient(endpoint);
  const start = performance.now();
  let resources = 0;
  await eachConcurrently(projects, concurrency, async (project) => {
    for (const resource of computeResources) {
      for await (const items of listRaw(compute, project, resource.plural as BenchPlural))
        resources += items.length;
    }
  });
  return { ms: performance.now() - start, resources };
}

/**
 * Floor B: writes the rows a first sync must write (converted, fingerprinted, raw kept: one current row and
 * one history version per resource) into fresh copies of the current and history tables, one multi-row
 * insert per table per project, `concurrency` projects at a time (as the sync writes them). The payloads are
 * built first; only the SQL is timed.
 */
export async function floorStore(
  db: Kysely<unknown>,
  endpoint: string,
  projects: readonly string[],
  concurrency: number,
): Promise<{ ms: number; resources: number }> {
  const compute = emulatorComputeClient(endpoint);
  for (const r of computeResources) {
    for (const [floor, source] of floorTables(r)) {
      await sql`drop table if exists ${sql.table(floor)}`.execute(db);
      await sql`create table ${sql.table(floor)} (like ${sql.table(source)} including all)`.execute(db);
    }
  }
  const batches: { project: string; resource: ResourceDefinition; payload: string }[] = [];
  let resources = 0;
  for (const project of projects) {
    for (const resource of computeResources as readonly ResourceDefinition[]) {
      const rows: Record<string, unknown>[] = [];
      for await (const items of listRaw(compute, project, resource.plural as BenchPlural)) {
        for (const item of items)
          rows.push({ ...resource.convert(item), fingerprint: fingerprint(item), raw: item });
      }
      if (!rows.length) continue;
      batches.push({ project, resource, payload: JSON.stringify(rows) });
      resources += rows.length;
    }
  }
  const start = performance.now();
  await eachConcurrently(projects, concurrency, async (project) => {
    for (const batch of batches) if (batch.project === project) await insertRows(db, batch);
  });
  const ms = performance.now() - start;
  for (const r of computeResources) {
    for (const [floor] of floorTables(r)) await sql`drop table if exists ${sql.table(floor)}`.execute(db);
  }
  return { ms, resources };
}

/** [floor copy, source] for the current and the history table of a resource. */
function floorTables(resource: ResourceDefinition): [string, string][] {
  return [resource.table, `${resource.table}_history`].map((t) => [`bench_floor_${t}`, t]);
}

async function insertRows(
  db: Kysely<unknown>,
  { project, resource, payload }: { project: string; resource: ResourceDefinition; payload: string },
) {
  const typed = rowColumnTypes(resource);
  const cols = Object.keys(typed).join(', ');
  const types = Object.entries(typed)
    .map(([c, t]) => `${c} ${t}`)
    .join(', ');
  const now = new Date().toISOString();
  for (const [floor] of floorTables(resource)) {
    await sql`
      insert into ${sql.table(floor)} (scope, ${sql.raw(cols)}, first_seen, valid_from)
      select ${project}, ${sql.raw(cols)}, ${now}::timestamptz, ${now}::timestamptz
      from jsonb_to_recordset(${payload}::jsonb) as x(${sql.raw(types)})`.execute(db);
  }
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function eachConcurrently<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(lanes);
}
