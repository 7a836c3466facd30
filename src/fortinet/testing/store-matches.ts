import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { FortinetGroundTruth } from '../../emulator/fortinet/index.js';
import { fortinetResources } from '../registry.js';
import { truthOfKind } from './truth-of-kind.js';

/** One object's expected history: its versions in order and whether it was deleted. */
type Versions = Map<string, { versions: unknown[]; deleted: boolean }>;

/**
 * Expected history built from ground-truth snapshots alone: a new version whenever an object differs from its last,
 * deleted once it is missing. Call `record` after each sync with the truth the sync saw.
 */
export class ExpectedHistory {
  private readonly byKey = new Map<string, Versions>();

  record(truth: FortinetGroundTruth, scopes: readonly string[], gone: ReadonlySet<string> = new Set()): void {
    for (const scope of scopes)
      for (const resource of fortinetResources) {
        const key = `${scope}|${resource.table}`;
        const versions: Versions =
          this.byKey.get(key) ?? new Map<string, { versions: unknown[]; deleted: boolean }>();
        this.byKey.set(key, versions);
        const live = new Set<string>();
        for (const item of truthOfKind(truth, scope, resource.plural, gone)) {
          const id = resource.identify(item);
          live.add(id);
          const entry = versions.get(id) ?? { versions: [], deleted: false };
          if (entry.deleted || !isDeepStrictEqual(entry.versions.at(-1), item)) entry.versions.push(item);
          entry.deleted = false;
          versions.set(id, entry);
        }
        for (const [id, entry] of versions) if (!live.has(id)) entry.deleted = true;
      }
  }

  /** Asserts the store's current rows equal `truth` (none for `gone` scopes) and each history the expected versions. */
  async assertStore(
    db: Kysely<unknown>,
    truth: FortinetGroundTruth,
    scopes: readonly string[],
    gone: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    for (const scope of scopes)
      for (const resource of fortinetResources) {
        const what = `${scope} ${resource.plural}`;
        const current = await sql<{ id: string; raw: unknown }>`
          select id, raw from ${sql.table(resource.table)} where scope = ${scope}`.execute(db);
        const stored = new Map(current.rows.map((r) => [r.id, r.raw]));
        const want = truthOfKind(truth, scope, resource.plural, gone);
        assert.equal(stored.size, want.length, `${what}: stored rows vs ground truth`);
        for (const item of want)
          assert.deepStrictEqual(
            stored.get(resource.identify(item)),
            item,
            `${what} ${resource.identify(item)}`,
          );
        const history = await sql<{ id: string; raw: unknown; deleted_at: Date | null }>`
          select id, raw, deleted_at from ${sql.table(`${resource.table}_history`)}
          where scope = ${scope} order by id, valid_from`.execute(db);
        const byId = new Map<string, typeof history.rows>();
        for (const row of history.rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
        const expected: Versions =
          this.byKey.get(`${scope}|${resource.table}`) ??
          new Map<string, { versions: unknown[]; deleted: boolean }>();
        assert.equal(byId.size, expected.size, `${what}: objects with history`);
        for (const [id, entry] of expected) {
          const got = byId.get(id) ?? [];
          assert.deepStrictEqual(
            got.map((r) => r.raw),
            entry.versions,
            `${what} ${id}: history versions`,
          );
          assert.equal(got.at(-1)?.deleted_at != null, entry.deleted, `${what} ${id}: deleted_at`);
        }
      }
  }
}
