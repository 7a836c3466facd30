import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import type { Kysely } from 'kysely';
import {
  emulatorComputeClient,
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../emulator/index.js';
import { defaultDeletionPolicy } from '../../../ingest/deletion-policy.js';
import { syncScope, type ScopeResult, type SyncScopeInput } from '../../../ingest/sync-scope.js';
import type { ResourceDefinition } from '../../../provider/resource.js';
import { TokenBucket } from '../../../provider/token-bucket.js';
import { testStore, type TestStore } from '../../../test-support/database.js';
import { GoogleApiCaller } from '../../google-api-caller.js';

/** One test file's Compute emulator and fresh store, and a one-call sync of a declaration's scope against them. */
export interface EmulatorScope {
  readonly db: Kysely<unknown>;
  readonly emulator: RunningEmulator;
  readonly store: TestStore;
  /** Syncs one kind of one project from the emulator (or `url`): page size 500, mass deletion allowed, unless overridden. */
  sync(
    resource: ResourceDefinition,
    scope: string,
    options?: Partial<SyncScopeInput> & { url?: string; maxAttempts?: number },
  ): Promise<ScopeResult>;
}

/**
 * Registers `before`/`after` hooks that start the emulator with `options` and open a fresh store, and returns their
 * handle: the setup every declaration-level store test of Compute kinds repeats.
 */
export function emulatorScope(options: EmulatorOptions): EmulatorScope {
  let store: TestStore | undefined;
  let emulator: RunningEmulator | undefined;
  before(async () => {
    [store, emulator] = await Promise.all([testStore(), startEmulator(options)]);
  });
  after(async () => {
    await emulator?.stop();
    await store?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('emulatorScope: used before its before() hook ran');
    return value;
  };
  return {
    get db() {
      return started(store).store.db;
    },
    get emulator() {
      return started(emulator);
    },
    get store() {
      return started(store);
    },
    sync(resource, scope, { url, maxAttempts = 2, ...overrides } = {}) {
      return syncScope({
        db: started(store).store.db,
        resource,
        client: emulatorComputeClient(url ?? started(emulator).url),
        api: new GoogleApiCaller({ bucket: new TokenBucket(60_000), maxAttempts, baseDelayMs: 1 }),
        scope,
        runId: `run-${randomUUID()}`,
        pageSize: 500,
        holder: { execution: randomUUID(), attempt: 'test#1' },
        deletion: { ...defaultDeletionPolicy, allowMass: true },
        ...overrides,
      });
    },
  };
}
