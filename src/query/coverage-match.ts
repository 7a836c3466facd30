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
  /** A Windows guest (a WINDOWS guest OS feature or a windows-cloud license on a disk): NetBIOS names apply. */
  windows: boolean;
}

/** A SentinelOne agent as coverage sees it. */
export interface CoverageAgent {
  console: string;
  id: string;
  computerName: string | null;
  internalIps: string[];
  cloudInstanceId: string | null;
  lastActiveDate: string | null;
  /** What the console says of the agent: `isUninstalled`, `isDecommissioned`, `isActive`. */
  state: AgentState;
}

/** An agent's life: only an `active` agent protects; an `inactive` one still does on a machine that is off. */
export type AgentState = 'active' | 'inactive' | 'decommissioned' | 'uninstalled';

/** The state of an agent from the console's flags; uninstalled wins over decommissioned, both over inactive. */
export function agentState(flags: {
  isUninstalled?: boolean | null;
  isDecommissioned?: boolean | null;
  isActive?: boolean | null;
}): AgentState {
  if (flags.isUninstalled === true) return 'uninstalled';
  if (flags.isDecommissioned === true) return 'decommissioned';
  return flags.isActive === false ? 'inactive' : 'active';
}

/** Whether an agent in this state protects an instance in this status (an inactive agent on a stopped VM does). */
export function protects(state: AgentState, instanceStatus: string | null): boolean {
  return state === 'active' || (state === 'inactive' && instanceStatus !== 'RUNNING');
}

/**
 * How an agent was matched: the cloud instance id it reports; its hostname and an internal IP; or, on a Windows
 * instance whose name is longer than 15 characters, the 15-character NetBIOS name Windows reports and an IP.
 */
export type MatchBy = 'cloudInstanceId' | 'hostnameIp' | 'netbiosIp';

/** The instances an agent's identity points at, and by which rule. */
export interface AgentCandidates {
  by: MatchBy;
  instances: CoverageInstance[];
}

/** Instances indexed for matching. */
export interface InstanceIndex {
  byId: Map<string, CoverageInstance[]>;
  byHost: Map<string, CoverageInstance[]>;
  /** Windows instances with names longer than NetBIOS allows, by their lowercase 15-character prefix. */
  byNetbios: Map<string, CoverageInstance[]>;
}

/** The longest computer name Windows reports (NetBIOS): longer instance names are cut to this. */
export const NETBIOS_LENGTH = 15;

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index: by instance id, by lowercase instance name, and Windows ones by their NetBIOS name. */
export function indexInstances(instances: readonly CoverageInstance[]): InstanceIndex {
  const index: InstanceIndex = { byId: new Map(), byHost: new Map(), byNetbios: new Map() };
  for (const i of instances) {
    push(index.byId, i.id, i);
    const host = i.name.toLowerCase();
    push(index.byHost, host, i);
    if (i.windows && host.length > NETBIOS_LENGTH) push(index.byNetbios, host.slice(0, NETBIOS_LENGTH), i);
  }
  return index;
}

/** The short hostname of a computer name (`web-1.c.proj.internal` → `web-1`), lowercase. */
export function shortHost(computerName: string): string {
  return computerName.split('.', 1)[0]!.toLowerCase();
}

/**
 * The instances an agent matches: by its reported cloud instance id when it has one (and only so), else by its
 * short hostname equal to the instance name and at least one internal IP in common, else (a 15-character
 * hostname) by the NetBIOS prefix of a Windows instance's longer name and an IP. More than one is ambiguous.
 */
export function candidatesOf(
  agent: Pick<CoverageAgent, 'computerName' | 'internalIps' | 'cloudInstanceId'>,
  index: InstanceIndex,
): AgentCandidates {
  if (agent.cloudInstanceId) {
    return { by: 'cloudInstanceId', instances: index.byId.get(agent.cloudInstanceId) ?? [] };
  }
  const host = agent.computerName ? shortHost(agent.computerName) : '';
  const ips = new Set(agent.internalIps);
  const sharing = (list: CoverageInstance[] | undefined) =>
    (list ?? []).filter((i) => i.internalIps.some((ip) => ips.has(ip)));
  const named = sharing(index.byHost.get(host));
  if (named.length > 0 || host.length !== NETBIOS_LENGTH) return { by: 'hostnameIp', instances: named };
  const netbios = sharing(index.byNetbios.get(host));
  return netbios.length > 0 ? { by: 'netbiosIp', instances: netbios } : { by: 'hostnameIp', instances: [] };
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
