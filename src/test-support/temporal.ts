import { installQuietLogger } from '../log/runtime-logger.js';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { startDevServer, type DevServer } from '../temporal/dev-server.js';

/** A Temporal server for one test file: the runner's shared dev server, or one started for this process. */
export interface TestTemporal {
  address: string;
  namespace: string;
  client: Client;
  nativeConnection: NativeConnection;
  /** A task queue no other test uses. */
  taskQueue(prefix?: string): string;
  close(): Promise<void>;
}

let runtimeInstalled = false;

/** Quiet SDK logs in tests (warnings and errors only); call before creating workers. */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  installQuietLogger();
}

/** Connects to HOTPOT_TEST_TEMPORAL_ADDRESS (set by the test runner), or starts a private dev server when there is none or `own` asks for one. */
export async function testTemporal(options: { own?: boolean } = {}): Promise<TestTemporal> {
  installQuietRuntime();
  let server: DevServer | undefined;
  let address = options.own ? undefined : process.env.HOTPOT_TEST_TEMPORAL_ADDRESS;
  const namespace = process.env.HOTPOT_TEST_TEMPORAL_NAMESPACE ?? 'default';
  if (!address) {
    server = await startDevServer({ namespace });
    address = server.address;
  }
  const connection = await Connection.connect({ address });
  const nativeConnection = await NativeConnection.connect({ address });
  const client = new Client({ connection, namespace });
  return {
    address,
    namespace,
    client,
    nativeConnection,
    taskQueue: (prefix = 'test') => `${prefix}-${randomUUID()}`,
    async close() {
      await nativeConnection.close();
      await connection.close();
      await server?.stop();
    },
  };
}
