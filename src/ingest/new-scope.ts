import { sql, type Kysely } from 'kysely';
import { rowColumnTypes, type ResourceDefinition } from '../provider/resource.js';
import { scopeOutcomeSet } from './runs.js';
import { takeLease, type LeaseHolder } from './scope-lease.js';
import { cleanRows } from './stored-row.js';

/** What a one-page listing of a scope that held no rows showed. */
export interface NewScopeListing {
  items: readonly unknown[];
  status: 'ok' | 'partial';
  unreachable: string[];
  covered: string[];
  apiCalls: number;
}

/**
 * Writes a whole one-page listing of a scope that held no rows in one statement: takes the scope's lease (fencing
 * earlier attempts), inserts the rows into the current and history tables, marks the
 * covered locations seen, records the outcome in the run record its kinds batch began, and releases
 * the lease. An empty scope has nothing to delete, so no
 * deletion evidence is needed. Returns the rows created, or undefined (nothing written) when the page needs a
 * rejection, another execution holds the lease, or the scope holds rows by now: the caller then syncs the scope
 * the ordinary way.
 */
export async function writeNewScope(
  db: Kysely<unknown>,
  resource: ResourceDefinition,
  key: { runId: string; scope: string },
  holder: LeaseHolder,
  listing: NewScopeListing,
): Promise<number | undefined> {
  const types = rowColumnTypes(resource);
  const rows = cleanRows(resource, types, listing.items);
  if (!rows) return undefined;
  const columns = Object.keys(types);
  const cols = sql.raw(columns.join(', '));
  const recordset = sql.raw(columns.map((c) => `${c} ${types[c]}`).join(', '));
  const table = sql.table(resource.table);
  const outcome = scopeOutcomeSet({
    result: {
      listed: rows.length,
      created: rows.length,
      changed: 0,
      unchanged: 0,
      deleted: 0,
      rejected: 0,
      status: listing.status,
      unreachable: listing.unreachable,
      apiCalls: listing.apiCalls,
      confirmCalls: 0,
      held: 0,
    },
    covered: listing.covered,
  });
  const r = await sql<{ created: string | number }>`
    with taken as (${takeLease({ scope: key.scope, kind: resource.kind }, holder, undefined, true)}),
    go as (
      select to_timestamp(floor(taken.at)::float8 / 1000) as at from taken
      where not exists (select 1 from ${table} where scope = ${key.scope})),
    cur as (
      insert into ${table} (scope, ${cols}, first_seen, valid_from)
      select ${key.scope}, ${cols}, go.at, go.at
      from go, jsonb_to_recordset(${`[${rows.join(',')}]`}::jsonb) as x(${recordset})
      returning scope, ${cols}, first_seen, valid_from),
    hist as (
      insert into ${sql.table(`${resource.table}_history`)} (scope, ${cols}, first_seen, valid_from)
      select scope, ${cols}, first_seen, valid_from from cur
      on conflict do nothing),
    seen as (
      insert into sync_locations (scope, resource_kind, location, last_seen_at, last_run_id)
      select ${key.scope}, ${resource.kind}, loc, go.at, ${key.runId}
      from go, unnest(${listing.covered}::text[]) as loc
      on conflict (scope, resource_kind, location)
      do update set last_seen_at = excluded.last_seen_at, last_run_id = excluded.last_run_id),
    outcome as (
      update ingest_scope_results set started_at = go.at, ${outcome}
      from go where run_id = ${key.runId} and scope = ${key.scope} and resource_kind = ${resource.kind})
    select (select count(*) from cur) as created from go`.execute(db);
  const done = r.rows[0];
  return done ? Number(done.created) : undefined;
}
