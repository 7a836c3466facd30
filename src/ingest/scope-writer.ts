import { sql, type Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import { rowColumnTypes, type ResourceDefinition, type StoredRef } from '../provider/resource.js';
import { duplicateIdsRejected } from './duplicate-ids.js';
import { fingerprintOf } from './fingerprint.js';
import { recordRejected, safeText, type RejectedItem } from './rejected-items.js';
import type { ScopeLease } from './scope-lease.js';
import { storedRowJson, textProblem } from './stored-row.js';

/** Counts for one scope (project × resource kind) in one run. */
export interface ScopeCounts {
  listed: number;
  created: number;
  changed: number;
  unchanged: number;
  deleted: number;
  rejected: number;
}

/** A listed resource: its API object, its JSON text and the fingerprint of that text. */
interface PreparedRow {
  id: string;
  item: unknown;
  text: string;
  fingerprint: string;
  /** Typed row JSON with `raw` spliced in; set once the row is known to be written. */
  json?: string;
}

const identifier = /^[a-z_][a-z0-9_]*$/;
/** SQLSTATE classes of errors caused by one row's data: data exception, integrity constraint violation. */
const dataErrorClasses = ['22', '23'];

/**
 * Writes one scope's listing into the current and history tables, page by page: only new and changed rows
 * (by content fingerprint) are written, each change closes the previous history version and opens a new one.
 * Every write is one transaction fenced by the scope's lease, with the database's clock as its time. An item
 * that cannot be stored is rejected (recorded, its previous version kept and counted as seen); the rest is written.
 * Deletion is separate: `candidates()` then `deleteConfirmed()` once the caller has evidence.
 */
export class ScopeWriter {
  readonly counts: ScopeCounts = { listed: 0, created: 0, changed: 0, unchanged: 0, deleted: 0, rejected: 0 };
  /** True when an item without an identity was rejected: nothing in this scope may be deleted this run. */
  blind = false;
  /** Whether the next page is read before it is written (after a page that wrote nothing: likely unchanged). */
  private readFirst: boolean;
  private readonly seen = new Set<string>();
  private readonly columns: string[];
  private readonly types: Record<string, string>;
  private readonly recordsetTypes: string;
  private readonly history: string;

  constructor(
    private readonly db: Kysely<unknown>,
    private readonly resource: ResourceDefinition,
    private readonly scope: string,
    private readonly lease: ScopeLease,
    private readonly runId: string,
    /** Whether the scope held rows when the lease was taken (beginScope); false skips the deletion query. */
    private readonly hadRows = true,
  ) {
    this.readFirst = hadRows;
    this.types = rowColumnTypes(resource);
    this.columns = Object.keys(this.types);
    for (const name of [...this.columns, resource.table]) {
      if (!identifier.test(name)) throw new Error(`invalid SQL identifier in ${resource.kind}: ${name}`);
    }
    this.recordsetTypes = this.columns.map((c) => `${c} ${this.types[c]}`).join(', ');
    this.history = `${resource.table}_history`;
  }

  /** Diffs and writes one page of API objects. */
  async writePage(items: readonly unknown[]): Promise<void> {
    const prepared: PreparedRow[] = [];
    const rejected: RejectedItem[] = [];
    const duplicates: { id: string; item: unknown }[] = [];
    const firsts = new Map<string, unknown>();
    for (const item of items) {
      let id: string;
      try {
        id = this.resource.identify(item);
      } catch (err) {
        this.blind = true;
        rejected.push({ itemId: null, error: (err as Error).message, text: safeText(item) });
        continue;
      }
      if (this.seen.has(id)) {
        duplicates.push({ id, item });
        continue;
      }
      this.seen.add(id);
      firsts.set(id, item);
      this.counts.listed++;
      const text = JSON.stringify(item);
      const problem = textProblem(text);
      if (problem) rejected.push({ itemId: id, error: problem, text });
      else prepared.push({ id, item, text, fingerprint: fingerprintOf(text) });
    }
    if (duplicates.length)
      rejected.push(...(await duplicateIdsRejected(this.db, this.resource, this.scope, duplicates, firsts)));
    await this.writeRows(prepared, rejected);
  }

  /**
   * Writes objects the deletion checks found alive: one the listing already carried (a re-created namesake, which
   * the get by name returned) is the same object again, not a duplicate id, and is skipped without a rejection.
   */
  async writeFound(items: readonly unknown[]): Promise<void> {
    const listed = (item: unknown) => {
      try {
        return this.seen.has(this.resource.identify(item));
      } catch {
        return false;
      }
    };
    const unseen = items.filter((item) => !listed(item));
    if (unseen.length) await this.writePage(unseen);
  }

  /**
   * Writes rows in one fenced transaction; a row whose data the database refuses is isolated by halving. After a
   * page that wrote nothing, the next page is first read in one fenced statement and written only if it differs
   * (the transaction's fence then proves no other attempt wrote the scope since that read, so the read stands).
   */
  private async writeRows(rows: PreparedRow[], rejected: RejectedItem[]): Promise<void> {
    if (!rows.length && !rejected.length) return;
    let read: Map<string, string> | undefined;
    if (this.readFirst && !rejected.length) {
      read = (await this.fencedFingerprints(this.db, rows)).known;
      if (rows.every((p) => read!.get(p.id) === p.fingerprint)) {
        this.counts.unchanged += rows.length;
        return;
      }
    }
    try {
      const all = [...rejected];
      const counts = await this.db.transaction().execute(async (tx) => {
        let written = { created: 0, changed: 0, unchanged: 0 };
        if (read) {
          written = await this.diffAndWrite(tx, rows, read, all, await this.lease.fence(tx));
        } else if (rows.length) {
          const { at, known } = await this.fencedFingerprints(tx, rows);
          written = await this.diffAndWrite(tx, rows, known, all, at);
        } else await this.lease.fence(tx);
        await recordRejected(tx, { runId: this.runId, scope: this.scope, kind: this.resource.kind }, all);
        return written;
      });
      this.counts.created += counts.created;
      this.counts.changed += counts.changed;
      this.counts.unchanged += counts.unchanged;
      this.counts.rejected += all.length;
      this.readFirst = counts.created + counts.changed === 0;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code !== 'string' || !dataErrorClasses.includes(code.slice(0, 2)) || !rows.length) throw err;
      this.readFirst = false;
      if (rows.length === 1) {
        const row = rows[0]!;
        return this.writeRows(
          [],
          [
            ...rejected,
            { itemId: row.id, error: `database refused it: ${(err as Error).message}`, text: row.text },
          ],
        );
      }
      const half = Math.ceil(rows.length / 2);
      await this.writeRows(rows.slice(0, half), rejected);
      await this.writeRows(rows.slice(half), []);
    }
  }

  /** Fences the lease and reads the stored fingerprints of `rows` in one statement. */
  private async fencedFingerprints(db: Kysely<unknown>, rows: PreparedRow[]) {
    const r = await sql<{ at: number; id: string | null; fingerprint: string | null }>`
      with fence as (${this.lease.fenceSql()})
      select fence.at, t.id, t.fingerprint from fence
      left join ${sql.table(this.resource.table)} t
        on t.scope = ${this.scope} and t.id = any(${rows.map((p) => p.id)}::text[])`.execute(db);
    const at = this.lease.fencedAt(r.rows[0]);
    const known = new Map<string, string>();
    for (const row of r.rows) if (row.id !== null) known.set(row.id, row.fingerprint!);
    return { at, known };
  }

  private async diffAndWrite(
    tx: Kysely<unknown>,
    rows: PreparedRow[],
    known: Map<string, string>,
    rejected: RejectedItem[],
    at: Date,
  ) {
    const fresh: PreparedRow[] = [];
    const differing: PreparedRow[] = [];
    let unchanged = 0;
    for (const p of rows) {
      const before = known.get(p.id);
      if (before === p.fingerprint) unchanged++;
      else if (before === undefined) fresh.push(p);
      else differing.push(p);
    }
    const { changed, reordered } = await this.sortOutDiffering(tx, differing);
    const writable = [...fresh, ...changed].filter((p) => this.converted(p, rejected));
    const changedIds = changed.filter((p) => p.json !== undefined).map((p) => p.id);
    if (writable.length) await this.writeVersions(tx, writable, changedIds, at);
    return {
      created: writable.length - changedIds.length,
      changed: changedIds.length,
      unchanged: unchanged + reordered,
    };
  }

  /** Converts a row to be written; a row the converter or the column types refuse is rejected instead. */
  private converted(p: PreparedRow, rejected: RejectedItem[]): boolean {
    try {
      p.json = storedRowJson(this.resource, this.types, p);
      return true;
    } catch (err) {
      rejected.push({ itemId: p.id, error: (err as Error).message, text: p.text });
      return false;
    }
  }

  /**
   * The fingerprint hashes the API's JSON text, so the same content in another key order hashes differently.
   * Rows whose fingerprint differs are compared with the stored object: equal content only refreshes the stored
   * fingerprint (no new version); the rest are changed.
   */
  private async sortOutDiffering(tx: Kysely<unknown>, rows: PreparedRow[]) {
    if (!rows.length) return { changed: [], reordered: 0 };
    const byId = new Map(rows.map((p) => [p.id, p]));
    const stored = await sql<{ id: string; raw: unknown }>`
      select id, raw from ${sql.table(this.resource.table)}
      where scope = ${this.scope} and id = any(${[...byId.keys()]}::text[])`.execute(tx);
    const changed: PreparedRow[] = [];
    const reordered: PreparedRow[] = [];
    for (const { id, raw } of stored.rows) {
      const p = byId.get(id)!;
      if (isDeepStrictEqual(raw, p.item)) reordered.push(p);
      else changed.push(p);
    }
    if (reordered.length) {
      await sql`
        update ${sql.table(this.resource.table)} as t set fingerprint = x.fingerprint
        from unnest(${reordered.map((p) => p.id)}::text[],
                    ${reordered.map((p) => p.fingerprint)}::text[]) as x(id, fingerprint)
        where t.scope = ${this.scope} and t.id = x.id`.execute(tx);
    }
    return { changed, reordered: reordered.length };
  }

  private async writeVersions(tx: Kysely<unknown>, rows: PreparedRow[], changedIds: string[], at: Date) {
    const t = at.toISOString();
    const payload = `[${rows.map((p) => p.json!).join(',')}]`;
    const cols = this.columns.join(', ');
    const updates = this.columns
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    if (changedIds.length) {
      await sql`
        update ${sql.table(this.history)} set valid_to = ${t}::timestamptz
        where scope = ${this.scope} and id = any(${changedIds}::text[]) and valid_to is null
          and valid_from < ${t}::timestamptz`.execute(tx);
    }
    await sql`
      insert into ${sql.table(this.resource.table)} (scope, ${sql.raw(cols)}, first_seen, valid_from)
      select ${this.scope}, ${sql.raw(cols)}, ${t}::timestamptz, ${t}::timestamptz
      from jsonb_to_recordset(${payload}::jsonb) as x(${sql.raw(this.recordsetTypes)})
      on conflict (scope, id) do update set ${sql.raw(updates)}, valid_from = excluded.valid_from
      where ${sql.table(this.resource.table)}.fingerprint <> excluded.fingerprint`.execute(tx);
    const ids = rows.map((p) => p.id);
    await sql`
      insert into ${sql.table(this.history)} (scope, ${sql.raw(cols)}, first_seen, valid_from)
      select scope, ${sql.raw(cols)}, first_seen, valid_from from ${sql.table(this.resource.table)}
      where scope = ${this.scope} and id = any(${ids}::text[]) and valid_from = ${t}::timestamptz
      on conflict do nothing`.execute(tx);
  }

  /** Stored rows of the scope in `covered` locations that this listing did not show and that predate it. */
  async candidates(covered: readonly string[]): Promise<StoredRef[]> {
    if (this.blind || !covered.length || !this.hadRows) return [];
    const rows = await sql<StoredRef>`
      select id, name, location, raw->>'selfLink' as "selfLink" from ${sql.table(this.resource.table)}
      where scope = ${this.scope} and location = any(${[...covered]}::text[])
        and valid_from < ${this.lease.acquiredAt.toISOString()}::timestamptz`.execute(this.db);
    return rows.rows.filter((r) => !this.seen.has(r.id));
  }

  /** Rows the scope holds now. */
  async size(): Promise<number> {
    const r = await sql<{ n: string | number }>`
      select count(*) as n from ${sql.table(this.resource.table)} where scope = ${this.scope}`.execute(
      this.db,
    );
    return Number(r.rows[0]?.n ?? 0);
  }

  /** Marks ids as seen (a deletion check found them alive). */
  markSeen(ids: Iterable<string>): void {
    for (const id of ids) this.seen.add(id);
  }

  /**
   * Deletes resources proven gone: removes their current rows and closes their history with the database's
   * time as `deleted_at`, in one fenced transaction (none when nothing is gone). Returns the number deleted.
   */
  async deleteConfirmed(ids: readonly string[]): Promise<number> {
    const gone = ids.filter((id) => !this.seen.has(id));
    if (!gone.length) return 0;
    return this.db.transaction().execute(async (tx) => {
      const t = (await this.lease.fence(tx)).toISOString();
      const deleted = await sql<{ id: string }>`
        delete from ${sql.table(this.resource.table)}
        where scope = ${this.scope} and id = any(${gone}::text[])
          and valid_from < ${this.lease.acquiredAt.toISOString()}::timestamptz
        returning id`.execute(tx);
      const deletedIds = deleted.rows.map((r) => r.id);
      if (deletedIds.length) {
        await sql`
          update ${sql.table(this.history)} set valid_to = ${t}::timestamptz, deleted_at = ${t}::timestamptz
          where scope = ${this.scope} and id = any(${deletedIds}::text[]) and valid_to is null`.execute(tx);
      }
      this.counts.deleted = deletedIds.length;
      return deletedIds.length;
    });
  }
}
