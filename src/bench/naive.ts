import { performance } from 'node:perf_hooks';
import type { compute_v1 } from '@googleapis/compute';
import { sql, type Kysely } from 'kysely';
import { emulatorComputeClient } from '../emulator/index.js';
import { computeResources } from '../gcp/compute/registry.js';
import { fingerprint } from '../ingest/fingerprint.js';
import type { ResourceDefinition } from '../ingest/resource.js';
import { eachConcurrently } from './floors.js';

/**
 * The naive baseline, kept here only: a new client for every call, one `list` call per zone (and global for
 * networks), and per row a lookup then an upsert (and a history row), each its own statement.
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
      const scopes = resource.plural === 'networks' ? ['global'] : zones;
      for (const zone of scopes) {
        let pageToken: string | undefined;
        do {
          const page = await listOnce(
            emulatorComputeClient(endpoint),
            resource.plural,
            project,
            zone,
            pageToken,
          );
          for (const item of page.items) await upsertOne(db, resource, project, item);
          resources += page.items.length;
          pageToken = page.next;
        } while (pageToken);
      }
    }
  });
  return { ms: performance.now() - start, resources };
}

async function listOnce(
  compute: compute_v1.Compute,
  plural: string,
  project: string,
  zone: string,
  pageToken: string | undefined,
) {
  const common = { project, maxResults: 500, ...(pageToken ? { pageToken } : {}) };
  const res =
    plural === 'instances'
      ? await compute.instances.list({ ...common, zone })
      : plural === 'disks'
        ? await compute.disks.list({ ...common, zone })
        : await compute.networks.list(common);
  return { items: (res.data.items ?? []) as unknown[], next: res.data.nextPageToken ?? undefined };
}

async function upsertOne(db: Kysely<unknown>, resource: ResourceDefinition, project: string, item: unknown) {
  const row = { ...resource.convert(item), fingerprint: fingerprint(item), raw: item };
  const table = sql.table(resource.table);
  const existing = await sql<{
    fingerprint: string;
  }>`select fingerprint from ${table} where project_id = ${project} and id = ${row.id}`.execute(db);
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
    insert into ${table} (project_id, ${names}, first_seen, valid_from) values (${project}, ${params}, ${now}, ${now})
    on conflict (project_id, id) do update set fingerprint = excluded.fingerprint, raw = excluded.raw, valid_from = excluded.valid_from`.execute(
    db,
  );
  await sql`
    insert into ${sql.table(`${resource.table}_history`)} (project_id, ${names}, first_seen, valid_from) values (${project}, ${params}, ${now}, ${now})
    on conflict do nothing`.execute(db);
}
