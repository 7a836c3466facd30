import type { PhaseResult } from './phase.js';
import type { ServicesEstateFigures } from './services-phase.js';
import { formatListChecks } from './type-report.js';

/** One estate's figures in the side-by-side comparison. */
export interface EstateSide {
  resources: number;
  firstSyncMs: number | null;
  resyncUnchangedMs: number | null;
  firstSyncPeakRssMb: number | null;
  resyncPeakRssMb: number | null;
  firstSyncApiCalls: number | null;
}

/** The Compute-only estate and the same estate with the services, side by side. */
export interface EstateComparison {
  computeOnly: EstateSide;
  withServices: EstateSide;
}

function side(resources: number, first?: PhaseResult, again?: PhaseResult): EstateSide {
  return {
    resources,
    firstSyncMs: first?.wallMs ?? null,
    resyncUnchangedMs: again?.wallMs ?? null,
    firstSyncPeakRssMb: first?.workerPeakRssMb ?? null,
    resyncPeakRssMb: again?.workerPeakRssMb ?? null,
    firstSyncApiCalls: first?.apiCalls ?? null,
  };
}

/** The comparison from the run's phases: Compute-only `first sync (…)` / `re-sync unchanged` against `with services: …`. */
export function estateComparison(
  phases: readonly PhaseResult[],
  computeResources: number,
  services: ServicesEstateFigures,
): EstateComparison {
  const find = (prefix: string) =>
    phases.find((p) => p.name.startsWith(prefix) && !p.name.includes('pglite'));
  return {
    computeOnly: side(computeResources, find('first sync'), find('re-sync unchanged')),
    withServices: side(
      services.resources,
      find('with services: first sync'),
      find('with services: re-sync unchanged'),
    ),
  };
}

/** The comparison as a two-column table, then the estate with services' list-call checks. */
export function formatServicesEstate(
  comparison: EstateComparison,
  services: ServicesEstateFigures,
): string[] {
  const s = (ms: number | null) => (ms === null ? '-' : (ms / 1000).toFixed(1));
  const n = (v: number | null) => (v === null ? '-' : v.toLocaleString('en-US'));
  const rows: [string, (e: EstateSide) => string][] = [
    ['resources', (e) => n(e.resources)],
    ['first sync s', (e) => s(e.firstSyncMs)],
    ['re-sync unchanged s', (e) => s(e.resyncUnchangedMs)],
    ['worker peak RSS MB, first sync', (e) => n(e.firstSyncPeakRssMb)],
    ['worker peak RSS MB, re-sync', (e) => n(e.resyncPeakRssMb)],
    ['API calls, first sync', (e) => n(e.firstSyncApiCalls)],
  ];
  const { computeOnly, withServices } = comparison;
  const c = services.serviceCounts;
  return [
    '',
    `estate with services (per project: ${c.gkeClusters} GKE clusters × ${c.nodePoolsPerCluster} pools × ${c.nodesPerPool} nodes, ${c.sqlInstances} Cloud SQL instances × ${c.sqlDatabasesPerInstance} databases + ${c.sqlUsersPerInstance} users, ${c.buckets} buckets, ${c.serviceAccounts} service accounts × ${c.keysPerAccount} keys, ${c.runServices} Cloud Run services, ${c.runJobs} jobs): ${n(services.serviceResources)} services' objects`,
    `${''.padEnd(32)}${'Compute only'.padStart(14)}${'with services'.padStart(15)}`,
    ...rows.map(
      ([label, f]) => `${label.padEnd(32)}${f(computeOnly).padStart(14)}${f(withServices).padStart(15)}`,
    ),
    'checks (estate with services, first sync):',
    ...formatListChecks(
      services.serviceListCalls,
      'services calls per method per project = the minimum for the page size',
    ),
    ...formatListChecks(services.computeListCalls),
  ];
}
