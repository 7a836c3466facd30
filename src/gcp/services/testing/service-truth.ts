import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import type { EmulatorControlClient } from '../../../emulator/index.js';
import { serviceKinds } from '../kinds.js';

/** A JSON value with its object keys sorted, to order lists of objects independently of key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The stored raw objects of one kind in one project, in canonical order. */
export async function storedRaw(db: Kysely<unknown>, table: string, projectId: string): Promise<unknown[]> {
  const rows = await sql<{
    raw: unknown;
  }>`select raw from ${sql.table(table)} where scope = ${projectId}`.execute(db);
  return rows.rows.map((r) => r.raw).sort((a, b) => canonical(a).localeCompare(canonical(b)));
}

/**
 * Asserts every service kind of `projectId` holds exactly the emulator's ground truth (raw objects equal, none
 * missing, none extra), or nothing at all for the kinds of `disabled` services' plurals.
 */
export async function assertServicesMatch(
  db: Kysely<unknown>,
  control: EmulatorControlClient,
  projectId: string,
  emptyKinds: readonly string[] = [],
): Promise<void> {
  const truth = await control.serviceTruth(projectId);
  for (const k of serviceKinds) {
    const want = emptyKinds.includes(k.plural)
      ? []
      : [...(truth[k.plural] ?? [])].sort((a, b) => canonical(a).localeCompare(canonical(b)));
    assert.deepEqual(await storedRaw(db, k.table, projectId), want, `${projectId} ${k.plural}`);
  }
}
