import {
  emptySet,
  fullSet,
  intersect,
  ipSet,
  isEmpty,
  parseCidr,
  sameSet,
  subtract,
  type Family,
  type IpSet,
} from './ip-set.js';

/** IPv4 special-purpose ranges (IANA registry, RFC 6890) that are not reachable from the internet. */
const NOT_PUBLIC_V4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
];

/** IPv6: only global unicast (2000::/3) is public, less documentation, benchmarking and ORCHID ranges. */
const NOT_PUBLIC_V6_IN_GLOBAL = ['2001:db8::/32', '2001:2::/48', '2001:10::/28', '2001:20::/28'];

/** Every address the internet can send from, per family. */
export const PUBLIC: Record<Family, IpSet> = {
  4: subtract(fullSet(4), ipSet(4, NOT_PUBLIC_V4)),
  6: subtract(ipSet(6, ['2000::/3']), ipSet(6, NOT_PUBLIC_V6_IN_GLOBAL)),
};

/** Google Front End ranges from which proxy load balancers reach their backends (Google's LB firewall docs). */
export const GOOGLE_FRONT_ENDS = ipSet(4, ['130.211.0.0/22', '35.191.0.0/16']);

/** IAP TCP forwarding's source range (Google's IAP docs): IAP-authorized users, not the internet. */
export const IAP_RANGE = '35.235.240.0/20';

/**
 * Google's load balancing ranges: front ends and health checks (130.211.0.0/22, 35.191.0.0/16) and the legacy
 * network load balancer health checks (209.85.152.0/22, 209.85.204.0/22).
 */
export const GOOGLE_LB_RANGES = ['130.211.0.0/22', '35.191.0.0/16', '209.85.152.0/22', '209.85.204.0/22'];

/** Every source class: the internet at large, Google's load balancers and health checks, Google's IAP. */
export const SOURCE_CLASSES = ['internet', 'google-lb', 'iap'] as const;

/** Whose traffic a source is (one of SOURCE_CLASSES). */
export type SourceClass = (typeof SOURCE_CLASSES)[number];

const IAP_SET = ipSet(4, [IAP_RANGE]);
const GOOGLE_LB_SET = ipSet(4, GOOGLE_LB_RANGES);

/** The public sources of each class, per family (IPv6 holds only internet). */
export const CLASS_SETS: Record<SourceClass, Record<Family, IpSet>> = {
  internet: { 4: subtract(subtract(PUBLIC[4], IAP_SET), GOOGLE_LB_SET), 6: PUBLIC[6] },
  iap: { 4: IAP_SET, 6: emptySet(6) },
  'google-lb': { 4: GOOGLE_LB_SET, 6: emptySet(6) },
};

/** A set of sources split by class: the classes it holds something of. */
export function splitByClass(set: IpSet): SourceClass[] {
  return SOURCE_CLASSES.filter((c) => !isEmpty(intersect(set, CLASS_SETS[c][set.family])));
}

/** How much of a source range is public: all of it, part of it (e.g. 0.0.0.0/0), none; or one of Google's own. */
export type Publicness = 'public' | 'partly public' | 'private' | 'iap' | 'google-lb';

/** Classifies a CIDR; a malformed one counts as private (it can match nothing). */
export function publicness(cidr: string): Publicness {
  const set = parseCidr(cidr);
  if (!set) return 'private';
  const open = intersect(set, PUBLIC[set.family]);
  if (isEmpty(open)) return 'private';
  for (const google of ['iap', 'google-lb'] as const)
    if (sameSet(intersect(open, CLASS_SETS[google][set.family]), open)) return google;
  return sameSet(open, set) ? 'public' : 'partly public';
}
