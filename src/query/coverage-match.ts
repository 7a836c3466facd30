/** Pure matching of SentinelOne agents to GCP instances (no I/O): the rules `hotpot coverage` reports by. */

/** A GCP instance as coverage sees it. */
export interface CoverageInstance {
  project: string;
  id: string;
  name: string;
  zone: string;
  status: string | null;
  internalIps: string[];
  firstSeen: string;
}

/** A SentinelOne agent as coverage sees it. */
export interface CoverageAgent {
  console: string;
  id: string;
  computerName: string | null;
  internalIps: string[];
  cloudInstanceId: string | null;
  lastActiveDate: string | null;
}

/** How an agent was matched: the cloud instance id it reports, or its hostname and an internal IP. */
export type MatchBy = 'cloudInstanceId' | 'hostnameIp';

/** The instances an agent's identity points at, and by which rule. */
export interface AgentCandidates {
  by: MatchBy;
  instances: CoverageInstance[];
}

/** Instances indexed for matching. */
export interface InstanceIndex {
  byId: Map<string, CoverageInstance[]>;
  byHost: Map<string, CoverageInstance[]>;
}

/** Builds the index: by instance id, and by lowercase instance name. */
export function indexInstances(instances: readonly CoverageInstance[]): InstanceIndex {
  const byId = new Map<string, CoverageInstance[]>();
  const byHost = new Map<string, CoverageInstance[]>();
  for (const i of instances) {
    byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
    const host = i.name.toLowerCase();
    byHost.set(host, [...(byHost.get(host) ?? []), i]);
  }
  return { byId, byHost };
}

/** The short hostname of a computer name (`web-1.c.proj.internal` → `web-1`), lowercase. */
export function shortHost(computerName: string): string {
  return computerName.split('.', 1)[0]!.toLowerCase();
}

/**
 * The instances an agent matches: by its reported cloud instance id when it has one (and only so), else by its
 * short hostname equal to the instance name and at least one internal IP in common. More than one is ambiguous.
 */
export function candidatesOf(
  agent: Pick<CoverageAgent, 'computerName' | 'internalIps' | 'cloudInstanceId'>,
  index: InstanceIndex,
): AgentCandidates {
  if (agent.cloudInstanceId) {
    return { by: 'cloudInstanceId', instances: index.byId.get(agent.cloudInstanceId) ?? [] };
  }
  const named = agent.computerName ? (index.byHost.get(shortHost(agent.computerName)) ?? []) : [];
  const ips = new Set(agent.internalIps);
  return { by: 'hostnameIp', instances: named.filter((i) => i.internalIps.some((ip) => ips.has(ip))) };
}

/** An instance with its unambiguous agents (at least one), and how each matched. */
export interface InstanceMatch {
  instance: CoverageInstance;
  agents: { agent: CoverageAgent; by: MatchBy }[];
}

/** What matching found: covered instances, agents pointing at several instances, agents pointing at none. */
export interface MatchResult {
  covered: Map<string, InstanceMatch>;
  ambiguousAgents: { agent: CoverageAgent; by: MatchBy; instances: CoverageInstance[] }[];
  unmatchedAgents: { agent: CoverageAgent; by: MatchBy }[];
}

/** The key of an instance in results: `<project>/<id>`. */
export function instanceKey(i: Pick<CoverageInstance, 'project' | 'id'>): string {
  return `${i.project}/${i.id}`;
}

/** Matches every agent; an ambiguous agent covers none of its candidates (the report names them instead). */
export function matchAgents(
  instances: readonly CoverageInstance[],
  agents: readonly CoverageAgent[],
): MatchResult {
  const index = indexInstances(instances);
  const result: MatchResult = { covered: new Map(), ambiguousAgents: [], unmatchedAgents: [] };
  for (const agent of agents) {
    const { by, instances: found } = candidatesOf(agent, index);
    if (found.length === 0) result.unmatchedAgents.push({ agent, by });
    else if (found.length > 1) result.ambiguousAgents.push({ agent, by, instances: found });
    else {
      const instance = found[0]!;
      const key = instanceKey(instance);
      const entry = result.covered.get(key) ?? { instance, agents: [] };
      entry.agents.push({ agent, by });
      result.covered.set(key, entry);
    }
  }
  return result;
}
