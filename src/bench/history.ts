import type { Client, WorkflowHandle } from '@temporalio/client';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

/** History figures of one workflow across its continue-as-new chain. */
export interface HistoryFigures {
  runs: number;
  events: number;
  /** Bytes of the largest single payload in any event of any run. */
  largestPayload: number;
}

/** Walks the runs of `workflowId` from `firstRunId` through continue-as-new, counting events and payload sizes. */
export async function historyFigures(
  client: Client,
  workflowId: string,
  firstRunId: string,
): Promise<HistoryFigures> {
  const figures: HistoryFigures = { runs: 0, events: 0, largestPayload: 0 };
  let runId: string | undefined = firstRunId;
  while (runId) {
    const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    const events: HistoryEvent[] = history.events ?? [];
    figures.runs++;
    figures.events += events.length;
    for (const event of events)
      figures.largestPayload = Math.max(figures.largestPayload, largestPayload(event));
    const last: HistoryEvent | undefined = events[events.length - 1];
    runId = last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return figures;
}

/** The size of the largest payload (`{ metadata, data }`) anywhere inside a history event. */
function largestPayload(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object' || depth > 12 || value instanceof Uint8Array) return 0;
  const obj = value as Record<string, unknown>;
  if (obj.data instanceof Uint8Array && 'metadata' in obj) {
    const meta = obj.metadata as Record<string, Uint8Array> | null | undefined;
    const metaSize = meta ? Object.values(meta).reduce((n, v) => n + (v?.length ?? 0), 0) : 0;
    return obj.data.length + metaSize;
  }
  let max = 0;
  for (const child of Array.isArray(value) ? value : Object.values(obj))
    max = Math.max(max, largestPayload(child, depth + 1));
  return max;
}
