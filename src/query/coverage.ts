import { sql, type Kysely } from 'kysely';
import {
  agentState,
  candidatesOf,
  indexInstances,
  matchAgents,
  type CoverageAgent,
  type CoverageInstance,
  type MatchBy,
  protects,
} from './coverage-match.js';

/** What `hotpot coverage` asks: a project (instances of it only), a time (the estate then), the staleness limit. */
export interface CoverageOptions {
  project?: string;
  asOf?: Date;
  /** An agent silent for more than this many days on a running instance is stale. Default 7. */
  staleDays?: number;
  /** The clock for staleness when `asOf` is not given. */
  now?: Date;
}

/**
 * An instance no agent protects, and since when: for a dead agent, when the console first said so (from agent
 * history); for a gone one, the end of the last agent version that matched it; else its first sighting.
 */
export interface UnprotectedInstance extends CoverageInstance {
  unprotectedSince: string;
  /**
   * `agent-uninstalled`/`-decommissioned`/`-inactive`: its only agents are so (`agentId` names the one that
   * changed last; inactive counts on running instances); `agent-gone`: an agent matched it until
   * `unprotectedSince`; `never`: no agent ever matched it.
   */
  reason: 'agent-uninstalled' | 'agent-decommissioned' | 'agent-inactive' | 'agent-gone' | 'never';
  agentId?: string;
}

/** The coverage report: every section names instances and agents by project/console and id. */
export interface CoverageReport {
  asOf: string | null;
  staleDays: number;
  instances: number;
  covered: { instance: CoverageInstance; agentId: string; console: string; by: MatchBy }[];
  unprotected: UnprotectedInstance[];
  stale: { instance: CoverageInstance; agent: CoverageAgent; inactiveDays: number }[];
  ambiguous: { agent: CoverageAgent; by: MatchBy; instances: CoverageInstance[] }[];
  unmatchedAgents: { agent: CoverageAgent; by: MatchBy }[];
}

const DAY = 86_400_000;

/**
 * Correlates GCP instances and VNG servers (VNG's ACTIVE read as RUNNING) with SentinelOne agents now or as of a time: covered instances and how they matched,
 * instances with no agent (and since when, from agent history), agents silent for more than `staleDays` on
 * running instances, ambiguous matches, and agents matching no known instance.
 */
export async function coverage(db: Kysely<unknown>, options: CoverageOptions = {}): Promise<CoverageReport> {
  const staleDays = options.staleDays ?? 7;
  const ref = options.asOf ?? options.now ?? new Date();
  const allInstances = await instancesAt(db, options.asOf);
  const agents = await agentsAt(db, options.asOf);
  const match = matchAgents(allInstances, agents);
  const inProject = (i: CoverageInstance) => options.project === undefined || i.project === options.project;
  const instances = allInstances.filter(inProject);
  const ambiguousKeys = new Set(
    match.ambiguousAgents.flatMap((a) => a.instances.map((i) => `${i.project}/${i.id}`)),
  );
  const covered: CoverageReport['covered'] = [];
  const stale: CoverageReport['stale'] = [];
  const bare: CoverageInstance[] = [];
  const dead: { instance: CoverageInstance; agents: CoverageAgent[] }[] = [];
  for (const instance of instances) {
    const key = `${instance.project}/${instance.id}`;
    const found = match.covered.get(key);
    if (!found) {
      if (!ambiguousKeys.has(key)) bare.push(instance);
      continue;
    }
    const live = found.agents.filter((a) => protects(a.agent.state, instance.status));
    if (live.length === 0) {
      dead.push({ instance, agents: found.agents.map((a) => a.agent) });
      continue;
    }
    for (const { agent, by } of live)
      covered.push({ instance, agentId: agent.id, console: agent.console, by });
    const freshest = live
      .map((a) => a.agent)
      .sort((a, b) => Date.parse(b.lastActiveDate ?? '') - Date.parse(a.lastActiveDate ?? ''))[0]!;
    const silentMs = ref.getTime() - Date.parse(freshest.lastActiveDate ?? '1970-01-01T00:00:00Z');
    if (instance.status === 'RUNNING' && silentMs > staleDays * DAY)
      stale.push({ instance, agent: freshest, inactiveDays: Math.floor(silentMs / DAY) });
  }
  return {
    asOf: options.asOf?.toISOString() ?? null,
    staleDays,
    instances: instances.length,
    covered,
    unprotected: [...(await deadSince(db, dead, ref)), ...(await unprotectedSince(db, bare, ref))].sort(
      (a, b) =>
        a.project.localeCompare(b.project) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    ),
    stale,
    ambiguous: match.ambiguousAgents.filter((a) => a.instances.some(inProject)),
    unmatchedAgents: match.unmatchedAgents,
  };
}

/** A Windows guest, as Compute says on its disks: a WINDOWS guest OS feature or a windows-cloud license. */
const windows = sql<boolean>`(raw @? '$.disks[*].guestOsFeatures[*] ? (@.type == "WINDOWS")'
  or raw @? '$.disks[*].licenses[*] ? (@ like_regex "/projects/windows-cloud/")')`;

/** The console's flags of an agent row (current or history), as `agentState` reads them. */
const flags = sql`is_active as "isActive", is_decommissioned as "isDecommissioned",
  (raw->>'isUninstalled')::boolean as "isUninstalled"`;

type Flags = Parameters<typeof agentState>[0];

