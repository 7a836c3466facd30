import { CancelledFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import { confirmDeletions } from './confirm-deletions.js';
import { massDeletionRefusal, type DeletionPolicy } from './deletion-policy.js';
import type { ListContext, ListPage, PacedCaller, ResourceDefinition } from '../provider/resource.js';
import type { EmptyScopeBatch } from './empty-scopes.js';
import { writeNewScope } from './new-scope.js';
import { recordScopeFinished } from './runs.js';
import { beginScope, finishScope } from './scope-bookkeeping.js';
import type { LeaseHolder } from './scope-lease.js';
import type { PageGate } from './page-gate.js';
import { ScopeWriter, type ScopeCounts } from './scope-writer.js';

/** What one scope sync needs. */
export interface SyncScopeInput {
  db: Kysely<unknown>;
  resource: ResourceDefinition;
  /** The provider's client for this session (the declaration's list and get take it). */
  client: unknown;
  api: PacedCaller;
  /** The unit the provider syncs (a GCP project, an S1 console), stored as the rows' scope. */
  scope: string;
  runId: string;
  pageSize: number;
  holder: LeaseHolder;
  deletion: DeletionPolicy;
  /** Called after each page and while waiting for the scope (heartbeat, cancellation); may throw to stop. */
  onPage?: (progress: { pages: number; listed: number }) => void | Promise<void>;
  /** Seconds each page took to write (metrics). */
  onWrite?: (seconds: number) => void;
  /** Override of the lease expiry, for tests. */
  leaseTtlMs?: number;
  /** The kinds batch this scope belongs to: a kind that held no rows lists before taking its lease. */
  emptyBatch?: EmptyScopeBatch;
  /** The worker's limit on pages in hand: each list call waits for it. */
  pageGate?: PageGate;
}

/** The outcome of one scope: counts, the locations the API could not reach, and the evidence behind deletions. */
export interface ScopeResult extends ScopeCounts {
  kind: string;
  status: 'ok' | 'partial';
  unreachable: string[];
  apiCalls: number;
  /** Get calls made to confirm deletions (also in apiCalls). */
  confirmCalls: number;
  /** Resources missing from the listing but not deleted: unconfirmed, or refused by the mass deletion guard. */
  held: number;
  heldReason?: string;
}

/**
 * Lists one resource kind of one project into the store as the scope's only writer. A resource missing from the
 * listing is deleted only inside locations the listing covered completely, only when the mass deletion guard
 * allows it, and only once a get proves it gone.
 */
export async function syncScope(input: SyncScopeInput): Promise<ScopeResult> {
  const ctx: ListContext = { scope: input.scope, pageSize: input.pageSize, api: input.api };
  const progress = { pages: 0 };
  const heartbeat = () => input.onPage?.({ pages: progress.pages, listed: 0 });
  const listed = input.resource.list(input.client, ctx)[Symbol.asyncIterator]();
  const listing = input.pageGate ? input.pageGate.pages(listed, { onWait: heartbeat }) : listed;
  try {
    return await syncListing(input, ctx, listing, progress, heartbeat);
  } finally {
    await listing.return?.();
  }
}

async function syncListing(
  input: SyncScopeInput,
  ctx: ListContext,
  listing: AsyncIterator<ListPage<unknown>>,
  progress: { pages: number },
  heartbeat: () => void | Promise<void>,
): Promise<ScopeResult> {
  const { db, resource, scope, runId } = input;
  const callsBefore = input.api.calls;
  const unreachable = new Set<string>();
  const reachable = new Set<string>();
  let firstPage: ListPage<unknown> | undefined;
  const pulled: ListPage<unknown>[] = [];
  let oneShot = false;
  if (input.emptyBatch?.wasEmpty(resource.kind)) {
    const batch = input.emptyBatch;
    const startedAt = new Date().toISOString();
    try {
      firstPage = await firstItems(listing, async (page) => {
        noteLocations(page, reachable, unreachable);
        await input.onPage?.({ pages: ++progress.pages, listed: 0 });
      });
      if (firstPage && firstPage.items.length < input.pageSize) {
        const next = await listing.next();
        if (next.done) oneShot = true;
        else pulled.push(next.value);
      }
    } catch (err) {
      if (err instanceof CancelledFailure) throw err;
      batch.defer({
        kind: resource.kind,
        startedAt,
        status: 'failed',
        apiCalls: input.api.calls - callsBefore,
        unreachable: [],
        covered: [],
        error: scopeError(err),
      });
      throw err;
    }
    if (!firstPage) {
      const result = emptyResult(resource.kind, unreachable, input.api.calls - callsBefore);
      batch.defer({ ...result, startedAt, covered: covering(reachable, unreachable) });
      return result;
    }
    const result = oneShot
      ? await newScopeInOneStatement(input, firstPage, reachable, unreachable, callsBefore)
      : undefined;
    if (result) {
      await input.onPage?.({ pages: ++progress.pages, listed: result.listed });
      return result;
    }
  }
  const { lease, hadRows } = await beginScope(db, resource, { runId, scope }, input.holder, {
    onWait: heartbeat,
    ...(input.leaseTtlMs ? { ttlMs: input.leaseTtlMs } : {}),
  });
  input.api.keepAlive = () => lease.renew();
  let finished = false;
  try {
    const writer = new ScopeWriter(db, resource, scope, lease, runId, hadRows);
    for await (const page of resumed(firstPage ? [firstPage, ...pulled] : pulled, listing)) {
      const writeStart = performance.now();
      await writer.writePage(page.items);
      input.onWrite?.((performance.now() - writeStart) / 1000);
      noteLocations(page, reachable, unreachable);
      await input.onPage?.({ pages: ++progress.pages, listed: writer.counts.listed });
    }
    const covered = covering(reachable, unreachable);
    const candidates = await writer.candidates(covered);
    let held = 0;
    let heldReason: string | undefined;
    let gone: string[] = [];
    let confirmCalls = 0;
    const refusal = candidates.length
      ? massDeletionRefusal(input.deletion, candidates.length, await writer.size())
      : undefined;
    if (refusal) {
      held = candidates.length;
      heldReason = refusal;
    } else if (candidates.length) {
      const checked = await confirmDeletions(resource, input.client, ctx, candidates);
      confirmCalls = checked.calls;
      await writer.writeFound(checked.present);
      gone = checked.gone;
      held = checked.unconfirmed.length;
      if (held) heldReason = `deletion not confirmed: ${checked.unconfirmed[0]!.error}`.slice(0, 500);
    }
    await writer.deleteConfirmed(gone);
    const result: ScopeResult = {
      kind: resource.kind,
      ...writer.counts,
      status: unreachable.size || writer.counts.rejected || held || writer.blind ? 'partial' : 'ok',
      unreachable: [...unreachable].sort(),
      apiCalls: input.api.calls - callsBefore,
      confirmCalls,
      held,
      ...(heldReason
        ? { heldReason }
        : writer.blind
          ? { heldReason: 'an item without an id was rejected: no deletion this run' }
          : {}),
    };
    await finishScope(db, lease, { runId, result, covered });
    finished = true;
    return result;
  } catch (err) {
    await recordScopeFinished(db, {
      runId,
      scope,
      kind: resource.kind,
      error: scopeError(err),
      apiCalls: input.api.calls - callsBefore,
    }).catch(() => undefined);
    throw err;
  } finally {
    input.api.keepAlive = undefined;
    if (!finished) await lease.release().catch(() => undefined);
  }
}

/** Pulls pages until one holds items (returned, not yet counted as written) or the listing ends (undefined). */
async function firstItems(
  listing: AsyncIterator<ListPage<unknown>>,
  onEmptyPage: (page: ListPage<unknown>) => Promise<void>,
): Promise<ListPage<unknown> | undefined> {
  for (;;) {
    const next = await listing.next();
    if (next.done) return undefined;
    if (next.value.items.length) return next.value;
    await onEmptyPage(next.value);
  }
}

/** The pages already pulled, then the rest of the listing; the listing is closed however the loop ends. */
async function* resumed(
  held: readonly ListPage<unknown>[],
  listing: AsyncIterator<ListPage<unknown>>,
): AsyncGenerator<ListPage<unknown>> {
  try {
    yield* held;
    for (;;) {
      const next = await listing.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await listing.return?.();
  }
}

/**
 * A scope that held no rows and listed one page: written with its bookkeeping in one statement (writeNewScope).
 * Undefined when that did not write it (the caller syncs it the ordinary way, with the page in hand).
 */
async function newScopeInOneStatement(
  input: SyncScopeInput,
  page: ListPage<unknown>,
  reachable: Set<string>,
  unreachable: Set<string>,
  callsBefore: number,
): Promise<ScopeResult | undefined> {
  const seenReachable = new Set(reachable);
  const seenUnreachable = new Set(unreachable);
  noteLocations(page, seenReachable, seenUnreachable);
  const apiCalls = input.api.calls - callsBefore;
  const listing = {
    items: page.items,
    status: seenUnreachable.size ? ('partial' as const) : ('ok' as const),
    unreachable: [...seenUnreachable].sort(),
    covered: covering(seenReachable, seenUnreachable),
    apiCalls,
  };
  const writeStart = performance.now();
  const created = await writeNewScope(
    input.db,
    input.resource,
    { runId: input.runId, scope: input.scope },
    input.holder,
    listing,
  ).catch(() => undefined);
  if (created === undefined) return undefined;
  input.onWrite?.((performance.now() - writeStart) / 1000);
  return {
    ...emptyResult(input.resource.kind, seenUnreachable, apiCalls),
    listed: created,
    created,
  };
}

function noteLocations(page: ListPage<unknown>, reachable: Set<string>, unreachable: Set<string>): void {
  for (const loc of page.unreachable) unreachable.add(loc);
  for (const loc of page.locations) reachable.add(loc);
}

function covering(reachable: ReadonlySet<string>, unreachable: ReadonlySet<string>): string[] {
  return [...reachable].filter((loc) => !unreachable.has(loc)).sort();
}

function emptyResult(kind: string, unreachable: ReadonlySet<string>, apiCalls: number): ScopeResult {
  return {
    kind,
    listed: 0,
    created: 0,
    changed: 0,
    unchanged: 0,
    deleted: 0,
    rejected: 0,
    status: unreachable.size ? 'partial' : 'ok',
    unreachable: [...unreachable].sort(),
    apiCalls,
    confirmCalls: 0,
    held: 0,
  };
}

/** What a scope's run record says of the error that stopped it: the failure's type (or the error's name) and message. */
function scopeError(err: unknown): { type: string; message: string } {
  const failure = err as { type?: string; message?: string };
  return { type: failure.type ?? (err as Error).name ?? 'Error', message: failure.message ?? String(err) };
}
