import type { Kysely, Transaction } from 'kysely';

/** Runs `fn` in a read-only transaction: a reader can never change the store, whatever it queries. */
export function readOnly<T>(db: Kysely<unknown>, fn: (tx: Transaction<unknown>) => Promise<T>): Promise<T> {
  return db.transaction().setAccessMode('read only').execute(fn);
}
