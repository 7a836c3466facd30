import type { ExposureEstate, ExposureInstance, ForwardingRule } from './estate.js';
import type { Restriction } from './evaluate-rules.js';
import type { PortRange } from './protocols.js';
import { normalizeUrl, parseRef, refKey } from './urls.js';

/** Whose packets reach a backend: clients' own (`internet`) or a proxy load balancer's front ends. */
export type Sources = 'internet' | 'google-front-ends';

/** Receives each backend a rule reaches, with whose traffic and which protocol and ports. */
export type OnBackend = (instance: ExposureInstance, sources: Sources, restriction: Restriction) => void;

/** The estate indexed for following chains: instances by `project/zone/name`, members of every known group. */
export interface ChainIndex {
  byUrl: ReadonlyMap<string, ExposureInstance>;
  /** Group URL → member instance URLs, for managed groups (by created-by) and listed unmanaged ones. */
  members: ReadonlyMap<string, readonly string[]>;
}

/** Builds the chain index: groups' listed members (`listInstances`), and managed groups' by their `created-by` manager. */
export function chainIndex(estate: ExposureEstate): ChainIndex {
  const byUrl = new Map(estate.instances.map((i) => [refKey(i.project, i.zone, i.name), i]));
  const members = new Map<string, string[]>();
  for (const [group, urls] of estate.groupMembers) members.set(group, urls.map(normalizeUrl));
  for (const instance of estate.instances) {
    const ref = instance.createdBy ? parseRef(instance.createdBy) : null;
    if (ref?.collection !== 'instanceGroupManagers') continue;
    const group = estate.managers.get(refKey(instance.project, ref.location, ref.name));
    if (!group) continue;
    const url = `projects/${instance.project}/zones/${instance.zone}/instances/${instance.name}`;
    const list = members.get(group) ?? [];
    if (!list.includes(url)) members.set(group, [...list, url]);
  }
  return { byUrl, members };
}

function namedPort(estate: ExposureEstate, group: string, portName: string | null): PortRange[] | undefined {
  const entry = (estate.instanceGroups.get(group) ?? []).find((p) => p.startsWith(`${portName ?? 'http'}:`));
  const port = entry === undefined ? NaN : Number(entry.slice(entry.indexOf(':') + 1));
  return Number.isInteger(port) ? [[port, port]] : undefined;
}

const PROXIES = new Set(['targetHttpProxies', 'targetHttpsProxies', 'targetSslProxies', 'targetTcpProxies']);

/**
 * Follows one external forwarding rule to the instances behind it: target pool members, a target instance's VM,
 * a passthrough backend service's groups (the rule's ports, clients' addresses), and through global HTTP(S),
 * SSL and TCP proxies their backend services' groups (the named port, Google Front End addresses). Every link
 * that cannot be followed is a note naming it; classic VPN gateways end the chain (no VM behind them).
 */
export function followRule(
  estate: ExposureEstate,
  index: ChainIndex,
  rule: ForwardingRule,
  direct: Restriction,
  onBackend: OnBackend,
  note: (text: string) => void,
): void {
  const where = `forwarding rule ${rule.project}/${rule.name}`;
  const missing = (what: string) =>
    note(`${where}: ${what} is not in the store, so what it leads to is unknown`);
  const instance = (url: string, sources: Sources, restriction: Restriction, via: string) => {
    const ref = parseRef(url);
    const found = ref ? index.byUrl.get(refKey(ref.project, ref.location, ref.name)) : undefined;
    if (found) onBackend(found, sources, restriction);
    else missing(`instance ${normalizeUrl(url)} (${via})`);
  };
  const groups = (
    service: string,
    sources: Sources,
    port: (group: string, portName: string | null) => Restriction,
  ) => {
    const found = estate.backendServices.get(normalizeUrl(service));
    if (!found) return missing(`backend service ${normalizeUrl(service)}`);
    for (const raw of found.groups) {
      const group = normalizeUrl(raw);
      const collection = parseRef(group)?.collection;
      const members = index.members.get(group);
      if (collection === 'networkEndpointGroups')
        note(
          `${where}: endpoints of network endpoint group ${group} are not ingested, so its backends are unknown`,
        );
      else if (!members) missing(`the member list of instance group ${group}`);
      for (const url of members ?? [])
        instance(url, sources, port(group, found.portName), `member of ${group}`);
    }
  };
  if (!rule.target && !rule.backendService)
    return note(`${where}: it names neither a target nor a backend service, so it leads nowhere known`);
  const target = rule.target ? parseRef(rule.target) : null;
  const url = rule.target ? normalizeUrl(rule.target) : '';
  if (rule.target && !target) return note(`${where}: its target ${rule.target} is not a resource URL`);
  if (!target) return groups(rule.backendService!, 'internet', () => direct);
  const proxied = (service: string) =>
    groups(service, 'google-front-ends', (group, portName) => {
      const ports = namedPort(estate, group, portName);
      return { protocols: ['tcp'], ...(ports && { ports }) };
    });
  if (PROXIES.has(target.collection) && target.location !== 'global')
    return note(
      `${where}: regional external proxy load balancers (${target.collection}, proxy-only subnet sources) are not modelled`,
    );
  switch (target.collection) {
    case 'targetPools': {
      const pool = estate.targetPools.get(url);
      if (!pool) return missing(`target pool ${url}`);
      for (const member of pool) instance(member, 'internet', direct, `in target pool ${url}`);
      return;
    }
    case 'targetInstances': {
      const vm = estate.targetInstances.get(url);
      if (vm === undefined) return missing(`target instance ${url}`);
      return instance(vm, 'internet', direct, `behind target instance ${url}`);
    }
    case 'targetHttpProxies':
    case 'targetHttpsProxies': {
      const map = estate.proxies.get(url);
      if (map === undefined) return missing(`target proxy ${url}`);
      const services = estate.urlMaps.get(normalizeUrl(map));
      if (!services) return missing(`URL map ${normalizeUrl(map)}`);
      for (const service of services) proxied(service);
      return;
    }
    case 'targetSslProxies':
    case 'targetTcpProxies': {
      const service = estate.serviceProxies.get(url);
      if (service === undefined) return missing(`target proxy ${url}`);
      return proxied(service);
    }
    case 'targetVpnGateways':
      return;
    default:
      note(
        `${where}: its target ${target.collection}/${target.name} is not ingested, so its backends are unknown`,
      );
  }
}
