import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API instance → its typed row. */
export function convertInstance(item: compute_v1.Schema$Instance) {
  const nics = item.networkInterfaces ?? [];
  const internal = nics.flatMap((n) => [n.networkIP, n.ipv6Address]);
  const external = nics.flatMap((n) => [
    ...(n.accessConfigs ?? []).map((a) => a.natIP),
    ...(n.ipv6AccessConfigs ?? []).map((a) => a.externalIpv6),
  ]);
  return {
    ...requireIdentity('instance', item),
    location: lastSegment(item.zone) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    status: item.status,
    machine_type: lastSegment(item.machineType),
    cpu_platform: item.cpuPlatform,
    internal_ips: internal.filter((ip): ip is string => !!ip),
    external_ips: external.filter((ip): ip is string => !!ip),
    network_tags: item.tags?.items ?? [],
    service_accounts: (item.serviceAccounts ?? []).map((s) => s.email).filter((e): e is string => !!e),
    labels: item.labels ?? {},
  };
}
