import { GoogleApiError } from '../google-errors.js';
import { regionOfZone } from '../compute/urls.js';
import { servicePage } from './service-paging.js';
import { serviceApis, type ProjectServices } from './service-objects.js';
import { call, type ServiceCall } from './service-call.js';

const run = serviceApis.run;

/** Cloud Run v2's 404: NOT_FOUND, naming the resource, its kind, region and project. */
function runMissing(kind: 'SERVICE' | 'JOB', project: string, region: string, name: string): GoogleApiError {
  return new GoogleApiError(
    404,
    'NOT_FOUND',
    'notFound',
    `Resource '${name}' of kind '${kind}' in region '${region}' in project '${project}' does not exist.`,
  );
}

function regionOfName(name: string | null | undefined): string {
  return /\/locations\/([^/]+)\//.exec(name ?? '')?.[1] ?? '';
}

/** One page of a Cloud Run v2 listing of `location` (`-` for every region) minus the unreachable regions. */
function runPage<T extends { name?: string | null }>(
  all: readonly T[],
  location: string,
  params: URLSearchParams,
  unreachable: readonly string[],
): { items: T[]; nextPageToken: string | undefined } {
  const here = all.filter((o) => {
    const region = regionOfName(o.name);
    return (location === '-' || region === location) && !unreachable.includes(region);
  });
  return servicePage(here, params, 'pageSize', { default: 100, max: 500 });
}

/**
 * Routes Cloud Run Admin API v2 calls: services and jobs listed per region or over every region (`locations/-`,
 * services answering `unreachable` regions), got by name, and a service's IAM policy
 * (`GET …/services/{s}:getIamPolicy`).
 */
export function routeRun(path: string): ServiceCall | undefined {
  let m = /^\/v2\/projects\/([^/]+)\/locations\/([^/]+)\/(services|jobs)$/.exec(path);
  if (m) {
    const [, project, location, what] = m;
    const services = what === 'services';
    const method = services ? 'runServices.list' : 'runJobs.list';
    return call(project!, run, method, `run.${what}.list`, true, (s, p, missing) => {
      const unreachable = services ? [...new Set(missing.map(regionOfZone))].sort() : [];
      const { items, nextPageToken } = runPage<{ name?: string | null }>(
        services ? s.runServices : s.runJobs,
        location!,
        p,
        unreachable,
      );
      return {
        ...(items.length ? { [what!]: items } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
        ...(unreachable.length ? { unreachable } : {}),
      };
    });
  }
  m = /^\/v2\/(projects\/([^/]+)\/locations\/([^/]+)\/(services|jobs)\/([^/:]+))(:getIamPolicy)?$/.exec(path);
  if (!m) return undefined;
  const [, name, project, region, what, short, policy] = m;
  if (policy && what !== 'services') return undefined;
  const services = what === 'services';
  const method = policy ? 'runServices.getIamPolicy' : services ? 'runServices.get' : 'runJobs.get';
  const permission = policy ? 'run.services.getIamPolicy' : `run.${what}.get`;
  return call(project!, run, method, permission, false, (s: ProjectServices) => {
    const found = (services ? s.runServices : s.runJobs).find((o) => o.name === name);
    if (!found) throw runMissing(services ? 'SERVICE' : 'JOB', project!, region!, short!);
    return policy ? (s.runServicePolicies[name!] ?? { version: 1, etag: 'ACAB' }) : found;
  });
}
