import type { ExposureEstate } from './estate.js';
import { evaluateRules, type Decision, type Restriction } from './evaluate-rules.js';
import { compareRows, text, type ExposureRow } from './exposure-row.js';
import { ruleLabel, type FirewallRule } from './firewall-rule.js';
import { parseCidr } from './ip-set.js';
import { ancestryGap, indexPolicies, ruleLevels } from './policy-order.js';
import { GOOGLE_FRONT_ENDS, PUBLIC, publicness, splitByClass, type SourceClass } from './public-ranges.js';
import { formatPorts, intersectPorts, normalizeProtocol, PORT_PROTOCOLS } from './protocols.js';
import { reaches } from './reach.js';
import { UnreadSecureTags } from './unread-secure-tags.js';

/** What the answer leaves out, always printed with it. */
export const NOT_MODELLED = [
  'Cloud Armor security policies, firewall policies\u2019 layer-7 inspection (apply_security_profile_group) and GKE-managed firewall rules\u2019 dynamics are not modelled',
  'IAP TCP forwarding (35.235.240.0/20, class iap) is evaluated on external addresses only; IAP also reaches instances without one',
  'network endpoint groups\u2019 endpoints are not ingested: a load balancer whose backends are NEGs is named in a note, its backends are not followed',
  'regional instance groups\u2019 members are found by their managers\u2019 created-by metadata only (zonal groups\u2019 members are listed)',
  'load-balanced backends are evaluated on nic0; proxy load balancers are evaluated for traffic from Google Front Ends (130.211.0.0/22, 35.191.0.0/16) on the backend service\u2019s named port',
  'an instance\u2019s status is shown, not used: a stopped instance with an address and open rules is listed',
];

/** `--protocol` / `--port` / `--source-class` of the query (default classes: every one but `iap`). */
export interface ExposureFilter {
  protocol?: string;
  port?: number;
  sourceClasses?: readonly SourceClass[];
}

/** The source classes answered when none are asked for: IAP-only exposure needs an IAP-authorized user. */
export const DEFAULT_SOURCE_CLASSES: readonly SourceClass[] = ['internet', 'google-lb'];

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
  | 'protocol'
  | 'ports'
  | 'source_class'
  | 'source_ranges'
  | 'rule_level'
  | 'rule_project'
  | 'rule_name'
  | 'rule_priority'
  | 'narrowed_by'
>;

/** A grant holding internet sources is internet exposure; one of Google's ranges only gets their class. */
function classesOf(d: Decision): SourceClass[] {
  const present = splitByClass(d.sources);
  return present.includes('internet') ? ['internet'] : present;
}

function templates(d: Decision, family: 4 | 6, classes: readonly SourceClass[]): Template[] {
  return classesOf(d)
    .filter((c) => classes.includes(c))
    .map((sourceClass) => ({
      protocol: d.protocol,
      ports: d.ports ? formatPorts(d.ports) : '',
      source_class: sourceClass,
      source_ranges: d.rule.sourceRanges
        .filter((r) => parseCidr(r)?.family === family)
        .map((r) => `${r} (${publicness(r)})`),
      rule_level: d.rule.level,
      rule_project: d.rule.project,
      rule_name: d.rule.name,
      rule_priority: d.rule.priority,
      narrowed_by: d.narrowedBy,
    }));
}

function unevaluatedNote(rule: FirewallRule): string {
  const where = rule.project ? ` in ${rule.project}` : '';
  return `rule ${ruleLabel(rule)}${where} also matches ${rule.unevaluated.join('; ')}: not evaluated (those sources count as no internet source)`;
}

const BAD_PORT_EFFECT = {
  allow: 'what it would allow there is not listed as exposed through it',
  deny: 'what it would deny there is not counted as denied by it',
  goto_next: 'what it would hand to the next level there is not handed on by it',
} as const;

function badPortsNote(rule: FirewallRule): string {
  const where = rule.project ? ` in ${rule.project}` : '';
  return `rule ${ruleLabel(rule)}${where} has port entries that are not a port or range (${rule.badPorts.join(', ')}): Google refuses such entries, so each matches no port here; ${BAD_PORT_EFFECT[rule.action]}`;
}

/** Pure: which instances of the estate the internet can reach, on which protocols and ports, through which rule. */
export function evaluateExposure(estate: ExposureEstate, filter: ExposureFilter = {}): ExposureResult {
  const index = indexPolicies(estate);
  const ruleIds = new Map<FirewallRule, number>();
  const idOf = (r: FirewallRule) => {
    let id = ruleIds.get(r);
    if (id === undefined) ruleIds.set(r, (id = ruleIds.size));
    return id;
  };
  const { byInstance, notes } = reaches(estate);
  const wanted = filterRestriction(filter);
  const classes = filter.sourceClasses ?? DEFAULT_SOURCE_CLASSES;
  const targeted = new Map<string, { levels: FirewallRule[][]; key: string; guessed: FirewallRule[] }>();
  const unread = new UnreadSecureTags();
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
      const targetKey = `${reach.network}|${instance.zone}|${instance.tags.join(',')}|${instance.serviceAccount ?? ''}|${instance.secureTags?.join(',') ?? '?'}`;
      let applicable = targeted.get(targetKey);
      if (!applicable) {
        const guessed: FirewallRule[] = [];
        const levels = ruleLevels(index, { ...instance, network: reach.network }, instance.zone, guessed).map(
          (l) => l.rules,
        );
        for (const rule of levels.flat()) {
          if (rule.unevaluated.length > 0) notes.push(unevaluatedNote(rule));
          if (rule.badPorts.length > 0) notes.push(badPortsNote(rule));
        }
        const gap = ancestryGap(estate, reach.network);
        if (gap) notes.push(gap);
        applicable = { levels, key: levels.map((l) => l.map(idOf).join(',')).join('/'), guessed };
        targeted.set(targetKey, applicable);
      }
      unread.add(instance, applicable.guessed);
      const key = `${reach.family}|${reach.sources}|${restrictionKey(restriction)}|${applicable.key}`;
      let found = memo.get(key);
      if (!found) {
        const universe = reach.sources === 'internet' ? PUBLIC[reach.family] : GOOGLE_FRONT_ENDS;
        const decisions = evaluateRules(applicable.levels, reach.family, universe, restriction);
        found = decisions.flatMap((d) => templates(d, reach.family, classes));
        memo.set(key, found);
      }
      for (const t of found)
        own.push({
          scope: instance.project,
          instance_id: instance.id,
          instance_name: instance.name,
          zone: instance.zone,
          status: instance.status,
          address: reach.address,
          via: reach.via,
          ...t,
        });
    }
    if (own.length > 1) own.sort(compareRows);
    for (const row of own) rows.push(row);
  }
  return { rows, notes: [...NOT_MODELLED, ...new Set(notes), ...unread.notes()] };
}
