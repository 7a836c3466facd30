import { Duration, type Message, type PubSub, type Subscription } from '@google-cloud/pubsub';
import { sql, type Kysely } from 'kysely';
import { kindsByAssetType, readCaiMessage } from '../gcp/feed/cai-event.js';
import { applyFeedChanges, type FeedChange, type FeedResult } from '../ingest/feed-writer.js';
import { FeedMetrics, type FeedEventOutcome } from '../metrics/feed-metrics.js';
import type { ResourceDefinition } from '../provider/resource.js';
import { FeedGaps } from './feed-gaps.js';

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
  /** How long a missing event (a hole in a resource's chain of prior assets) may be late before it is a gap. */
  holeGraceSeconds?: number;
  /** Scopes applied at once, each in its own transaction (keep below the store's pool size). */
  concurrency?: number;
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
  /** Transactions committed (each applies the queued events of one scope). */
  batches: number;
}

interface Queued {
  message: Message;
  resource: ResourceDefinition;
  change: FeedChange;
}

const busyRetryMs = 250;
/**
 * The least deadline the client asks for a message it holds (its lease manager extends it until acknowledged, up to
 * an hour). A server that ignores the stream's flow control (the test server does) keeps sending while the client's
 * stream is paused; those messages wait in the transport with this deadline, not the subscription's 10 s.
 */
const minAckDeadline = Duration.from({ seconds: 60 });
const maxExtensionTime = Duration.from({ minutes: 60 });
const maxBatch = 200;
/** The gRPC status of a subscription that does not exist. */
const notFound = 5;

/**
 * Applies Cloud Asset feed messages to the store between full syncs: streaming pull with flow control; events
 * queue per resource scope (project × kind) and each scope's queue is applied in one transaction holding its lease
 * (one scope at a time per scope, `concurrency` scopes at once), so a burst costs one commit per scope rather than
 * per event. A message is acknowledged only after its transaction committed (a crash redelivers it, and applying
 * it again is a duplicate). Unknown kinds and projects are acknowledged and counted.
 */
export class FeedListener {
  readonly stats: FeedListenerStats;
  readonly metrics: FeedMetrics;
  readonly gaps: FeedGaps;
  private readonly byType: Map<string, ResourceDefinition>;
  private readonly subs: Subscription[] = [];
  private readonly known = new Set<string>();
  private readonly queues = new Map<string, Queued[]>();
  private readonly active = new Set<string>();
  private readonly waiting = new Set<string>();
  /** Events received and not yet applied, per resource (scope, kind, id): a hole there is not judged meanwhile. */
  private readonly unapplied = new Map<string, number>();
  private running = 0;
  private stopped = false;

  constructor(private readonly options: FeedListenerOptions) {
    this.byType = kindsByAssetType(options.resources);
    this.metrics = options.metrics ?? new FeedMetrics();
    this.gaps = new FeedGaps({
      db: options.db,
      maxEventAgeSeconds: options.maxEventAgeSeconds,
      holeGraceSeconds: options.holeGraceSeconds ?? 30,
      metrics: this.metrics,
      behind: () => this.stats.inFlight > 0,
      pending: (hole) => this.unapplied.has(resourceKey(hole.scope, hole.resource.kind, hole.id)),
      ...(options.requestSync && { requestSync: options.requestSync }),
      ...(options.log && { log: options.log }),
    });
    this.stats = {
      outcomes: { applied: 0, duplicate: 0, stale: 0, rejected: 0, ignored: 0 },
      latenciesMs: [],
      gapSyncs: this.gaps.syncs,
      inFlight: 0,
      batches: 0,
    };
  }

  /** Checks for projects silent past the limit (synced in full), then opens every subscription's stream. */
  async start(): Promise<void> {
    await this.gaps.start();
    for (const name of this.options.subscriptions) this.open(name);
  }

  private open(name: string): void {
    const sub = this.options.pubsub.subscription(name, {
      flowControl: { maxMessages: this.options.maxOutstanding, allowExcessMessages: false },
      minAckDeadline,
      maxExtensionTime,
    });
    sub.on('message', (m: Message) => void this.onMessage(m));
    sub.on('error', (err: Error & { code?: number }) => {
      this.options.log?.(`feed: subscription ${name}: ${err.message}`);
      if (err.code === notFound && this.subs.includes(sub)) void this.reopen(name, sub);
    });
    this.subs.push(sub);
  }

