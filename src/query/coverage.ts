import { sql, type Kysely } from 'kysely';
import {
  candidatesOf,
  indexInstances,
  matchAgents,
  type CoverageAgent,
  type CoverageInstance,
  type MatchBy,
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

/** An instance with no agent, and since when: the end of the last agent version that matched it, else its first sighting. */
export interface UnprotectedInstance extends CoverageInstance {
  unprotectedSince: string;
  /** `agent-gone`: an agent matched it until `unprotectedSince`; `never`: no agent ever matched it. */
  reason: 'agent-gone' | 'never';
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
 * Correlates GCP instances with SentinelOne agents now or as of a time: covered instances and how they matched,
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
  for (const instance of instances) {
    const key = `${instance.project}/${instance.id}`;
    const found = match.covered.get(key);
    if (!found) {
      if (!ambiguousKeys.has(key)) bare.push(instance);
      continue;
    }
    for (const { agent, by } of found.agents)
      covered.push({ instance, agentId: agent.id, console: agent.console, by });
    const freshest = found.agents
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
    unprotected: await unprotectedSince(db, bare, ref),
    stale,
    ambiguous: match.ambiguousAgents.filter((a) => a.instances.some(inProject)),
    unmatchedAgents: match.unmatchedAgents,
  };
}

async function instancesAt(db: Kysely<unknown>, asOf: Date | undefined): Promise<CoverageInstance[]> {
  const r = await sql<CoverageInstance>`
    select project_id as project, id, name, location as zone, status, internal_ips as "internalIps",
           first_seen as "firstSeen"
    from ${sql.table(asOf ? 'gcp_compute_instances_history' : 'gcp_compute_instances')}
    where ${asOf ? sql`valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})` : sql`true`}
    order by project_id, name, id`.execute(db);
  return r.rows.map((i) => ({ ...i, firstSeen: new Date(i.firstSeen).toISOString() }));
}

async function agentsAt(db: Kysely<unknown>, asOf: Date | undefined): Promise<CoverageAgent[]> {
  const r = await sql<CoverageAgent & { lastActiveDate: Date | string | null }>`
    select project_id as console, id, computer_name as "computerName", internal_ips as "internalIps",
           cloud_instance_id as "cloudInstanceId", last_active_date as "lastActiveDate"
    from ${sql.table(asOf ? 's1_agents_history' : 's1_agents')}
    where ${asOf ? sql`valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf})` : sql`true`}
    order by project_id, id`.execute(db);
  return r.rows.map((a) => ({
    ...a,
    lastActiveDate: a.lastActiveDate === null ? null : new Date(a.lastActiveDate).toISOString(),
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
    from s1_agents_history where valid_to is not null and valid_to <= ${ref}`.execute(db);
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
