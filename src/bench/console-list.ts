import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { startConsole } from '../console/console-server.js';
import { createPostgresDatabase } from './bench-database.js';
import { phase, type PhaseResult } from './phase.js';

const RUNS = 7;

/** Issue 15's target: the console renders the first list page of 200k instances in under this. */
export const CONSOLE_FIRST_PAGE_TARGET_MS = 300;

/** The report line of the console phase against its target, if the phase ran. */
export function consoleTargetLine(phases: PhaseResult[]): string[] {
  const p = phases.find((x) => x.name.startsWith('console list page'));
  if (!p) return [];
  const verdict = p.wallMs < CONSOLE_FIRST_PAGE_TARGET_MS ? 'ok' : 'OVER TARGET';
  return [
    `  console list page, first page of ${p.resources} instances: ${p.wallMs} ms (target < ${CONSOLE_FIRST_PAGE_TARGET_MS} ms at 200,000): ${verdict}`,
  ];
}

async function medianMs(url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.text();
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/**
 * The console's instance list over `rows` instances in 50 projects (current and history tables filled by SQL):
 * the median time to render the first page over HTTP, and the same with filters, a deep page and as-of in the note.
 */
export async function consoleListPhase(serverUrl: string, rows = 200_000): Promise<PhaseResult> {
  const database = await createPostgresDatabase(serverUrl);
  const store = await database.open(4);
  try {
    await sql`
      insert into gcp_compute_instances (scope, id, name, location, status, machine_type, internal_ips, external_ips,
        labels, fingerprint, raw, first_seen, valid_from)
      select 'bench-project-' || lpad((i % 50)::text, 3, '0'), (1000000000 + i)::text, 'vm-' || lpad(i::text, 7, '0'),
        'us-central1-' || chr(97 + i % 3), case when i % 4 = 0 then 'TERMINATED' else 'RUNNING' end, 'e2-standard-4',
        array['10.' || (i / 65536 % 256) || '.' || (i / 256 % 256) || '.' || (i % 256)], '{}',
        jsonb_build_object('env', case when i % 2 = 0 then 'prod' else 'dev' end), 'f' || i,
        jsonb_build_object('id', (1000000000 + i)::text, 'name', 'vm-' || lpad(i::text, 7, '0')),
        now() - interval '2 days', now() - interval '2 days'
      from generate_series(1, ${rows}) as i`.execute(store.db);
    await sql`insert into gcp_compute_instances_history (scope, id, name, location, status, machine_type,
        internal_ips, external_ips, labels, fingerprint, raw, first_seen, valid_from)
      select scope, id, name, location, status, machine_type, internal_ips, external_ips, labels, fingerprint, raw,
        first_seen, valid_from from gcp_compute_instances`.execute(store.db);
    await sql`analyze`.execute(store.db);
    const running = await startConsole({ db: store.db });
    try {
      const list = `${running.url}/kinds/instances`;
      await medianMs(list);
      const first = await medianMs(list);
      const filtered = await medianMs(`${list}?project=bench-project-007&status=RUNNING&label=env%3Dprod`);
      const text = await medianMs(`${list}?q=10.1.2`);
      const deepCursor = Buffer.from(JSON.stringify(['bench-project-049', 'vm-0199000', '0'])).toString(
        'base64url',
      );
      const deep = await medianMs(`${list}?after=${deepCursor}`);
      const asOf = await medianMs(`${list}?as_of=-1d`);
      const ms = (n: number) => `${n.toFixed(0)} ms`;
      return phase(`console list page (${rows} instances)`, first, rows, {
        note: `median of ${RUNS} first-page renders over HTTP; project+status+label ${ms(filtered)}, name/IP text ${ms(text)}, last page ${ms(deep)}, as-of ${ms(asOf)}`,
      });
    } finally {
      await running.close();
    }
  } finally {
    await store.close();
    await database.drop();
  }
}
