import { sql, type Kysely, type RawBuilder } from 'kysely';
import { computeKind, type ComputePlural } from '../../gcp/compute/kinds.js';

/** Which estate to read: as of a time (history) or now (current tables), optionally one project's instances. */
export interface EstateScope {
  asOf?: Date;
  project?: string;
}

/** `from <table> where <the rows valid at the scope's time>` for a kind (history when as of a time). */
export function from(plural: ComputePlural, scope: EstateScope, project = true): RawBuilder<unknown> {
  const table = computeKind(plural).table;
  const where: RawBuilder<unknown>[] = [sql`true`];
  if (scope.asOf !== undefined)
    where.push(sql`valid_from <= ${scope.asOf}`, sql`(valid_to is null or valid_to > ${scope.asOf})`);
  if (project && scope.project !== undefined) where.push(sql`scope = ${scope.project}`);
  return sql`from ${sql.table(scope.asOf === undefined ? table : `${table}_history`)} where ${sql.join(where, sql` and `)}`;
}

/** The rows of a query. */
export async function rows<R>(db: Kysely<unknown>, query: RawBuilder<R>): Promise<R[]> {
  return (await query.execute(db)).rows;
}
