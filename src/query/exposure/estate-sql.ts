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

/**
 * The secure tag values bound to the instance row of the enclosing `from('instances', scope)` query, read from the
 * stored tag bindings at the same time (a JSON array, null when the instance has no stored bindings).
 */
export function boundSecureTags(scope: EstateScope): RawBuilder<unknown> {
  const history = scope.asOf !== undefined;
  const instances = computeKind('instances').table;
  const outer = sql.table(history ? `${instances}_history` : instances);
  const bindings = computeKind('instanceTagBindings').table;
  const time =
    scope.asOf === undefined
      ? sql`true`
      : sql`b.valid_from <= ${scope.asOf} and (b.valid_to is null or b.valid_to > ${scope.asOf})`;
  return sql`(select to_json(b.tag_values) from ${sql.table(history ? `${bindings}_history` : bindings)} b
    where b.scope = ${outer}.scope and b.id = ${outer}.id and ${time} limit 1)`;
}