  /**
   * A subscription that is gone (NOT_FOUND: deleted, expired, or the server lost it) lost its backlog: once it
   * exists again the stream is reopened and every project is synced in full.
   */
  private async reopen(name: string, gone: Subscription): Promise<void> {
    this.subs.splice(this.subs.indexOf(gone), 1);
    await gone.close().catch(() => undefined);
    this.options.log?.(`feed: subscription ${name} is gone; waiting for it to exist again`);
    while (!this.stopped) {
      await new Promise((r) => setTimeout(r, 1000));
      const [exists] = await this.options.pubsub
        .subscription(name)
        .exists()
        .catch(() => [false]);
      if (!exists || this.stopped) continue;
      this.open(name);
      await this.gaps.syncAll(
        [...this.byType.values()].map((r) => r.kind),
        `subscription ${name} was gone: its undelivered events are lost`,
      );
      return;
    }
  }

  /** Closes the streams; messages not yet acknowledged are redelivered to the next listener. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.gaps.stop();
    for (const queue of this.queues.values()) for (const q of queue.splice(0)) this.release(q, false);
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
        return this.settle(message, true);
      }
      const { resource, change } = event;
      if (!(await this.knownProject(change.scope))) {
        this.count(kind, 'ignored');
        this.options.log?.(`feed: ignored event of unknown project ${change.scope}`);
        return this.settle(message, true);
      }
      if (this.stopped) return this.settle(message, false);
      const key = `${change.scope}\u0000${resource.kind}`;
      const queue = this.queues.get(key) ?? [];
      queue.push({ message, resource, change });
      this.queues.set(key, queue);
      this.hold(resourceKey(change.scope, resource.kind, change.id), 1);
      this.kick();
    } catch (err) {
      this.options.log?.(
        `feed: message ${message.id} not applied, redelivered later: ${(err as Error).message}`,
      );
      this.settle(message, false);
    }
  }

  /** Starts applying queued scopes while fewer than `concurrency` transactions run. */
  private kick(): void {
    const limit = this.options.concurrency ?? 4;
    for (const [key, queue] of this.queues) {
      if (this.running >= limit || this.stopped) return;
      if (!queue.length || this.active.has(key) || this.waiting.has(key)) continue;
      this.active.add(key);
      this.running++;
      void this.drain(key, queue.splice(0, maxBatch)).finally(() => {
        this.active.delete(key);
        this.running--;
        if (!this.queues.get(key)?.length) this.queues.delete(key);
        this.kick();
      });
    }
  }

  /** Applies a scope's batch; a busy scope (a listing holds it) puts the batch back and waits before retrying. */
  private async drain(key: string, batch: Queued[]): Promise<void> {
    const resource = batch[0]!.resource;
    let results: FeedResult[] | 'busy';
    try {
      results = await applyFeedChanges(
        this.options.db,
        resource,
        batch.map((q) => q.change),
      );
    } catch (err) {
      if (batch.length > 1) {
        for (const q of batch) await this.drain(key, [q]);
        return;
      }
      this.options.log?.(
        `feed: message ${batch[0]!.message.id} not applied, redelivered later: ${(err as Error).message}`,
      );
      return this.release(batch[0]!, false);
    }
    if (results === 'busy') {
      this.queues.set(key, [...batch, ...(this.queues.get(key) ?? [])]);
      this.waiting.add(key);
      setTimeout(() => {
        this.waiting.delete(key);
        this.kick();
      }, busyRetryMs);
      return;
    }
    this.stats.batches++;
    const now = Date.now();
    for (const [i, q] of batch.entries()) this.settled(q, results[i]!, now);
    for (const q of batch)
      await this.gaps.note(q.change).catch((err: Error) => this.options.log?.(`feed: ${err.message}`));
  }

  private settled({ message, resource, change }: Queued, result: FeedResult, now: number): void {
    const kind = resource.kind;
    if (result.error)
      this.options.log?.(`feed: ${kind} ${change.scope}/${change.id} rejected: ${result.error}`);
    this.count(kind, result.outcome);
    if (result.outcome === 'applied') {
      const ms = now - change.time.getTime();
      this.stats.latenciesMs.push(ms);
      this.metrics.latency.observe({ kind }, ms / 1000);
    }
    if (result.hole)
      this.gaps.hole({
        scope: change.scope,
        resource,
        id: change.id,
        time: change.time,
        prior: change.prior,
      });
    this.release({ message, resource, change }, true);
  }

  /** Settles a queued event's message and counts it no longer unapplied. */
  private release(q: Queued, ack: boolean): void {
    this.hold(resourceKey(q.change.scope, q.resource.kind, q.change.id), -1);
    this.settle(q.message, ack);
  }

  private hold(key: string, n: number): void {
    const left = (this.unapplied.get(key) ?? 0) + n;
    if (left > 0) this.unapplied.set(key, left);
    else this.unapplied.delete(key);
  }

  private settle(message: Message, ack: boolean): void {
    if (ack) message.ack();
    else message.nack();
    this.stats.inFlight--;
    this.metrics.backlog.dec();
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
}

const resourceKey = (scope: string, kind: string, id: string) => `${scope}\u0000${kind}\u0000${id}`;
