import { sql, type Kysely } from 'kysely';
import type { ResourceDefinition } from '../provider/resource.js';
import { scopeOutcomeSet, scopeStartedInserts, type ScopeOutcome } from './runs.js';
import { ScopeLease, type AcquireOptions, type LeaseHolder } from './scope-lease.js';

/** A scope taken for one listing: its lease, and whether the store held rows of it before the listing. */
export interface BegunScope {
  lease: ScopeLease;
  /** False when the scope was empty: nothing can be missing from the listing, so there is nothing to delete. */
  hadRows: boolean;
}

/**
 * Takes the scope's lease (waiting like ScopeLease.acquire), records the scope as running in its run and asks
 * whether the scope holds rows, in one round trip per try.
 */
export async function beginScope(
  db: Kysely<unknown>,
  resource: ResourceDefinition,
  key: { runId: string; scope: string },
  holder: LeaseHolder,
  options: AcquireOptions = {},
): Promise<BegunScope> {
  const s = { ...key, kind: resource.kind };
  const started = scopeStartedInserts(s, sql`to_timestamp(floor(taken.at)::float8 / 1000)`, sql`from taken`);
  const { lease, row } = await ScopeLease.acquireWith(
    db,
    { scope: key.scope, kind: resource.kind },
    holder,
    (take) => sql<{ epoch: string; at: number; had_rows: boolean }>`
      with taken as (${take}), run as (${started.run}), started as (${started.scope})
      select epoch, at, exists (
        select 1 from ${sql.table(resource.table)} where scope = ${key.scope}) as had_rows
      from taken`,
    options,
  );
  return { lease, hadRows: row.had_rows };
}

/**
 * Ends a listing that held its lease to the end, in one fenced statement: records the outcome, marks the covered
 * locations as seen by this run, and releases the lease. Throws HotpotScopeFenced (recording nothing) when a newer
 * attempt took the scope over.
 */
export async function finishScope(
  db: Kysely<unknown>,
  lease: ScopeLease,
  s: { runId: string; covered: readonly string[] } & ScopeOutcome,
): Promise<void> {
  const done = await sql<{ at: number }>`
    with fence as (${lease.fenceSql({ release: true })}),
    seen as (
      insert into sync_locations (scope, resource_kind, location, last_seen_at, last_run_id)
      select ${lease.scope}, ${lease.kind}, loc, to_timestamp(floor(fence.at)::float8 / 1000), ${s.runId}
      from fence, unnest(${[...s.covered]}::text[]) as loc
      on conflict (scope, resource_kind, location)
      do update set last_seen_at = excluded.last_seen_at, last_run_id = excluded.last_run_id),
    outcome as (
      update ingest_scope_results set ${scopeOutcomeSet({ ...s, covered: [...s.covered] })}
      where run_id = ${s.runId} and scope = ${lease.scope} and resource_kind = ${lease.kind}
        and exists (select 1 from fence))
    select at from fence`.execute(db);
  lease.fencedAt(done.rows[0]);
}
