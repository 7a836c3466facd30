import { rmSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { startDevServer, type DevServer } from '../temporal/dev-server.js';
import { freePort } from '../temporal/free-port.js';

/** A Temporal dev server on a fixed port with a persistent SQLite file, so it can be restarted mid-run. */
export interface RestartableTemporal {
  address: string;
  namespace: string;
  /** A client on the current server; recreated after a restart. */
  client(): Promise<Client>;
  /** Stops the server and starts it again on the same port and db file; resolves when it answers. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev --db-filename <dbFile>` on a free port. */
export async function startRestartableTemporal(dbFile: string): Promise<RestartableTemporal> {
  rmSync(dbFile, { force: true });
  const port = await freePort();
  const namespace = 'default';
  let server: DevServer | undefined = await startDevServer({ port, dbFile, namespace });
  let connection: Connection | undefined;
  let client: Client | undefined;
  const address = server.address;
  const dropClient = async () => {
    const c = connection;
    connection = undefined;
    client = undefined;
    await c?.close().catch(() => undefined);
  };
  return {
    address,
    namespace,
    async client() {
      if (!client) {
        connection = await Connection.connect({ address });
        client = new Client({ connection, namespace });
      }
      return client;
    },
    async restart(downMs = 0) {
      await dropClient();
      await server?.stop();
      server = undefined;
      if (downMs) await new Promise((r) => setTimeout(r, downMs));
      server = await startDevServer({ port, dbFile, namespace, readyTimeoutMs: 120_000 });
    },
    async stop() {
      await dropClient();
      await server?.stop();
      server = undefined;
    },
  };
}
