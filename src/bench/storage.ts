import { sql, type Kysely } from 'kysely';
import { computeResources } from '../gcp/compute/registry.js';

/** Bytes on disk (tables, indexes, TOAST) of every current and history table after a phase, per row. */
export interface StorageFigures {
  after: string;
  currentBytes: number;
  historyBytes: number;
  resources: number;
  versions: number;
  bytesPerResource: number | null;
  bytesPerVersion: number | null;
}

/** Sums `pg_total_relation_size` and row counts over every registered resource's current and history table. */
export async function storageFigures(db: Kysely<unknown>, after: string): Promise<StorageFigures> {
  let currentBytes = 0;
  let historyBytes = 0;
  let resources = 0;
  let versions = 0;
  for (const { table } of computeResources) {
    const r = await sql<{ cur: number; hist: number; n: number; v: number }>`
      select pg_total_relation_size(${table}::regclass) as cur,
             pg_total_relation_size(${`${table}_history`}::regclass) as hist,
             (select count(*) from ${sql.table(table)}) as n,
             (select count(*) from ${sql.table(`${table}_history`)}) as v`.execute(db);
    const row = r.rows[0]!;
    currentBytes += Number(row.cur);
    historyBytes += Number(row.hist);
    resources += Number(row.n);
    versions += Number(row.v);
  }
  const per = (bytes: number, rows: number) => (rows ? Math.round(bytes / rows) : null);
  return {
    after,
    currentBytes,
    historyBytes,
    resources,
    versions,
    bytesPerResource: per(currentBytes, resources),
    bytesPerVersion: per(historyBytes, versions),
  };
}
