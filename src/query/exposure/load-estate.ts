import { isIP } from 'node:net';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ComputePlural } from '../../gcp/compute/kinds.js';
import { boundSecureTags, from, rows, skippedBindingProjects, type EstateScope } from './estate-sql.js';
import type { ExposureEstate, ExposureInstance, ForwardingRule, Nic } from './estate.js';
import { firewallRule } from './firewall-rule.js';
import { loadPolicies } from './load-policies.js';
import { normalizeUrl, parseRef, refKey } from './urls.js';

const link = sql`regexp_replace(raw->>'selfLink', '^.*?projects/', 'projects/')`;

export interface RawNic {
  network?: string;
  accessConfigs?: { natIP?: string }[];
  ipv6AccessConfigs?: { externalIpv6?: string }[];
}

/** project, id, name, zone, status, network tags, service account, NICs, created-by, secure tag values. */
type InstanceTuple = [
  string,
  string,
  string,
  string,
  string | null,
  string[],
  string | null,
  RawNic[] | null,
  string | null,
  string[] | null,
];

const createdBy = sql`jsonb_path_query_first(raw, '$.metadata.items[*] ? (@.key == "created-by").value') #>> '{}'`;

/** Projects read differently: `managed` ones' created-by matters, `unread` ones' secure tags are unknown. */
interface ProjectSets {
  managed: string[];
  unread: string[];
}

/**
 * Instances matching `where` as one JSON array of tuples (one parse instead of a row parser per column);
 * `created-by` only in the `managed` projects, where it can matter.
 */
async function instances(
  db: Kysely<unknown>,
  scope: EstateScope,
  { managed, unread }: ProjectSets,
  nics: RawBuilder<unknown>,
  where: RawBuilder<unknown>,
): Promise<InstanceTuple[]> {
  const [row] = await rows(
    db,
    sql<{ list: string }>`
      select coalesce(json_agg(json_build_array(scope, id, name, location, status, network_tags,
        service_accounts[1], ${nics}, case when scope = any(${managed}) then ${createdBy} end, ${boundSecureTags(scope, unread)})), '[]')::text as list
      ${from('instances', scope)} and ${where}`,
  );
  return JSON.parse(row?.list ?? '[]') as InstanceTuple[];
}

/** Instances with an external address: every NIC. */
function addressed(db: Kysely<unknown>, scope: EstateScope, sets: ProjectSets) {
  return instances(db, scope, sets, sql`raw->'networkInterfaces'`, sql`cardinality(external_ips) > 0`);
}

/**
 * Instances without one that may be load-balanced backends: target pools', target instances' and listed
 * groups' members (`project/zone/name` keys, matched on columns) and, in `managed` projects only, instances
 * with `created-by` metadata. nic0 only.
 */
function backends(db: Kysely<unknown>, scope: EstateScope, poolKeys: string[], sets: ProjectSets) {
  return instances(
    db,
    scope,
    sets,
    sql`jsonb_path_query_array(raw, '$.networkInterfaces[0]')`,
    sql`cardinality(external_ips) = 0 and (scope || '/' || location || '/' || name = any(${poolKeys})
      or (scope = any(${sets.managed}) and raw @? '$.metadata.items[*] ? (@.key == "created-by")'))`,
  );
}

/** A stored NIC as exposure sees it; an external address that is not an IP of its family (hostile or corrupt data) is not one. */
export function nic(raw: RawNic): Nic {
  const ipv4 = (v: string | undefined): v is string => typeof v === 'string' && isIP(v) === 4;
  const ipv6 = (v: string | undefined): v is string => typeof v === 'string' && isIP(v) === 6;
  return {
    network: normalizeUrl(raw.network ?? ''),
    externalIpv4: (raw.accessConfigs ?? []).map((a) => a.natIP).filter(ipv4),
    externalIpv6: (raw.ipv6AccessConfigs ?? []).map((a) => a.externalIpv6).filter(ipv6),
  };
}

function forwardingRules(db: Kysely<unknown>, scope: EstateScope) {
  const columns = sql`scope, name, location, ip_address, ip_protocol, port_range, ports, all_ports, load_balancing_scheme, target, backend_service`;
  const external = sql`and load_balancing_scheme in ('EXTERNAL', 'EXTERNAL_MANAGED')`;
  return rows(
    db,
    sql<{
      scope: string;
      name: string;
      location: string;
      ip_address: string | null;
      ip_protocol: string | null;
      port_range: string | null;
      ports: string[];
      all_ports: boolean | null;
      load_balancing_scheme: string | null;
      target: string | null;
      backend_service: string | null;
    }>`
      select ${columns} ${from('forwardingRules', scope)} ${external}
      union all select ${columns} ${from('globalForwardingRules', scope)} ${external}`,
  );
}

