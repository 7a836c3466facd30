import { isIP } from 'node:net';
import type { compute_v1 } from '@googleapis/compute';
import type { ProjectState } from '../estate.js';
import { parseStored } from '../estate.js';
import { defaultPolicyRules, nodePolicy } from './generate-firewall-policies.js';
import { computeBase } from './urls.js';

type Policy = compute_v1.Schema$FirewallPolicy;
type Rule = compute_v1.Schema$FirewallPolicyRule;

/** A firewall policy of an estate file that Google would refuse; the message names the place and the field. */
export class PolicyDeclarationError extends Error {}

const ACTIONS = ['allow', 'deny', 'goto_next', 'apply_security_profile_group'];
const MAX_PRIORITY = 2147483647;

function isCidr(range: unknown): boolean {
  if (typeof range !== 'string') return false;
  const [ip = '', bits, extra] = range.split('/');
  const family = isIP(ip);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function fail(where: string, message: string): never {
  throw new PolicyDeclarationError(`${where}: ${message}`);
}

/** Checks a declared policy's rules as Google's insert does: priorities unique integers, known actions and ranges. */
function checkRules(rules: unknown, where: string): Rule[] {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) fail(where, '"rules" must be an array of rules');
  const seen = new Set<number>();
  return rules.map((r: unknown, i) => {
    const at = `${where}: rules[${i}]`;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) fail(at, 'a rule must be an object');
    const rule = r as Rule;
    const p = rule.priority;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > MAX_PRIORITY)
      fail(at, `"priority" must be an integer 0–${MAX_PRIORITY}, got ${JSON.stringify(p)}`);
    if (seen.has(p)) fail(at, `priority ${p} is used by another rule of the policy`);
    seen.add(p);
    if (typeof rule.action !== 'string' || !ACTIONS.includes(rule.action))
      fail(at, `"action" must be one of ${ACTIONS.join(', ')}, got ${JSON.stringify(rule.action)}`);
    const direction = rule.direction ?? 'INGRESS';
    if (direction !== 'INGRESS' && direction !== 'EGRESS')
      fail(at, `"direction" must be INGRESS or EGRESS, got ${JSON.stringify(rule.direction)}`);
    const match = rule.match;
    if (match === null || typeof match !== 'object' || Array.isArray(match))
      fail(at, '"match" must be an object with "layer4Configs"');
    const l4 = match.layer4Configs;
    if (!Array.isArray(l4) || l4.length === 0 || l4.some((c) => typeof c?.ipProtocol !== 'string'))
      fail(at, '"match.layer4Configs" must be a non-empty array of { "ipProtocol": ... }');
    for (const field of ['srcIpRanges', 'destIpRanges'] as const) {
      const ranges = match[field];
      if (ranges === undefined) continue;
      const bad = Array.isArray(ranges) ? ranges.find((x) => !isCidr(x)) : ranges;
      if (bad !== undefined) fail(at, `"match.${field}" holds ${JSON.stringify(bad)}, not an IP range`);
    }
    return { kind: 'compute#firewallPolicyRule', direction, ...rule };
  });
}

/** The rules as stored: the declared ones and Google's four default goto_next rules wherever their priority is free. */
function withDefaults(rules: Rule[]): Rule[] {
  const used = new Set(rules.map((r) => r.priority));
  return [...rules, ...defaultPolicyRules().filter((d) => !used.has(d.priority))].sort(
    (a, b) => (a.priority ?? 0) - (b.priority ?? 0),
  );
}

function attachmentTargets(associations: unknown, where: string): string[] {
  if (associations === undefined) return [];
  if (!Array.isArray(associations)) fail(where, '"associations" must be an array');
  return associations.map((a: unknown, i) => {
    const target = (a as { attachmentTarget?: unknown } | null)?.attachmentTarget;
    if (typeof target !== 'string' || target === '')
      fail(`${where}: associations[${i}]`, 'needs a string "attachmentTarget"');
    return target;
  });
}

