import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ApplicationFailure } from '@temporalio/common';

/** Who asks for a scope: the workflow execution and the attempt within it. */
export interface LeaseHolder {
  /** The workflow execution (workflow id + run id): its later attempts supersede its earlier ones at once. */
  execution: string;
  /** This attempt (activity id + attempt), for people reading scope_leases. */
  attempt: string;
}

/** Failure type of a write by an attempt that a newer one has fenced off. */
export const scopeFencedType = 'HotpotScopeFenced';

/** How long a lease not renewed by its holder (another execution) blocks the scope. Default 5 min. */
const defaultLeaseTtlMs = 5 * 60_000;

/** How `acquire` waits: the lease expiry (tests shorten it) and a hook called about every second of waiting. */
export interface AcquireOptions {
  ttlMs?: number;
  onWait?: () => void | Promise<void>;
}

/** What a `takeLease` statement returns when it took the scope. */
export interface TakenLease {
  epoch: string;
  at: number | string;
}

/**
 * The statement that takes a scope's lease: a new lease, a released or expired one, or one held by an earlier
 * attempt of the same execution (a zombie); no row while another execution's live lease holds it. With
 * `released`, the lease is taken and given back at once: it fences earlier attempts for a statement that does the
 * whole scope's writing in the same round trip.
 */
export function takeLease(
  key: { scope: string; kind: string },
  holder: LeaseHolder,
  ttlMs = defaultLeaseTtlMs,
  released = false,
) {
  const ttl = `${Math.round(ttlMs / 1000)} seconds`;
  return sql<TakenLease>`
    insert into scope_leases as l (scope, resource_kind, holder, execution, epoch, renewed_at, released)
    values (${key.scope}, ${key.kind}, ${holder.attempt}, ${holder.execution}, 1, clock_timestamp(), ${released})
    on conflict (scope, resource_kind) do update
      set holder = excluded.holder, execution = excluded.execution, epoch = l.epoch + 1,
          renewed_at = excluded.renewed_at, released = excluded.released
      where l.released or l.execution = excluded.execution
         or l.renewed_at < clock_timestamp() - ${ttl}::interval
    returning epoch::text as epoch, extract(epoch from renewed_at) * 1000 as at`;
}

/**
 * One writer per scope (project × kind) for a whole listing. The lease carries a fencing epoch: every write of
 * the listing calls `fence(tx)`, which renews the lease and answers the database's clock, or throws
 * `HotpotScopeFenced` when a newer attempt took the scope over. Another execution's live lease is waited for;
 * an expired one, or one held by an earlier attempt of the same execution (a zombie), is taken over.
 */
export class ScopeLease {
  private constructor(
    private readonly db: Kysely<unknown>,
    readonly scope: string,
    readonly kind: string,
    readonly epoch: number,
    /** Database time at which the lease was taken: the listing's start. */
    readonly acquiredAt: Date,
  ) {}

  /** Takes the scope, waiting (calling onWait about every second) while another execution holds it. */
  static async acquire(
    db: Kysely<unknown>,
    key: { scope: string; kind: string },
    holder: LeaseHolder,
    options: AcquireOptions = {},
  ): Promise<ScopeLease> {
    return (await ScopeLease.acquireWith(db, key, holder, (take) => take, options)).lease;
  }

  /**
   * Like `acquire`, with `statement` building on the take-lease statement (as a CTE) to do more in the same round
   * trip: it must return no row when the lease was not taken; its row comes back beside the lease.
   */
  static async acquireWith<R extends TakenLease>(
    db: Kysely<unknown>,
    key: { scope: string; kind: string },
    holder: LeaseHolder,
    statement: (take: RawBuilder<TakenLease>) => RawBuilder<R>,
    options: AcquireOptions = {},
  ): Promise<{ lease: ScopeLease; row: R }> {
    for (;;) {
      const taken = await statement(takeLease(key, holder, options.ttlMs)).execute(db);
      const row = taken.rows[0];
      if (row) {
        const lease = new ScopeLease(db, key.scope, key.kind, Number(row.epoch), new Date(Number(row.at)));
        return { lease, row };
      }
      await options.onWait?.();
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  /** In a write transaction: renews the lease, locks it until commit, and returns the database's clock. */
  async fence(tx: Kysely<unknown>): Promise<Date> {
    const renewed = await this.fenceSql().execute(tx);
    return this.fencedAt(renewed.rows[0]);
  }

  /**
   * The fence as a statement (`update … returning at`), to be used as a CTE by statements that fence and read or
   * write in one round trip; pass the row it returned (or undefined) to `fencedAt`.
   */
  fenceSql(options: { release?: boolean } = {}) {
    return sql<{ at: number }>`
      update scope_leases set renewed_at = clock_timestamp()${options.release ? sql`, released = true` : sql``}
      where scope = ${this.scope} and resource_kind = ${this.kind} and epoch = ${this.epoch}
        and not released
      returning extract(epoch from renewed_at) * 1000 as at`;
  }

  /** The database's clock of a fence that held, or HotpotScopeFenced when it found no lease of this attempt. */
  fencedAt(row: { at: number | string } | undefined): Date {
    if (!row) {
      throw ApplicationFailure.create({
        type: scopeFencedType,
        nonRetryable: true,
        message: `scope ${this.scope} ${this.kind}: a newer attempt took it over; this attempt writes nothing more`,
      });
    }
    return new Date(Math.floor(Number(row.at)));
  }

  /** Renews the lease outside a write (during long waits); fenced attempts throw. */
  async renew(): Promise<void> {
    await this.fence(this.db);
  }

  /** Releases the lease if this attempt still holds it. */
  async release(): Promise<void> {
    await sql`
      update scope_leases set released = true
      where scope = ${this.scope} and resource_kind = ${this.kind} and epoch = ${this.epoch}`.execute(
      this.db,
    );
  }
}