async function urlMap<V>(
  db: Kysely<unknown>,
  plural: ComputePlural,
  value: RawBuilder<unknown>,
  scope: EstateScope,
): Promise<Map<string, V>> {
  const found = await rows(
    db,
    sql<{ url: string; value: V }>`select ${link} as url, ${value} as value ${from(plural, scope)}`,
  );
  return new Map(found.map((r) => [r.url, r.value]));
}

/**
 * Reads what exposure needs as of a time, column by column (only the instances' NICs and created-by from
 * their raw objects): the load balancing parts first, then the instances they and external addresses make
 * reachable, every ingress firewall rule (any project: a shared VPC's rules live in its
 * host project), external forwarding rules and the load balancing parts they lead to.
 */
export async function loadExposureEstate(
  db: Kysely<unknown>,
  scope: EstateScope = {},
): Promise<ExposureEstate> {
  const [targetInstances, sslProxies, tcpProxies, groupMembers, unread] = await Promise.all([
    urlMap<string>(db, 'targetInstances', sql`instance`, scope),
    urlMap<string>(db, 'targetSslProxies', sql`service`, scope),
    urlMap<string>(db, 'targetTcpProxies', sql`service`, scope),
    urlMap<string[]>(db, 'instanceGroupMembers', sql`instances`, scope),
    skippedBindingProjects(db, scope),
  ]);
  const [
    firewalls,
    rules,
    targetPools,
    services,
    groups,
    managers,
    httpProxies,
    httpsProxies,
    maps,
    policyParts,
  ] = await Promise.all([
    rows(
      db,
      sql<{
        scope: string;
        raw: object;
      }>`select scope, raw ${from('firewalls', { ...scope, project: undefined }, false)} and direction = 'INGRESS' and not coalesce(disabled, false)`,
    ),
    forwardingRules(db, scope),
    urlMap<string[]>(db, 'targetPools', sql`instances`, scope),
    urlMap<{ groups: string[]; portName: string | null }>(
      db,
      'backendServices',
      sql`jsonb_build_object('groups', to_jsonb(backend_groups), 'portName', port_name)`,
      scope,
    ),
    urlMap<string[]>(db, 'instanceGroups', sql`named_ports`, scope),
    rows(
      db,
      sql<{
        key: string;
        grp: string;
      }>`select scope || '/' || location || '/' || name as key, regexp_replace(raw->>'instanceGroup', '^.*?projects/', 'projects/') as grp ${from('instanceGroupManagers', scope)}`,
    ),
    urlMap<string>(db, 'targetHttpProxies', sql`url_map`, scope),
    urlMap<string>(db, 'targetHttpsProxies', sql`url_map`, scope),
    urlMap<string[]>(db, 'urlMaps', sql`services`, scope),
    loadPolicies(db, scope),
  ]);
  const backendGroups = [...services.values()].flatMap((s) => s.groups.map(normalizeUrl));
  const listed = backendGroups.flatMap((g) => groupMembers.get(g) ?? []);
  const poolKeys = [...[...targetPools.values()].flat(), ...targetInstances.values(), ...listed]
    .map(parseRef)
    .filter((r) => r !== null)
    .map((r) => refKey(r.project, r.location, r.name));
  const managerProjects = new Set(managers.map((m) => m.key.slice(0, m.key.indexOf('/'))));
  const managed = [
    ...new Set(
      rules
        .filter(
          (r) => r.backend_service !== null || (r.target !== null && !r.target.includes('/targetPools/')),
        )
        .map((r) => r.scope)
        .filter((p) => managerProjects.has(p)),
    ),
  ];
  const sets = { managed, unread };
  const [direct, behind] = await Promise.all([
    addressed(db, scope, sets),
    poolKeys.length === 0 && managed.length === 0 ? [] : backends(db, scope, poolKeys, sets),
  ]);
  const vms = [...direct, ...behind];
  return {
    instances: vms.map(
      ([project, id, name, zone, status, tags, serviceAccount, nics, created, secure]): ExposureInstance => ({
        project,
        id,
        name,
        zone,
        status,
        tags,
        serviceAccount,
        secureTags: secure,
        nics: (nics ?? []).map(nic),
        createdBy: created,
      }),
    ),
    firewalls: firewalls.map((r) => firewallRule(r.scope, r.raw)),
    ...policyParts,
    forwardingRules: rules.map(
      (r): ForwardingRule => ({
        project: r.scope,
        name: r.name,
        location: r.location,
        ipAddress: r.ip_address,
        ipProtocol: r.ip_protocol,
        portRange: r.port_range,
        ports: r.ports,
        allPorts: r.all_ports === true,
        scheme: r.load_balancing_scheme,
        target: r.target,
        backendService: r.backend_service,
      }),
    ),
    targetPools,
    backendServices: services,
    instanceGroups: groups,
    managers: new Map(managers.map((m) => [m.key, m.grp])),
    proxies: new Map([...httpProxies, ...httpsProxies]),
    urlMaps: maps,
    targetInstances,
    serviceProxies: new Map([...sslProxies, ...tcpProxies]),
    groupMembers,
  };
}
