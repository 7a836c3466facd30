import { isDeepStrictEqual } from 'node:util';
import type pg from 'pg';
import type { ObjectVersions, TruthLog } from './truth-log.js';

/**
 * Counts the objects of `type` in `projects` whose stored history is not exactly what the log's snapshots showed:
 * each distinct version once and in order, every version but the last closed, the last closed with `deleted_at`
 * iff the object is gone; history of an object the snapshots never showed counts too. Exact only when every
 * snapshot was synced before the next mutation.
 */
export async function historyMismatches(
  client: pg.Client,
  truth: TruthLog,
  type: string,
  table: string,
  projects: readonly string[],
  example: (line: string) => void,
): Promise<number> {
  const rows = await client.query<{
    scope: string;
    id: string;
    raw: unknown;
    valid_to: Date | null;
    deleted_at: Date | null;
  }>(
    `select scope, id, raw, valid_to, deleted_at from ${table}_history where scope = any($1) order by scope, id, valid_from`,
    [projects],
  );
  const stored = new Map<string, typeof rows.rows>();
  for (const r of rows.rows) {
    const key = `${r.scope}/${r.id}`;
    stored.set(key, [...(stored.get(key) ?? []), r]);
  }
  let mismatches = 0;
  for (const project of projects) {
    const expected = truth.versions?.get(`${project}/${type}`) ?? new Map<string, ObjectVersions>();
    for (const [id, want] of expected) {
      const got = stored.get(`${project}/${id}`) ?? [];
      stored.delete(`${project}/${id}`);
      const last = got.at(-1);
      const why = !isDeepStrictEqual(
        got.map((r) => r.raw),
        want.versions,
      )
        ? `${got.length} versions stored, ${want.versions.length} seen`
        : got.slice(0, -1).some((r) => r.valid_to === null)
          ? 'an old version left open'
          : (last?.deleted_at != null) !== want.deleted || (last?.valid_to != null) !== want.deleted
            ? `deleted ${last?.deleted_at != null}, gone ${want.deleted}`
            : undefined;
      if (why) {
        mismatches++;
        example(`history differs ${type} ${project}/${id}: ${why}`);
      }
    }
  }
  for (const key of stored.keys()) {
    mismatches++;
    example(`history of an object never seen ${type} ${key}`);
  }
  return mismatches;
}
