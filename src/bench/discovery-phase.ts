import { performance } from 'node:perf_hooks';
import { generateHierarchy } from '../emulator/resource-manager/generate-hierarchy.js';
import { startStandaloneRm } from '../emulator/resource-manager/standalone.js';
import { GoogleApiCaller } from '../gcp/google-api-caller.js';
import { checkComputeServices, discoverIntoStore } from '../gcp/discovery/discover.js';
import { createDiscoveryClient } from '../gcp/discovery/discovery-client.js';
import { includedPage } from '../gcp/discovery/discovery-store.js';
import { TokenBucket } from '../provider/token-bucket.js';
import type { BenchDatabase } from './bench-database.js';
import { phase, type PhaseResult } from './phase.js';

/** Projects discovered at a scale: 10,000 at scale ≥ 1, at least 50. */
export function discoveryProjectsAt(scale: number): number {
  return Math.max(50, Math.round(10_000 * Math.min(1, scale)));
}

/**
 * Discovery of `projects` projects under an organization with 10 × 10 folders: the walk, the Service Usage
 * checks and paging the included ids 500 at a time, through the same functions the activities run. Largest
 * payload is the largest activity result (counts or a page of ids) as JSON. The bucket is unthrottled so the
 * figure is Hotpot's cost; at the default 300 requests/min the API calls alone take calls / 300 minutes.
 */
export async function discoveryPhase(db: BenchDatabase, projects: number): Promise<PhaseResult> {
  const rm = await startStandaloneRm(
    generateHierarchy({ projects, depth: 2, fanout: 10, computeDisabledEvery: 20 }),
  );
  const store = await db.open(10);
  try {
    const caller = new GoogleApiCaller({ bucket: new TokenBucket(6_000_000) });
    const api = { client: createDiscoveryClient({ kind: 'none' }, rm.url), caller, pageSize: 1000 };
    const runId = `bench-discovery-${Date.now()}`;
    const started = performance.now();
    let largest = JSON.stringify(
      await discoverIntoStore(store.db, api, { runId, parents: ['organizations/100'] }),
    ).length;
    const counts = await checkComputeServices(store.db, api, runId, 16);
    largest = Math.max(largest, JSON.stringify(counts).length);
    let paged = 0;
    for (;;) {
      const ids = await includedPage(store.db, runId, paged, 500);
      if (!ids.length) break;
      paged += ids.length;
      largest = Math.max(largest, JSON.stringify({ projectIds: ids }).length);
    }
    const ms = performance.now() - started;
    return phase(`discovery ${projects} projects`, ms, counts.discovered, {
      apiCalls: caller.calls,
      largestPayloadBytes: largest,
      note: `${counts.included} included (${paged} paged), ${counts.skipped} Compute disabled; at 300 requests/min the calls alone take ${Math.ceil(caller.calls / 300)} min`,
    });
  } finally {
    await store.close();
    await rm.close();
  }
}
