import { sql, type Kysely, type RawBuilder } from 'kysely';
import { HotpotError } from '../errors.js';
import { kindSpec, type Kind } from './kinds.js';

/** Filters of `hotpot inventory <kind>`; `asOf` reads the estate as it was at that time from history. */
export interface InventoryFilter {
  project?: string;
  status?: string;
  labels?: Record<string, string>;
  asOf?: Date;
}

/** A listed resource: the kind's typed columns. */
export type InventoryRow = Record<string, unknown>;

/**
 * Lists resources of a kind now (current table, with first_seen and last_seen: when a complete listing of the
 * resource's location last saw it) or as of a time (history: valid_from <= t < valid_to).
 */
export async function listInventory(
  db: Kysely<unknown>,
  kind: Kind,
  filter: InventoryFilter = {},
): Promise<InventoryRow[]> {
  const spec = kindSpec(kind);
  if (filter.status !== undefined && !spec.hasStatus)
    throw new HotpotError(`${kind} have no status: drop --status`);
  if (filter.labels !== undefined && !spec.hasLabels)
    throw new HotpotError(`${kind} have no labels: drop --label`);
  const where: RawBuilder<unknown>[] = [];
  if (filter.asOf !== undefined) {
    where.push(sql`valid_from <= ${filter.asOf}`, sql`(valid_to is null or valid_to > ${filter.asOf})`);
  }
  if (filter.project !== undefined) where.push(sql`scope = ${filter.project}`);
  if (filter.status !== undefined) where.push(sql`status = ${filter.status}`);
  if (filter.labels !== undefined && Object.keys(filter.labels).length > 0) {
    where.push(sql`labels @> ${JSON.stringify(filter.labels)}::jsonb`);
  }
  const table = filter.asOf === undefined ? spec.table : `${spec.table}_history`;
  const columns = sql.join(spec.columns.map((c) => sql.ref(`t.${c}`)));
  const seen =
    filter.asOf === undefined
      ? sql`, t.first_seen, (select s.last_seen_at from sync_locations s where s.scope = t.scope
          and s.resource_kind = ${spec.resourceKind} and s.location = t.location) as last_seen`
      : sql``;
  const condition = where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const result =
    await sql<InventoryRow>`select ${columns}${seen} from ${sql.table(table)} as t ${condition} order by t.scope, t.name, t.id`.execute(
      db,
    );
  return result.rows;
}

/** Parses `k=v` label filters. */
export function parseLabels(pairs: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new HotpotError(`--label '${pair}' is not key=value (e.g. --label env=prod)`);
    labels[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return labels;
}
