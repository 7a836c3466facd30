import { sql, type Kysely } from 'kysely';
import { kindSpec, type Kind } from './kinds.js';

/** A current resource with every stored column, including the raw API object. */
export type ResourceRow = Record<string, unknown> & {
  scope: string;
  id: string;
  name: string;
  raw: unknown;
};

/** The current resources of a kind whose id or name is `idOrName` (optionally in one project). */
export async function findResources(
  db: Kysely<unknown>,
  kind: Kind,
  idOrName: string,
  project?: string,
): Promise<ResourceRow[]> {
  const inProject = project === undefined ? sql`` : sql`and scope = ${project}`;
  const result = await sql<ResourceRow>`
    select * from ${sql.table(kindSpec(kind).table)} where (id = ${idOrName} or name = ${idOrName}) ${inProject}
    order by scope, name, id`.execute(db);
  return result.rows;
}