/**
 * The hierarchical policies an estate file declares on one node (`organizations/N`, `folders/N`), completed as
 * Google stores them (numeric name, selfLinks, default rules). Associations may name only nodes of the estate;
 * a node may be associated with one policy at most (checked over the whole estate by the caller via `taken`).
 */
export function declaredNodePolicies(
  node: string,
  inputs: unknown,
  where: string,
  isNode: (id: string) => boolean,
  taken: Map<string, string>,
): Policy[] {
  if (!Array.isArray(inputs)) fail(where, '"firewallPolicies" must be an array of policies');
  const names = new Set<string>();
  return inputs.map((input: unknown, i) => {
    const at = `${where}.firewallPolicies[${i}]`;
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      fail(at, 'a policy must be an object');
    const p = input as Policy;
    if (typeof p.shortName !== 'string' || !/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(p.shortName))
      fail(at, `"shortName" must be a name like "org-baseline", got ${JSON.stringify(p.shortName)}`);
    if (names.has(p.shortName)) fail(at, `shortName '${p.shortName}' is used by another policy of ${node}`);
    names.add(p.shortName);
    const rules = checkRules(p.rules, `${at} (${p.shortName})`);
    const targets = attachmentTargets(p.associations, `${at} (${p.shortName})`);
    for (const t of targets) {
      if (!isNode(t))
        fail(
          `${at} (${p.shortName})`,
          `associations name '${t}', not an organization or folder of the estate`,
        );
      const other = taken.get(t);
      if (other !== undefined)
        fail(`${at} (${p.shortName})`, `${t} is already associated with policy '${other}' (one per node)`);
      taken.set(t, p.shortName);
    }
    const suffix = `${i}`.padStart(2, '0');
    const policy = nodePolicy(node, p.shortName, [], '2024-01-15T00:00:00.000-08:00', suffix);
    const all = withDefaults(rules);
    return {
      ...policy,
      rules: all,
      ruleTupleCount: all.length * 2,
      ...(p.description !== undefined && { description: p.description }),
      associations: targets.map((t) => ({
        name: `${p.shortName}-${t.replace('/', '-')}`,
        attachmentTarget: t,
        firewallPolicyId: policy.id,
        shortName: p.shortName,
      })),
    };
  });
}

/**
 * Checks a project's declared global and regional network firewall policies once it is built: rules as Google's
 * insert checks them, associations naming networks of the project (a full URL, `projects/…` or the network's
 * name; stored as the full URL), one global policy per network and one regional policy per network and region;
 * adds Google's default rules.
 */
export function checkNetworkPolicies(project: ProjectState, where: string): void {
  const networks = new Set(
    project.collections.networks.all().map((n) => parseStored<compute_v1.Schema$Network>(n).selfLink ?? ''),
  );
  for (const type of ['networkFirewallPolicies', 'regionNetworkFirewallPolicies'] as const) {
    const taken = new Map<string, string>();
    for (const stored of project.collections[type].all()) {
      const p = parseStored<Policy>(stored);
      const at = `${where}: resources.${type} '${stored.name}'`;
      const rules = checkRules(p.rules, at);
      const targets = attachmentTargets(p.associations, at).map((t) => networkUrl(project.id, t));
      for (const t of targets) {
        if (!networks.has(t))
          fail(at, `associations name '${t}', not the selfLink of a network of ${project.id}`);
        const key = type === 'regionNetworkFirewallPolicies' ? `${t} ${p.region ?? ''}` : t;
        const other = taken.get(key);
        if (other !== undefined) fail(at, `network ${t} is already associated with policy '${other}'`);
        taken.set(key, stored.name);
      }
      const associations = targets.map((t, i) => ({
        name: `${lastName(t)}-association`,
        ...p.associations?.[i],
        attachmentTarget: t,
      }));
      project.putObject(type, { ...p, rules: withDefaults(rules), associations });
    }
  }
}

/** A network named as its full URL, `projects/p/global/networks/n`, or a bare name of the project's network. */
function networkUrl(project: string, target: string): string {
  if (target.startsWith('https://')) return target;
  if (target.startsWith('projects/')) return `${computeBase}/${target}`;
  return `${computeBase}/projects/${project}/global/networks/${target}`;
}

function lastName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
