import { proxyActivities } from '@temporalio/workflow';
import { permanentGcpFailures } from '../../gcp/failure-types.js';
import type {
  DiscoveryActivities,
  DiscoveryCounts,
  DiscoveryInput,
  VanishedSummary,
} from '../../gcp/discovery/types.js';

/** Largest page of project ids fed to children at once (≈ 15 KB of payload). */
const discoveryPageSize = 500;

const discovery = proxyActivities<DiscoveryActivities>({
  startToCloseTimeout: '4h',
  heartbeatTimeout: '2m',
  retry: {
    initialInterval: '2s',
    maximumInterval: '1m',
    maximumAttempts: 10,
    nonRetryableErrorTypes: [...permanentGcpFailures, 'DiscoveryBadSelector'],
  },
});

/** Discovers the input's projects into the store (walk, then Service Usage checks); returns counts only. */
export async function discoverProjects(input: DiscoveryInput): Promise<DiscoveryCounts> {
  await discovery.DiscoverProjects(input);
  return discovery.CheckComputeServices({ runId: input.runId });
}

/** Included project ids from `offset`, at most `limit` (and at most 500); empty when none remain. */
export async function nextDiscoveredPage(runId: string, offset: number, limit: number): Promise<string[]> {
  const page = await discovery.NextDiscoveredPage({
    runId,
    offset,
    limit: Math.min(limit, discoveryPageSize),
  });
  return page.projectIds;
}

/** Reports (and, once confirmed, closes) projects that vanished since the previous complete discovery. */
export function handleVanishedProjects(runId: string): Promise<VanishedSummary> {
  return discovery.HandleVanishedProjects({ runId });
}
