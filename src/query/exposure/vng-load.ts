import { isIP } from 'node:net';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { vngKind } from '../../vng/kinds.js';
import type { EstateScope } from './estate-sql.js';
import { rows } from './estate-sql.js';
import type { VngExposureEstate, VngExposureRule } from './vng-exposure.js';

/** `from <table> where <rows valid at the scope's time>`; a project matches its scope ids (`<project>/<region>`) too. */
function fromVng(plural: 'vngServers' | 'vngSecgroups', scope: EstateScope): RawBuilder<unknown> {
  const table = vngKind(plural).table;
  const where: RawBuilder<unknown>[] = [sql`true`];
  if (scope.asOf !== undefined)
    where.push(sql`valid_from <= ${scope.asOf}`, sql`(valid_to is null or valid_to > ${scope.asOf})`);
  if (scope.project !== undefined)
    where.push(sql`(scope = ${scope.project} or split_part(scope, '/', 1) = ${scope.project})`);
  return sql`from ${sql.table(scope.asOf === undefined ? table : `${table}_history`)} where ${sql.join(where, sql` and `)}`;
}

/**
 * The VNG servers with a public address (a floating IP, or a public fixed IP of an external interface) and
 * their scopes' security groups with rules, as of a time or now.
 */
export async function loadVngExposure(
  db: Kysely<unknown>,
  scope: EstateScope = {},
): Promise<VngExposureEstate> {
  const [servers, groups] = await Promise.all([
    rows(
      db,
      sql<{
        scope: string;
        id: string;
        name: string;
        zone_id: string | null;
        status: string | null;
        floating_ips: string[] | null;
        external: string[] | null;
        secgroup_ids: string[] | null;
      }>`select scope, id, name, zone_id, status, floating_ips, secgroup_ids,
          array(select jsonb_array_elements(coalesce(raw->'externalInterfaces', '[]'::jsonb))->>'fixedIp') as external
        ${fromVng('vngServers', scope)}`,
    ),
    rows(
      db,
      sql<{ scope: string; id: string; name: string; rules: VngExposureRule[] | null }>`
        select scope, id, name, raw->'rules' as rules ${fromVng('vngSecgroups', scope)}`,
    ),
  ]);
  const ip = (v: unknown): v is string => typeof v === 'string' && isIP(v) !== 0;
  return {
    servers: servers
      .map((s) => ({
        scope: s.scope,
        id: s.id,
        name: s.name,
        zone: s.zone_id ?? '',
        status: s.status,
        publicIps: [...new Set([...(s.floating_ips ?? []), ...(s.external ?? [])].filter(ip))],
        secgroupIds: s.secgroup_ids ?? [],
      }))
      .filter((s) => s.publicIps.length > 0),
    groups: groups.map((g) => ({
      scope: g.scope,
      id: g.id,
      name: g.name,
      rules: Array.isArray(g.rules) ? g.rules : [],
    })),
  };
}
