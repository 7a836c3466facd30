import http from 'node:http';
import { CompiledQuery } from 'kysely';
import type { Store } from '../store/open-store.js';
import { decodeWire, encodeWire } from './wire.js';

/** What the dev control API serves: SQL on the held store, and a mutation round followed by a sync. */
export interface ControlHandlers {
  store: Store;
  mutate(request: { percent?: number; seed?: number }): Promise<unknown>;
}

/** A running control API on 127.0.0.1. */
export interface ControlServer {
  url: string;
  close(): Promise<void>;
}

async function body(req: http.IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

/** Starts the control API: `POST /sql {sql, parameters}` (read-only use by query commands) and `POST /mutate`. */
export async function startControlServer(handlers: ControlHandlers): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        let result: unknown;
        if (req.method === 'POST' && req.url === '/sql') {
          const query = decodeWire<{ sql: string; parameters: unknown[] }>(await body(req));
          result = await handlers.store.db.executeQuery(CompiledQuery.raw(query.sql, query.parameters));
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
