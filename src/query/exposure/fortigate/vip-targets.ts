import type { FortiVip } from '../../../fortinet/types.js';
import type { IpSet } from '../ip-set.js';
import { PUBLIC } from '../public-ranges.js';
import { ALL_PORTS, parsePortRange, PORT_PROTOCOLS, type PortRange } from '../protocols.js';
import type { FortigateVdom } from './fortigate-estate.js';
import { where } from './forti-objects.js';

/** One remaining part of a VIP's traffic: a protocol, a (mapped) port range, and the sources not decided yet. */
export interface Part {
  protocol: string;
  ports: PortRange | null;
  sources: IpSet;
}

/** Where a VIP sends traffic: the mapped addresses, what arrives there, and (server load balancing) the real server. */
export interface VipTarget {
  parts: Part[];
  mappedIps: string[];
  /** `realserver <id> <ip>:<port>` of a server-load-balance VIP. */
  realserver?: string;
}

/** One `realservers` entry of a server-load-balance VIP (terraform-provider-fortios `fortios_firewall_vip`). */
interface RealServer {
  id?: number;
  ip?: string;
  port?: number;
  status?: string;
}

const TCP_SERVER_TYPES = ['http', 'https', 'ssl', 'tcp', 'imaps', 'pop3s', 'smtps'];

function everything(): Part[] {
  const internet = PUBLIC[4];
  return [
    ...PORT_PROTOCOLS.map((p) => ({ protocol: p, ports: ALL_PORTS, sources: internet })),
    { protocol: 'other', ports: null, sources: internet },
  ];
}

/** What a static-NAT or load-balance VIP forwards to its `mappedip` ranges: its protocol and mapped ports, or everything. */
function natParts(vip: FortiVip): Part[] {
  if (vip.portforward !== 'enable') return everything();
  const protocol = vip.protocol ?? 'tcp';
  if (protocol === 'icmp') return [{ protocol, ports: null, sources: PUBLIC[4] }];
  const mapped = parsePortRange(vip.mappedport ?? vip.extport ?? '') ?? parsePortRange(vip.extport ?? '');
  return mapped ? [{ protocol, ports: mapped, sources: PUBLIC[4] }] : [];
}

/**
 * Pure: a VIP's targets as FortiOS forwards to them. `static-nat` and `load-balance` (the external address spread
 * over the `mappedip` range) send to their mapped ranges; `server-load-balance` sends to each real server that is
 * not disabled (`active` or `standby`) on its own `port` (or `extport`), TCP for the server types carried over TCP,
 * UDP for `udp`, every protocol for `ip`. Other types (`dns-translation`, `fqdn`, `access-proxy`) are a note.
 */
export function vipTargets(
  vdom: FortigateVdom,
  name: string,
  vip: FortiVip,
  notes: Set<string>,
): VipTarget[] {
  const type = vip.type ?? 'static-nat';
  if (type === 'static-nat' || type === 'load-balance')
    return [{ parts: natParts(vip), mappedIps: (vip.mappedip ?? []).map((m) => m.range) }];
  if (type !== 'server-load-balance') {
    notes.add(`${where(vdom)} vip ${name} of type ${type} is not modelled`);
    return [];
  }
  const serverType = typeof vip['server-type'] === 'string' ? vip['server-type'] : '';
  const protocol = serverType === 'udp' ? 'udp' : TCP_SERVER_TYPES.includes(serverType) ? 'tcp' : undefined;
  if (serverType !== 'ip' && protocol === undefined) {
    notes.add(`${where(vdom)} vip ${name} has server-type ${serverType || '(none)'}: not modelled`);
    return [];
  }
  const servers = Array.isArray(vip.realservers) ? (vip.realservers as RealServer[]) : [];
  return servers.flatMap((rs) => {
    if (rs.status === 'disable' || typeof rs.ip !== 'string' || rs.ip === '' || rs.ip === '0.0.0.0')
      return [];
    const port = typeof rs.port === 'number' && rs.port > 0 ? rs.port : undefined;
    const ports = port !== undefined ? ([port, port] as PortRange) : parsePortRange(vip.extport ?? '');
    const label = `realserver ${rs.id ?? '?'} ${rs.ip}${serverType === 'ip' ? '' : `:${ports ? ports.join('-').replace(/^(\d+)-\1$/, '$1') : '?'}`}`;
    if (serverType === 'ip') return [{ parts: everything(), mappedIps: [rs.ip], realserver: label }];
    if (!ports) return [];
    return [
      { parts: [{ protocol: protocol!, ports, sources: PUBLIC[4] }], mappedIps: [rs.ip], realserver: label },
    ];
  });
}
