import { sql, type Kysely } from 'kysely';
import { holeFilled, type FeedHole } from '../ingest/feed-chain.js';
import type { FeedChange } from '../ingest/feed-writer.js';
import type { FeedMetrics } from '../metrics/feed-metrics.js';

/** What gap detection needs: the store, the limits, and how to start a project's full sync. */
export interface FeedGapOptions {
  db: Kysely<unknown>;
  /** An event older than this, or a project silent longer, is a gap. */
  maxEventAgeSeconds: number;
  /** How long a hole in a resource's chain of events may wait for its missing event (reordered) before it is a gap. */
  holeGraceSeconds: number;
  requestSync?: (projectId: string, reason: string) => Promise<void>;
  /** Whether the listener holds events not yet applied (a hole is not judged while it is behind). */
  behind: () => boolean;
  /** Whether the listener holds an event of the hole's resource not yet applied (it may be the missing one). */
  pending?: (hole: FeedHole) => boolean;
  metrics: FeedMetrics;
  log?: (line: string) => void;
}

/** The same project is not synced for a gap twice within this long (the first sync is still running). */
const resyncAfterMs = 60_000;

/**
 * Finds gaps in the feed and syncs the affected project in full: by age (an event older than the limit, a project
 * silent longer than it) and by sequence (an event whose prior asset is not the version the feed last wrote, while
 * the missing event has not arrived within the grace period).
 */
export class FeedGaps {
  readonly syncs: string[] = [];
  private readonly requested = new Map<string, number>();
  private readonly noted = new Map<string, number>();
  private holes: { hole: FeedHole; due: number }[] = [];
  /** The latest event time applied (ms): how far the feed has progressed. */
  private watermark = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: FeedGapOptions) {}

  /** Syncs projects silent past the limit, then checks holes every second until `stop`. */
  async start(): Promise<void> {
    const r = await sql<{ project_id: string; silent_s: number | string }>`
      select project_id, extract(epoch from clock_timestamp() - last_received_at) as silent_s from feed_projects
      where last_received_at < clock_timestamp() - ${`${this.options.maxEventAgeSeconds} seconds`}::interval`.execute(
      this.options.db,
    );
    for (const row of r.rows)
      await this.sync(row.project_id, `no feed event for ${Math.round(Number(row.silent_s))} s`);
    this.timer = setInterval(() => void this.checkHoles(), 1000);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Holes still waiting for their missing event. */
  get open(): number {
    return this.holes.length;
  }

  /** Records the project's latest event (at most once a second); an event older than the limit is a gap. */
  async note(change: FeedChange): Promise<void> {
    this.watermark = Math.max(this.watermark, change.time.getTime());
    const last = this.noted.get(change.scope) ?? 0;
    if (Date.now() - last >= 1000) {
      this.noted.set(change.scope, Date.now());
      await sql`
      insert into feed_projects (project_id, last_event_time, last_received_at)
      values (${change.scope}, ${change.time.toISOString()}::timestamptz, clock_timestamp())
      on conflict (project_id) do update set last_event_time = greatest(feed_projects.last_event_time,
        excluded.last_event_time), last_received_at = excluded.last_received_at`.execute(this.options.db);
    }
    const ageS = (Date.now() - change.time.getTime()) / 1000;
    if (ageS > this.options.maxEventAgeSeconds)
      await this.sync(
        change.scope,
        `an event ${Math.round(ageS)} s old (limit ${this.options.maxEventAgeSeconds} s)`,
      );
  }

  /** Syncs every project a listing of `kinds` has begun (each may have lost events). */
  async syncAll(kinds: readonly string[], reason: string): Promise<void> {
    const r = await sql<{ scope: string }>`
      select distinct scope from ingest_scope_results where resource_kind = any(${[...kinds]}::text[])
      order by scope`.execute(this.options.db);
    for (const row of r.rows) await this.sync(row.scope, reason);
  }

  /** A hole in a resource's chain: a gap unless its missing event arrives within the grace period. */
  hole(hole: FeedHole): void {
    this.holes.push({ hole, due: Date.now() + this.options.holeGraceSeconds * 1000 });
  }

  /**
   * Judges holes whose grace has passed on the wall clock and in the feed: the listener applied an event at least
   * the grace later than the hole, or holds nothing unapplied (a listener far behind has not yet seen the late event);
   * never while the listener holds an unapplied event of the hole's resource.
   */
  private async checkHoles(): Promise<void> {
    const now = Date.now();
    const grace = this.options.holeGraceSeconds * 1000;
    const idle = !this.options.behind();
    const ripe = (h: { hole: FeedHole; due: number }) =>
      h.due <= now &&
      (idle || this.watermark >= h.hole.time.getTime() + grace) &&
      !this.options.pending?.(h.hole);
    const due = this.holes.filter(ripe);
    if (!due.length) return;
    this.holes = this.holes.filter((h) => !ripe(h));
    for (const { hole } of due) {
      try {
        if (await holeFilled(this.options.db, hole)) continue;
        const what = `${hole.resource.kind} ${hole.id}`;
        await this.sync(hole.scope, `an event of ${what} before ${hole.time.toISOString()} never arrived`);
      } catch (err) {
        this.options.log?.(`feed: checking a hole in ${hole.scope}: ${(err as Error).message}`);
      }
    }
  }

  private async sync(projectId: string, reason: string): Promise<void> {
    const last = this.requested.get(projectId);
    if (!this.options.requestSync || (last !== undefined && Date.now() - last < resyncAfterMs)) return;
    this.requested.set(projectId, Date.now());
    this.syncs.push(projectId);
    this.options.metrics.gapSyncs.inc();
    this.options.log?.(`feed: gap in ${projectId} (${reason}): starting a full sync`);
    await this.options.requestSync(projectId, reason);
    await sql`update feed_projects set last_sync_requested_at = clock_timestamp(), last_received_at = clock_timestamp()
      where project_id = ${projectId}`.execute(this.options.db);
  }
}
