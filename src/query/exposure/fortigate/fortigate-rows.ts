import { evaluateRules, type Restriction } from '../evaluate-rules.js';
import type { ExposureRow } from '../exposure-row.js';
import { ruleLabel, type FirewallRule } from '../firewall-rule.js';
import { intersect, isEmpty, type IpSet } from '../ip-set.js';
import { ruleLevels, type PolicyIndex } from '../policy-order.js';
import { publicness } from '../public-ranges.js';
import { worstCase } from '../unread-secure-tags.js';
import { formatPorts, intersectPorts, normalizeProtocol } from '../protocols.js';
import type { FortigateVdom } from './fortigate-estate.js';
import { ipRange, subnetSet, where } from './forti-objects.js';
import { mappedSet, type ForwardedFlow } from './evaluate-fortigate.js';

/** A GCP instance's interface a VIP may map to: the instance as firewall rules target it, and the interface's internal IP. */
export interface VmInterface {
  project: string;
  id: string;
  name: string;
  zone: string;
  status: string | null;
  tags: readonly string[];
  serviceAccount: string | null;
  /** Null when the instance's tag bindings were never read (see `targetMatch`). */
  secureTags: readonly string[] | null;
  network: string;
  internalIp: string;
}

/** The `--protocol`/`--port` asked for, on the port the VM receives. */
export interface FortigateFilter {
  protocol?: string;
  port?: number;
}

/**
 * The source a VM sees for forwarded traffic: with `nat enable` on the policy, the FortiGate's address on the
 * egress (`dstintf`) interface (source NAT); without, the client's own address. Null when SNAT's address is unknown
 * (an interface without one, or an IP pool, which is not modelled).
 */
export function sourceSeen(vdom: FortigateVdom, flow: ForwardedFlow): { set: IpSet; label: string } | null {
  if (!flow.policy.nat) return { set: flow.sources, label: 'the client address' };
  if (flow.policy.ippool) return null;
  for (const name of flow.policy.dstintf) {
    const ip = (vdom.interfaces.get(name)?.ip ?? '').split(/\s+/)[0] ?? '';
    const set = ipRange(ip);
    if (set) return { set, label: `the FortiGate's ${name} address ${ip} (source NAT)` };
  }
  return null;
}

/**
 * Pure: exposure rows of forwarded flows whose mapped address is a VM's internal IP. The GCP firewall of the VM's
 * network is evaluated for the forwarded traffic from the source the VM sees, on the mapped port; what it lets in
 * is a row `via fortigate <device>/<vdom> vip <name>` deciding by the FortiGate policy (its sequence position as the
 * priority), the GCP rule named in `narrowed_by` beside the FortiGate deny policies that took part.
 */
export function fortigateRows(
  vdom: FortigateVdom,
  flows: readonly ForwardedFlow[],
  vms: readonly VmInterface[],
  index: PolicyIndex,
  filter: FortigateFilter,
  notes: Set<string>,
): ExposureRow[] {
  const rows: ExposureRow[] = [];
  for (const flow of flows) {
    const mapped = mappedSet(flow.mappedIps);
    const targets = vms.filter((vm) => {
      const ip = ipRange(vm.internalIp);
      return ip !== null && !isEmpty(intersect(ip, mapped));
    });
    if (!targets.length) continue;
    const seen = sourceSeen(vdom, flow);
    if (!seen) {
      notes.add(
        `${where(vdom)} policy ${flow.policy.id} source-NATs to ${flow.policy.ippool ? 'an IP pool (not modelled)' : 'an interface without an address'}: not evaluated`,
      );
      continue;
    }
    const restriction = restrictionOf(flow, filter);
    if (!restriction) continue;
    for (const vm of targets) {
      const guessed: FirewallRule[] = [];
      const levels = ruleLevels(index, vm, vm.zone, guessed).map((l) => l.rules);
      if (guessed.length)
        notes.add(
          `${vm.project}/${vm.name} has no stored secure tags (instanceTagBindings not read for it), so ${worstCase('for it')} — ${guessed.map((r) => `${ruleLabel(r)} (${r.action})`).join(', ')}`,
        );
      const decisions = evaluateRules(levels, 4, seen.set, restriction);
      if (!decisions.length)
        notes.add(
          `${where(vdom)} vip ${flow.vip} forwards ${flow.protocol} ${flow.mappedPorts ? formatPorts(flow.mappedPorts) : ''} to ${vm.project}/${vm.name} (${vm.internalIp}), but its GCP firewall lets none of it in from ${seen.label}`.replace(
            / {2}/g,
            ' ',
          ),
        );
      for (const d of decisions)
        rows.push({
          scope: vm.project,
          instance_id: vm.id,
          instance_name: vm.name,
          zone: vm.zone,
          status: vm.status,
          address: flow.extip,
          via: `fortigate ${flow.device}/${flow.vdom} vip ${flow.vip}${flow.realserver ? ` ${flow.realserver}` : ''}`,
          protocol: d.protocol,
          ports: d.ports ? formatPorts(d.ports) : '',
          source_class: 'internet',
          source_ranges: sourceRanges(vdom, flow),
          rule_level: `fortigate ${flow.device}/${flow.vdom}`,
          rule_project: '',
          rule_name: `policy ${flow.policy.id}${flow.policy.name ? ` ${flow.policy.name}` : ''}`,
          rule_priority: flow.policy.position,
          narrowed_by: [
            ...flow.narrowedBy,
            ...d.narrowedBy,
            `gcp rule ${ruleLabel(d.rule)}${d.rule.project ? ` in ${d.rule.project}` : ''} (priority ${d.rule.priority}) for ${seen.label}`,
          ],
        });
    }
  }
  return rows;
}

function restrictionOf(flow: ForwardedFlow, filter: FortigateFilter): Restriction | null {
  const protocol = flow.protocol === 'all' ? undefined : normalizeProtocol(flow.protocol);
  if (
    filter.protocol !== undefined &&
    protocol !== undefined &&
    normalizeProtocol(filter.protocol) !== protocol
  )
    return null;
  let ports = flow.mappedPorts ? [flow.mappedPorts] : undefined;
  if (filter.port !== undefined) {
    if (ports === undefined && protocol !== undefined) return null;
    ports = intersectPorts(ports ?? [[0, 65535]], [[filter.port, filter.port]]);
    if (!ports.length) return null;
  }
  const protocols =
    protocol !== undefined
      ? [protocol]
      : filter.protocol !== undefined
        ? [normalizeProtocol(filter.protocol)]
        : undefined;
  return { ...(protocols && { protocols }), ...(ports && { ports }) };
}

/** The deciding policy's source addresses, each with its ranges' publicness (`all (public)`). */
function sourceRanges(vdom: FortigateVdom, flow: ForwardedFlow): string[] {
  return flow.policy.srcaddr.map((name) => {
    const address = vdom.addresses.get(name);
    const subnet =
      address?.type === 'ipmask' || (address && address.type === undefined) ? (address.subnet ?? '') : '';
    const set = subnet ? subnetSet(subnet) : null;
    const cidr = set ? cidrOf(subnet) : undefined;
    return cidr ? `${name} ${cidr} (${publicness(cidr)})` : name;
  });
}

function cidrOf(subnet: string): string | undefined {
  const [address = '', mask] = subnet.trim().split(/\s+/);
  if (mask === undefined) return address;
  const bits = mask
    .split('.')
    .reduce((n, octet) => n + (Number(octet) >>> 0).toString(2).replace(/0/g, '').length, 0);
  return `${address}/${bits}`;
}
