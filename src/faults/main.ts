import { parseArgs } from 'node:util';
import { startLab } from './lab.js';
import { runScenario } from './run-scenario.js';
import type { Scale, ScenarioResult } from './scenario.js';
import { scenarios } from './scenarios/index.js';
import { formatMarkdown, formatTable } from './table.js';

/**
 * `npm run faults [-- --scale small|full] [--only <scenario>[,…]] [--markdown]`: runs the fault scenarios on a
 * private PostgreSQL cluster, a Temporal dev server and the emulator, prints a table, exits 1 on any failure.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'full' },
      only: { type: 'string', multiple: true },
      markdown: { type: 'boolean', default: false },
      'log-dir': { type: 'string' },
    },
  });
  if (values.scale !== 'small' && values.scale !== 'full')
    throw new Error(`--scale must be small or full, got ${values.scale}`);
  const scale: Scale = values.scale;
  const only = (values.only ?? []).flatMap((o) => o.split(','));
  const unknown = only.filter((o) => !scenarios.some((s) => s.name === o));
  if (unknown.length)
    throw new Error(
      `unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`,
    );
  const chosen = only.length ? scenarios.filter((s) => only.includes(s.name)) : scenarios;
  const log = (line: string) => process.stdout.write(`[faults] ${line}\n`);
  log(`starting PostgreSQL and Temporal (scale ${scale})`);
  const lab = await startLab({ keep: true, ...(values['log-dir'] ? { logDir: values['log-dir'] } : {}) });
  log(`PostgreSQL on port ${lab.pg.port}, Temporal at ${lab.temporal.address}, logs in ${lab.logDir}`);
  const results: ScenarioResult[] = [];
  const interrupted = () => {
    log('interrupted: stopping workers, Temporal and PostgreSQL');
    if (results.length) process.stdout.write(`\n${formatTable(results)}\n`);
    void lab.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    for (const scenario of chosen) {
      log(`${scenario.name}: ${scenario.title}`);
      const result = await runScenario(lab, scenario, scale);
      results.push(result);
      log(`${scenario.name}: ${result.status} in ${(result.durationMs / 1000).toFixed(1)} s`);
      if (values.markdown) log(formatMarkdown([result]).split('\n')[2]!);
    }
  } finally {
    await lab.close();
  }
  process.stdout.write(`\n${formatTable(results)}\n`);
  if (values.markdown) process.stdout.write(`\n${formatMarkdown(results)}\n`);
  return results.some((r) => r.status === 'fail' || r.status === 'error') ? 1 : 0;
}

process.exitCode = await main();
