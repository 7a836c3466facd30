import { sql, type Kysely } from 'kysely';
import type { ResourceDefinition } from '../provider/resource.js';
import { columnLists } from './feed-writer-row.js';
import type { ResourceState } from './feed-writer-state.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Writes what a batch decided for a scope's resources with one statement each: history rows changed, history rows
 * added, current rows removed, current rows replaced (from their open history row), feed records added.
 */
export async function writeStates(
  tx: Kysely<unknown>,
  resource: ResourceDefinition,
  scope: string,
  states: Map<string, ResourceState>,
): Promise<void> {
  const history = sql.table(`${resource.table}_history`);
  const current = sql.table(resource.table);
  const { cols, recordset, updates } = columnLists(resource);
  const changed: object[] = [];
  const added: string[] = [];
  const records: object[] = [];
  const removed: string[] = [];
  const replaced: string[] = [];
  for (const [id, state] of states) {
    for (const v of state.versions) {
      if (v.key === undefined) {
        const times = JSON.stringify({
          first_seen: v.firstSeen,
          valid_from: iso(v.validFrom),
          valid_to: iso(v.validTo),
          deleted_at: iso(v.deletedAt),
        });
        added.push(`${v.json!.slice(0, -1)},${times.slice(1)}`);
      } else if (v.setEnd || v.setFirstSeen) {
        changed.push({
          id,
          key: v.key,
          set_end: v.setEnd === true,
          valid_to: iso(v.validTo),
          deleted_at: iso(v.deletedAt),
          set_first: v.setFirstSeen === true,
          first_seen: v.firstSeen,
        });
      }
    }
    for (const [t, r] of state.records)
      if (r.messageId !== undefined)
        records.push({
          id,
          valid_from: iso(t),
          event_time: iso(r.event),
          deleted: r.deleted,
          message_id: r.messageId,
        });
    if (state.currentDirty) (state.versions.at(-1)?.validTo === null ? replaced : removed).push(id);
  }
  if (changed.length)
    await sql`
      update ${history} as h set
        valid_to = case when x.set_end then x.valid_to else h.valid_to end,
        deleted_at = case when x.set_end then x.deleted_at else h.deleted_at end,
        first_seen = case when x.set_first then x.first_seen else h.first_seen end
      from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as x(id text, key timestamptz,
        set_end boolean, valid_to timestamptz, deleted_at timestamptz, set_first boolean, first_seen timestamptz)
      where h.scope = ${scope} and h.id = x.id and h.valid_from = x.key`.execute(tx);
  if (added.length)
    await sql`
      insert into ${history} (scope, ${sql.raw(cols)}, first_seen, valid_from, valid_to, deleted_at)
      select ${scope}, ${sql.raw(cols)}, first_seen, valid_from, valid_to, deleted_at
      from jsonb_to_recordset(${`[${added.join(',')}]`}::jsonb) as x(${sql.raw(recordset)},
        first_seen timestamptz, valid_from timestamptz, valid_to timestamptz, deleted_at timestamptz)`.execute(
      tx,
    );
  if (removed.length)
    await sql`delete from ${current} where scope = ${scope} and id = any(${removed}::text[])`.execute(tx);
  if (replaced.length)
    await sql`
      insert into ${current} (scope, ${sql.raw(cols)}, first_seen, valid_from)
      select scope, ${sql.raw(cols)}, first_seen, valid_from from ${history}
      where scope = ${scope} and id = any(${replaced}::text[]) and valid_to is null
      on conflict (scope, id) do update set ${sql.raw(updates)}, first_seen = excluded.first_seen,
        valid_from = excluded.valid_from`.execute(tx);
  if (records.length)
    await sql`
      insert into feed_versions (scope, resource_kind, resource_id, valid_from, event_time, deleted, message_id)
      select ${scope}, ${resource.kind}, id, valid_from, event_time, deleted, message_id
      from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as x(id text, valid_from timestamptz,
        event_time timestamptz, deleted boolean, message_id text)
      on conflict do nothing`.execute(tx);
}
