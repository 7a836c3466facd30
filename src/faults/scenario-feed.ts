import { PubSub } from '@google-cloud/pubsub';
import type { FeedTarget } from '../emulator/index.js';
import { startPubSubServer, type PubSubServer } from '../pubsub/pstest-server.js';

const gcpProject = 'hotpot-faults-feed';

/**
 * A scenario's change feed: Google's Pub/Sub test server, the topic the emulator publishes Cloud Asset messages to,
 * and the subscription `hotpot listen` reads. `restart` stops the server and starts it on the same port.
 */
export class ScenarioFeed {
  private constructor(
    private server: PubSubServer,
    private pubsub: PubSub,
    readonly topic: string,
    readonly subscription: string,
  ) {}

  /** Starts the server and creates the topic and subscription named after the scenario. */
  static async start(name: string): Promise<ScenarioFeed> {
    const server = await startPubSubServer();
    const pubsub = new PubSub({ projectId: gcpProject, apiEndpoint: server.host, emulatorMode: true });
    const feed = new ScenarioFeed(
      server,
      pubsub,
      `projects/${gcpProject}/topics/cai-${name}`,
      `projects/${gcpProject}/subscriptions/cai-${name}-hotpot`,
    );
    await feed.create();
    return feed;
  }

  /** Where the emulator publishes. */
  get target(): FeedTarget {
    return { topic: this.topic, pubsubHost: this.server.host };
  }

  /** The environment of `hotpot listen` / `hotpot worker --listen` on this feed. */
  env(): Record<string, string> {
    return { HOTPOT_GCP_FEED_SUBSCRIPTIONS: this.subscription, PUBSUB_EMULATOR_HOST: this.server.host };
  }

  /** Creates the topic and subscription (the test server keeps them in memory only). */
  async create(): Promise<void> {
    const [topic] = await this.pubsub.createTopic(this.topic);
    await topic.createSubscription(this.subscription, { ackDeadlineSeconds: 10 });
  }

  /** Stops the server: everything it held (topic, subscription, undelivered messages) is lost. */
  async stopServer(): Promise<void> {
    await this.server.stop();
  }

  /** Starts the server again on the same port (empty) with a fresh client. */
  async startServer(): Promise<void> {
    const port = Number(this.server.host.split(':')[1]);
    await this.pubsub.close();
    this.server = await startPubSubServer({ port });
    this.pubsub = new PubSub({ projectId: gcpProject, apiEndpoint: this.server.host, emulatorMode: true });
  }

  async close(): Promise<void> {
    await this.pubsub.close();
    await this.server.stop();
  }
}
