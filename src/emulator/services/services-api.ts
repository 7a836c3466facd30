import type { Estate, ProjectState } from '../estate.js';
import { invalidArgument } from '../google-errors.js';
import { routeRun } from './run-api.js';
import { call, invalidCall, type ServiceCall } from './service-call.js';
import { routeSqlChildren } from './sql-children-api.js';
import { bucketMissing, notFoundNamed, sqlInstanceMissing } from './service-errors.js';
import { servicePage } from './service-paging.js';
import { emptyServices, serviceApis, type ProjectServices } from './service-objects.js';

export type { ServiceCall } from './service-call.js';

const gke = serviceApis.gke;
const iam = serviceApis.iam;

/** Routes a GET (or the getIamPolicy POST) of the services beyond Compute; undefined when the path is not theirs. */
export function routeService(
  estate: Estate,
  verb: string,
  pathname: string,
  params: URLSearchParams,
): ServiceCall | undefined {
  const path = decodeURIComponent(pathname);
  let m: RegExpExecArray | null;
  if (verb === 'POST') {
    m = /^\/v3\/projects\/([^/:]+):getIamPolicy$/.exec(path);
    if (!m?.[1]) return undefined;
    return {
      project: m[1],
      api: serviceApis.iam,
      method: 'projects.getIamPolicy',
      permission: 'resourcemanager.projects.getIamPolicy',
      list: false,
      serve: (s) => s.projectPolicy,
    };
  }
  if (verb !== 'GET') return undefined;
  const other = routeRun(path) ?? routeSqlChildren(path);
  if (other) return other;
  if ((m = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/clusters$/.exec(path))) {
    const location = m[2]!;
    return call(m[1]!, gke, 'clusters.list', 'container.clusters.list', true, (s, _p, missing) => {
      const clusters = s.clusters.filter(
        (c) => (location === '-' || c.location === location) && !missing.includes(c.location ?? ''),
      );
      return {
        ...(clusters.length ? { clusters } : {}),
        ...(missing.length ? { missingZones: [...missing] } : {}),
      };
    });
  }
  if (
    (m = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/clusters\/([^/]+)(?:\/nodePools\/([^/]+))?$/.exec(
      path,
    ))
  ) {
    const [, project, location, name, pool] = m;
    const clusterPath = `projects/${project}/locations/${location}/clusters/${name}`;
    return call(
      project!,
      gke,
      pool ? 'nodePools.get' : 'clusters.get',
      'container.clusters.get',
      false,
      (s) => {
        const cluster = s.clusters.find((c) => c.name === name && c.location === location);
        if (!cluster) throw notFoundNamed(`Not found: ${clusterPath}.`);
        if (!pool) return cluster;
        const found = cluster.nodePools?.find((p) => p.name === pool);
        if (!found) throw notFoundNamed(`Not found: ${clusterPath}/nodePools/${pool}.`);
        return found;
      },
    );
  }
  if ((m = /^\/v1\/projects\/([^/]+)\/instances$/.exec(path)))
    return call(m[1]!, serviceApis.sql, 'sqlInstances.list', 'cloudsql.instances.list', true, (s, p) => {
      const { items, nextPageToken } = servicePage(s.sqlInstances, p, 'maxResults', {
        default: 500,
        max: 500,
      });
      return {
        kind: 'sql#instancesList',
        ...(items.length ? { items } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
      };
    });
  if ((m = /^\/v1\/projects\/([^/]+)\/instances\/([^/]+)$/.exec(path))) {
    const name = m[2];
    return call(m[1]!, serviceApis.sql, 'sqlInstances.get', 'cloudsql.instances.get', false, (s) => {
      const found = s.sqlInstances.find((i) => i.name === name);
      if (!found) throw sqlInstanceMissing();
      return found;
    });
  }
  if ((m = /^\/v1\/projects\/([^/]+)\/serviceAccounts$/.exec(path)))
    return call(m[1]!, iam, 'serviceAccounts.list', 'iam.serviceAccounts.list', true, (s, p) => {
      const { items, nextPageToken } = servicePage(s.serviceAccounts, p, 'pageSize', {
        default: 20,
        max: 100,
      });
      return { ...(items.length ? { accounts: items } : {}), ...(nextPageToken ? { nextPageToken } : {}) };
    });
  if ((m = /^\/v1\/projects\/([^/]+)\/serviceAccounts\/([^/]+)(\/keys(?:\/([^/]+))?)?$/.exec(path))) {
    const [, project, email, keys, keyId] = m;
    const method = keyId
      ? 'serviceAccountKeys.get'
      : keys
        ? 'serviceAccountKeys.list'
        : 'serviceAccounts.get';
    const permission = keys ? 'iam.serviceAccountKeys.list' : 'iam.serviceAccounts.get';
    return call(project!, iam, method, permission, !!keys && !keyId, (s) => {
      const account = s.serviceAccounts.find((a) => a.email === email || a.uniqueId === email);
      if (!account) throw notFoundNamed(`Unknown service account: ${email}`);
      if (!keys) return account;
      const list = s.keys[account.email ?? ''] ?? [];
      if (!keyId) return list.length ? { keys: list } : {};
      const key = list.find((k) => k.name?.endsWith(`/keys/${keyId}`));
      if (!key)
        throw notFoundNamed(`Unknown key: projects/${project}/serviceAccounts/${email}/keys/${keyId}`);
      return key;
    });
  }
  if (path === '/storage/v1/b') {
    const project = params.get('project');
    if (!project)
      return invalidCall(serviceApis.storage, 'buckets.list', invalidArgument('Required parameter: project'));
    return call(project, serviceApis.storage, 'buckets.list', 'storage.buckets.list', true, (s, p) => {
      const { items, nextPageToken } = servicePage(s.buckets, p, 'maxResults', { default: 1000, max: 1000 });
      return {
        kind: 'storage#buckets',
        ...(items.length ? { items } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
      };
    });
  }
  if ((m = /^\/storage\/v1\/b\/([^/]+)(\/iam)?$/.exec(path))) {
    const [, bucket, policy] = m;
    const owner = bucketOwner(estate, bucket!);
    const method = policy ? 'buckets.getIamPolicy' : 'buckets.get';
    const served = call(owner ?? '_', serviceApis.storage, method, `storage.${method}`, false, (s) => {
      const found = s.buckets.find((b) => b.name === bucket);
      if (!found) throw bucketMissing();
      return policy ? (s.bucketPolicies[bucket!] ?? {}) : found;
    });
    return owner ? served : { ...served, orphan: bucketMissing() };
  }
  return undefined;
}

/** The project holding a bucket (bucket names are global); undefined when none does. */
function bucketOwner(estate: Estate, bucket: string): string | undefined {
  return estate
    .projectIds()
    .find((id) => estate.project(id)?.services?.buckets.some((b) => b.name === bucket));
}

/** The project's service objects, or undefined for a project the estate does not have. */
export function servicesOf(
  estate: Estate,
  project: string,
): { state: ProjectState; services: ProjectServices } | undefined {
  const state = estate.project(project);
  if (!state) return undefined;
  state.services ??= emptyServices();
  return { state, services: state.services };
}
