/** Builds a session's client from a source (config service, credentials) read at that moment. */
export type CreateSessionClient<C, S> = (source: S, sessionId: string) => Promise<C> | C;

/** Options of a SessionRegistry. */
export interface SessionRegistryOptions<C, S> {
  createClient: CreateSessionClient<C, S>;
  /** Releases a client (sockets, tokens); default: nothing to release. */
  closeClient?: (client: C, sessionId: string) => Promise<void> | void;
}

/** Per-process map sessionId → client: one client per session, created on first use, closed with the session. */
export class SessionRegistry<C, S> {
  readonly #clients = new Map<string, Promise<C>>();
  readonly #options: SessionRegistryOptions<C, S>;
  #constructions = 0;

  constructor(options: SessionRegistryOptions<C, S>) {
    this.#options = options;
  }

  /** The session's client; the first call creates it (concurrent first calls share that creation); a failed creation is retried by the next call. */
  getOrCreateSessionClient(sessionId: string, source: S): Promise<C> {
    const existing = this.#clients.get(sessionId);
    if (existing) return existing;
    this.#constructions++;
    const created = (async () => this.#options.createClient(source, sessionId))();
    this.#clients.set(sessionId, created);
    created.catch(() => {
      if (this.#clients.get(sessionId) === created) this.#clients.delete(sessionId);
    });
    return created;
  }

  /** Closes and forgets the session's client; a no-op when there is none. Rejects only if closing the client failed. */
  async closeSessionClient(sessionId: string): Promise<void> {
    const entry = this.#clients.get(sessionId);
    if (!entry) return;
    this.#clients.delete(sessionId);
    let client: C;
    try {
      client = await entry;
    } catch {
      return;
    }
    await this.#options.closeClient?.(client, sessionId);
  }

  /** Closes every client (worker shutdown); rejects with an AggregateError listing the ones that failed to close. */
  async closeAll(): Promise<void> {
    const results = await Promise.allSettled(
      [...this.#clients.keys()].map((id) => this.closeSessionClient(id)),
    );
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (errors.length > 0)
      throw new AggregateError(errors, `${errors.length} session client(s) failed to close`);
  }

  /** Sessions with a client (created or being created). */
  get size(): number {
    return this.#clients.size;
  }

  /** Ids of the sessions with a client. */
  sessionIds(): string[] {
    return [...this.#clients.keys()];
  }

  /** Number of client creations started since construction (for tests and benchmarks). */
  get constructions(): number {
    return this.#constructions;
  }
}
