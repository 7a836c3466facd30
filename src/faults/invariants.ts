import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { historyMismatches } from './history-exact.js';
import type { TruthLog } from './truth-log.js';

/** What the store got wrong against the emulator's ground truth; every count must be 0 for a pass. */
export interface InvariantReport {
  /** In the current ground truth, missing from the current table. */
  lost: number;
  /** A history version closed with deleted_at while the resource existed at that time. */
  wrongDeletions: number;
  /** Two open versions of one id, or overlapping [valid_from, valid_to) intervals. */
  duplicates: number;
  /** A current row without the same open history version, or an open version without a current row. */
  currentVsHistory: number;
  /** Current rows whose raw object differs from the ground truth's object, field for field. */
  rawMismatch: number;
  /** Current rows the ground truth no longer has (not yet deleted). */
  stale: number;
  /**
   * With a log keeping `history`: objects whose history is not exactly the versions the snapshots showed (each
   * distinct version once, in order, the last closed with `deleted_at` iff the object is gone).
   */
  historyMismatch?: number;
  /** Short examples of what went wrong, for the report. */
  examples: string[];
}

/** True when the current tables equal the ground truth (nothing lost, stale or different) and match their history. */
export function equalsTruth(r: InvariantReport): boolean {
  return r.lost === 0 && r.stale === 0 && r.rawMismatch === 0 && r.currentVsHistory === 0;
}

/** A report of nothing wrong yet: every count 0, no examples. */
export function emptyReport(): InvariantReport {
  return {
    lost: 0,
    wrongDeletions: 0,
    duplicates: 0,
    currentVsHistory: 0,
    rawMismatch: 0,
    stale: 0,
    examples: [],
  };
}

/** The pass condition of every scenario: the store equals the ground truth and history was never wrong. */
export function clean(r: InvariantReport): boolean {
  return equalsTruth(r) && r.duplicates === 0 && r.wrongDeletions === 0 && (r.historyMismatch ?? 0) === 0;
}

/**
 * Compares the store at `databaseUrl` with the truth log, for `projects` (default: every project of the log) and
 * the resource types `only` names (default: every stored type).
 */
export async function checkInvariants(
  databaseUrl: string,
  truth: TruthLog,
  projects: string[] = truth.projects,
  only?: readonly string[],
): Promise<InvariantReport> {
  const report = emptyReport();
  const example = (line: string) => {
    if (report.examples.length < 8) report.examples.push(line);
  };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (truth.versions) report.historyMismatch = 0;
    for (const { type, table } of truth.types) {
      if (only && !only.includes(type)) continue;
      const current = await client.query<{ scope: string; id: string; raw: unknown }>(
        `select scope, id, raw from ${table} where scope = any($1)`,
        [projects],
      );
      const byKey = new Map(current.rows.map((r) => [`${r.scope}/${r.id}`, r.raw]));
      for (const project of projects) {
        const gt = truth.latest.get(project);
        if (!gt || gt.forbidden) continue;
        const live = new Set<string>();
        for (const [id, object] of truth.objects(project, type)) {
          const key = `${project}/${id}`;
          live.add(key);
          if (!byKey.has(key)) {
            report.lost++;
            example(`lost ${type} ${key}`);
          } else if (!isDeepStrictEqual(byKey.get(key), object)) {
            report.rawMismatch++;
            example(`raw differs ${type} ${key}`);
          }
        }
        for (const r of current.rows)
          if (r.scope === project && !live.has(`${project}/${r.id}`)) {
            report.stale++;
            example(`stale ${type} ${project}/${r.id}`);
          }
      }
      report.duplicates += await count(
        client,
        `select count(*)::int as n from (
           select valid_to, lead(valid_from) over w as next_from, count(*) filter (where valid_to is null) over p as open
           from ${table}_history where scope = any($1)
           window w as (partition by scope, id order by valid_from),
                  p as (partition by scope, id)) x
         where open > 1 or (next_from is not null and (valid_to is null or valid_to > next_from))`,
        projects,
      );
      report.currentVsHistory += await count(
        client,
        `select count(*)::int as n from ${table} c
         full join (select * from ${table}_history where valid_to is null and scope = any($1)) h
           on h.scope = c.scope and h.id = c.id
         where (c.scope is null or c.scope = any($1))
           and (c.id is null or h.id is null or h.raw <> c.raw or h.valid_from <> c.valid_from)`,
        projects,
      );
      const deletions = await client.query<{ scope: string; id: string; deleted_at: Date }>(
        `select scope, id, deleted_at from ${table}_history where deleted_at is not null and scope = any($1)`,
        [projects],
      );
      for (const d of deletions.rows) {
        const t = d.deleted_at.getTime();
        const existed = (early: boolean) => truth.at(t, early).ids.get(`${d.scope}/${type}`)?.has(d.id);
        if (existed(true) && existed(false)) {
          report.wrongDeletions++;
          example(`wrong deletion ${type} ${d.scope}/${d.id} at ${d.deleted_at.toISOString()}`);
        }
      }
      if (truth.versions)
        report.historyMismatch! += await historyMismatches(client, truth, type, table, projects, example);
    }
  } finally {
    await client.end();
  }
  return report;
}

async function count(client: pg.Client, query: string, projects: string[]): Promise<number> {
  const result = await client.query<{ n: number }>(query, [projects]);
  return result.rows[0]?.n ?? 0;
}
