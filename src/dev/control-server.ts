import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { z } from 'zod';
import { HotpotError } from '../errors.js';
import { BadOperationError, parseOperation, runOperation } from '../query/query-operations.js';
import type { Store } from '../store/open-store.js';
import { decodeWire, encodeWire } from './wire.js';

/** What the dev control API serves: named query operations on the held store, and a mutation round followed by a sync. */
export interface ControlHandlers {
  store: Store;
  mutate(request: { percent?: number; seed?: number }): Promise<unknown>;
}

/** A running control API on 127.0.0.1; every request must carry `Authorization: Bearer <token>`. */
export interface ControlServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Requests larger than this get 413: parameters are a few names and times. */
export const MAX_BODY_BYTES = 64 * 1024;

const mutateSchema = z.strictObject({
  percent: z.number().gt(0).max(100).optional(),
  seed: z.number().int().optional(),
});

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function body(req: http.IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off('data', onData).resume();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

function tooLarge(): HttpError {
  return new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`);
}

function parseJson(text: string): unknown {
  try {
    return text.trim() === '' ? {} : decodeWire<unknown>(text);
  } catch {
    throw new HttpError(400, 'request body is not JSON');
  }
}

function authorized(req: http.IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function handle(req: http.IncomingMessage, handlers: ControlHandlers): Promise<unknown> {
  if (req.method === 'POST' && req.url === '/query') {
    const request = parseJson(await body(req));
    if (typeof request !== 'object' || request === null || Array.isArray(request))
      throw new HttpError(400, 'request body must be {"operation": …, "parameters": {…}}');
    const { operation, parameters } = request as { operation?: unknown; parameters?: unknown };
    const call = parseOperation(operation, parameters);
    return handlers.store.db
      .transaction()
      .setAccessMode('read only')
      .execute((tx) => runOperation(tx, call));
  }
  if (req.method === 'POST' && req.url === '/mutate') {
    const parsed = mutateSchema.safeParse(parseJson(await body(req)));
    if (!parsed.success)
      throw new HttpError(
        400,
        `bad mutate parameters: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
      );
    return handlers.mutate(parsed.data);
  }
  if (req.method === 'GET' && req.url === '/status') return { pid: process.pid };
  throw new HttpError(
    404,
    `no ${req.method ?? ''} ${req.url ?? ''}: use POST /query, POST /mutate, GET /status`,
  );
}

function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.status;
  if (err instanceof BadOperationError) return 400;
  if (err instanceof HotpotError) return 422;
  return 500;
}

/**
 * Starts the control API: `POST /query {operation, parameters}` (a named query operation, validated, run in a
 * read-only transaction), `POST /mutate` and `GET /status`. Bad requests get 400, oversized bodies 413, and a
 * query's own error (e.g. no such run) 422. Only callers that can read the token (in the 0600 state file) are served.
 */
export async function startControlServer(handlers: ControlHandlers): Promise<ControlServer> {
  const token = randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => {
    void (async () => {
      const reply = (status: number, value: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(encodeWire(value));
      try {
        if (!authorized(req, token)) {
          reply(401, { error: 'missing or wrong token (see .hotpot/dev.json)' });
          return;
        }
        reply(200, await handle(req, handlers));
      } catch (err) {
        const status = statusOf(err);
        if (res.headersSent) res.destroy();
        else {
          if (status === 413) res.setHeader('connection', 'close');
          reply(status, { error: (err as Error).message });
        }
        if (!req.complete) req.resume();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
