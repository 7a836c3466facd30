import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { GroundTruth } from '../emulator/index.js';

/** A kind as the store holds it: its ground-truth key (plural) and its current table (`<table>_history` beside). */
export interface StoredKind {
  plural: string;
  table: string;
}

type Versions = Map<string, { versions: unknown[]; deleted: boolean }>;

/**
 * Expected history, computed from ground-truth snapshots alone: per kind, per `project/id`, every distinct
 * version in the order observed, and whether the object is gone from the latest snapshot.
 */
export class ExpectedHistory {
  readonly byPlural = new Map<string, Versions>();

  constructor(readonly kinds: readonly StoredKind[]) {
    for (const { plural } of kinds) this.byPlural.set(plural, new Map());
  }

  /** Records one snapshot of the projects in `truths`: a new version wherever an object differs. */
  observe(truths: readonly GroundTruth[]): void {
    for (const { plural } of this.kinds) {
      const versions = this.byPlural.get(plural)!;
      const live = new Set<string>();
      for (const truth of truths)
        for (const item of objectsOf(truth, plural)) {
          const key = `${truth.projectId}/${item.id}`;
          live.add(key);
          const entry = versions.get(key) ?? { versions: [], deleted: false };
          if (!isDeepStrictEqual(entry.versions.at(-1), item)) entry.versions.push(item);
          versions.set(key, entry);
        }
      for (const [key, entry] of versions) if (!live.has(key)) entry.deleted = true;
    }
  }

  /** Objects with more than one version, and objects gone, over every kind. */
  counts(): { changed: number; deleted: number } {
    const all = [...this.byPlural.values()].flatMap((v) => [...v.values()]);
    return {
      changed: all.filter((e) => e.versions.length > 1).length,
      deleted: all.filter((e) => e.deleted).length,
    };
  }
}

function objectsOf(truth: GroundTruth, plural: string): { id: string }[] {
  return (truth.resources as unknown as Record<string, { id: string }[]>)[plural] ?? [];
}

/**
 * Asserts, per kind, that the current table holds exactly the latest ground truth's raw objects of `truths`'
 * projects, and that history holds exactly the expected versions: older ones closed, the last one open iff the
 * object lives, `deleted_at` iff it is gone.
 */
export async function assertStoreMatchesTruth(
  db: Kysely<unknown>,
  truths: readonly GroundTruth[],
  expected: ExpectedHistory,
): Promise<void> {
  const projects = truths.map((t) => t.projectId);
  for (const { plural, table } of expected.kinds) {
    const rows = await sql<{ scope: string; id: string; raw: unknown }>`
      select scope, id, raw from ${sql.table(table)} where scope = any(${projects}::text[])`.execute(db);
    const stored = new Map(rows.rows.map((r) => [`${r.scope}/${r.id}`, r.raw]));
    const truthItems = truths.flatMap((t) =>
      objectsOf(t, plural).map((i) => [`${t.projectId}/${i.id}`, i] as const),
    );
    assert.equal(stored.size, truthItems.length, `${plural}: stored rows vs ground truth`);
    for (const [key, item] of truthItems)
      assert.deepStrictEqual(stored.get(key), item, `${plural} ${key} differs from ground truth`);

    const history = await sql<{
      scope: string;
      id: string;
      raw: unknown;
      valid_to: Date | null;
      deleted_at: Date | null;
    }>`
      select scope, id, raw, valid_to, deleted_at from ${sql.table(`${table}_history`)}
      where scope = any(${projects}::text[]) order by scope, id, valid_from`.execute(db);
    const byKey = new Map<string, typeof history.rows>();
    for (const row of history.rows) {
      const key = `${row.scope}/${row.id}`;
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    const want = [...expected.byPlural.get(plural)!].filter(([key]) =>
      projects.some((p) => key.startsWith(`${p}/`)),
    );
    assert.equal(byKey.size, want.length, `${plural}: resources with history`);
    for (const [key, w] of want) {
      const got = byKey.get(key) ?? [];
      assert.deepStrictEqual(
        got.map((r) => r.raw),
        w.versions,
        `${plural} ${key}: history versions`,
      );
      for (const r of got.slice(0, -1))
        assert.notEqual(r.valid_to, null, `${plural} ${key}: old version left open`);
      const last = got.at(-1);
      assert.equal(last?.deleted_at != null, w.deleted, `${plural} ${key}: deleted_at`);
      assert.equal(last?.valid_to != null, w.deleted, `${plural} ${key}: last version open iff live`);
    }
  }
}
