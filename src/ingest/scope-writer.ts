import { sql, type Kysely } from 'kysely';
import { rowColumnTypes, type ResourceDefinition } from './resource.js';
import { isDeepStrictEqual } from 'node:util';
import { fingerprintOf } from './fingerprint.js';

/** Counts for one scope (project × resource kind) in one run. */
export interface ScopeCounts {
  listed: number;
  created: number;
  changed: number;
  unchanged: number;
  deleted: number;
}

/** A listed resource: its API object, its JSON text and the fingerprint of that text. */
interface PreparedRow {
  id: string;
  item: unknown;
  text: string;
  fingerprint: string;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/**
 * Writes one scope's listing into the current and history tables, page by page: only new and changed rows
 * (by content fingerprint) are written, each change closes the previous history version and opens a new one.
 * finish() deletes what a complete listing no longer shows. Every page is one transaction holding the
 * scope's advisory lock, so concurrent runs of one scope never duplicate or lose rows.
 */
export class ScopeWriter {
  readonly counts: ScopeCounts = { listed: 0, created: 0, changed: 0, unchanged: 0, deleted: 0 };
  private readonly seen = new Set<string>();
  private readonly columns: string[];
  private readonly recordsetTypes: string;
  private readonly history: string;

  constructor(
    private readonly db: Kysely<unknown>,
    private readonly resource: ResourceDefinition,
    private readonly projectId: string,
    /** When this run's listing began; rows written after it by an overlapping run are never deleted by this one. */
    private readonly listingStartedAt: Date,
  ) {
    const typed = rowColumnTypes(resource);
    this.columns = Object.keys(typed);
    for (const name of [...this.columns, resource.table]) {
      if (!identifier.test(name)) throw new Error(`invalid SQL identifier in ${resource.kind}: ${name}`);
    }
    this.recordsetTypes = this.columns.map((c) => `${c} ${typed[c]}`).join(', ');
    this.history = `${resource.table}_history`;
  }

  /** Converts and writes one page of API objects observed at `observedAt`. */
  async writePage(items: readonly unknown[], observedAt: Date): Promise<void> {
    const prepared = new Map<string, PreparedRow>();
    for (const item of items) {
      const id = this.resource.identify(item);
      if (this.seen.has(id)) continue;
      this.seen.add(id);
      const text = JSON.stringify(item);
      prepared.set(id, { id, item, text, fingerprint: fingerprintOf(text) });
    }
    this.counts.listed += prepared.size;
    if (prepared.size === 0) return;
    await this.db.transaction().execute(async (tx) => {
      await this.lockScope(tx);
      const ids = [...prepared.keys()];
      const existing = await sql<{ id: string; fingerprint: string }>`
        select id, fingerprint from ${sql.table(this.resource.table)}
        where project_id = ${this.projectId} and id = any(${ids}::text[])`.execute(tx);
      const known = new Map(existing.rows.map((r) => [r.id, r.fingerprint]));
      const touched: PreparedRow[] = [];
      const differing: string[] = [];
      for (const [id, p] of prepared) {
        const before = known.get(id);
        if (before === p.fingerprint) this.counts.unchanged++;
        else if (before === undefined) {
          touched.push(p);
          this.counts.created++;
        } else differing.push(id);
      }
      const changedIds = await this.sortOutDiffering(tx, prepared, differing);
      for (const id of changedIds) touched.push(prepared.get(id)!);
      if (touched.length) await this.writeVersions(tx, touched, changedIds, observedAt);
    });
  }

  /**
   * The fingerprint hashes the API's JSON text, so the same content in another key order hashes differently.
   * Rows whose fingerprint differs are compared with the stored object: equal content only refreshes the stored
   * fingerprint (no new version); the rest are changed. Returns the changed ids.
   */
  private async sortOutDiffering(tx: Kysely<unknown>, prepared: Map<string, PreparedRow>, ids: string[]) {
    if (!ids.length) return [];
    const stored = await sql<{ id: string; raw: unknown }>`
      select id, raw from ${sql.table(this.resource.table)}
      where project_id = ${this.projectId} and id = any(${ids}::text[])`.execute(tx);
    const changed: string[] = [];
    const reordered: PreparedRow[] = [];
    for (const { id, raw } of stored.rows) {
      const p = prepared.get(id)!;
      if (isDeepStrictEqual(raw, p.item)) reordered.push(p);
      else changed.push(id);
    }
    this.counts.unchanged += reordered.length;
    this.counts.changed += changed.length;
    if (reordered.length) {
      await sql`
        update ${sql.table(this.resource.table)} as t set fingerprint = x.fingerprint
        from unnest(${reordered.map((p) => p.id)}::text[],
                    ${reordered.map((p) => p.fingerprint)}::text[]) as x(id, fingerprint)
        where t.project_id = ${this.projectId} and t.id = x.id`.execute(tx);
    }
    return changed;
  }

