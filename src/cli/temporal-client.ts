import { Client } from '@temporalio/client';
import type { HotpotConfig } from '../config/types.js';
import { connectClient } from '../temporal/connect-temporal.js';

/** A Temporal client for the configured frontend (TLS, mTLS, API key from Temporal's environment configuration), with a one-line error naming the setting when it fails. */
export async function connectTemporal(
  config: Pick<HotpotConfig, 'temporal'>,
): Promise<{ client: Client; close(): Promise<void> }> {
  const connection = await connectClient(config.temporal);
  return {
    client: new Client({ connection, namespace: config.temporal.namespace }),
    close: () => connection.close(),
  };
}
