import { S1_LOCATION } from '../paging.js';
import { s1Id } from '../s1-resource.js';
import type { S1Agent, S1CloudProvider } from '../types.js';

/** Pure: an API agent → its typed row; IPv4 addresses of every interface and the first cloud the agent reports. */
export function convertAgent(item: S1Agent) {
  const [provider, cloud] = firstCloud(item.cloudProviders);
  return {
    id: s1Id('s1.agent', item),
    name: item.computerName ?? item.id,
    location: S1_LOCATION,
    creation_timestamp: item.createdAt ?? item.registeredAt,
    uuid: item.uuid,
    computer_name: item.computerName,
    os_type: item.osType,
    os_name: item.osName,
    agent_version: item.agentVersion,
    account_id: item.accountId,
    site_id: item.siteId,
    site_name: item.siteName,
    group_id: item.groupId,
    group_name: item.groupName,
    is_active: item.isActive,
    is_decommissioned: item.isDecommissioned,
    infected: item.infected,
    active_threats: item.activeThreats,
    threat_reboot_required: item.threatRebootRequired,
    network_status: item.networkStatus,
    last_active_date: item.lastActiveDate,
    external_ip: item.externalIp,
    internal_ips: internalIps(item),
    cloud_provider: provider,
    cloud_instance_id: cloud?.cloudInstanceId,
    cloud_account: cloud?.cloudAccount,
    cloud_location: cloud?.cloudLocation,
  };
}

/** Every IPv4 address the agent's interfaces report, once each, in order. */
export function internalIps(item: Pick<S1Agent, 'networkInterfaces'>): string[] {
  const ips = (item.networkInterfaces ?? []).flatMap((nic) => (Array.isArray(nic.inet) ? nic.inet : []));
  return [...new Set(ips.filter((ip) => typeof ip === 'string'))];
}

function firstCloud(
  providers: S1Agent['cloudProviders'],
): [string, S1CloudProvider] | [undefined, undefined] {
  if (!providers || typeof providers !== 'object') return [undefined, undefined];
  const entry = Object.entries(providers).find(([, v]) => v && typeof v === 'object');
  return entry ?? [undefined, undefined];
}
