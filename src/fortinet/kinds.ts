import { kindNamer, type KindNames } from '../provider/kind.js';

const named = kindNamer('fortinet', 'fortinet');

/**
 * A Fortinet kind's names: `fortinet.<singular>`, the CLI plural `fortinet-<plural>` (prefixed: `addresses` and
 * `routes` are GCP's), its activity, and its table `fortinet_<plural in snake case>`.
 */
function kind<P extends string, A extends string>(singular: string, plural: P, activityName: A) {
  const camel = plural.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return { ...named(singular, camel, activityName), plural: `fortinet-${plural}` as const };
}

/**
 * The names of every FortiGate resource Hotpot ingests, workflow-safe (pure data): the registry's part that
 * workflows, the client and the CLI may import. Each declaration takes its names from here.
 */
export const fortinetKinds = [
  kind('device', 'devices', 'IngestFortinetDevices'),
  kind('interface', 'interfaces', 'IngestFortinetInterfaces'),
  kind('address', 'addresses', 'IngestFortinetAddresses'),
  kind('addrgrp', 'addrgrps', 'IngestFortinetAddrgrps'),
  kind('vip', 'vips', 'IngestFortinetVips'),
  kind('vipgrp', 'vipgrps', 'IngestFortinetVipgrps'),
  kind('service', 'services', 'IngestFortinetServices'),
  kind('service-group', 'service-groups', 'IngestFortinetServiceGroups'),
  kind('static-route', 'static-routes', 'IngestFortinetStaticRoutes'),
  kind('policy', 'policies', 'IngestFortinetPolicies'),
  kind('policy-sequence', 'policy-sequences', 'IngestFortinetPolicySequences'),
] as const;

/** Activity names of the Fortinet kinds (`IngestFortinetPolicies`, …). */
export type FortinetActivityName = (typeof fortinetKinds)[number]['activityName'];

/** A Fortinet kind's CLI plural. */
export type FortinetPlural = (typeof fortinetKinds)[number]['plural'];

/** The names of one Fortinet kind, by plural. */
export function fortinetKind(plural: FortinetPlural): KindNames {
  return fortinetKinds.find((k) => k.plural === plural)!;
}

/** The provider's default task queue. */
export const FORTINET_TASK_QUEUE = 'hotpot-ingest-fortinet';
