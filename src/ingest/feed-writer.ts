import { sql, type Kysely } from 'kysely';
import type { ResourceDefinition } from '../provider/resource.js';
import { judgeChange } from './feed-writer-judge.js';
import { loadStates } from './feed-writer-state.js';
import { writeStates } from './feed-writer-store.js';

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
 * first; each change is judged as `applyFeedChange` judges it alone. A constant number of statements whatever the
 * batch's size: the lease, two reads of what the store holds of the batch's resources, and one multi-row write each
 * for history changed, history added, current rows removed and replaced, and feed records. `busy` when a listing
 * holds the scope.
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
    const ids = new Set(
      changes.flatMap((c) => (c.priorId && c.priorId !== c.id ? [c.priorId, c.id] : [c.id])),
    );
    const states = await loadStates(tx, resource, scope, [...ids]);
    const results: FeedResult[] = new Array<FeedResult>(changes.length);
    for (const { c, i } of order) {
      if (c.priorId && c.priorId !== c.id)
        judgeChange(
          states.get(c.priorId)!,
          resource,
          { ...c, id: c.priorId, item: null, prior: undefined },
          nowMs,
        );
      results[i] = judgeChange(states.get(c.id)!, resource, c, nowMs);
    }
    await writeStates(tx, resource, scope, states);
    return results;
  });
}
