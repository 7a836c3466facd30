import { sql, type Kysely, type RawBuilder } from 'kysely';
import { queryResources } from './resources.js';
import { columnType } from '../store/schema/column-spec.js';
import { HotpotError } from '../errors.js';
import type { InventoryFilter, InventoryRow } from './inventory.js';
import { kindSpec, type Kind } from './kinds.js';

/** Where a page starts: the sort key (scope, name, id) of the last row of the page before. */
export type PageCursor = readonly [project: string, name: string, id: string];

/** Filters of a page of resources; `text` matches a substring of the name or of any IP (both lowercase in GCP, so `like` on the lowered text). */
export interface PageFilter extends InventoryFilter {
  location?: string;
  text?: string;
  after?: PageCursor;
  limit: number;
}

/** One page of resources in (scope, name, id) order and the cursor of the next page, if any. */
export interface InventoryPage {
  rows: InventoryRow[];
  next: PageCursor | null;
}

const ipColumns = new Map(
  queryResources.map((r) => [
    r.plural,
    Object.entries(r.columns)
      .filter(([name, column]) => columnType(column) === 'text[]' && name.endsWith('_ips'))
      .map(([name]) => name),
  ]),
);

function conditions(kind: Kind, filter: Omit<PageFilter, 'after' | 'limit'>): RawBuilder<unknown>[] {
  const spec = kindSpec(kind);
  if (filter.status !== undefined && !spec.hasStatus) throw new HotpotError(`${kind} have no status`);
  if (filter.labels !== undefined && !spec.hasLabels) throw new HotpotError(`${kind} have no labels`);
  const where: RawBuilder<unknown>[] = [];
  if (filter.asOf !== undefined)
    where.push(sql`valid_from <= ${filter.asOf}`, sql`(valid_to is null or valid_to > ${filter.asOf})`);
  if (filter.project !== undefined) where.push(sql`scope = ${filter.project}`);
  if (filter.location !== undefined) where.push(sql`location = ${filter.location}`);
  if (filter.status !== undefined) where.push(sql`status = ${filter.status}`);
  if (filter.labels !== undefined && Object.keys(filter.labels).length > 0)
    where.push(sql`labels @> ${JSON.stringify(filter.labels)}::jsonb`);
  if (filter.text !== undefined) {
    const pattern = `%${filter.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const ips = (ipColumns.get(kind) ?? []).map(
      (c) => sql`array_to_string(${sql.ref(c)}, ' ') like ${pattern}`,
    );
    where.push(sql`(${sql.join([sql`name like ${pattern}`, ...ips], sql` or `)})`);
  }
  return where;
}

function tableOf(kind: Kind, asOf: Date | undefined) {
  const table = kindSpec(kind).table;
  return sql.table(asOf === undefined ? table : `${table}_history`);
}

/**
 * A page of a kind's resources (now, or as of a time from history) with keyset paging on (scope, name, id):
 * each page costs the same however deep it is.
 */
export async function inventoryPage(
  db: Kysely<unknown>,
  kind: Kind,
  filter: PageFilter,
): Promise<InventoryPage> {
  const where = conditions(kind, filter);
  if (filter.after !== undefined) {
    const [project, name, id] = filter.after;
    where.push(sql`(scope, name, id) > (${project}, ${name}, ${id})`);
  }
  const columns = sql.join(kindSpec(kind).columns.map((c) => sql.ref(c)));
  const condition = where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const result = await sql<InventoryRow>`
    select ${columns} from ${tableOf(kind, filter.asOf)} ${condition}
    order by scope, name, id limit ${filter.limit + 1}`.execute(db);
  const rows = result.rows.slice(0, filter.limit);
  const last = rows.at(-1);
  const next =
    result.rows.length > filter.limit && last !== undefined
      ? ([String(last.scope), String(last.name), String(last.id)] as const)
      : null;
  return { rows, next };
}

/** How many resources match the filters, counting no further than `cap` (a full count of 200k rows costs more than a page). */
export async function countInventory(
  db: Kysely<unknown>,
  kind: Kind,
  filter: Omit<PageFilter, 'after' | 'limit'>,
  cap = 10_000,
): Promise<{ count: number; more: boolean }> {
  const where = conditions(kind, filter);
  const condition = where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const result = await sql<{ n: number }>`
    select count(*)::int as n from (select 1 from ${tableOf(kind, filter.asOf)} ${condition} limit ${cap + 1}) c`.execute(
    db,
  );
  const n = result.rows[0]?.n ?? 0;
  return { count: Math.min(n, cap), more: n > cap };
}

/** The projects and locations a kind was listed in (from sync bookkeeping, cheap at any size), for filter pickers. */
export async function kindLocations(
  db: Kysely<unknown>,
  kind: Kind,
): Promise<{ projects: string[]; locations: string[] }> {
  const result = await sql<{ scope: string; location: string }>`
    select distinct scope, location from sync_locations where resource_kind = ${kindSpec(kind).resourceKind}`.execute(
    db,
  );
  const sorted = (values: string[]) => [...new Set(values)].sort();
  return {
    projects: sorted(result.rows.map((r) => r.scope)),
    locations: sorted(result.rows.map((r) => r.location)),
  };
}