  private async writeVersions(tx: Kysely<unknown>, rows: PreparedRow[], changedIds: string[], at: Date) {
    const t = at.toISOString();
    const payload = `[${rows.map((p) => this.rowJson(p)).join(',')}]`;
    const cols = this.columns.join(', ');
    const updates = this.columns
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    if (changedIds.length) {
      await sql`
        update ${sql.table(this.history)} set valid_to = ${t}::timestamptz
        where project_id = ${this.projectId} and id = any(${changedIds}::text[]) and valid_to is null
          and valid_from < ${t}::timestamptz`.execute(tx);
    }
    await sql`
      insert into ${sql.table(this.resource.table)} (project_id, ${sql.raw(cols)}, first_seen, valid_from)
      select ${this.projectId}, ${sql.raw(cols)}, ${t}::timestamptz, ${t}::timestamptz
      from jsonb_to_recordset(${payload}::jsonb) as x(${sql.raw(this.recordsetTypes)})
      on conflict (project_id, id) do update set ${sql.raw(updates)}, valid_from = excluded.valid_from
      where ${sql.table(this.resource.table)}.fingerprint <> excluded.fingerprint`.execute(tx);
    const ids = rows.map((p) => p.id);
    await sql`
      insert into ${sql.table(this.history)} (project_id, ${sql.raw(cols)}, first_seen, valid_from)
      select project_id, ${sql.raw(cols)}, first_seen, valid_from from ${sql.table(this.resource.table)}
      where project_id = ${this.projectId} and id = any(${ids}::text[]) and valid_from = ${t}::timestamptz
      on conflict do nothing`.execute(tx);
  }

  /** One row of the write payload: typed columns as JSON, with the object's JSON text spliced in as `raw`. */
  private rowJson(p: PreparedRow): string {
    const typed = JSON.stringify({ ...this.resource.convert(p.item), fingerprint: p.fingerprint });
    return `${typed.slice(0, -1)},"raw":${p.text}}`;
  }

  /**
   * Ends a listing: rows not seen are deleted from the current table and their history closed, except in
   * `unreachable` locations (the listing could not see them) and rows written after this listing began.
   * Call only when every page was listed.
   */
  async finish(
    unreachable: readonly string[],
    reachable: readonly string[],
    runId: string,
    at: Date,
  ): Promise<ScopeCounts> {
    const t = at.toISOString();
    await this.db.transaction().execute(async (tx) => {
      await this.lockScope(tx);
      const gone = await sql<{ id: string }>`
        delete from ${sql.table(this.resource.table)}
        where project_id = ${this.projectId} and not (id = any(${[...this.seen]}::text[]))
          and not (location = any(${[...unreachable]}::text[]))
          and valid_from < ${this.listingStartedAt.toISOString()}::timestamptz
        returning id`.execute(tx);
      const goneIds = gone.rows.map((r) => r.id);
      if (goneIds.length) {
        await sql`
          update ${sql.table(this.history)} set valid_to = ${t}::timestamptz, deleted_at = ${t}::timestamptz
          where project_id = ${this.projectId} and id = any(${goneIds}::text[]) and valid_to is null`.execute(
          tx,
        );
      }
      this.counts.deleted = goneIds.length;
      if (reachable.length) {
        await sql`
          insert into sync_locations (project_id, resource_kind, location, last_seen_at, last_run_id)
          select ${this.projectId}, ${this.resource.kind}, loc, ${t}::timestamptz, ${runId}
          from unnest(${[...reachable]}::text[]) as loc
          on conflict (project_id, resource_kind, location)
          do update set last_seen_at = excluded.last_seen_at, last_run_id = excluded.last_run_id`.execute(tx);
      }
    });
    return this.counts;
  }

  private async lockScope(tx: Kysely<unknown>) {
    await sql`select pg_advisory_xact_lock(hashtext(${`${this.projectId}|${this.resource.kind}`}))`.execute(
      tx,
    );
  }
}
