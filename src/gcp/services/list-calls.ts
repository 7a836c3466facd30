import type { ServicePlural } from './kinds.js';

/**
 * How one services method's calls in a project follow from the estate, as its reference documents the listing:
 * `pages` of `max` objects (or one unpaged answer when `max` is null), one call `each` object of a parent kind,
 * or `once`; `listings` is how many of the service's kinds run that listing in one sync.
 */
export interface ServiceListCall {
  /** The emulator's name of the method (its faults and request counts). */
  method: string;
  /** The kind whose objects the call returns. */
  kind: ServicePlural;
  calls: { pages: ServicePlural; max: number | null } | { each: ServicePlural } | 'once';
  listings: number;
}

/** Every list (and per-parent) call of the services in one sync of a project. */
export const serviceListCalls: readonly ServiceListCall[] = [
  { method: 'clusters.list', kind: 'gkeClusters', calls: { pages: 'gkeClusters', max: null }, listings: 2 },
  {
    method: 'sqlInstances.list',
    kind: 'sqlInstances',
    calls: { pages: 'sqlInstances', max: 500 },
    listings: 3,
  },
  { method: 'sqlDatabases.list', kind: 'sqlDatabases', calls: { each: 'sqlInstances' }, listings: 1 },
  { method: 'sqlUsers.list', kind: 'sqlUsers', calls: { each: 'sqlInstances' }, listings: 1 },
  { method: 'buckets.list', kind: 'buckets', calls: { pages: 'buckets', max: 1000 }, listings: 2 },
  { method: 'buckets.getIamPolicy', kind: 'bucketIamPolicies', calls: { each: 'buckets' }, listings: 1 },
  {
    method: 'serviceAccounts.list',
    kind: 'serviceAccounts',
    calls: { pages: 'serviceAccounts', max: 100 },
    listings: 2,
  },
  {
    method: 'serviceAccountKeys.list',
    kind: 'serviceAccountKeys',
    calls: { each: 'serviceAccounts' },
    listings: 1,
  },
  { method: 'projects.getIamPolicy', kind: 'projectIamPolicies', calls: 'once', listings: 1 },
  { method: 'runServices.list', kind: 'runServices', calls: { pages: 'runServices', max: 500 }, listings: 2 },
  {
    method: 'runServices.getIamPolicy',
    kind: 'runServiceIamPolicies',
    calls: { each: 'runServices' },
    listings: 1,
  },
  { method: 'runJobs.list', kind: 'runJobs', calls: { pages: 'runJobs', max: 500 }, listings: 1 },
];

/** The fewest calls of `call` a sync of a project holding `truth` (objects by plural) can make at `pageSize`. */
export function minimumCalls(
  call: ServiceListCall,
  truth: Readonly<Record<string, readonly unknown[]>>,
  pageSize: number,
): number {
  const n = (plural: string) => truth[plural]?.length ?? 0;
  const c = call.calls;
  const per =
    c === 'once'
      ? 1
      : 'each' in c
        ? n(c.each)
        : c.max === null
          ? 1
          : Math.max(1, Math.ceil(n(c.pages) / Math.min(pageSize, c.max)));
  return per * call.listings;
}
