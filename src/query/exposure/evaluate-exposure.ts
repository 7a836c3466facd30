import type { ExposureEstate } from './estate.js';
import { evaluateRules, type Decision, type Restriction } from './evaluate-rules.js';
import { compareRows, text, type ExposureRow } from './exposure-row.js';
import { compareRules, targetsInstance, type FirewallRule } from './firewall-rule.js';
import { parseCidr } from './ip-set.js';
import { GOOGLE_FRONT_ENDS, PUBLIC, publicness } from './public-ranges.js';
import { formatPorts, intersectPorts, normalizeProtocol, PORT_PROTOCOLS } from './protocols.js';
import { reaches } from './reach.js';

/** What the answer leaves out, always printed with it. */
export const NOT_MODELLED = [
  'hierarchical firewall policies and global/regional network firewall policies are not modelled (only VPC firewall rules)',
  'Cloud Armor security policies, IAP TCP forwarding ranges and GKE-managed firewall rules\u2019 dynamics are not modelled',
  'target instances, target SSL/TCP proxies and network endpoint groups are not ingested: their backends are not followed',
  'members of unmanaged instance groups are not ingested; managed groups\u2019 members are found by their created-by metadata',
  'load-balanced backends are evaluated on nic0; proxy load balancers are evaluated for traffic from Google Front Ends (130.211.0.0/22, 35.191.0.0/16) on the backend service\u2019s named port',
  'an instance\u2019s status is shown, not used: a stopped instance with an address and open rules is listed',
];

/** `--protocol` / `--port` of the query. */
export interface ExposureFilter {
  protocol?: string;
  port?: number;
}

/** The evaluator's answer: rows and notes (what is not modelled, and references it could not follow). */
export interface ExposureResult {
  rows: ExposureRow[];
  notes: string[];
}

function combine(a: Restriction, b: Restriction): Restriction | null {
  if (a.protocols === undefined && a.ports === undefined) return b;
  const protocols =
    a.protocols && b.protocols
      ? a.protocols.filter((p) => b.protocols!.includes(p))
      : (a.protocols ?? b.protocols);
  const ports = a.ports && b.ports ? intersectPorts(a.ports, b.ports) : (a.ports ?? b.ports);
  if (protocols?.length === 0 || ports?.length === 0) return null;
  return { ...(protocols && { protocols }), ...(ports && { ports }) };
}

function filterRestriction(filter: ExposureFilter): Restriction {
  const protocols =
    filter.protocol !== undefined
      ? [normalizeProtocol(filter.protocol)]
      : filter.port !== undefined
        ? PORT_PROTOCOLS
        : undefined;
  return {
    ...(protocols && { protocols }),
    ...(filter.port !== undefined && { ports: [[filter.port, filter.port]] }),
  };
}

const restrictionKeys = new WeakMap<Restriction, string>();

function restrictionKey(restriction: Restriction): string {
  let key = restrictionKeys.get(restriction);
  if (key === undefined) restrictionKeys.set(restriction, (key = JSON.stringify(restriction)));
  return key;
}

type Template = Pick<
  ExposureRow,
  'protocol' | 'ports' | 'source_ranges' | 'rule_project' | 'rule_name' | 'rule_priority' | 'narrowed_by'
>;

function template(d: Decision, family: 4 | 6): Template {
  return {
    protocol: d.protocol,
    ports: d.ports ? formatPorts(d.ports) : '',
    source_ranges: d.rule.sourceRanges
      .filter((r) => parseCidr(r)?.family === family)
      .map((r) => `${r} (${publicness(r)})`),
    rule_project: d.rule.project,
    rule_name: d.rule.name,
    rule_priority: d.rule.priority,
    narrowed_by: d.narrowedBy,
  };
}

/** Pure: which instances of the estate the internet can reach, on which protocols and ports, through which rule. */
export function evaluateExposure(estate: ExposureEstate, filter: ExposureFilter = {}): ExposureResult {
  const rulesByNetwork = new Map<string, FirewallRule[]>();
  for (const rule of estate.firewalls) {
    if (!rule.ingress || rule.disabled) continue;
    const list = rulesByNetwork.get(rule.network);
    if (list) list.push(rule);
    else rulesByNetwork.set(rule.network, [rule]);
  }
  for (const list of rulesByNetwork.values()) list.sort(compareRules);
  const ruleIds = new Map(estate.firewalls.map((r, i) => [r, i]));
  const { byInstance, notes } = reaches(estate);
  const wanted = filterRestriction(filter);
  const targeted = new Map<string, { rules: FirewallRule[]; key: string }>();
  const memo = new Map<string, Template[]>();
  const rows: ExposureRow[] = [];
  const instances = [...estate.instances].sort(
    (a, b) => text(a.project, b.project) || text(a.name, b.name) || text(a.id, b.id),
  );
  for (const instance of instances) {
    const own: ExposureRow[] = [];
    for (const reach of byInstance.get(instance) ?? []) {
      const restriction = combine(reach.restriction, wanted);
      if (!restriction) continue;
      const targetKey = `${reach.network}|${instance.tags.join(',')}|${instance.serviceAccount ?? ''}`;
      let applicable = targeted.get(targetKey);
      if (!applicable) {
        const rules = (rulesByNetwork.get(reach.network) ?? []).filter((r) =>
          targetsInstance(r, instance.tags, instance.serviceAccount),
        );
        applicable = { rules, key: rules.map((r) => ruleIds.get(r)).join(',') };
        targeted.set(targetKey, applicable);
      }
      const key = `${reach.family}|${reach.sources}|${restrictionKey(restriction)}|${applicable.key}`;
      let templates = memo.get(key);
      if (!templates) {
        const universe = reach.sources === 'internet' ? PUBLIC[reach.family] : GOOGLE_FRONT_ENDS;
        const decisions = evaluateRules(
          applicable.rules,
          instance.tags,
          instance.serviceAccount,
          reach.family,
          universe,
          restriction,
        );
        templates = decisions.map((d) => template(d, reach.family));
        memo.set(key, templates);
      }
      for (const t of templates)
        own.push({
          project_id: instance.project,
          instance_id: instance.id,
          instance_name: instance.name,
          zone: instance.zone,
          status: instance.status,
          address: reach.address,
          via: reach.via,
          protocol: t.protocol,
          ports: t.ports,
          source_ranges: t.source_ranges,
          rule_project: t.rule_project,
          rule_name: t.rule_name,
          rule_priority: t.rule_priority,
          narrowed_by: t.narrowed_by,
        });
    }
    if (own.length > 1) own.sort(compareRows);
    for (const row of own) rows.push(row);
  }
  return { rows, notes: [...NOT_MODELLED, ...new Set(notes)] };
}
