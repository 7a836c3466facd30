import type { sqladmin_v1 } from '@googleapis/sqladmin';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import { serviceKind } from '../kinds.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import { perInstance, sqlGoneReasons } from './per-instance.js';

type User = sqladmin_v1.Schema$User;

/** A user's id: `<instance>/<name>`, then `/<host>` for MySQL users (a name is unique per instance and host). */
export function sqlUserId(u: User): string {
  if (!u.instance || !u.name)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `Cloud SQL user without instance or name in API response: ${JSON.stringify(u.name ?? null)}`,
    });
  return `${u.instance}/${u.name}${u.host ? `/${u.host}` : ''}`;
}

/** The instance, name and host of a user id. */
export function parseSqlUserId(id: string): { instance: string; name: string; host?: string } {
  const [instance = '', name = '', ...host] = id.split('/');
  return { instance, name, ...(host.length ? { host: host.join('/') } : {}) };
}

/** Pure: a user → row (names and types only: the API never lists passwords, and none is kept). */
export function convertSqlUser(u: User) {
  const id = sqlUserId(u);
  return {
    id,
    name: u.name!,
    location: 'global',
    creation_timestamp: null,
    instance: u.instance!,
    host: u.host ?? null,
    user_type: u.type ?? 'BUILT_IN',
  };
}

/** Drops a `password` an answer should never carry, so no secret is stored. */
function withoutPassword(u: User): User {
  if (!('password' in u)) return u;
  const { password: _secret, ...rest } = u;
  return rest;
}

/** Cloud SQL users (names, host, type: built-in or IAM) of every instance: `users.list`, one call per instance. */
export const sqlUserResource: ServiceResource<User> = {
  ...serviceKind('sqlUsers'),
  columns: { instance: { type: 'text', index: 'btree' }, host: 'text', user_type: 'text' },
  listColumns: ['instance', 'host', 'user_type'],
  async *list(client, ctx) {
    const pages = perInstance<User>(client, ctx, 'sqlUsers.list', 'sql#usersList', (instance) =>
      client.sqladmin.users.list({ project: ctx.scope, instance }, noRetry),
    );
    for await (const page of pages) yield { ...page, items: page.items.map(withoutPassword) };
  },
  get: async (client, ctx, ref) => {
    const { instance, name, host } = parseSqlUserId(ref.id);
    const got = await serviceGetOrGone<User>(
      ctx.api,
      {
        method: 'sqlUsers.get',
        path: `projects/${ctx.scope}/instances/${ref.id}`,
        reason: sqlGoneReasons,
        check: expectField('kind', 'sql#user'),
      },
      () =>
        client.sqladmin.users.get({ project: ctx.scope, instance, name, ...(host ? { host } : {}) }, noRetry),
    );
    return got === 'gone' ? got : withoutPassword(got);
  },
  convert: convertSqlUser,
  identify: sqlUserId,
};
