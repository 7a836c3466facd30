import path from 'node:path';
import pg from 'pg';
import { startConsole } from '../../console/console-server.js';
import { openStore } from '../../store/open-store.js';
import { estate, inContext } from '../in-context.js';
import { runCli } from '../run-cli.js';
import type { Scenario } from '../scenario.js';
import type { ScenarioContext } from '../scenario-context.js';
import {
  formulaCell,
  HOSTILE_TEXT,
  hugeInstanceOps,
  refusedHostileOps,
  REFUSED,
  storableHostileOps,
  UNSAFE_OUTPUT,
} from './hostile-values.js';

/** Problems of one output: raw unsafe characters, formula cells (CSV), hostile markup (HTML). */
function outputProblems(source: string, text: string, kind: 'text' | 'csv' | 'html'): string[] {
  const out: string[] = [];
  const raw = UNSAFE_OUTPUT.exec(text);
  if (raw) out.push(`${source}: raw U+${raw[0].codePointAt(0)!.toString(16).padStart(4, '0')} in output`);
  if (kind === 'csv') {
    const cell = formulaCell(text);
    if (cell !== undefined) out.push(`${source}: a formula cell ${JSON.stringify(cell.slice(0, 30))}`);
  }
  if (kind === 'html' && /<script>alert|<img src=x/.test(text))
    out.push(`${source}: hostile markup unescaped`);
  return out;
}

/** Every output path over the hostile project: CLI table, CSV and JSON, exposure, and the console's pages. */
async function checkOutputs(ctx: ScenarioContext, project: string): Promise<string[]> {
  const problems: string[] = [];
  const env = ctx.workerEnv();
  const cli = async (name: string, args: string[]) => {
    const { code, output } = await runCli(args, env, path.join(ctx.lab.logDir, `hostile-input-${name}.log`));
    if (code !== 0) problems.push(`hotpot ${args.join(' ')} exited ${code}: ${output.slice(0, 200)}`);
    return output;
  };
  const table = await cli('table', ['inventory', 'instances', '--project', project]);
  problems.push(...outputProblems('inventory table', table, 'text'));
  if (!table.includes('hostile-0')) problems.push('inventory table: the hostile instances are missing');
  problems.push(
    ...outputProblems(
      'inventory CSV',
      await cli('csv', ['inventory', 'instances', '--project', project, '--csv']),
      'csv',
    ),
  );
  const json = await cli('json', ['inventory', 'instances', '--project', project, '--json']);
  try {
    const text = JSON.stringify(JSON.parse(json));
    for (const value of [HOSTILE_TEXT.ansi, HOSTILE_TEXT.bidi, HOSTILE_TEXT.formulaEq])
      if (!text.includes(JSON.stringify(value).slice(1, -1)))
        problems.push(`inventory JSON: ${JSON.stringify(value)} is not kept as the same value`);
  } catch {
    problems.push(`inventory JSON does not parse: ${json.slice(0, 120)}`);
  }
  const exposure = await cli('exposure', ['exposure', '--project', project]);
  problems.push(...outputProblems('exposure table', exposure, 'text'));
  if (!exposure.includes('"80-"')) problems.push('exposure: the unparseable port entry "80-" is not named');
  problems.push(
    ...outputProblems(
      'exposure CSV',
      await cli('exposure-csv', ['exposure', '--project', project, '--csv']),
      'csv',
    ),
  );
  const store = await openStore(ctx.databaseUrl, { poolSize: 1 });
  const ui = await startConsole({ db: store.db });
  try {
    const q = encodeURIComponent(project);
    for (const page of [
      `/kinds/instances?project=${q}`,
      `/kinds/firewalls?project=${q}`,
      `/exposure?project=${q}`,
      '/',
    ]) {
      const res = await fetch(`${ui.url}${page}`);
      const html = await res.text();
      if (res.status !== 200) problems.push(`console ${page}: HTTP ${res.status}`);
      problems.push(...outputProblems(`console ${page}`, html, 'html'));
    }
  } finally {
    await ui.close();
    await store.close();
  }
  return problems;
}

/** The refused instances (and the object a fault made 10 MiB) are in the rejected items; nothing of their project was deleted. */
async function checkRefused(ctx: ScenarioContext, project: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  try {
    const rejected = await client.query<{ error: string; excerpt: string }>(
      `select error, excerpt from ingest_rejected_items where scope = $1`,
      [project],
    );
    const expected: [string, string][] = [
      ...Object.entries(REFUSED),
      ['(10 MiB value added by a fault)', 'exceeds'],
    ];
    ctx.notes.push(`${project} rejected: ${rejected.rows.map((r) => r.error.slice(0, 60)).join('; ')}`);
    const problems = expected
      .filter(
        ([name, words]) =>
          !rejected.rows.some(
            (r) =>
              (name.startsWith('(') || r.excerpt.includes(`"name":"${name}"`)) && r.error.includes(words),
          ),
      )
      .map(([name, words]) => `${project}: instance ${name} not recorded as rejected with "${words}"`);
    const deleted = await client.query<{ n: number }>(
      `select count(*)::int as n from gcp_compute_instances_history where scope = $1 and deleted_at is not null`,
      [project],
    );
    if (deleted.rows[0]!.n > 0) problems.push(`${project}: ${deleted.rows[0]!.n} instances deleted`);
    return problems;
  } finally {
    await client.end();
  }
}

/**
 * An estate full of hostile values synced end to end: the storable ones (control characters, bidi, formulas,
 * markup, odd unicode and ids, 1 MB fields, non-IP addresses, unparseable ports) must equal the ground truth in
 * the store and come out safe on every output path; the unstorable ones (no id, NUL, 5 MB) are named as rejected
 * and delete nothing.
 */
export const hostileInput: Scenario = {
  name: 'hostile-input',
  title:
    'hostile values (controls, bidi, formulas, markup, 850 KB fields, odd ids, bad ports) synced and shown',
  run: (lab, scale) =>
    inContext(
      lab,
      {
        name: 'hostile-input',
        estate: estate('hostile-input', 2, { instances: scale === 'small' ? 10 : 100 }),
      },
      async (ctx) => {
        const [storable, refused] = ctx.projects as [string, string];
        const truth = ctx.truth.latest.get(storable)!;
        const zone = truth.zones[0]!;
        const network = truth.resources.networks[0]?.selfLink ?? 'global/networks/default';
        await ctx.startWorkers(1);
        await ctx.syncAll();
        await ctx.truth.mutate({
          ops: [
            ...storableHostileOps(storable, zone, network),
            ...refusedHostileOps(refused, ctx.truth.latest.get(refused)!.zones[0]!),
          ],
        });
        for (const ops of hugeInstanceOps(storable, zone, 4)) await ctx.truth.mutate({ ops });
        ctx.faults += Object.keys(HOSTILE_TEXT).length + Object.keys(REFUSED).length + 4;
        await ctx.setFault({
          kind: 'badItem',
          variant: 'huge',
          project: refused,
          method: 'instances.aggregatedList',
          count: 1,
        });
        await ctx.syncAll();
        const problems = [...(await checkRefused(ctx, refused)), ...(await checkOutputs(ctx, storable))];
        ctx.notes.push(`${problems.length} output or rejection problems`);
        return { faultEndedAt: Date.now(), problems, checked: [storable] };
      },
    ),
};
