import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { FortinetGroundTruth } from '../../emulator/fortinet/index.js';
import { fortinetResources } from '../../fortinet/registry.js';
import { truthOfKind } from '../../fortinet/testing/truth-of-kind.js';
import { emptyReport, type InvariantReport } from '../invariants.js';

/** The Fortinet ground truth over time: each snapshot holds from its time until the next one's. */
export class FortinetTruthLog {
  private readonly snapshots: { at: number; ids: Map<string, Set<string>> }[] = [];
  latest: FortinetGroundTruth | undefined;

  /** Records the truth as it is from now on (call right after every change of the estate). */
  record(truth: FortinetGroundTruth): void {
    this.latest = truth;
    const ids = new Map<string, Set<string>>();
    for (const scope of Object.keys(truth.scopes))
      for (const r of fortinetResources)
        ids.set(
          `${scope}|${r.table}`,
          new Set(truthOfKind(truth, scope, r.plural).map((o) => r.identify(o))),
        );
    this.snapshots.push({ at: Date.now(), ids });
  }

  /** Whether the object existed in the truth both just before and just after `t` (a deletion then was wrong). */
  existedAround(t: number, key: string, id: string): boolean {
    const at = (time: number) => [...this.snapshots].reverse().find((s) => s.at <= time) ?? this.snapshots[0];
    return [t - 1, t + 1].every((time) => at(time)?.ids.get(key)?.has(id) === true);
  }
}

/** Compares the store with the Fortinet truth: the same counts as the GCP invariants, per Fortinet table. */
export async function checkFortinetInvariants(
  databaseUrl: string,
  log: FortinetTruthLog,
): Promise<InvariantReport> {
  const report = emptyReport();
  const example = (line: string) => {
    if (report.examples.length < 8) report.examples.push(line);
  };
  const truth = log.latest;
  if (!truth) throw new Error('no truth recorded');
  const scopes = Object.keys(truth.scopes);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const r of fortinetResources) {
      const current = await client.query<{ scope: string; id: string; raw: unknown }>(
        `select scope, id, raw from ${r.table}`,
      );
      const byKey = new Map(current.rows.map((row) => [`${row.scope}|${row.id}`, row.raw]));
      const live = new Set<string>();
      for (const scope of scopes)
        for (const object of truthOfKind(truth, scope, r.plural)) {
          const key = `${scope}|${r.identify(object)}`;
          live.add(key);
          if (!byKey.has(key)) {
            report.lost++;
            example(`lost ${r.plural} ${key}`);
          } else if (!isDeepStrictEqual(byKey.get(key), object)) {
            report.rawMismatch++;
            example(`raw differs ${r.plural} ${key}`);
          }
        }
      for (const key of byKey.keys())
        if (!live.has(key)) {
          report.stale++;
          example(`stale ${r.plural} ${key}`);
        }
      const duplicates = await client.query<{ n: number }>(
        `select count(*)::int as n from (
           select valid_to, lead(valid_from) over w as next_from, count(*) filter (where valid_to is null) over p as open
           from ${r.table}_history window w as (partition by scope, id order by valid_from), p as (partition by scope, id)) x
         where open > 1 or (next_from is not null and (valid_to is null or valid_to > next_from))`,
      );
      report.duplicates += duplicates.rows[0]?.n ?? 0;
      const mismatched = await client.query<{ n: number }>(
        `select count(*)::int as n from ${r.table} c
         full join (select * from ${r.table}_history where valid_to is null) h on h.scope = c.scope and h.id = c.id
         where c.id is null or h.id is null or h.raw <> c.raw or h.valid_from <> c.valid_from`,
      );
      report.currentVsHistory += mismatched.rows[0]?.n ?? 0;
      const deletions = await client.query<{ scope: string; id: string; deleted_at: Date }>(
        `select scope, id, deleted_at from ${r.table}_history where deleted_at is not null`,
      );
      for (const d of deletions.rows)
        if (log.existedAround(d.deleted_at.getTime(), `${d.scope}|${r.table}`, d.id)) {
          report.wrongDeletions++;
          example(`wrong deletion ${r.plural} ${d.scope}/${d.id} at ${d.deleted_at.toISOString()}`);
        }
    }
  } finally {
    await client.end();
  }
  return report;
}
