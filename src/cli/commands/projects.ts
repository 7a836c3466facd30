import type { Command } from 'commander';
import { createConfigService } from '../../config/config-service.js';
import { HotpotError } from '../../errors.js';
import { GoogleApiCaller } from '../../gcp/google-api-caller.js';
import { createDiscoveryClient } from '../../gcp/discovery/discovery-client.js';
import { listProjects } from '../../gcp/discovery/list-projects.js';
import { TokenBucket } from '../../provider/token-bucket.js';
import { withQueries } from '../open-query-store.js';
import { printRows, type OutputFlags } from '../output/print-rows.js';
import { commandConfig } from '../connect.js';
import { output } from './inventory.js';

interface ProjectsFlags extends OutputFlags {
  config?: string;
  parent?: string[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `hotpot projects [--parent P]`: what discovery finds under the parents now, with when each was last synced. */
export function registerProjectsCommand(program: Command): void {
  output(program.command('projects'))
    .description(
      'Projects discovery finds under gcp.discovery.parents (or --parent): state, labels, Compute, last synced',
    )
    .option(
      '--parent <organizations/N|folders/N>',
      'parent to walk (repeatable; default gcp.discovery.parents)',
      collect,
    )
    .action((flags: ProjectsFlags) => run(flags));
}

async function run(flags: ProjectsFlags): Promise<void> {
  const config = commandConfig(flags);
  const discovery = config.gcp.discovery;
  const parents = flags.parent ?? discovery?.parents ?? [];
  for (const p of parents)
    if (!/^(organizations|folders)\/\d+$/.test(p))
      throw new HotpotError(`--parent must be organizations/N or folders/N, got ${JSON.stringify(p)}`);
  if (!parents.length)
    throw new HotpotError(
      'no parents to discover: pass --parent organizations/N (repeatable) or set HOTPOT_GCP_PARENTS',
    );
  const credentials = await createConfigService(config).getGcpCredentials();
  const client = createDiscoveryClient(credentials, config.gcp.endpoint, {
    allowInsecureEndpoint: config.gcp.allowInsecureEndpoint,
    maxResponseBytes: config.gcp.maxResponseBytes,
  });
  const caller = new GoogleApiCaller({ bucket: new TokenBucket(discovery?.requestsPerMinute ?? 300) });
  const listing = await listProjects(
    { client, caller, pageSize: config.gcp.pageSize },
    {
      parents,
      include: discovery?.include ?? [],
      exclude: discovery?.exclude ?? [],
      labels: discovery?.labels ?? '',
    },
  );
  const synced = await withQueries(flags, (q) =>
    q.run('lastSynced', { projects: listing.projects.map((p) => p.projectId) }),
  );
  const lastSynced = new Map(synced.map((s) => [s.scope, s.last_synced]));
  const rows = listing.projects
    .sort((a, b) => a.projectId.localeCompare(b.projectId))
    .map((p) => ({
      id: p.projectId,
      name: p.name,
      parent: p.parent,
      state: p.state,
      labels: p.labels,
      compute_enabled: p.computeEnabled,
      status: p.status,
      reason: p.reason,
      last_synced: iso(lastSynced.get(p.projectId)),
    }));
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ projects: rows, failures: listing.failures }, null, 2)}\n`);
  } else {
    printRows(
      rows,
      [
        { header: 'id', value: (r) => r.id },
        { header: 'name', value: (r) => r.name },
        { header: 'parent', value: (r) => r.parent },
        { header: 'state', value: (r) => r.state },
        {
          header: 'labels',
          value: (r) =>
            Object.entries(r.labels)
              .map(([k, v]) => `${k}=${v}`)
              .join(','),
        },
        {
          header: 'compute',
          value: (r) => (r.compute_enabled === null ? '-' : r.compute_enabled ? 'enabled' : 'disabled'),
        },
        { header: 'status', value: (r) => r.status },
        { header: 'last_synced', value: (r) => r.last_synced ?? 'never' },
      ],
      flags,
    );
    for (const f of listing.failures) process.stderr.write(`could not read ${f.parent}: ${f.message}\n`);
  }
  if (listing.failures.length) process.exitCode = 1;
}

function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.toISOString();
}
