import { HotpotError } from '../errors.js';
import type { OperationName, OperationParams, OperationResults, Queries } from '../query/query-operations.js';
import { decodeWire, encodeWire } from './wire.js';

/** Query operations run by a running `hotpot dev` on the store it holds (PGlite admits one process): name + parameters, never SQL. */
export function remoteQueries(controlUrl: string, token: string): Queries {
  return {
    async run<K extends OperationName>(operation: K, params: OperationParams<K>) {
      let response: Response;
      try {
        response = await fetch(`${controlUrl}/query`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: encodeWire({ operation, parameters: params }),
        });
      } catch (err) {
        throw new HotpotError(
          `cannot reach hotpot dev at ${controlUrl}: ${(err as Error).message}. Is it still running?`,
        );
      }
      const text = await response.text();
      if (response.ok) return decodeWire<OperationResults[K]>(text);
      const message = errorMessage(text);
      if (response.status === 422) throw new HotpotError(message);
      throw new HotpotError(`${operation} failed in hotpot dev (HTTP ${response.status}): ${message}`);
    },
    close: async () => {},
  };
}

function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: the text itself
  }
  return text;
}
