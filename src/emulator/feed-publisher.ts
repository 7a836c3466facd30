import { PubSub, type Topic } from '@google-cloud/pubsub';
import { parseStored, type Journal, type ProjectState, type StoredResource } from './estate.js';
import type { MutationChange } from './project-edits.js';
import { derivePrng, type Prng } from './prng.js';
import { regionalCollectionOf } from './compute/resource-types.js';
import { computeBase } from './compute/urls.js';

/** Where the emulator publishes its change feed: a Pub/Sub topic (`projects/P/topics/T`) on a Pub/Sub server. */
export interface FeedTarget {
  topic: string;
  /** `host:port` of the Pub/Sub server (the test server); PUBSUB_EMULATOR_HOST when omitted. */
  pubsubHost?: string;
}

/**
 * The feed's faults: each message waits a random delay in `delayMs` before it is published; with probability
 * `duplicate` it is published twice, with probability `reorder` it is held `reorderMs` longer so later ones overtake,
 * with probability `drop` it is never published (a lost message: the listener must find the gap).
 */
export interface FeedFaults {
  delayMs: [number, number];
  duplicate: number;
  reorder: number;
  reorderMs: number;
  drop: number;
}

/** What the publisher did so far; `pending` counts messages still waiting to be published. */
export interface FeedStats {
  published: number;
  duplicated: number;
  reordered: number;
  pending: number;
  failed: number;
  dropped: number;
}

const noFaults: FeedFaults = { delayMs: [0, 0], duplicate: 0, reorder: 0, reorderMs: 0, drop: 0 };

/**
 * Publishes a Cloud Asset feed message (a TemporalAsset: asset, priorAsset, priorAssetState, window, deleted) for
 * every change a mutation applied, as Cloud Asset Inventory does for a feed of content type RESOURCE.
 */
export class FeedPublisher {
  faults: FeedFaults = noFaults;
  readonly stats: FeedStats = {
    published: 0,
    duplicated: 0,
    reordered: 0,
    pending: 0,
    failed: 0,
    dropped: 0,
  };
  private readonly topic: Topic;
  private readonly client: PubSub;
  private readonly prng: Prng;

  constructor(target: FeedTarget, seed: string | number) {
    const project = /^projects\/([^/]+)\/topics\/[^/]+$/.exec(target.topic)?.[1];
    if (!project) throw new Error(`feed topic ${JSON.stringify(target.topic)} is not projects/P/topics/T`);
    this.client = new PubSub({
      projectId: project,
      ...(target.pubsubHost ? { apiEndpoint: target.pubsubHost, emulatorMode: true } : {}),
    });
    this.topic = this.client.topic(target.topic);
    this.prng = derivePrng(seed, 'feed');
  }

  /** Publishes the changes of one mutation, which happened at `at`; `journal` holds their prior states. */
  publishChanges(
    projects: (id: string) => ProjectState | undefined,
    changes: MutationChange[],
    journal: Journal,
    at: Date,
  ) {
    const done = new Set<string>();
    for (const c of changes) {
      const key = `${c.project}/${c.type}/${c.scope}/${c.name}`;
      const project = projects(c.project);
      if (done.has(key) || !project) continue;
      done.add(key);
      const collection = project.collections[c.type];
      const prior = journal.get(collection)?.get(`${c.scope}/${c.name}`) ?? null;
      const now = collection.get(c.scope, c.name) ?? null;
      const message = feedMessage(c, prior, now, at);
      if (message) this.schedule(JSON.stringify(message));
    }
  }

  /** Stops publishing (messages still waiting are dropped) and closes the client. */
  async close(): Promise<void> {
    await this.client.close();
  }

  private schedule(text: string): void {
    if (this.faults.drop > 0 && this.prng.next() < this.faults.drop) {
      this.stats.dropped++;
      return;
    }
    const [min, max] = this.faults.delayMs;
    let delay = min + this.prng.next() * Math.max(0, max - min);
    if (this.prng.next() < this.faults.reorder) {
      delay += this.faults.reorderMs;
      this.stats.reordered++;
    }
    this.later(text, delay);
    if (this.prng.next() < this.faults.duplicate) {
      this.stats.duplicated++;
      this.later(text, delay + min + this.prng.next() * Math.max(1, max - min));
    }
  }

  private later(text: string, delayMs: number): void {
    this.stats.pending++;
    const send = () =>
      this.topic.publishMessage({ data: Buffer.from(text) }).then(
        () => {
          this.stats.pending--;
          this.stats.published++;
        },
        () => {
          this.stats.pending--;
          this.stats.failed++;
        },
      );
    if (delayMs <= 0) void send();
    else setTimeout(() => void send(), delayMs);
  }
}

/** The Cloud Asset message of one change: created, updated, re-created (another id) or deleted. */
function feedMessage(c: MutationChange, prior: StoredResource | null, now: StoredResource | null, at: Date) {
  if (!prior && !now) return undefined;
  const regional = regionalCollectionOf(c.type) !== undefined && c.scope.startsWith('regions/');
  const prefix = regional ? 'Region' : c.type.startsWith('global') ? 'Global' : '';
  const asset = (stored: StoredResource) => {
    const data = parseStored(stored);
    const kind = typeof data['kind'] === 'string' ? data['kind'].replace(/^compute#/, '') : c.type;
    const selfLink =
      typeof data['selfLink'] === 'string' ? data['selfLink'] : `${computeBase}/projects/${c.project}`;
    return {
      name: selfLink.replace(`${computeBase}/`, '//compute.googleapis.com/'),
      assetType: `compute.googleapis.com/${prefix}${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
      resource: {
        version: 'v1',
        discoveryDocumentUri: 'https://www.googleapis.com/discovery/v1/apis/compute/v1/rest',
        discoveryName: kind.charAt(0).toUpperCase() + kind.slice(1),
        parent: `//cloudresourcemanager.googleapis.com/projects/${c.project}`,
        data,
        location: c.scope === 'global' ? 'global' : c.scope.split('/')[1],
      },
      updateTime: at.toISOString(),
    };
  };
  const window = { startTime: at.toISOString() };
  if (!now) {
    const before = asset(prior!);
    return {
      asset: { name: before.name, assetType: before.assetType, updateTime: before.updateTime },
      priorAssetState: 'PRESENT',
      priorAsset: before,
      window,
      deleted: true,
    };
  }
  return prior
    ? { asset: asset(now), priorAssetState: 'PRESENT', priorAsset: asset(prior), window }
    : { asset: asset(now), priorAssetState: 'DOES_NOT_EXIST', window };
}
