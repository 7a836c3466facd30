import type { Message, PubSub, Subscription } from '@google-cloud/pubsub';
import { sql, type Kysely } from 'kysely';
import { kindsByAssetType, readCaiMessage } from '../gcp/feed/cai-event.js';
import { applyFeedChange, type FeedChange, type FeedOutcome } from '../ingest/feed-writer.js';
import { FeedMetrics, type FeedEventOutcome } from '../metrics/feed-metrics.js';
import type { ResourceDefinition } from '../provider/resource.js';

/** What the listener needs: the store, a Pub/Sub client, the subscriptions and the kinds the feed may carry. */
export interface FeedListenerOptions {
  db: Kysely<unknown>;
  pubsub: PubSub;
  /** `projects/P/subscriptions/S`. */
  subscriptions: readonly string[];
  resources: readonly ResourceDefinition<unknown, never>[];
  /** Messages held unacknowledged at once per subscription. */
  maxOutstanding: number;
  /** An event older than this, or a project silent longer, is a gap: its project is synced in full. */
  maxEventAgeSeconds: number;
  /** Starts a full sync of a project (a gap); a sync already running counts as started. */
  requestSync?: (projectId: string, reason: string) => Promise<void>;
  metrics?: FeedMetrics;
  log?: (line: string) => void;
}

/** Counts since start, by outcome, and the event→commit latency of each applied event (ms). */
export interface FeedListenerStats {
  outcomes: Record<FeedEventOutcome, number>;
  latenciesMs: number[];
  gapSyncs: string[];
  inFlight: number;
}

const busyRetryMs = 250;

/**
 * Applies Cloud Asset feed messages to the store between full syncs: streaming pull with flow control, one message
 * at a time per resource scope's lease, acknowledged only after its transaction committed (a crash redelivers it,
 * and applying it again is a duplicate). Unknown kinds and projects are acknowledged and counted.
 */
export class FeedListener {
  readonly stats: FeedListenerStats = {
    outcomes: { applied: 0, duplicate: 0, stale: 0, rejected: 0, ignored: 0 },
    latenciesMs: [],
    gapSyncs: [],
    inFlight: 0,
  };
  readonly metrics: FeedMetrics;
  private readonly byType: Map<string, ResourceDefinition>;
  private readonly subs: Subscription[] = [];
  private readonly known = new Set<string>();
  private readonly syncing = new Map<string, number>();
  /** When each project's feed_projects row was last written (at most once a second per project). */
  private readonly noted = new Map<string, number>();
  private stopped = false;

  constructor(private readonly options: FeedListenerOptions) {
    this.byType = kindsByAssetType(options.resources);
    this.metrics = options.metrics ?? new FeedMetrics();
  }

  /** Checks for projects silent past the limit (synced in full), then opens every subscription's stream. */
  async start(): Promise<void> {
    await this.syncSilentProjects();
    for (const name of this.options.subscriptions) {
      const sub = this.options.pubsub.subscription(name, {
        flowControl: { maxMessages: this.options.maxOutstanding, allowExcessMessages: false },
      });
      sub.on('message', (m: Message) => void this.onMessage(m));
      sub.on('error', (err: Error) => this.options.log?.(`feed: subscription ${name}: ${err.message}`));
      this.subs.push(sub);
    }
  }