/** A VNG server's status in Compute's words where they mean the same: ACTIVE is running; others as VNG says. */
const vngStatus = sql<string>`case status when 'ACTIVE' then 'RUNNING' else status end`;

/** A VNG server runs Windows when its image says so (`image.imageType`). */
const vngWindows = sql<boolean>`coalesce(lower(image_type) like 'windows%', false)`;

async function instancesAt(db: Kysely<unknown>, asOf: Date | undefined): Promise<CoverageInstance[]> {
  const at = asOf ? sql`valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})` : sql`true`;
  const r = await sql<CoverageInstance>`
    select scope as project, id, name, location as zone, status, internal_ips as "internalIps",
           first_seen as "firstSeen", ${windows} as windows
    from ${sql.table(asOf ? 'gcp_compute_instances_history' : 'gcp_compute_instances')} where ${at}
    union all
    select scope, id, name, coalesce(zone_id, location), ${vngStatus}, fixed_ips, first_seen, ${vngWindows}
    from ${sql.table(asOf ? 'vng_servers_history' : 'vng_servers')} where ${at}
    order by 1, 3, 2`.execute(db);
  return r.rows.map((i) => ({ ...i, firstSeen: new Date(i.firstSeen).toISOString() }));
}

async function agentsAt(db: Kysely<unknown>, asOf: Date | undefined): Promise<CoverageAgent[]> {
  const r = await sql<Omit<CoverageAgent, 'state'> & Flags & { lastActiveDate: Date | string | null }>`
    select scope as console, id, computer_name as "computerName", internal_ips as "internalIps",
           cloud_instance_id as "cloudInstanceId", last_active_date as "lastActiveDate", ${flags}
    from ${sql.table(asOf ? 's1_agents_history' : 's1_agents')}
    where ${asOf ? sql`valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})` : sql`true`}
    order by scope, id`.execute(db);
  return r.rows.map(({ isActive, isDecommissioned, isUninstalled, ...a }) => ({
    ...a,
    lastActiveDate: a.lastActiveDate === null ? null : new Date(a.lastActiveDate).toISOString(),
    state: agentState({ isActive, isDecommissioned, isUninstalled }),
  }));
}

/** For each bare instance, the latest end (≤ ref) of an agent version that matched it, else its first sighting. */
async function unprotectedSince(
  db: Kysely<unknown>,
  bare: CoverageInstance[],
  ref: Date,
): Promise<UnprotectedInstance[]> {
  if (!bare.length) return [];
  const closed = await sql<{
    computerName: string | null;
    internalIps: string[];
    cloudInstanceId: string | null;
    validTo: Date | string;
  }>`
    select computer_name as "computerName", internal_ips as "internalIps",
           cloud_instance_id as "cloudInstanceId", valid_to as "validTo"
    from s1_agents_history where valid_to is not null and valid_to <= ${ref}
      and not coalesce(is_decommissioned, false) and not coalesce((raw->>'isUninstalled')::boolean, false)`.execute(
    db,
  );
  const index = indexInstances(bare);
  const lastCovered = new Map<string, number>();
  for (const version of closed.rows) {
    const { instances } = candidatesOf(version, index);
    if (instances.length !== 1) continue;
    const key = `${instances[0]!.project}/${instances[0]!.id}`;
    lastCovered.set(key, Math.max(lastCovered.get(key) ?? 0, new Date(version.validTo).getTime()));
  }
  return bare.map((instance) => {
    const ended = lastCovered.get(`${instance.project}/${instance.id}`);
    const first = Date.parse(instance.firstSeen);
    return ended !== undefined && ended >= first
      ? { ...instance, unprotectedSince: new Date(ended).toISOString(), reason: 'agent-gone' as const }
      : { ...instance, unprotectedSince: instance.firstSeen, reason: 'never' as const };
  });
}

/**
 * Instances whose matched agents are all dead: unprotected since the latest of those agents' state changes, the
 * first history version (≤ ref) of the unbroken run of versions in the state the agent is in now.
 */
async function deadSince(
  db: Kysely<unknown>,
  dead: { instance: CoverageInstance; agents: CoverageAgent[] }[],
  ref: Date,
): Promise<UnprotectedInstance[]> {
  if (!dead.length) return [];
  const keys = [...new Set(dead.flatMap((d) => d.agents.map((a) => `${a.console}/${a.id}`)))];
  const versions = await sql<Flags & { key: string; validFrom: Date | string }>`
    select scope || '/' || id as key, valid_from as "validFrom", ${flags}
    from s1_agents_history where scope || '/' || id = any(${keys}) and valid_from <= ${ref}
    order by valid_from desc`.execute(db);
  const since = (agent: CoverageAgent): number => {
    let start = Number.NaN;
    for (const v of versions.rows) {
      if (v.key !== `${agent.console}/${agent.id}`) continue;
      if (agentState(v) !== agent.state) break;
      start = new Date(v.validFrom).getTime();
    }
    return start;
  };
  return dead.map(({ instance, agents }) => {
    const changed = agents
      .map((agent) => ({ agent, at: since(agent) }))
      .sort((a, b) => (b.at || 0) - (a.at || 0))[0]!;
    return {
      ...instance,
      unprotectedSince: Number.isNaN(changed.at) ? instance.firstSeen : new Date(changed.at).toISOString(),
      reason: `agent-${changed.agent.state as 'uninstalled' | 'decommissioned' | 'inactive'}`,
      agentId: changed.agent.id,
    };
  });
}
