import { isDeepStrictEqual } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { VngGroundTruth, VngScopeEstate } from '../emulator/vng/index.js';
import { vngKinds } from '../vng/kinds.js';
import { withoutKeyMaterial } from '../vng/ssh-key/resource.js';

/** A VNG kind's CLI plural. */
export type VngPlural = (typeof vngKinds)[number]['plural'];

/** Pure: what Hotpot must store for one scope of the ground truth, per kind, by id (the documented compositions applied). */
export function expectedRows(scope: VngScopeEstate): Record<VngPlural, Map<string, unknown>> {
  const by = <T>(items: T[], id: (t: T) => string) => new Map(items.map((i) => [id(i), i as unknown]));
  return {
    vngNetworks: by(scope.networks, (n) => n.id),
    vngSubnets: by(scope.subnets, (s) => s.uuid),
    vngSecgroups: by(
      scope.secgroups.map((g) => ({ ...g, rules: scope.rules[g.id] ?? [] })),
      (g) => g.id,
    ),
    vngServers: by(scope.servers, (s) => s.uuid),
    vngVolumes: by(scope.volumes, (v) => v.uuid),
    vngWanIps: by(scope.wanIps, (w) => w.uuid),
    vngSshKeys: by(scope.sshKeys.map(withoutKeyMaterial), (k) => k.id),
    vngServerGroups: by(scope.serverGroups, (g) => g.uuid),
  };
}

/** Expected history from ground-truth snapshots alone: per kind and `scope/id`, each distinct version observed. */
export class VngExpectedHistory {
  readonly versions = new Map<string, { versions: unknown[]; deleted: boolean }>();

  /** Records one snapshot of `scopes` (default: every scope of the truth). */
  observe(truth: VngGroundTruth, scopes = Object.keys(truth.scopes)): void {
    const live = new Set<string>();
    for (const scope of scopes) {
      const rows = expectedRows(truth.scopes[scope]!);
      for (const { plural } of vngKinds)
        for (const [id, raw] of rows[plural]) {
          const key = `${plural}\u0000${scope}\u0000${id}`;
          live.add(key);
          const entry = this.versions.get(key) ?? { versions: [], deleted: false };
          if (!isDeepStrictEqual(entry.versions.at(-1), raw)) entry.versions.push(raw);
          this.versions.set(key, entry);
        }
    }
    for (const [key, entry] of this.versions) if (!live.has(key)) entry.deleted = true;
  }
}

/** What the store got wrong against the ground truth; every count must be 0. */
export interface VngStoreReport {
  rows: number;
  /** In the ground truth, missing from the current table. */
  lost: number;
  /** Deleted (history closed with deleted_at) although the ground truth still has it. */
  wrongDeletions: number;
  /** Current rows whose raw object differs from the ground truth's. */
  rawMismatch: number;
  /** Current rows the ground truth no longer has. */
  stale: number;
  /** History versions differing from the expected ones (only when an expectation is given). */
  historyMismatch: number;
  examples: string[];
}

/** Compares the current and history tables of `scopes` with the ground truth (and the expected history, if given). */
export async function compareVngStore(
  db: Kysely<unknown>,
  truth: VngGroundTruth,
  scopes: readonly string[],
  history?: VngExpectedHistory,
): Promise<VngStoreReport> {
  const report: VngStoreReport = {
    rows: 0,
    lost: 0,
    wrongDeletions: 0,
    rawMismatch: 0,
    stale: 0,
    historyMismatch: 0,
    examples: [],
  };
  const example = (text: string) => report.examples.length < 10 && report.examples.push(text);
  for (const { plural, table } of vngKinds) {
    const current = await sql<{ scope: string; id: string; raw: unknown }>`
      select scope, id, raw from ${sql.table(table)} where scope = any(${[...scopes]})`.execute(db);
    const deleted = await sql<{ scope: string; id: string }>`
      select distinct scope, id from ${sql.table(`${table}_history`)}
      where scope = any(${[...scopes]}) and deleted_at is not null`.execute(db);
    const stored = new Map(current.rows.map((r) => [`${r.scope}\u0000${r.id}`, r.raw]));
    const expected = new Map<string, unknown>();
    for (const scope of scopes)
      for (const [id, raw] of expectedRows(truth.scopes[scope]!)[plural])
        expected.set(`${scope}\u0000${id}`, raw);
    report.rows += stored.size;
    for (const [key, raw] of expected) {
      if (!stored.has(key)) {
        report.lost++;
        example(`${plural} lost: ${key.replace('\u0000', ' ')}`);
      } else if (!isDeepStrictEqual(stored.get(key), raw)) {
        report.rawMismatch++;
        example(`${plural} raw differs: ${key.replace('\u0000', ' ')}`);
      }
    }
    for (const key of stored.keys())
      if (!expected.has(key)) {
        report.stale++;
        example(`${plural} stale: ${key.replace('\u0000', ' ')}`);
      }
    for (const row of deleted.rows)
      if (expected.has(`${row.scope}\u0000${row.id}`)) {
        report.wrongDeletions++;
        example(`${plural} wrongly deleted: ${row.scope} ${row.id}`);
      }
    if (history) report.historyMismatch += await compareHistory(db, plural, table, scopes, history, example);
  }
  return report;
}

async function compareHistory(
  db: Kysely<unknown>,
  plural: string,
  table: string,
  scopes: readonly string[],
  history: VngExpectedHistory,
  example: (text: string) => void,
): Promise<number> {
  const rows = await sql<{ scope: string; id: string; raw: unknown; deleted_at: Date | null }>`
    select scope, id, raw, deleted_at from ${sql.table(`${table}_history`)}
    where scope = any(${[...scopes]}) order by scope, id, valid_from`.execute(db);
  const got = new Map<string, { raws: unknown[]; deleted: boolean }>();
  for (const r of rows.rows) {
    const key = `${plural}\u0000${r.scope}\u0000${r.id}`;
    const entry = got.get(key) ?? { raws: [], deleted: false };
    entry.raws.push(r.raw);
    entry.deleted = r.deleted_at !== null;
    got.set(key, entry);
  }
  let mismatches = 0;
  for (const [key, want] of history.versions) {
    if (!key.startsWith(`${plural}\u0000`) || !scopes.includes(key.split('\u0000')[1]!)) continue;
    const have = got.get(key);
    if (!have || !isDeepStrictEqual(have.raws, want.versions) || have.deleted !== want.deleted) {
      mismatches++;
      example(
        `${key.replaceAll('\u0000', ' ')}: ${have?.raws.length ?? 0} versions (deleted ${have?.deleted}), expected ${want.versions.length} (deleted ${want.deleted})`,
      );
    }
  }
  for (const key of got.keys())
    if (!history.versions.has(key)) {
      mismatches++;
      example(`${key.replaceAll('\u0000', ' ')}: history of an object never in the truth`);
    }
  return mismatches;
}
