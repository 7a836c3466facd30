import { PubSub } from '@google-cloud/pubsub';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createHotpotClient } from '../client/hotpot-client.js';
import { ConfigError } from '../config/config-error.js';
import type { HotpotConfig } from '../config/types.js';
import { computeResources } from '../gcp/compute/registry.js';
import type { FeedMetrics } from '../metrics/feed-metrics.js';
import { FeedListener } from './feed-listener.js';

/** What a listener process wires: the store, a Temporal client for gap syncs, and where log lines go. */
export interface ListenerDeps {
  db: Kysely<unknown>;
  temporal?: Client;
  log?: (line: string) => void;
  metrics?: FeedMetrics;
  /** A Pub/Sub client; by default the official client's own (PUBSUB_EMULATOR_HOST reaches the test server). */
  pubsub?: PubSub;
}

/**
 * Starts the change-feed listener on `gcp.feeds.subscriptions` for the Compute kinds; a gap starts the project's
 * ComputeWorkflow through the client. Throws a ConfigError naming the key when no subscription is configured.
 */
export async function startFeedListener(
  config: Pick<HotpotConfig, 'gcp' | 'temporal'>,
  deps: ListenerDeps,
): Promise<FeedListener> {
  const feeds = config.gcp.feeds;
  if (!feeds?.subscriptions.length)
    throw new ConfigError([
      {
        key: 'gcp.feeds.subscriptions',
        message:
          'no feed subscription is configured (set gcp.feeds.subscriptions or HOTPOT_GCP_FEED_SUBSCRIPTIONS to projects/P/subscriptions/S)',
      },
    ]);
  const hotpot = deps.temporal && createHotpotClient(deps.temporal, { taskQueue: config.temporal.taskQueue });
  const listener = new FeedListener({
    db: deps.db,
    pubsub: deps.pubsub ?? new PubSub(),
    subscriptions: feeds.subscriptions,
    resources: computeResources,
    maxOutstanding: feeds.maxOutstanding,
    maxEventAgeSeconds: feeds.maxEventAgeSeconds,
    holeGraceSeconds: feeds.holeGraceSeconds,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.log ? { log: deps.log } : {}),
    ...(hotpot && {
      requestSync: async (projectId: string) => {
        try {
          await hotpot.startCompute(projectId);
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
      },
    }),
  });
  await listener.start();
  return listener;
}
