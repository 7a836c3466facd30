import type { compute_v1 } from '@googleapis/compute';
import type { Kysely } from 'kysely';
import type { ApiCaller } from '../gcp/api-caller.js';
import type { ResourceDefinition } from './resource.js';
import { ScopeWriter, type ScopeCounts } from './scope-writer.js';
import { recordScopeFinished, recordScopeStarted } from './runs.js';

/** What one scope sync needs. */
export interface SyncScopeInput {
  db: Kysely<unknown>;
  resource: ResourceDefinition;
  compute: compute_v1.Compute;
  api: ApiCaller;
  projectId: string;
  runId: string;
  pageSize: number;
  /** Called after each page (heartbeat, progress). */
  onPage?: (progress: { pages: number; listed: number }) => void;
}

/** The outcome of one scope: counts, and the locations the API could not reach (no deletion there). */
export interface ScopeResult extends ScopeCounts {
  kind: string;
  status: 'ok' | 'partial';
  unreachable: string[];
  apiCalls: number;
}

/** Lists one resource kind of one project page by page into the store; deletes only after a complete listing. */
export async function syncScope(input: SyncScopeInput): Promise<ScopeResult> {
  const { db, resource, projectId, runId } = input;
  const startedAt = new Date();
  const callsBefore = input.api.calls;
  await recordScopeStarted(db, { runId, projectId, kind: resource.kind, startedAt });
  try {
    const writer = new ScopeWriter(db, resource, projectId, startedAt);
    const unreachable = new Set<string>();
    const reachable = new Set<string>();
    let pages = 0;
    for await (const page of resource.list(input.compute, {
      projectId,
      pageSize: input.pageSize,
      api: input.api,
    })) {
      await writer.writePage(page.items, new Date());
      for (const loc of page.unreachable) unreachable.add(loc);
      for (const loc of page.locations) reachable.add(loc);
      input.onPage?.({ pages: ++pages, listed: writer.counts.listed });
    }
    for (const loc of unreachable) reachable.delete(loc);
    const counts = await writer.finish([...unreachable], [...reachable], runId, new Date());
    const result: ScopeResult = {
      kind: resource.kind,
      ...counts,
      status: unreachable.size ? 'partial' : 'ok',
      unreachable: [...unreachable].sort(),
      apiCalls: input.api.calls - callsBefore,
    };
    await recordScopeFinished(db, { runId, projectId, kind: resource.kind, result });
    return result;
  } catch (err) {
    const failure = err as { type?: string; message?: string };
    await recordScopeFinished(db, {
      runId,
      projectId,
      kind: resource.kind,
      error: {
        type: failure.type ?? (err as Error).name ?? 'Error',
        message: failure.message ?? String(err),
      },
      apiCalls: input.api.calls - callsBefore,
    }).catch(() => undefined);
    throw err;
  }
}
