import type { Client } from '@temporalio/client';
import type { SecretSource } from '../test-support/secrets-grep.js';

/** The full history of every workflow matching `query`, payload bytes decoded as UTF-8 text. */
export async function workflowHistories(client: Client, query: string): Promise<SecretSource[]> {
  const texts: SecretSource[] = [];
  for await (const execution of client.workflow.list({ query })) {
    const history = await client.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory();
    const text = JSON.stringify(history, (_key, value: unknown) => bytesAsText(value) ?? value);
    texts.push({ source: `history ${execution.workflowId} ${execution.runId}`, text });
  }
  return texts;
}

/** Payload bytes (a Uint8Array, or a Buffer after its toJSON) as UTF-8 text; undefined for anything else. */
function bytesAsText(value: unknown): string | undefined {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  const b = value as { type?: unknown; data?: unknown } | null;
  if (b && typeof b === 'object' && b.type === 'Buffer' && Array.isArray(b.data))
    return Buffer.from(b.data as number[]).toString('utf8');
  return undefined;
}