  /** Closes the streams; messages not yet acknowledged are redelivered to the next listener. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.subs.map((s) => s.close()));
  }

  private async onMessage(message: Message): Promise<void> {
    this.stats.inFlight++;
    this.metrics.backlog.inc();
    try {
      const event = readCaiMessage(message.data.toString('utf8'), message.id, this.byType);
      const kind = 'resource' in event ? event.resource.kind : event.assetType || 'unknown';
      this.metrics.received.inc({ kind });
      if (!('resource' in event)) {
        this.count(kind, 'ignored');
        this.options.log?.(`feed: ignored ${event.skipped}: ${event.reason}`);
        return message.ack();
      }
      const { resource, change } = event;
      if (!(await this.knownProject(change.scope))) {
        this.count(kind, 'ignored');
        this.options.log?.(`feed: ignored event of unknown project ${change.scope}`);
        return message.ack();
      }
      const outcome = await this.apply(resource, change);
      if (outcome === undefined) return message.nack();
      this.count(kind, outcome);
      if (outcome === 'applied') {
        const ms = Date.now() - change.time.getTime();
        this.stats.latenciesMs.push(ms);
        this.metrics.latency.observe({ kind }, ms / 1000);
      }
      await this.noteProject(change);
      message.ack();
    } catch (err) {
      this.options.log?.(
        `feed: message ${message.id} not applied, redelivered later: ${(err as Error).message}`,
      );
      message.nack();
    } finally {
      this.stats.inFlight--;
      this.metrics.backlog.dec();
    }
  }

  /** Applies a change, waiting while a listing holds its scope; undefined when the listener stopped meanwhile. */
  private async apply(resource: ResourceDefinition, change: FeedChange): Promise<FeedOutcome | undefined> {
    for (;;) {
      if (this.stopped) return undefined;
      const { outcome, error } = await applyFeedChange(this.options.db, resource, change);
      if (outcome !== 'busy') {
        if (error)
          this.options.log?.(`feed: ${resource.kind} ${change.scope}/${change.id} rejected: ${error}`);
        return outcome;
      }
      await new Promise((r) => setTimeout(r, busyRetryMs));
    }
  }

  private count(kind: string, outcome: FeedEventOutcome | 'busy'): void {
    if (outcome === 'busy') return;
    this.stats.outcomes[outcome]++;
    this.metrics.events.inc({ kind, outcome });
  }

  /** A project is known once a listing of it began (its first full sync); feed events cannot introduce projects. */
  private async knownProject(projectId: string): Promise<boolean> {
    if (this.known.has(projectId)) return true;
    const r = await sql<{ n: number }>`
      select 1 as n from ingest_scope_results where scope = ${projectId} limit 1`.execute(this.options.db);
    if (r.rows.length) this.known.add(projectId);
    return r.rows.length > 0;
  }

  /** Records the project's latest event; an event older than the limit is a gap that syncs the project. */
  private async noteProject(change: FeedChange): Promise<void> {
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
      await this.requestSync(
        change.scope,
        `an event ${Math.round(ageS)} s old (limit ${this.options.maxEventAgeSeconds} s)`,
      );
  }

  /** Projects the feed last heard from longer ago than the limit may have lost events: each is synced in full. */
  private async syncSilentProjects(): Promise<void> {
    const r = await sql<{ project_id: string; silent_s: number | string }>`
      select project_id, extract(epoch from clock_timestamp() - last_received_at) as silent_s from feed_projects
      where last_received_at < clock_timestamp() - ${`${this.options.maxEventAgeSeconds} seconds`}::interval`.execute(
      this.options.db,
    );
    for (const row of r.rows)
      await this.requestSync(row.project_id, `no feed event for ${Math.round(Number(row.silent_s))} s`);
  }

  private async requestSync(projectId: string, reason: string): Promise<void> {
    const last = this.syncing.get(projectId) ?? 0;
    if (!this.options.requestSync || Date.now() - last < this.options.maxEventAgeSeconds * 1000) return;
    this.syncing.set(projectId, Date.now());
    this.stats.gapSyncs.push(projectId);
    this.metrics.gapSyncs.inc();
    this.options.log?.(`feed: gap in ${projectId} (${reason}): starting a full sync`);
    await this.options.requestSync(projectId, reason);
    await sql`update feed_projects set last_sync_requested_at = clock_timestamp(), last_received_at = clock_timestamp()
      where project_id = ${projectId}`.execute(this.options.db);
  }
}
