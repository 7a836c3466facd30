import { PubSub } from '@google-cloud/pubsub';
import type * as GoogleResourceManager from '@googleapis/cloudresourcemanager';
import { computeResources } from '../compute/registry.js';
import { loadGoogleClient } from '../load-google-client.js';

/** What `hotpot feeds setup` makes: a Cloud Asset feed on `parent` publishing to a topic, and Hotpot's subscription. */
export interface FeedPlan {
  parent: string;
  project: string;
  feedId: string;
  topic: string;
  subscription: string;
  assetTypes: string[];
}

/** The plan for `parent` (organizations/N, folders/N or projects/P) with the topic in `project`. */
export function feedPlan(parent: string, project: string, name = 'hotpot'): FeedPlan {
  if (!/^(organizations|folders|projects)\/[^/]+$/.test(parent))
    throw new Error(`--parent ${JSON.stringify(parent)} is not organizations/N, folders/N or projects/P`);
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(project))
    throw new Error(`--project ${JSON.stringify(project)} is not a GCP project id`);
  return {
    parent,
    project,
    feedId: name,
    topic: `projects/${project}/topics/${name}-cai`,
    subscription: `projects/${project}/subscriptions/${name}-cai-listener`,
    assetTypes: [...new Set(computeResources.flatMap((r) => r.assetTypes ?? []))].sort(),
  };
}

/** The request body of Cloud Asset's `feeds.create` for the plan (content type RESOURCE: the API objects). */
export function feedCreateBody(plan: FeedPlan) {
  return {
    feedId: plan.feedId,
    feed: {
      assetTypes: plan.assetTypes,
      contentType: 'RESOURCE',
      feedOutputConfig: { pubsubDestination: { topic: plan.topic } },
    },
  };
}

/** The gcloud commands (and the REST call) that make the plan, with the IAM binding the Cloud Asset agent needs. */
export function feedCommands(plan: FeedPlan): string[] {
  const [kind, id] = plan.parent.split('/') as [string, string];
  const flag = { organizations: '--organization', folders: '--folder', projects: '--project' }[kind];
  const topic = plan.topic.split('/').pop()!;
  const sub = plan.subscription.split('/').pop()!;
  return [
    `gcloud pubsub topics create ${topic} --project ${plan.project}`,
    `gcloud pubsub subscriptions create ${sub} --project ${plan.project} --topic ${topic} --ack-deadline 60 --message-retention-duration 7d`,
    `gcloud asset feeds create ${plan.feedId} ${flag} ${id} --content-type resource --pubsub-topic ${plan.topic} --asset-types ${plan.assetTypes.join(',')}`,
    `# Cloud Asset publishes as its service agent of the project that owns the feed's quota; it needs roles/pubsub.publisher on the topic:`,
    `gcloud pubsub topics add-iam-policy-binding ${topic} --project ${plan.project} --member serviceAccount:service-PROJECT_NUMBER@gcp-sa-cloudasset.iam.gserviceaccount.com --role roles/pubsub.publisher`,
    `# REST equivalent of the feed: POST https://cloudasset.googleapis.com/v1/${plan.parent}/feeds ${JSON.stringify(feedCreateBody(plan))}`,
    `# Then: gcp.feeds.subscriptions: [${plan.subscription}]  (or HOTPOT_GCP_FEED_SUBSCRIPTIONS)`,
  ];
}

/**
 * Makes the plan with Application Default Credentials: the topic and subscription with the official Pub/Sub client
 * (existing ones are kept), the feed through Cloud Asset's REST API with the official Google auth client.
 */
export async function applyFeedPlan(plan: FeedPlan, log: (line: string) => void): Promise<void> {
  const pubsub = new PubSub({ projectId: plan.project });
  try {
    const topic = pubsub.topic(plan.topic);
    if ((await topic.exists())[0]) log(`topic ${plan.topic} exists`);
    else log(`created topic ${(await topic.create())[0].name}`);
    const sub = pubsub.subscription(plan.subscription);
    if ((await sub.exists())[0]) log(`subscription ${plan.subscription} exists`);
    else {
      await topic.createSubscription(plan.subscription, {
        ackDeadlineSeconds: 60,
        messageRetentionDuration: { seconds: 7 * 24 * 3600 },
      });
      log(`created subscription ${plan.subscription}`);
    }
  } finally {
    await pubsub.close();
  }
  const { auth } = loadGoogleClient<typeof GoogleResourceManager>('@googleapis/cloudresourcemanager');
  const client = new auth.GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] });
  await client.request({
    url: `https://cloudasset.googleapis.com/v1/${plan.parent}/feeds`,
    method: 'POST',
    data: feedCreateBody(plan),
  });
  log(`created feed ${plan.parent}/feeds/${plan.feedId} → ${plan.topic}`);
}
