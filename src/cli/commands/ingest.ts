import type { Command } from 'commander';
import { WorkflowExecutionAlreadyStartedError, type WorkflowHandle } from '@temporalio/client';
import { createHotpotClient, type HotpotClient } from '../../client/hotpot-client.js';
import { commandDiscovery } from '../../client/discovery-options.js';
import { commandProjects } from '../../client/inventory-projects.js';
import { exitCodeFor, projectOutcome } from '../../client/outcome.js';
import { renderDiscovery } from '../output/discovery-summary.js';
import { progressLine, renderSummary, type SummaryInput } from '../output/summary-table.js';
import { watchInventory } from '../../client/watch-inventory.js';
import { createConfigService } from '../../config/config-service.js';
import type { HotpotConfig } from '../../config/types.js';
import { HotpotError } from '../../errors.js';
import { parseWholeNumber } from '../../query/user-input.js';
import type { InventoryProgress } from '../../ingest/workflows/types.js';
import type { Provider } from '../../provider/provider.js';
import { providers } from '../../worker/provider-registry.js';
import { commandConfig } from '../connect.js';
import { connectTemporal } from '../temporal-client.js';

interface IngestFlags {
  config?: string;
  allowMassDeletion?: boolean;
  project?: string[];
  parent?: string[];
  concurrency?: string;
  wait: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds `hotpot ingest inventory|compute|instances`: start an ingestion, by default wait with live progress and a summary. */
export function registerIngestCommand(program: Command): void {
  const ingest = program.command('ingest').description('Start a GCP ingestion and (by default) wait for it');
  const common = (cmd: Command, projectHelp: string) =>
    cmd
      .option('--config <file>', 'YAML config file')
      .option('--project <id>', projectHelp, collect)
      .option('--no-wait', 'print the workflow id and Temporal UI link instead of waiting')
      .option('--json', 'print the result object as JSON')
      .option(
        '--allow-mass-deletion',
        'let this run delete more than deletion.maxShare of a scope (each deletion is still confirmed by a get)',
      );
  common(
    ingest.command('inventory').description('Full inventory: one ComputeWorkflow per project'),
    'project id (repeatable; default: gcp.projects of the config)',
  )
    .option(
      '--parent <organizations/N|folders/N>',
      'discover projects under it (repeatable; default: gcp.discovery.parents when no --project)',
      collect,
    )
    .option('--concurrency <n>', 'projects in flight at once (default: worker.inventoryConcurrency)')
    .action((flags: IngestFlags) => withClient(flags, (ctx) => runInventory(ctx, flags)));
  common(
    ingest.command('compute').description('Instances, disks and networks of one project'),
    'project id',
  ).action((flags: IngestFlags) => withClient(flags, (ctx) => runProject(ctx, flags, 'compute')));
  common(ingest.command('instances').description('Instances of one project'), 'project id').action(
    (flags: IngestFlags) => withClient(flags, (ctx) => runProject(ctx, flags, 'instances')),
  );
  ingest
    .command('s1')
    .description('SentinelOne sites, groups and agents of the configured console (s1.endpoint)')
    .option('--config <file>', 'YAML config file')
    .option('--no-wait', 'print the workflow id and Temporal UI link instead of waiting')
    .option('--json', 'print the result object as JSON')
    .option('--allow-mass-deletion', 'let this run delete more than deletion.maxShare of a scope')
    .action((flags: IngestFlags) => withClient(flags, (ctx) => runProject(ctx, flags, 's1')));
  for (const provider of providers) {
    if (provider.configSection === undefined || !provider.inventoryTarget) continue;
    ingest
      .command(provider.name)
      .description(`${provider.howToConfigure.replace(/^a /, 'Every scope of ')} (one workflow per scope)`)
      .option('--config <file>', 'YAML config file')
      .option('--scope <id>', 'a scope to sync (repeatable; default: every scope the config names)', collect)
      .option('--no-wait', 'print the workflow ids and Temporal UI links instead of waiting')
      .option('--json', 'print the results as JSON')
      .option('--allow-mass-deletion', 'let this run delete more than deletion.maxShare of a scope')
      .action((flags: IngestFlags & { scope?: string[] }) =>
        withClient(flags, (ctx) => runProviderScopes(ctx, flags, provider)),
      );
  }
}

async function runProviderScopes(
  { config, hotpot }: Ctx,
  flags: IngestFlags & { scope?: string[] },
  provider: Provider,
): Promise<void> {
  if (!provider.configured(config))
    throw new HotpotError(`ingest ${provider.name} needs ${provider.howToConfigure}`);
  const target = provider.inventoryTarget!(config);
  const found = await provider.discoverScopes?.(config, createConfigService(config));
  const known = [...target.scopes, ...(found?.scopes ?? [])];
  const scopes = [...new Set(flags.scope ?? known)];
  const unknown = scopes.filter((s) => !known.includes(s) && !found?.accepts(s));
  if (unknown.length)
    throw new HotpotError(
      `unknown ${provider.name} scope ${unknown.map((s) => JSON.stringify(s)).join(', ')}: the config names ${known.join(', ') || 'none'}`,
    );
  if (!scopes.length) throw new HotpotError(`the ${provider.name} section names no scope to sync`);
  const handles = [];
  for (const scope of scopes)
    handles.push(
      await start(`ingest ${provider.name} of ${scope}`, () =>
        hotpot.startProviderInventory(provider, scope, {
          taskQueue: target.taskQueue,
          allowMassDeletion: flags.allowMassDeletion === true,
        }),
      ),
    );
  if (!flags.wait) {
    for (const handle of handles) printStarted(config, handle, flags.json);
    return;
  }
  const line = statusLine(flags.json === true);
  const results = await Promise.all(
    handles.map(async (handle, i) => {
      const result = await projectOutcome(scopes[i]!, handle);
      line.finished(result);
      return result;
    }),
  );
  line.clear();
  const status = results.every((r) => r.status === 'ok')
    ? 'ok'
    : results.every((r) => r.status === 'failed')
      ? 'failed'
      : 'partial';
  if (flags.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${renderSummary(results, status)}\n`);
  process.exitCode = exitCodeFor(status);
}

interface Ctx {
  config: HotpotConfig;
  hotpot: HotpotClient;
}

async function withClient(flags: IngestFlags, run: (ctx: Ctx) => Promise<void>): Promise<void> {
  const config = commandConfig(flags);
  const temporal = await connectTemporal(config);
  try {
    await run({
      config,
      hotpot: createHotpotClient(temporal.client, { taskQueue: config.temporal.taskQueue }),
    });
  } finally {
    await temporal.close();
  }
}

async function start<H extends WorkflowHandle>(what: string, begin: () => Promise<H>): Promise<H> {
  try {
    return await begin();
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      throw new HotpotError(
        `${what} is already running (workflow ${err.workflowId}); wait for it to finish or cancel it in the Temporal UI`,
      );
    }
    throw err;
  }
}

async function runInventory({ config, hotpot }: Ctx, flags: IngestFlags): Promise<void> {
  const projectIds = flags.project ?? config.gcp.projects;
  const discovery = commandDiscovery(flags, config);
  if (projectIds.length === 0 && !discovery) {
    throw new HotpotError(
      'no projects to ingest: pass --project <id> or --parent organizations/N (repeatable), or set gcp.projects / HOTPOT_GCP_PROJECTS or gcp.discovery.parents / HOTPOT_GCP_PARENTS',
    );
  }
  const concurrency =
    flags.concurrency === undefined
      ? config.worker.inventoryConcurrency
      : parseWholeNumber(flags.concurrency, '--concurrency', 1, 10_000);
  const handle = await start('an inventory with this id', () =>
    hotpot.startInventory({
      ...commandProjects(flags.project, projectIds),
      ...(discovery && { discovery }),
      concurrency,
      allowMassDeletion: flags.allowMassDeletion === true,
    }),
  );
  if (!flags.wait) return printStarted(config, handle, flags.json);
  const done = handle.result();
  const line = statusLine(flags.json === true);
  const reported = await watchInventory(handle, done, {
    progress: (p) => line.progress(p),
    finished: (p) => line.finished(p),
  });
  let result;
  try {
    result = await done;
  } catch (err) {
    line.clear();
    throw new HotpotError(`inventory ${handle.workflowId} failed: ${(err as Error).message}`);
  }
  for (const p of result.projects) if (!reported.has(p.projectId)) line.finished(p);
  line.clear();
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(`${renderSummary(result.projects, result.status)}\n`);
    const t = result.totals;
    process.stdout.write(
      `\ninventory ${result.status}: ${t.ok} ok, ${t.partial} partial, ${t.failed} failed of ${result.projectCount} projects (run ${result.runId})\n`,
    );
    if (result.discovery) process.stdout.write(`${renderDiscovery(result.discovery)}\n`);
    if (result.detailOmitted)
      process.stdout.write(
        `only some failed and partial projects are listed; every project is in the store (hotpot runs ${result.runId})\n`,
      );
  }
  process.exitCode = exitCodeFor(result.status);
}

async function runProject(
  { config, hotpot }: Ctx,
  flags: IngestFlags,
  kind: 'compute' | 'instances' | 's1',
): Promise<void> {
  const s1 = config.s1;
  if (kind === 's1' && !s1)
    throw new HotpotError('no SentinelOne console: set s1.endpoint (HOTPOT_S1_ENDPOINT) and an API token');
  const [projectId, ...more] = kind === 's1' && s1 ? [s1.console] : (flags.project ?? []);
  if (projectId === undefined || more.length > 0) {
    throw new HotpotError(
      `ingest ${kind} takes exactly one --project <id>; use \`hotpot ingest inventory\` for several`,
    );
  }
  const handle = await start<WorkflowHandle>(`ingest ${kind} of ${projectId}`, () =>
    kind === 's1' && s1
      ? hotpot.startS1Inventory(projectId, {
          taskQueue: s1.taskQueue,
          allowMassDeletion: flags.allowMassDeletion === true,
        })
      : kind === 'compute'
        ? hotpot.startCompute(projectId, { allowMassDeletion: flags.allowMassDeletion === true })
        : hotpot.startInstances(projectId, { allowMassDeletion: flags.allowMassDeletion === true }),
  );
  if (!flags.wait) return printStarted(config, handle, flags.json);
  const line = statusLine(flags.json === true);
  line.waiting(projectId);
  const result = await projectOutcome(projectId, handle, kind !== 's1');
  line.finished(result);
  line.clear();
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${renderSummary([result], result.status)}\n`);
  process.exitCode = exitCodeFor(result.status);
}

function printStarted(config: HotpotConfig, handle: WorkflowHandle, json?: boolean): void {
  const ui = temporalUiUrl(config.temporal);
  const url =
    ui &&
    `${ui}/namespaces/${encodeURIComponent(config.temporal.namespace)}/workflows/${encodeURIComponent(handle.workflowId)}`;
  if (json)
    process.stdout.write(`${JSON.stringify({ workflowId: handle.workflowId, url: url ?? null }, null, 2)}\n`);
  else
    process.stdout.write(
      `started ${handle.workflowId}\n${url ?? 'set temporal.uiUrl (HOTPOT_TEMPORAL_UI_URL) for a link to the Temporal UI'}\n`,
    );
}

/** Progress on stderr: a redrawn status line on a TTY, plain lines as projects finish otherwise; silent with `quiet`. */
function statusLine(quiet: boolean) {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let drawn = false;
  const draw = (text: string) => {
    if (quiet || !tty) return;
    process.stderr.write(`\r\x1b[K${text}`);
    drawn = true;
  };
  const clear = () => {
    if (drawn) process.stderr.write('\r\x1b[K');
    drawn = false;
  };
  return {
    waiting(projectId: string) {
      if (!quiet && !tty) process.stderr.write(`waiting for ${projectId}…\n`);
      draw(`ingesting ${projectId}…`);
    },
    progress(p: InventoryProgress) {
      const secs = Math.round((Date.now() - started) / 1000);
      const running = p.running.length > 3 ? `${p.running.slice(0, 3).join(', ')}, …` : p.running.join(', ');
      draw(
        `${p.done}/${p.total} projects done · ${p.totals.failed} failed · running: ${running || '-'} · ${secs}s`,
      );
    },
    finished(p: SummaryInput) {
      if (quiet) return;
      clear();
      process.stderr.write(`${progressLine(p)}\n`);
    },
    clear,
  };
}

/**
 * The Temporal Web UI for the configured server: `temporal.uiUrl`, else, for a loopback address, the dev server's
 * convention (gRPC port + 1000 on the same host), else unknown.
 */
export function temporalUiUrl(temporal: { address: string; uiUrl?: string }): string | undefined {
  if (temporal.uiUrl !== undefined) return temporal.uiUrl.replace(/\/+$/, '');
  const match = /^(.*):(\d+)$/.exec(temporal.address);
  if (!match) return undefined;
  const host = match[1]!;
  const loopback = host === 'localhost' || /^127\./.test(host) || host === '[::1]';
  return loopback ? `http://${host}:${Number(match[2]) + 1000}` : undefined;
}
