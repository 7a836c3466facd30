import { sql, type Kysely } from 'kysely';
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
export const defaultLeaseTtlMs = 5 * 60_000;

/**
 * One writer per scope (project × kind) for a whole listing. The lease carries a fencing epoch: every write of
 * the listing calls `fence(tx)`, which renews the lease and answers the database's clock, or throws
 * `HotpotScopeFenced` when a newer attempt took the scope over. Another execution's live lease is waited for;
 * an expired one, or one held by an earlier attempt of the same execution (a zombie), is taken over.
 */
export class ScopeLease {
  private constructor(
    private readonly db: Kysely<unknown>,
    readonly projectId: string,
    readonly kind: string,
    readonly epoch: number,
    /** Database time at which the lease was taken: the listing's start. */
    readonly acquiredAt: Date,
  ) {}

  /** Takes the scope, waiting (calling onWait about every second) while another execution holds it. */
  static async acquire(
    db: Kysely<unknown>,
    scope: { projectId: string; kind: string },
    holder: LeaseHolder,
    options: { ttlMs?: number; onWait?: () => void | Promise<void> } = {},
  ): Promise<ScopeLease> {
    const ttl = `${Math.round((options.ttlMs ?? defaultLeaseTtlMs) / 1000)} seconds`;
    for (;;) {
      const taken = await sql<{ epoch: string; at: number }>`
        insert into scope_leases as l (project_id, resource_kind, holder, execution, epoch, renewed_at)
        values (${scope.projectId}, ${scope.kind}, ${holder.attempt}, ${holder.execution}, 1, clock_timestamp())
        on conflict (project_id, resource_kind) do update
          set holder = excluded.holder, execution = excluded.execution, epoch = l.epoch + 1,
              renewed_at = excluded.renewed_at, released = false
          where l.released or l.execution = excluded.execution
             or l.renewed_at < clock_timestamp() - ${ttl}::interval
        returning epoch::text as epoch, extract(epoch from renewed_at) * 1000 as at`.execute(db);
      const row = taken.rows[0];
      if (row)
        return new ScopeLease(db, scope.projectId, scope.kind, Number(row.epoch), new Date(Number(row.at)));
      await options.onWait?.();
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  /** In a write transaction: renews the lease, locks it until commit, and returns the database's clock. */
  async fence(tx: Kysely<unknown>): Promise<Date> {
    const renewed = await sql<{ at: number }>`
      update scope_leases set renewed_at = clock_timestamp()
      where project_id = ${this.projectId} and resource_kind = ${this.kind} and epoch = ${this.epoch}
        and not released
      returning extract(epoch from renewed_at) * 1000 as at`.execute(tx);
    const row = renewed.rows[0];
    if (!row) {
      throw ApplicationFailure.create({
        type: scopeFencedType,
        nonRetryable: true,
        message: `scope ${this.projectId} ${this.kind}: a newer attempt took it over; this attempt writes nothing more`,
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
      where project_id = ${this.projectId} and resource_kind = ${this.kind} and epoch = ${this.epoch}`.execute(
      this.db,
    );
  }
}
