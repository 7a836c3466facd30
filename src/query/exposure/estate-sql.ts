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
 * The projects with instances whose latest finished `instanceTagBindings` scope at the scope's time was `skipped`
 * (`worker.skipKinds`): their stored bindings may be stale, so their instances' secure tags are unknown.
 */
export async function skippedBindingProjects(db: Kysely<unknown>, scope: EstateScope): Promise<string[]> {
  const kind = computeKind('instanceTagBindings').kind;
  const asOf = scope.asOf === undefined ? sql`` : sql`and r.finished_at <= ${scope.asOf}`;
  const found = await rows(
    db,
    sql<{ scope: string }>`select s.scope from (select distinct scope ${from('instances', scope)}) s
      where (select r.status from ingest_scope_results r
        where r.scope = s.scope and r.resource_kind = ${kind} and r.status <> 'running' ${asOf}
        order by r.started_at desc limit 1) = 'skipped'`,
  );
  return found.map((r) => r.scope);
}

/**
 * The secure tag values bound to the instance row of the enclosing `from('instances', scope)` query, read from the
 * stored tag bindings at the same time (a JSON array; null when the instance has no stored bindings, or its project
 * is one of `unread`).
 */
export function boundSecureTags(scope: EstateScope, unread: readonly string[]): RawBuilder<unknown> {
  const history = scope.asOf !== undefined;
  const instances = computeKind('instances').table;
  const outer = sql.table(history ? `${instances}_history` : instances);
  const bindings = computeKind('instanceTagBindings').table;
  const time =
    scope.asOf === undefined
      ? sql`true`
      : sql`b.valid_from <= ${scope.asOf} and (b.valid_to is null or b.valid_to > ${scope.asOf})`;
  return sql`case when ${outer}.scope = any(${[...unread]}::text[]) then null else
    (select to_json(b.tag_values) from ${sql.table(history ? `${bindings}_history` : bindings)} b
    where b.scope = ${outer}.scope and b.id = ${outer}.id and ${time} limit 1) end`;
}
