import type { NativeConnection } from '@temporalio/worker';
import { sql, type Kysely } from 'kysely';

/** What `/readyz` answers: ready only when every check passes. */
export interface ReadyReport {
  ready: boolean;
  checks: { temporal: string; store: string; polling: string };
}

/** The worker's state as the lifecycle sees it: starting, polling, or draining after a signal. */
export type WorkerPhase = 'starting' | 'polling' | 'draining';

/**
 * Ready = the Temporal frontend answers (GetSystemInfo on the worker's own connection), the store answers
 * `SELECT 1`, and the worker is polling (not starting, not draining). Each check is bounded by `timeoutMs`.
 */
export function createReadiness(deps: {
  connection: NativeConnection;
  db: Kysely<unknown>;
  phase: () => WorkerPhase;
  timeoutMs?: number;
}): () => Promise<ReadyReport> {
  const timeoutMs = deps.timeoutMs ?? 2000;
  return async () => {
    const [temporal, store] = await Promise.all([
      check(() => deps.connection.workflowService.getSystemInfo({}), timeoutMs),
      check(() => sql`select 1`.execute(deps.db), timeoutMs),
    ]);
    const phase = deps.phase();
    const polling = phase === 'polling' ? 'ok' : phase;
    return {
      ready: temporal === 'ok' && store === 'ok' && polling === 'ok',
      checks: { temporal, store, polling },
    };
  };
}

async function check(probe: () => Promise<unknown>, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([probe().then(() => 'ok'), timeout]);
  } catch (err) {
    return `failed: ${((err as Error).message ?? String(err)).split('\n')[0]}`;
  } finally {
    clearTimeout(timer);
  }
}
