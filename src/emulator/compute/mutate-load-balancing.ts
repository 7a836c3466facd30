import { parseStored, type Estate, type ProjectState, type StoredResource } from '../estate.js';
import { applyOps, type MutationOp } from '../explicit-mutations.js';
import { allLoadBalancingTypes, type LoadBalancingType } from './load-balancing-types.js';
import { replaceResource, type MutationChange } from '../project-edits.js';
import type { Prng } from '../prng.js';
import { lastSegment } from './urls.js';
import { rfc3339 } from './values.js';

type Resource = Record<string, unknown>;

/** True for the load-balancing types, which a seeded round mutates here. */
export function isLoadBalancingType(type: string): type is LoadBalancingType {
  return (allLoadBalancingTypes as string[]).includes(type);
}

/**
 * One seeded action on a load-balancing resource. `create` copies the target under a new name (so every
 * reference still resolves); a resource another one refers to is modified instead of deleted or recreated.
 */
export function mutateLoadBalancing(
  estate: Estate,
  project: ProjectState,
  type: LoadBalancingType,
  action: 'create' | 'update' | 'delete' | 'recreate',
  target: StoredResource | undefined,
  step: { prng: Prng; round: number; k: number; nowMs: number },
): MutationChange[] {
  if (!target) return [];
  const { prng, nowMs } = step;
  const r = parseStored<Resource>(target);
  if (action === 'create') {
    const name = `${target.name}-r${step.round}-${step.k}`;
    const selfLink = String(r['selfLink']).replace(/\/[^/]+$/, `/${name}`);
    const copy = { ...r, name, selfLink, id: prng.uint64String(), creationTimestamp: rfc3339(nowMs) };
    project.collections[type].put({ ...target, name, json: Buffer.from(JSON.stringify(copy)) });
    return [{ op: 'create', project: project.id, type, name, scope: target.scope }];
  }
  if ((action === 'delete' || action === 'recreate') && !referenced(project, target, String(r['selfLink']))) {
    const ref = { project: project.id, type, name: target.name, location: lastSegment(target.scope) };
    return applyOps(estate, [{ op: action, ...ref } as MutationOp], prng, nowMs);
  }
  modifiers[type](r, prng);
  if ('fingerprint' in r) r['fingerprint'] = prng.base64();
  replaceResource(project, type, target, r);
  return [{ op: 'update', project: project.id, type, name: target.name, scope: target.scope }];
}

/** True when another load-balancing resource refers to `selfLink` (Google refuses to delete a resource in use). */
function referenced(project: ProjectState, self: StoredResource, selfLink: string): boolean {
  const needle = Buffer.from(`"${selfLink}"`);
  return allLoadBalancingTypes.some((t) =>
    project.collections[t].all().some((x) => x !== self && x.json.includes(needle)),
  );
}

const describe = (r: Resource, prng: Prng) => {
  r['description'] = `changed in a mutation round (${prng.uint32()})`;
};

/** A realistic in-place change per type (what `patch` or a `set…` call would do). */
const modifiers: Record<LoadBalancingType, (r: Resource, prng: Prng) => void> = {
  forwardingRules: relabel,
  globalForwardingRules: relabel,
  backendServices: (r, prng) => {
    r['timeoutSec'] = prng.pick([10, 30, 60, 120]);
    describe(r, prng);
  },
  targetPools: (r, prng) => {
    r['sessionAffinity'] = r['sessionAffinity'] === 'NONE' ? 'CLIENT_IP' : 'NONE';
    describe(r, prng);
  },
  healthChecks: (r, prng) => {
    r['checkIntervalSec'] = prng.pick([5, 10, 15, 30]);
    describe(r, prng);
  },
  urlMaps: describe,
  targetHttpProxies: describe,
  targetHttpsProxies: (r, prng) => {
    r['quicOverride'] = r['quicOverride'] === 'ENABLE' ? 'NONE' : 'ENABLE';
    describe(r, prng);
  },
  sslCertificates: describe,
  sslPolicies: (r, prng) => {
    r['minTlsVersion'] = r['minTlsVersion'] === 'TLS_1_2' ? 'TLS_1_0' : 'TLS_1_2';
    describe(r, prng);
  },
  securityPolicies: (r, prng) => {
    const rules = (r['rules'] ?? []) as Resource[];
    rules.unshift({
      kind: 'compute#securityPolicyRule',
      description: 'added in a mutation round',
      priority: prng.int(100, 999),
      match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: [`203.0.${prng.int(0, 255)}.0/24`] } },
      action: 'deny(403)',
      preview: false,
    });
    r['rules'] = rules;
  },
  networkEndpointGroups: (r, prng) => {
    r['size'] = prng.int(0, 20);
  },
  targetInstances: describe,
  targetSslProxies: toggleProxyHeader,
  targetTcpProxies: toggleProxyHeader,
};

function toggleProxyHeader(r: Resource, prng: Prng): void {
  r['proxyHeader'] = r['proxyHeader'] === 'PROXY_V1' ? 'NONE' : 'PROXY_V1';
  describe(r, prng);
}

function relabel(r: Resource, prng: Prng): void {
  r['labels'] = { ...(r['labels'] as Record<string, string>), rev: String(prng.int(1, 999)) };
  r['labelFingerprint'] = prng.base64();
}
