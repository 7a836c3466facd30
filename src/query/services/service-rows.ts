import { sql, type Kysely } from 'kysely';
import { serviceKind, type ServicePlural } from '../../gcp/services/kinds.js';

/** Which estate to read: as of a time (history) or now (current tables), optionally one project. */
export interface ServiceScope {
  asOf?: Date;
  project?: string;
}

/** A stored row's identity and raw API object. */
export interface RawRow<T> {
  scope: string;
  id: string;
  name: string;
  location: string;
  raw: T;
}

/** The rows of a kind valid at the scope's time (history when as of a time), with their raw objects. */
export async function rawRows<T>(
  db: Kysely<unknown>,
  plural: ServicePlural | 'instances',
  scope: ServiceScope,
): Promise<RawRow<T>[]> {
  const table = plural === 'instances' ? 'gcp_compute_instances' : serviceKind(plural).table;
  const where = [sql`true`];
  if (scope.asOf !== undefined)
    where.push(sql`valid_from <= ${scope.asOf}`, sql`(valid_to is null or valid_to > ${scope.asOf})`);
  if (scope.project !== undefined) where.push(sql`scope = ${scope.project}`);
  const result = await sql<RawRow<T>>`
    select scope, id, name, location, raw
    from ${sql.table(scope.asOf === undefined ? table : `${table}_history`)}
    where ${sql.join(where, sql` and `)}
    order by scope, name, id`.execute(db);
  return result.rows;
}
