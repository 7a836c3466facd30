import { sql, type Kysely } from 'kysely';
import { KIND_NAMES, kindSpec } from './kinds.js';

/** Changes in one time bucket, over every kind. */
export interface ChangeBucket {
  start: Date;
  created: number;
  modified: number;
  deleted: number;
}

/** Created, modified and deleted resources per `bucketMs` over (to - buckets × bucketMs, to], from history. */
export async function changeCounts(
  db: Kysely<unknown>,
  to: Date,
  buckets = 24,
  bucketMs = 3_600_000,
): Promise<ChangeBucket[]> {
  const from = new Date(to.getTime() - buckets * bucketMs);
  const out: ChangeBucket[] = Array.from({ length: buckets }, (_, i) => ({
    start: new Date(from.getTime() + i * bucketMs),
    created: 0,
    modified: 0,
    deleted: 0,
  }));
  const seconds = bucketMs / 1000;
  for (const kind of KIND_NAMES) {
    const table = sql.table(`${kindSpec(kind).table}_history`);
    const bucket = (column: string) =>
      sql`least(floor(extract(epoch from (${sql.ref(column)} - ${from}::timestamptz)) / ${seconds})::int, ${buckets - 1})`;
    const result = await sql<{ bucket: number; created: number; modified: number; deleted: number }>`
      select ${bucket('valid_from')} as bucket, count(*) filter (where valid_from = first_seen)::int as created,
        count(*) filter (where valid_from > first_seen)::int as modified, 0 as deleted
      from ${table} where valid_from > ${from} and valid_from <= ${to} group by 1
      union all
      select ${bucket('deleted_at')}, 0, 0, count(*)::int from ${table}
      where deleted_at > ${from} and deleted_at <= ${to} group by 1`.execute(db);
    for (const row of result.rows) {
      const b = out[row.bucket];
      if (b === undefined) continue;
      b.created += row.created;
      b.modified += row.modified;
      b.deleted += row.deleted;
    }
  }
  return out;
}
