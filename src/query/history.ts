import { sql, type Kysely } from 'kysely';
import { HotpotError } from '../errors.js';
import { diffJson, type FieldChange } from './json-diff.js';
import { kindSpec, type Kind } from './kinds.js';

/** One stored version of a resource and what changed in its raw object since the version before. */
export interface ResourceVersion {
  scope: string;
  id: string;
  name: string;
  valid_from: Date;
  valid_to: Date | null;
  deleted_at: Date | null;
  changes: FieldChange[];
  raw: unknown;
}

/** Every version of one resource (by id, or by name when unambiguous), oldest first, each diffed against the one before. */
export async function resourceHistory(
  db: Kysely<unknown>,
  kind: Kind,
  idOrName: string,
  project?: string,
): Promise<ResourceVersion[]> {
  const table = sql.table(`${kindSpec(kind).table}_history`);
  const inProject = project === undefined ? sql`` : sql`and scope = ${project}`;
  const matches = await sql<{ scope: string; id: string; name: string }>`
    select distinct scope, id, name from ${table} where (id = ${idOrName} or name = ${idOrName}) ${inProject}
    order by scope, id`.execute(db);
  const resources = [...new Map(matches.rows.map((r) => [`${r.scope}/${r.id}`, r])).values()];
  if (resources.length === 0)
    throw new HotpotError(
      `no ${kind} with id or name '${idOrName}' in history; list them with \`hotpot inventory ${kind}\``,
    );
  if (resources.length > 1) {
    const list = resources.map((r) => `  ${r.scope}  ${r.id}  ${r.name}`).join('\n');
    throw new HotpotError(
      `'${idOrName}' matches ${resources.length} ${kind}; pass an id or --project:\n${list}`,
    );
  }
  const only = resources[0]!;
  const rows = await sql<Omit<ResourceVersion, 'changes'>>`
    select scope, id, name, valid_from, valid_to, deleted_at, raw from ${table}
    where scope = ${only.scope} and id = ${only.id} order by valid_from`.execute(db);
  return rows.rows.map((row, i) => ({
    ...row,
    changes: i === 0 ? [] : diffJson(rows.rows[i - 1]!.raw, row.raw),
  }));
}
