import type { IncomingMessage } from 'node:http';
import { reservedKeys } from './project-edits.js';

/** The largest control request body accepted; larger ones are answered 413. */
export const maxControlBodyBytes = 1024 * 1024;

/** The control request is malformed; answered 400 with the message. */
export class ControlBadRequest extends Error {}

/** The control request body exceeds maxControlBodyBytes; answered 413. */
export class RequestTooLarge extends Error {}

/**
 * Reads a control request's JSON body: at most maxControlBodyBytes (the rest is drained unbuffered), and no
 * object key nor dotted key part may be `__proto__`, `constructor` or `prototype`.
 */
export async function readControlJson(req: IncomingMessage): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > maxControlBodyBytes) {
    req.resume();
    throw tooLarge();
  }
  const body = await readLimited(req, maxControlBodyBytes);
  if (!body) throw tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(body.toString() || 'null');
  } catch {
    throw new ControlBadRequest('Body is not valid JSON');
  }
  const reserved = reservedKeyIn(value);
  if (reserved) throw new ControlBadRequest(`The key '${reserved}' is reserved`);
  return value;
}

/** The first reserved word among path segments (percent-decoded), if any. */
export function reservedIn(segments: readonly string[]): string | undefined {
  for (const raw of segments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new ControlBadRequest(`The path segment '${raw}' is not valid percent-encoding`);
    }
    const hit = segment.split('.').find((part) => reservedKeys.has(part));
    if (hit) return hit;
  }
  return undefined;
}

function reservedKeyIn(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = reservedKeyIn(v);
      if (hit) return hit;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    const hit = key.split('.').find((part) => reservedKeys.has(part)) ?? reservedKeyIn(v);
    if (hit) return hit;
  }
  return undefined;
}

function tooLarge(): RequestTooLarge {
  return new RequestTooLarge(`Request body exceeds ${maxControlBodyBytes} bytes`);
}

/** The body, or undefined once it passes `limit` (the rest is then read and dropped). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      req.resume();
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}
