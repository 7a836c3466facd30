import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { emulatorComputeClient } from '../emulator/index.js';
import { computeResources } from '../gcp/compute/registry.js';
import { fingerprint } from '../ingest/fingerprint.js';
import type { ResourceDefinition } from '../provider/resource.js';
import { eachConcurrently } from './floors.js';
import { listRaw, type BenchPlural } from './list-raw.js';

/**
 * The naive baseline, kept here only. Instances and disks: a new client for every call and one `list` call per
 * zone (zonal objects only); every other kind: its declared listing (aggregatedList, list or get) through a
 * new client per kind. Per row a lookup then an upsert (and a history row), each its own statement.
 */
export async function naiveSync(
  db: Kysely<unknown>,
  endpoint: string,
  projects: readonly string[],
  zones: readonly string[],
  concurrency: number,
): Promise<{ ms: number; resources: number }> {
  const start = performance.now();
  let resources = 0;
  await eachConcurrently(projects, concurrency, async (project) => {
    for (const resource of computeResources as readonly ResourceDefinition[]) {
      for await (const items of naivePages(endpoint, resource.plural as BenchPlural, project, zones)) {
        for (const item of items) await upsertOne(db, resource, project, item);
        resources += items.length;
      }
    }
  });
  return { ms: performance.now() - start, resources };
}

async function* naivePages(endpoint: string, plural: BenchPlural, project: string, zones: readonly string[]) {
  if (plural !== 'instances' && plural !== 'disks') {
    yield* listRaw(emulatorComputeClient(endpoint), project, plural);
    return;
  }
  for (const zone of zones) {
    let pageToken: string | undefined;
    do {
      const common = { project, zone, maxResults: 500, ...(pageToken ? { pageToken } : {}) };
      const compute = emulatorComputeClient(endpoint);
      const res =
        plural === 'instances' ? await compute.instances.list(common) : await compute.disks.list(common);
      yield (res.data.items ?? []) as unknown[];
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
  }
}

async function upsertOne(db: Kysely<unknown>, resource: ResourceDefinition, project: string, item: unknown) {
  const row = { ...resource.convert(item), fingerprint: fingerprint(item), raw: item };
  const table = sql.table(resource.table);
  const existing = await sql<{
    fingerprint: string;
  }>`select fingerprint from ${table} where scope = ${project} and id = ${row.id}`.execute(db);
  if (existing.rows[0]?.fingerprint === row.fingerprint) return;
  const cols = Object.keys(row);
  const values = cols.map((c) => {
    const v = (row as Record<string, unknown>)[c];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : (v ?? null);
  });
  const now = new Date().toISOString();
  const names = sql.raw(cols.join(', '));
  const params = sql.join(values.map((v) => sql`${v}`));
  await sql`
    insert into ${table} (scope, ${names}, first_seen, valid_from) values (${project}, ${params}, ${now}, ${now})
    on conflict (scope, id) do update set fingerprint = excluded.fingerprint, raw = excluded.raw, valid_from = excluded.valid_from`.execute(
    db,
  );
  await sql`
    insert into ${sql.table(`${resource.table}_history`)} (scope, ${names}, first_seen, valid_from) values (${project}, ${params}, ${now}, ${now})
    on conflict do nothing`.execute(db);
}
