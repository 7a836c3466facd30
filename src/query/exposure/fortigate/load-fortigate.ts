import { sql, type Kysely } from 'kysely';
import { fortinetKind, type FortinetPlural } from '../../../fortinet/kinds.js';
import type { FortiPolicySequence } from '../../../fortinet/policy-sequence/resource.js';
import type {
  FortiAddress,
  FortiAddrgrp,
  FortiInterface,
  FortiPolicy,
  FortiService,
  FortiServiceGroup,
  FortiVip,
  FortiVipgrp,
} from '../../../fortinet/types.js';
import { boundSecureTags, from, rows, skippedBindingProjects, type EstateScope } from '../estate-sql.js';
import { normalizeUrl } from '../urls.js';
import { fortigateVdom, type FortigateVdom } from './fortigate-estate.js';
import { ipRange } from './forti-objects.js';
import type { VmInterface } from './fortigate-rows.js';

/** Most mapped addresses looked up among VM interfaces (a `mappedip` range is expanded address by address). */
export const MAX_MAPPED_ADDRESSES = 65_536;

async function raws<T>(
  db: Kysely<unknown>,
  plural: FortinetPlural,
  asOf: Date | undefined,
): Promise<Map<string, T[]>> {
  const table = fortinetKind(plural).table;
  const found = await rows(
    db,
    asOf === undefined
      ? sql<{
          scope: string;
          raw: T;
        }>`select scope, raw from ${sql.table(table)} order by scope, id`
      : sql<{ scope: string; raw: T }>`select scope, raw from ${sql.table(`${table}_history`)}
          where valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf}) and deleted_at is null order by scope, id`,
  );
  const out = new Map<string, T[]>();
  for (const r of found) out.set(r.scope, [...(out.get(r.scope) ?? []), r.raw]);
  return out;
}

/** Every stored FortiGate VDOM (now, or as of a time from history), its policies in sequence order. */
export async function loadFortigateVdoms(db: Kysely<unknown>, asOf?: Date): Promise<FortigateVdom[]> {
  const [policies, sequences, addresses, addrgrps, vips, vipgrps, services, serviceGroups, interfaces] =
    await Promise.all([
      raws<FortiPolicy>(db, 'fortinet-policies', asOf),
      raws<FortiPolicySequence>(db, 'fortinet-policy-sequences', asOf),
      raws<FortiAddress>(db, 'fortinet-addresses', asOf),
      raws<FortiAddrgrp>(db, 'fortinet-addrgrps', asOf),
      raws<FortiVip>(db, 'fortinet-vips', asOf),
      raws<FortiVipgrp>(db, 'fortinet-vipgrps', asOf),
      raws<FortiService>(db, 'fortinet-services', asOf),
      raws<FortiServiceGroup>(db, 'fortinet-service-groups', asOf),
      raws<FortiInterface>(db, 'fortinet-interfaces', asOf),
    ]);
  const scopes = [...new Set([...vips.keys()])].sort();
  return scopes.map((scope) => {
    const [device = '', vdom = ''] = scope.split('/');
    return fortigateVdom(device, vdom, {
      policies: policies.get(scope) ?? [],
      sequence: sequences.get(scope)?.[0]?.policyids ?? [],
      addresses: addresses.get(scope) ?? [],
      addrgrps: addrgrps.get(scope) ?? [],
      vips: vips.get(scope) ?? [],
      vipgrps: vipgrps.get(scope) ?? [],
      services: services.get(scope) ?? [],
      serviceGroups: serviceGroups.get(scope) ?? [],
      interfaces: interfaces.get(scope) ?? [],
    });
  });
}

/** Each address of the mapped ranges (`10.0.0.5`, `10.0.0.5-10.0.0.9`), up to a cap (the rest noted). */
export function mappedAddresses(ranges: readonly string[], notes: Set<string>): string[] {
  const out = new Set<string>();
  for (const range of ranges) {
    const [first = '', last] = range.split('-');
    const set = ipRange(first, last ?? first);
    if (!set) continue;
    const [lo, hi] = set.intervals[0]!;
    if (hi - lo >= BigInt(MAX_MAPPED_ADDRESSES - out.size)) {
      notes.add(
        `mapped range ${range} is larger than ${MAX_MAPPED_ADDRESSES} addresses: only its first ones are looked up`,
      );
    }
    for (let v = lo; v <= hi && out.size < MAX_MAPPED_ADDRESSES; v++)
      out.add([24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.'));
  }
  return [...out];
}

type VmTuple = [
  string,
  string,
  string,
  string,
  string | null,
  string[] | null,
  string | null,
  { network?: string; networkIP?: string }[] | null,
  string[] | null,
];

/** The GCP instance interfaces (now, or as of a time) whose internal IP is one of `ips`. */
export async function loadVmInterfaces(
  db: Kysely<unknown>,
  scope: EstateScope,
  ips: readonly string[],
): Promise<VmInterface[]> {
  if (!ips.length) return [];
  const [row] = await rows(
    db,
    sql<{ list: string }>`
      select coalesce(json_agg(json_build_array(scope, id, name, location, status, network_tags, service_accounts[1],
        raw->'networkInterfaces', ${boundSecureTags(scope, await skippedBindingProjects(db, scope))})), '[]')::text as list
      ${from('instances', scope)} and internal_ips && ${[...ips]}::text[]`,
  );
  const wanted = new Set(ips);
  return (JSON.parse(row?.list ?? '[]') as VmTuple[]).flatMap(
    ([project, id, name, zone, status, tags, sa, nics, secure]) =>
      (nics ?? [])
        .filter((n) => typeof n.networkIP === 'string' && wanted.has(n.networkIP))
        .map((n) => ({
          project,
          id,
          name,
          zone,
          status,
          tags: tags ?? [],
          serviceAccount: sa,
          secureTags: secure,
          network: normalizeUrl(n.network ?? ''),
          internalIp: n.networkIP!,
        })),
  );
}
