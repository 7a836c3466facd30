import { Context } from '@temporalio/activity';
import { currentSessionId } from '../activity-context.js';
import { SessionRegistry } from '../registry.js';

/** A mutable credential source, like a config service whose secret rotates. */
export interface FakeSource {
  token: string;
}

/** A client that remembers the credentials it was built with. */
export interface FakeClient {
  token: string;
  sessionId: string;
  closed: boolean;
}

/** A registry of fake clients; creation is slow enough for concurrent first calls to overlap. */
export function fakeRegistry(): SessionRegistry<FakeClient, FakeSource> {
  return new SessionRegistry<FakeClient, FakeSource>({
    createClient: async (source, sessionId) => {
      const token = source.token;
      await new Promise((r) => setTimeout(r, 50));
      return { token, sessionId, closed: false };
    },
    closeClient: (client) => {
      client.closed = true;
    },
  });
}

/** What a session activity saw. */
export interface UseClientResult {
  token: string;
  sessionId: string;
  pid: number;
}

/** Test session activities using the registry the way ingestion activities do. */
export function createTestActivities(deps: {
  registry: SessionRegistry<FakeClient, FakeSource>;
  source: FakeSource;
  onWorkStarted?: (sessionId: string) => void;
}) {
  const use = async (): Promise<UseClientResult> => {
    const sessionId = currentSessionId();
    const client = await deps.registry.getOrCreateSessionClient(sessionId, deps.source);
    return { token: client.token, sessionId, pid: process.pid };
  };
  return {
    UseClient: use,
    async Rotate(token: string): Promise<void> {
      deps.source.token = token;
    },
    /** Uses the client, then works for `ms`, heartbeating; cancellable. */
    async Work(ms: number): Promise<UseClientResult> {
      const result = await use();
      deps.onWorkStarted?.(result.sessionId);
      const ctx = Context.current();
      const timer = setInterval(() => ctx.heartbeat(), 200);
      try {
        await ctx.sleep(ms);
      } finally {
        clearInterval(timer);
      }
      return result;
    },
  };
}

/** The session activities' interface, for workflows. */
export type TestActivities = ReturnType<typeof createTestActivities>;
