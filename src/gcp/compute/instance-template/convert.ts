import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v);

/** Pure: an API instance template (global or regional) → its typed row. */
export function convertInstanceTemplate(item: compute_v1.Schema$InstanceTemplate) {
  const p = item.properties ?? {};
  const nics = p.networkInterfaces ?? [];
  return {
    ...requireIdentity('instance template', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    machine_type: lastSegment(p.machineType),
    networks: present(nics.map((n) => lastSegment(n.network))),
    subnetworks: present(nics.map((n) => lastSegment(n.subnetwork))),
    network_tags: p.tags?.items ?? [],
    service_accounts: present((p.serviceAccounts ?? []).map((s) => s.email)),
    source_images: present((p.disks ?? []).map((d) => d.initializeParams?.sourceImage)),
    can_ip_forward: p.canIpForward,
    labels: p.labels ?? {},
  };
}
