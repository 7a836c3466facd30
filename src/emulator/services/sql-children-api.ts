import { GoogleApiError } from '../google-errors.js';
import { sqlInstanceMissing } from './service-errors.js';
import { serviceApis, type ProjectServices } from './service-objects.js';
import { call, type ServiceCall } from './service-call.js';

/** Cloud SQL's 404 for a database or user of an existing instance. */
function sqlChildMissing(what: string): GoogleApiError {
  return new GoogleApiError(404, '', 'notFound', `The ${what} does not exist.`);
}

function instanceOf(s: ProjectServices, name: string) {
  if (!s.sqlInstances.some((i) => i.name === name)) throw sqlInstanceMissing();
}

/**
 * Routes Cloud SQL's databases and users of one instance (`…/instances/{i}/databases[/{d}]`, `…/users[/{u}]`):
 * lists in one answer (`sql#databasesList`, `sql#usersList`, no paging), gets by name (users also by `host`).
 */
export function routeSqlChildren(path: string): ServiceCall | undefined {
  const m = /^\/v1\/projects\/([^/]+)\/instances\/([^/]+)\/(databases|users)(?:\/([^/]+))?$/.exec(path);
  if (!m) return undefined;
  const [, project, instance, what, one] = m;
  const databases = what === 'databases';
  const plural = databases ? 'sqlDatabases' : 'sqlUsers';
  const method = `${plural}.${one ? 'get' : 'list'}`;
  const permission = `cloudsql.${what}.${one ? 'get' : 'list'}`;
  return call(project!, serviceApis.sql, method, permission, !one, (s, p) => {
    instanceOf(s, instance!);
    const all = (databases ? s.sqlDatabases : s.sqlUsers)[instance!] ?? [];
    if (!one)
      return {
        kind: databases ? 'sql#databasesList' : 'sql#usersList',
        ...(all.length ? { items: all } : {}),
      };
    const host = p.get('host');
    const found = all.find(
      (o) =>
        o.name === one && (databases || ((o as { host?: string | null }).host ?? null) === (host || null)),
    );
    if (!found) throw sqlChildMissing(databases ? 'database' : 'user');
    return found;
  });
}
