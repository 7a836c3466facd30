import { sql, type Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import { rowColumnTypes, type ResourceDefinition } from '../provider/resource.js';
import { fingerprintOf } from './fingerprint.js';
import { rowProblem } from './row-check.js';

/** One change a feed reported for one resource. */
export interface FeedChange {
  scope: string;
  /** The resource's id: the new object's, or the prior one's when it was deleted. */
  id: string;
  /** The object as a listing returns it, or null when the resource was deleted. */
  item: unknown;
  /** The prior object's id when it differs (re-created under the same name): that id is closed at `time`. */
  priorId?: string;
  /** The object before the change, when the feed says (it orders a change against a listing written meanwhile). */
  prior?: unknown;
  /** When the change happened (the feed's window.startTime). */
  time: Date;
  /** The message that carried it, recorded with the version. */
  messageId: string;
}

/** What applying a change did: `busy` means a listing holds the scope now; try again later. */
export type FeedOutcome = 'applied' | 'duplicate' | 'stale' | 'busy' | 'rejected';

/**
 * A change's outcome; `hole` when the event's prior asset is not the version the feed last wrote: an event between
 * them has not arrived (yet: it may be reordered behind this one, or lost).
 */
export interface FeedResult {
  outcome: FeedOutcome;
  error?: string;
  hole?: boolean;
}

/** How long a listing's lease not renewed blocks the feed too (the scope lease's expiry). */
const leaseTtlSeconds = 300;

/** A stored version and when the store observed its start (and its deletion): a feed event's time or a listing's start. */
interface Version {
  valid_from: Date;
  valid_to: Date | null;
  deleted_at: Date | null;
  raw: unknown;
  first_seen: Date;
  /** The feed event that opened it, when a feed did (ms). */
  feed_start: number | null;
  /** The start of the observation of its start: the feed event, else the latest listing begun by then (ms). */
  seen_start: number;
  /** The same for its deletion (ms), when deleted. */
  seen_end: number | null;
  feed_end: number | null;
}

/**
 * Applies one feed change to a resource's current row and history in one transaction that holds the scope's lease
 * row: while a listing holds the scope the change waits (`busy`), so a listing and a feed event never interleave.
 * Ordered and idempotent per resource: a change no newer than what the store last observed of it (a feed event's
 * time, or the start of the listing that wrote the version) is `stale`, unless feed events bound the interval it
 * falls in (a reordered event): then its version is put into history there, current rows untouched. The same
 * content again is a `duplicate`.
 */
export async function applyFeedChange(
  db: Kysely<unknown>,
  resource: ResourceDefinition,
  change: FeedChange,
): Promise<FeedResult> {
  const results = await applyFeedChanges(db, resource, [change]);
  return results === 'busy' ? { outcome: 'busy' } : results[0]!;
}

/**
 * Applies changes of one scope (project × kind) in one transaction under one hold of its lease row, oldest event
 * first; each change is judged as `applyFeedChange` judges it alone. `busy` when a listing holds the scope.
 */
export async function applyFeedChanges(
  db: Kysely<unknown>,
  resource: ResourceDefinition,
  changes: readonly FeedChange[],
): Promise<FeedResult[] | 'busy'> {
  const scope = changes[0]?.scope;
  if (scope === undefined) return [];
  if (changes.some((c) => c.scope !== scope))
    throw new Error(`a batch of feed changes spans scopes (${scope} and others)`);
  const order = changes.map((c, i) => ({ c, i })).sort((a, b) => a.c.time.getTime() - b.c.time.getTime());
  return db.transaction().execute(async (tx) => {
    const lease = await sql<{ busy: boolean; now_ms: string }>`
      insert into scope_leases as l (scope, resource_kind, holder, execution, epoch, renewed_at, released)
      values (${scope}, ${resource.kind}, 'feed', 'feed', 0, clock_timestamp(), true)
      on conflict (scope, resource_kind) do update set released = l.released
      returning not l.released and l.renewed_at > clock_timestamp() - ${`${leaseTtlSeconds} seconds`}::interval
        as busy, extract(epoch from clock_timestamp()) * 1000 as now_ms`.execute(tx);
    if (lease.rows[0]?.busy) return 'busy' as const;
    const nowMs = Math.floor(Number(lease.rows[0]!.now_ms));
    const results: FeedResult[] = new Array<FeedResult>(changes.length);
    for (const { c, i } of order) {
      if (c.priorId && c.priorId !== c.id)
        await writeChange(tx, resource, { ...c, id: c.priorId, item: null, prior: undefined }, nowMs);
      results[i] = await writeChange(tx, resource, c, nowMs);
    }
    return results;
  });
}

async function writeChange(
  tx: Kysely<unknown>,
  resource: ResourceDefinition,
  change: FeedChange,
  nowMs: number,
): Promise<FeedResult> {
  const history = `${resource.table}_history`;
  const versions = await versionsOf(tx, resource, change);
  const latest = versions.at(-1);
  const open = latest !== undefined && latest.valid_to === null;
  const T = change.time.getTime();
  if (!latest) {
    const tomb = await tombstone(tx, resource, change);
    if (change.item === null) {
      if (tomb !== undefined) return { outcome: 'duplicate' };
      await recordFeedVersion(tx, resource, change, change.time.toISOString());
      return { outcome: 'applied' };
    }
    if (tomb !== undefined && tomb > T) return insertClosed(tx, resource, change, new Date(tomb));
  }
  if (change.item === null && !open) return { outcome: 'duplicate' };
  if (change.item !== null && open && isDeepStrictEqual(latest.raw, change.item))
    return { outcome: 'duplicate' };
  const observed =
    latest && (latest.valid_to === null ? latest.seen_start : (latest.seen_end ?? latest.valid_to.getTime()));
  if (latest && observed! >= T)
    return change.item === null ? { outcome: 'stale' } : fillIn(tx, resource, change, versions);
  const listedMeanwhile = open && latest.feed_start === null && T <= latest.valid_from.getTime();
  if (listedMeanwhile && change.prior !== undefined && !isDeepStrictEqual(latest.raw, change.prior))
    return { outcome: 'stale' };
  const hole =
    open &&
    latest.feed_start !== null &&
    change.prior !== undefined &&
    !isDeepStrictEqual(latest.raw, change.prior);
  const json = change.item === null ? '' : rowJson(resource, change);
  if (typeof json !== 'string') return { outcome: 'rejected', error: json.error };
  const bound = latest ? (latest.valid_to ?? latest.valid_from).getTime() + 1 : 0;
  const t = new Date(Math.max(Math.min(T, nowMs), bound)).toISOString();
  const where = sql`scope = ${change.scope} and id = ${change.id}`;
  if (change.item === null) {
    await sql`delete from ${sql.table(resource.table)} where ${where}`.execute(tx);
    await sql`update ${sql.table(history)} set valid_to = ${t}::timestamptz, deleted_at = ${t}::timestamptz
      where ${where} and valid_to is null`.execute(tx);
  } else {
    const { cols, recordset, updates } = columnLists(resource);
    const firstSeen = (latest?.first_seen ?? new Date(t)).toISOString();
    if (open)
      await sql`update ${sql.table(history)} set valid_to = ${t}::timestamptz
      where ${where} and valid_to is null`.execute(tx);
    await sql`
      insert into ${sql.table(resource.table)} (scope, ${sql.raw(cols)}, first_seen, valid_from)
      select ${change.scope}, ${sql.raw(cols)}, ${firstSeen}::timestamptz, ${t}::timestamptz
      from jsonb_to_recordset(${`[${json}]`}::jsonb) as x(${sql.raw(recordset)})
      on conflict (scope, id) do update set ${sql.raw(updates)}, valid_from = excluded.valid_from`.execute(
      tx,
    );
    await sql`
      insert into ${sql.table(history)} (scope, ${sql.raw(cols)}, first_seen, valid_from)
      select scope, ${sql.raw(cols)}, first_seen, valid_from from ${sql.table(resource.table)}
      where ${where}`.execute(tx);
  }
  await recordFeedVersion(tx, resource, change, t);
  return hole ? { outcome: 'applied', hole } : { outcome: 'applied' };
}

/**
 * A change older than what the store observed: its version goes into history when feed events bound the interval
 * it falls in (the version it splits began before it, and the next boundary is a later feed event), else `stale`.
 */
async function fillIn(
  tx: Kysely<unknown>,
  resource: ResourceDefinition,
  change: FeedChange,
  versions: Version[],
): Promise<{ outcome: FeedOutcome; error?: string }> {
  const T = change.time.getTime();
  const i = versions.findIndex(
    (v) => v.valid_from.getTime() <= T && (v.valid_to === null || v.valid_to.getTime() > T),
  );
  const v = versions[i];
  if (v && isDeepStrictEqual(v.raw, change.item)) return { outcome: 'duplicate' };
  const next = versions[i + 1];
  const endByFeed = v && v.valid_to !== null && (next ? (next.feed_start ?? 0) > T : (v.feed_end ?? 0) > T);
  const first = versions[0]!;
  const beforeFirst = !v && T < first.valid_from.getTime() && (first.feed_start ?? 0) > T;
  if (!(v && endByFeed && v.seen_start < T) && !beforeFirst) return { outcome: 'stale' };
  const json = rowJson(resource, change);
  if (typeof json !== 'string') return { outcome: 'rejected', error: json.error };
  const history = `${resource.table}_history`;
  const where = sql`scope = ${change.scope} and id = ${change.id}`;
  const t = change.time.toISOString();
  const end = (v ? v.valid_to! : first.valid_from).toISOString();
  const deletedAt = v?.deleted_at ? v.deleted_at.toISOString() : null;
  if (v) {
    await sql`update ${sql.table(history)} set valid_to = ${t}::timestamptz, deleted_at = null
      where ${where} and valid_from = ${v.valid_from.toISOString()}::timestamptz`.execute(tx);
  } else {
    await sql`update ${sql.table(history)} set first_seen = ${t}::timestamptz where ${where}`.execute(tx);
    await sql`update ${sql.table(resource.table)} set first_seen = ${t}::timestamptz where ${where}`.execute(
      tx,
    );
  }
  const { cols, recordset } = columnLists(resource);
  const firstSeen = v ? v.first_seen.toISOString() : t;
  await sql`
    insert into ${sql.table(history)} (scope, ${sql.raw(cols)}, first_seen, valid_from, valid_to, deleted_at)
    select ${change.scope}, ${sql.raw(cols)}, ${firstSeen}::timestamptz, ${t}::timestamptz,
      ${end}::timestamptz, ${deletedAt}::timestamptz
    from jsonb_to_recordset(${`[${json}]`}::jsonb) as x(${sql.raw(recordset)})`.execute(tx);
  await recordFeedVersion(tx, resource, change, t);
  return { outcome: 'applied' };
}

/** When the feed deleted an id the store never held (its deletion arrived first), in ms. */
async function tombstone(tx: Kysely<unknown>, resource: ResourceDefinition, change: FeedChange) {
  const r = await sql<{ ms: string | null }>`
    select extract(epoch from max(event_time)) * 1000 as ms from feed_versions
    where scope = ${change.scope} and resource_kind = ${resource.kind} and resource_id = ${change.id}
      and deleted`.execute(tx);
  const ms = r.rows[0]?.ms;
  return ms === null || ms === undefined ? undefined : Number(ms);
}

/** A version that lived from the change until `end`, when its deletion arrived before it: history only. */
async function insertClosed(
  tx: Kysely<unknown>,
  resource: ResourceDefinition,
  change: FeedChange,
  end: Date,
) {
  const json = rowJson(resource, change);
  if (typeof json !== 'string') return { outcome: 'rejected' as const, error: json.error };
  const { cols, recordset } = columnLists(resource);
  const t = change.time.toISOString();
  await sql`
    insert into ${sql.table(`${resource.table}_history`)}
      (scope, ${sql.raw(cols)}, first_seen, valid_from, valid_to, deleted_at)
    select ${change.scope}, ${sql.raw(cols)}, ${t}::timestamptz, ${t}::timestamptz,
      ${end.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz
    from jsonb_to_recordset(${`[${json}]`}::jsonb) as x(${sql.raw(recordset)})`.execute(tx);
  await recordFeedVersion(tx, resource, change, t);
  return { outcome: 'applied' as const };
}

async function recordFeedVersion(
  tx: Kysely<unknown>,
  resource: ResourceDefinition,
  change: FeedChange,
  t: string,
) {
  await sql`
    insert into feed_versions (scope, resource_kind, resource_id, valid_from, event_time, deleted, message_id)
    values (${change.scope}, ${resource.kind}, ${change.id}, ${t}::timestamptz,
            ${change.time.toISOString()}::timestamptz, ${change.item === null}, ${change.messageId})
    on conflict do nothing`.execute(tx);
}

function columnLists(resource: ResourceDefinition) {
  const types = rowColumnTypes(resource);
  return {
    cols: Object.keys(types).join(', '),
    recordset: Object.entries(types)
      .map(([c, ty]) => `${c} ${ty}`)
      .join(', '),
    updates: Object.keys(types)
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', '),
  };
}

