import type { sqladmin_v1 } from '@googleapis/sqladmin';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import { serviceKind } from '../kinds.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import { perInstance, sqlGoneReasons } from './per-instance.js';

type Database = sqladmin_v1.Schema$Database;

function requireIds(d: Database): { instance: string; name: string } {
  if (!d.instance || !d.name)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `Cloud SQL database without instance or name in API response: ${d.selfLink ?? JSON.stringify(d.name ?? null)}`,
    });
  return { instance: d.instance, name: d.name };
}

/** Pure: a database → row; its id is `<instance>/<name>` (Cloud SQL gives databases no id). */
export function convertSqlDatabase(d: Database) {
  const { instance, name } = requireIds(d);
  return {
    id: `${instance}/${name}`,
    name,
    location: 'global',
    creation_timestamp: null,
    instance,
    charset: d.charset ?? null,
    collation_name: d.collation ?? null,
  };
}

/** Cloud SQL databases (names, charset) of every instance: `databases.list`, one call per instance. */
export const sqlDatabaseResource: ServiceResource<Database> = {
  ...serviceKind('sqlDatabases'),
  columns: { instance: { type: 'text', index: 'btree' }, charset: 'text', collation_name: 'text' },
  listColumns: ['instance', 'charset'],
  list: (client, ctx) =>
    perInstance<Database>(client, ctx, 'sqlDatabases.list', 'sql#databasesList', (instance) =>
      client.sqladmin.databases.list({ project: ctx.scope, instance }, noRetry),
    ),
  get: (client, ctx, ref) => {
    const [instance = '', ...rest] = ref.id.split('/');
    const database = rest.join('/');
    return serviceGetOrGone(
      ctx.api,
      {
        method: 'sqlDatabases.get',
        path: `projects/${ctx.scope}/instances/${instance}/databases/${database}`,
        reason: sqlGoneReasons,
        check: expectField('kind', 'sql#database'),
      },
      () => client.sqladmin.databases.get({ project: ctx.scope, instance, database }, noRetry),
    );
  },
  convert: convertSqlDatabase,
  identify: (d) => {
    const { instance, name } = requireIds(d);
    return `${instance}/${name}`;
  },
};
