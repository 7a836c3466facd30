import { readFileSync } from 'node:fs';
import type { Client } from '@temporalio/client';

/** A text to search: where it came from, and its content. */
export interface SearchedText {
  source: string;
  text: string;
}

/** A secret found somewhere it must never be. */
export interface Leak {
  secret: string;
  source: string;
}

/** The forms a secret can take in a text: as is, URL-encoded, JSON-escaped, base64. */
function forms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret).toString('base64'),
  ];
}

/** Every (secret label, source) pair where a secret appears in any of its forms. */
export function findLeaks(secrets: Record<string, string>, texts: SearchedText[]): Leak[] {
  const leaks: Leak[] = [];
  for (const [label, secret] of Object.entries(secrets)) {
    const variants = forms(secret);
    for (const { source, text } of texts) {
      if (variants.some((v) => text.includes(v))) leaks.push({ secret: label, source });
    }
  }
  return leaks;
}

/** A file's content as a searched text. */
export function fileText(path: string): SearchedText {
  return { source: path, text: readFileSync(path, 'utf8') };
}

/** The full history of every workflow matching `query`, payload bytes decoded as UTF-8 text. */
export async function workflowHistories(client: Client, query: string): Promise<SearchedText[]> {
  const texts: SearchedText[] = [];
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
