import type { Kysely } from 'kysely';
import type { EstateScope } from '../estate-sql.js';
import type { ExposureRow } from '../exposure-row.js';
import { indexPolicies, type PolicyEstate } from '../policy-order.js';
import type { SourceClass } from '../public-ranges.js';
import { evaluateFortigate } from './evaluate-fortigate.js';
import { fortigateRows, type FortigateFilter } from './fortigate-rows.js';
import { loadFortigateVdoms, loadVmInterfaces, mappedAddresses } from './load-fortigate.js';

/** What the FortiGate part of the answer leaves out, printed with it when any FortiGate is stored. */
export const FORTIGATE_NOT_MODELLED = [
  'FortiGate: schedules are taken as always on; internet-service, geography, FQDN and dynamic addresses match nothing; load-balance VIPs, security profiles and central NAT are not modelled; routing from the FortiGate to the mapped address is assumed',
];

/**
 * FortiGate exposure rows as of a time (or now): each stored VDOM's VIPs evaluated with its policies, then the GCP
 * instances whose internal IP a VIP maps to, their GCP firewall evaluated on the forwarded traffic.
 */
export async function fortigateExposure(
  db: Kysely<unknown>,
  gcp: PolicyEstate,
  scope: EstateScope,
  filter: FortigateFilter & { sourceClasses?: readonly SourceClass[] },
): Promise<{ rows: ExposureRow[]; notes: string[] }> {
  if (filter.sourceClasses && !filter.sourceClasses.includes('internet')) return { rows: [], notes: [] };
  const vdoms = await loadFortigateVdoms(db, scope.asOf);
  if (!vdoms.length) return { rows: [], notes: [] };
  const notes = new Set<string>();
  const flows = vdoms.map((vdom) => ({ vdom, flows: evaluateFortigate(vdom, notes) }));
  const ips = mappedAddresses(
    flows.flatMap((f) => f.flows.flatMap((flow) => flow.mappedIps)),
    notes,
  );
  const vms = await loadVmInterfaces(db, scope, ips);
  const index = indexPolicies(gcp);
  const rows = flows.flatMap(({ vdom, flows }) => fortigateRows(vdom, flows, vms, index, filter, notes));
  return { rows, notes: [...FORTIGATE_NOT_MODELLED, ...notes] };
}
