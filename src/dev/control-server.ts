import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { CompiledQuery } from 'kysely';
import type { Store } from '../store/open-store.js';
import { decodeWire, encodeWire } from './wire.js';

/** What the dev control API serves: SQL on the held store, and a mutation round followed by a sync. */
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

async function body(req: http.IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

function authorized(req: http.IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Starts the control API: `POST /sql {sql, parameters}` (run in a read-only transaction, for query commands)
 * and `POST /mutate`. Only callers that can read the token (in the 0600 state file) are served.
 */
export async function startControlServer(handlers: ControlHandlers): Promise<ControlServer> {
  const token = randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        if (!authorized(req, token)) {
          res
            .writeHead(401, { 'content-type': 'text/plain' })
            .end('missing or wrong token (see .hotpot/dev.json)');
          return;
        }
        let result: unknown;
        if (req.method === 'POST' && req.url === '/sql') {
          const query = decodeWire<{ sql: string; parameters: unknown[] }>(await body(req));
          result = await handlers.store.db
            .transaction()
            .setAccessMode('read only')
            .execute((tx) => tx.executeQuery(CompiledQuery.raw(query.sql, query.parameters)));
        } else if (req.method === 'POST' && req.url === '/mutate') {
          const text = await body(req);
          result = await handlers.mutate(
            text ? (JSON.parse(text) as { percent?: number; seed?: number }) : {},
          );
        } else if (req.method === 'GET' && req.url === '/status') {
          result = { pid: process.pid };
        } else {
          res.writeHead(404).end('not found');
          return;
        }
        const text = encodeWire(result);
        res.writeHead(200, { 'content-type': 'application/json' }).end(text);
      } catch (err) {
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { 'content-type': 'text/plain' }).end((err as Error).message);
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
