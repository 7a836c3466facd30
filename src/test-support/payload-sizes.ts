import type { Client } from '@temporalio/client';
import protos from '@temporalio/proto';

const { EventType } = protos.temporal.api.enums.v1;

/** The largest payload of one history, and how many payloads it holds. */
export interface PayloadSizes {
  count: number;
  max: number;
  /** Event type of the largest payload. */
  maxAt: string;
}

/** Measures every payload (`{ metadata, data }`) anywhere in a workflow run's history. */
export async function historyPayloadSizes(
  client: Client,
  workflowId: string,
  runId?: string,
): Promise<PayloadSizes & { continuedAs?: string }> {
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  const sizes: PayloadSizes = { count: 0, max: 0, maxAt: '' };
  let continuedAs: string | undefined;
  for (const event of history.events ?? []) {
    const next = event.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
    if (next) continuedAs = next;
    walk(event, (bytes) => {
      sizes.count++;
      if (bytes > sizes.max) {
        sizes.max = bytes;
        sizes.maxAt = EventType[event.eventType ?? 0] ?? String(event.eventType);
      }
    });
  }
  return { ...sizes, ...(continuedAs && { continuedAs }) };
}

/** Measures every run of a continue-as-new chain, from its first run. */
export async function chainPayloadSizes(
  client: Client,
  workflowId: string,
  firstRunId: string,
): Promise<PayloadSizes & { runs: number }> {
  const total = { count: 0, max: 0, maxAt: '', runs: 0 };
  for (let runId: string | undefined = firstRunId; runId; ) {
    const sizes = await historyPayloadSizes(client, workflowId, runId);
    total.runs++;
    total.count += sizes.count;
    if (sizes.max > total.max) Object.assign(total, { max: sizes.max, maxAt: sizes.maxAt });
    runId = sizes.continuedAs;
  }
  return total;
}

function walk(value: unknown, found: (bytes: number) => void, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 30) return;
  if (value instanceof Uint8Array) return;
  const record = value as Record<string, unknown>;
  if (record.data instanceof Uint8Array && 'metadata' in record) {
    found(record.data.length);
    return;
  }
  for (const child of Array.isArray(value) ? value : Object.values(record)) walk(child, found, depth + 1);
}
