import { PubSub } from '@google-cloud/pubsub';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { FeedTarget } from '../emulator/index.js';
import { FeedListener } from '../feeds/feed-listener.js';
import { computeResources } from '../gcp/compute/registry.js';
import { createHotpotClient } from '../client/hotpot-client.js';
import { startPubSubServer } from '../pubsub/pstest-server.js';
import type { Cleanup } from './cleanup.js';
import type { Progress } from './progress.js';

/** The demo's change feed: the Pub/Sub test server, a topic the emulator publishes to and Hotpot's subscription. */
export interface DevFeed {
  target: FeedTarget;
  /** Starts the listener (after the first sync, so the projects are known). */
  listen(db: Kysely<unknown>, temporal: Client, taskQueue: string): Promise<void>;
}

/**
 * Starts the Pub/Sub test server (built on first use) with the demo feed's topic and subscription. Without Go or
 * the server, the demo runs without a feed and says so: mutations then show after their sync only.
 */
export async function startDevFeed(progress: Progress, cleanup: Cleanup): Promise<DevFeed | undefined> {
  progress.status('feed: starting the Pub/Sub test server…');
  let server;
  try {
    server = await startPubSubServer({ onProgress: (line) => progress.status(`feed: ${line}`) });
  } catch (err) {
    progress.line(
      `feed: not started (${(err as Error).message.split('\n')[0]}); changes show after each sync`,
    );
    return undefined;
  }
  cleanup.add(() => server.stop());
  const pubsub = new PubSub({ projectId: 'hotpot-demo-feeds', apiEndpoint: server.host, emulatorMode: true });
  cleanup.add(() => pubsub.close());
  const [topic] = await pubsub.createTopic('hotpot-cai');
  const [sub] = await topic.createSubscription('hotpot-cai-listener', { ackDeadlineSeconds: 30 });
  progress.line(`feed: Pub/Sub test server at ${server.host}, subscription ${sub.name}`);
  return {
    target: { topic: topic.name, pubsubHost: server.host },
    async listen(db, temporal, taskQueue) {
      const hotpot = createHotpotClient(temporal, { taskQueue });
      const listener = new FeedListener({
        db,
        pubsub,
        subscriptions: [sub.name],
        resources: computeResources,
        maxOutstanding: 200,
        maxEventAgeSeconds: 24 * 3600,
        requestSync: async (projectId) => void (await hotpot.startCompute(projectId).catch(() => undefined)),
      });
      await listener.start();
      cleanup.add(() => listener.stop());
      progress.line('feed: listening; a mutation shows in `hotpot changes` within seconds');
    },
  };
}