/** Every version of the resource, oldest first, with when the store observed its start and its deletion. */
async function versionsOf(
  tx: Kysely<unknown>,
  resource: ResourceDefinition,
  change: FeedChange,
): Promise<Version[]> {
  const feedAt = (at: string, deleted: boolean) => sql`(select extract(epoch from f.event_time) * 1000
    from feed_versions f where f.scope = h.scope and f.resource_kind = ${resource.kind}
      and f.resource_id = h.id and f.valid_from = ${sql.raw(at)} and f.deleted = ${deleted})`;
  const listedBy = (at: string) => sql`(select extract(epoch from max(s.started_at)) * 1000
    from ingest_scope_results s where s.scope = h.scope and s.resource_kind = ${resource.kind}
      and s.started_at <= ${sql.raw(at)})`;
  const r = await sql<Record<keyof Version, unknown>>`
    select h.valid_from, h.valid_to, h.deleted_at, h.raw, h.first_seen,
      ${feedAt('h.valid_from', false)} as feed_start, ${feedAt('h.deleted_at', true)} as feed_end,
      ${listedBy('h.valid_from')} as listed_start, ${listedBy('h.deleted_at')} as listed_end
    from ${sql.table(`${resource.table}_history`)} h
    where h.scope = ${change.scope} and h.id = ${change.id}
    order by h.valid_from`.execute(tx);
  const ms = (x: unknown) => (x === null || x === undefined ? null : Number(x));
  const date = (x: unknown) => (x === null || x === undefined ? null : new Date(x as string));
  return r.rows.map((row) => {
    const validFrom = date(row.valid_from)!;
    const deletedAt = date(row.deleted_at);
    const feedStart = ms(row.feed_start);
    const feedEnd = ms(row.feed_end);
    const listedStart = ms((row as Record<string, unknown>).listed_start);
    const listedEnd = ms((row as Record<string, unknown>).listed_end);
    return {
      valid_from: validFrom,
      valid_to: date(row.valid_to),
      deleted_at: deletedAt,
      raw: row.raw,
      first_seen: date(row.first_seen)!,
      feed_start: feedStart,
      feed_end: feedEnd,
      seen_start: feedStart ?? listedStart ?? validFrom.getTime(),
      seen_end: deletedAt ? (feedEnd ?? listedEnd ?? deletedAt.getTime()) : null,
    };
  });
}

/** The typed row's JSON with the raw object spliced in, or the reason it cannot be stored. */
function rowJson(resource: ResourceDefinition, change: FeedChange): string | { error: string } {
  try {
    const text = JSON.stringify(change.item);
    const row = resource.convert(change.item) as Record<string, unknown>;
    const problem = rowProblem(row, rowColumnTypes(resource));
    if (problem) throw new Error(problem);
    if (row.id !== change.id)
      throw new Error(`converted id ${String(row.id)} differs from the event's ${change.id}`);
    const typed = JSON.stringify({ ...row, fingerprint: fingerprintOf(text) });
    return `${typed.slice(0, -1)},"raw":${text}}`;
  } catch (err) {
    return { error: (err as Error).message };
  }
}
