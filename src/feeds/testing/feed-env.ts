import { PubSub } from '@google-cloud/pubsub';
import { randomUUID } from 'node:crypto';
import type { GroundTruth } from '../../emulator/index.js';
import { computeResources } from '../../gcp/compute/registry.js';
import { startPubSubServer, type PubSubServer } from '../../pubsub/pstest-server.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { FeedListener } from '../feed-listener.js';

/** A whole Hotpot with a change feed: the Pub/Sub test server, a topic the emulator publishes to, a subscription. */
export interface FeedEnv {
  env: IngestEnv;
  pubsub: PubSub;
  server: PubSubServer;
  subscription: string;
  topic: string;
  /** A listener on the subscription (not started); `requestSync` starts the project's ComputeWorkflow. */
  listener(options?: { maxEventAgeSeconds?: number }): FeedListener;
  truths(): Promise<GroundTruth[]>;
  /** Messages handled by every listener made so far (all read the one subscription). */
  handled(): number;
  close(): Promise<void>;
}

/** Starts the environment for `projects` (generated, small), the feed topic and subscription included. */
export async function feedEnv(
  projects: string[],
  seed: number,
  sizes = { instances: 12, disks: 4, networks: 2 },
): Promise<FeedEnv> {
  const server = await startPubSubServer();
  const gcpProject = 'hotpot-feeds';
  const pubsub = new PubSub({ projectId: gcpProject, apiEndpoint: server.host, emulatorMode: true });
  const name = `cai-${randomUUID().slice(0, 8)}`;
  const [topic] = await pubsub.createTopic(name);
  const [sub] = await topic.createSubscription(`${name}-hotpot`, { ackDeadlineSeconds: 10 });
  const env = await ingestEnv({
    emulator: {
      generate: { seed, projects, zones: 2, ...sizes },
      feed: { topic: topic.name, pubsubHost: server.host },
    },
  });
  const listeners: FeedListener[] = [];
  return {
    env,
    pubsub,
    server,
    subscription: sub.name,
    topic: topic.name,
    listener(options = {}) {
      const listener = new FeedListener({
        db: env.db.store.db,
        pubsub,
        subscriptions: [sub.name],
        resources: computeResources,
        maxOutstanding: 100,
        maxEventAgeSeconds: options.maxEventAgeSeconds ?? 3600,
        requestSync: async (projectId) => void (await env.compute(projectId)),
      });
      listeners.push(listener);
      return listener;
    },
    handled: () =>
      listeners.reduce((n, l) => {
        const o = l.stats.outcomes;
        return n + o.applied + o.duplicate + o.stale + o.rejected + o.ignored;
      }, 0),
    truths: () => Promise.all(projects.map((p) => env.emulator.control.groundTruth(p))),
    async close() {
      await Promise.all(listeners.map((l) => l.stop()));
      await env.close();
      await pubsub.close();
      await server.stop();
    },
  };
}

/** Waits until the emulator published every feed message and the listener handled at least as many. */
export async function feedSettled(fe: FeedEnv, listener: FeedListener, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { stats } = await fe.env.emulator.control.feed();
    const handled = fe.handled();
    if (stats.pending === 0 && handled >= stats.published && listener.stats.inFlight === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `feed not settled: published ${stats.published} (pending ${stats.pending}), handled ${handled}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}
