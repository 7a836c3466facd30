import { isIP } from 'node:net';
import { intersect, isEmpty, parseCidr, sameSet, type Family } from './ip-set.js';
import { PUBLIC } from './public-ranges.js';
import { ALL_PORTS, formatPorts, normalizeProtocol, type PortRange } from './protocols.js';
import type { ExposureFilter } from './evaluate-exposure.js';
import type { ExposureRow } from './exposure-row.js';

/** A VNG security group rule as exposure reads it (the stored group's `rules`). */
export interface VngExposureRule {
  id?: string;
  direction?: string;
  etherType?: string;
  protocol?: string | null;
  portRangeMin?: number | null;
  portRangeMax?: number | null;
  remoteIpPrefix?: string | null;
  remoteGroupId?: string | null;
}

/** A VNG server as exposure reads it: its scope, public addresses and security groups. */
export interface VngExposureServer {
  scope: string;
  id: string;
  name: string;
  zone: string;
  status: string | null;
  /** Floating (WAN) IPs and public fixed IPs of external interfaces. */
  publicIps: string[];
  secgroupIds: string[];
}

/** A VNG security group with its rules, keyed by scope and id. */
export interface VngExposureGroup {
  scope: string;
  id: string;
  name: string;
  rules: VngExposureRule[];
}

/** The VNG part of an exposure estate. */
export interface VngExposureEstate {
  servers: VngExposureServer[];
  groups: VngExposureGroup[];
}

const ANY_SOURCE: Record<Family, string> = { 4: '0.0.0.0/0', 6: '::/0' };

/**
 * OpenStack semantics, as VNG vServer applies them: rules only allow, and a server's groups add up (each
 * ingress rule that admits public sources to a public address of the server is a row of its own); a rule of
 * the other family (`etherType`) never applies; a remote-group rule admits only members of that group, never
 * the internet; no remote prefix means every source; protocol `any` (or none) means every protocol; no port
 * range (or 0–0) means every port. Only sources in the public ranges count.
 */
export function evaluateVngExposure(estate: VngExposureEstate, filter: ExposureFilter = {}): ExposureRow[] {
  if (filter.sourceClasses && !filter.sourceClasses.includes('internet')) return [];
  const groups = new Map(estate.groups.map((g) => [`${g.scope}\u0000${g.id}`, g]));
  const rows: ExposureRow[] = [];
  for (const server of estate.servers)
    for (const address of server.publicIps) {
      const family = isIP(address);
      if (family !== 4 && family !== 6) continue;
      for (const groupId of new Set(server.secgroupIds)) {
        const group = groups.get(`${server.scope}\u0000${groupId}`);
        for (const rule of group?.rules ?? []) {
          const row = ruleRow(server, address, family, group!, rule, filter);
          if (row) rows.push(row);
        }
      }
    }
  return rows;
}

function ruleRow(
  server: VngExposureServer,
  address: string,
  family: Family,
  group: VngExposureGroup,
  rule: VngExposureRule,
  filter: ExposureFilter,
): ExposureRow | undefined {
  if ((rule.direction ?? '').toLowerCase() !== 'ingress') return undefined;
  if ((rule.etherType ?? 'IPv4') !== `IPv${family}`) return undefined;
  if (rule.remoteGroupId) return undefined;
  const source = rule.remoteIpPrefix || ANY_SOURCE[family];
  const set = parseCidr(source);
  if (!set || set.family !== family) return undefined;
  const open = intersect(set, PUBLIC[family]);
  if (isEmpty(open)) return undefined;
  const protocol = ruleProtocol(rule.protocol);
  const ports = portsOf(protocol, rule);
  if (filter.protocol !== undefined && protocol !== 'all' && protocol !== normalizeProtocol(filter.protocol))
    return undefined;
  if (filter.port !== undefined && !(ports && ports[0] <= filter.port && filter.port <= ports[1]))
    return undefined;
  return {
    scope: server.scope,
    instance_id: server.id,
    instance_name: server.name,
    zone: server.zone,
    status: server.status,
    address,
    via: 'direct IP',
    protocol,
    ports: ports ? formatPorts(ports) : protocol === 'all' ? 'all' : '',
    source_class: 'internet',
    source_ranges: [`${source} (${sameSet(open, set) ? 'public' : 'partly public'})`],
    rule_level: 'vng security group',
    rule_project: server.scope,
    rule_name: `${group.name} ${rule.id ?? ''}`.trim(),
    rule_priority: 0,
    narrowed_by: [],
  };
}

/** `all` for protocol any/none, else the lowercased name (numbers of named protocols become names). */
function ruleProtocol(protocol: string | null | undefined): string {
  const p = (protocol ?? '').trim().toLowerCase();
  return p === '' || p === 'any' || p === 'all' ? 'all' : normalizeProtocol(p);
}

/** The rule's ports for a port protocol: its range, or every port when it has none (or 0–0); undefined otherwise. */
function portsOf(protocol: string, rule: VngExposureRule): PortRange | undefined {
  if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'all') return undefined;
  const min = rule.portRangeMin ?? 0;
  const max = rule.portRangeMax ?? 0;
  if (protocol === 'all' || (min === 0 && max === 0)) return ALL_PORTS;
  return [Math.max(0, min), Math.min(65535, max || min)];
}
