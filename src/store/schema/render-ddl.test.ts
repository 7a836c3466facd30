import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HotpotError } from '../../errors.js';
import { changeSql } from './render-ddl.js';
import { resourceTables } from './table-schema.js';
import type { ColumnSchema } from './table-schema.js';

const required: ColumnSchema = { name: 'owner', type: 'text', nullable: false, default: null };

test('adding a not-null column without a default is refused, naming the table and column', () => {
  assert.throws(
    () => changeSql({ change: 'add-column', table: 'gcp_compute_widgets', column: required }),
    (err: Error) =>
      err instanceof HotpotError &&
      err.message.startsWith('gcp_compute_widgets: column owner is declared not null without a default'),
  );
});

test('making a column not null fills the rows that hold null with its default first', () => {
  const column: ColumnSchema = { name: 'tags', type: 'text[]', nullable: false, default: [] };
  assert.equal(
    changeSql({ change: 'set-not-null', table: 't', column }),
    "update t set tags = '{}' where tags is null;\nalter table t alter column tags set not null;",
  );
  assert.throws(() => changeSql({ change: 'set-not-null', table: 't', column: required }), HotpotError);
});

test('a type PostgreSQL cannot cast starts over at the default; integer to bigint keeps its values', () => {
  assert.equal(
    changeSql({
      change: 'alter-type',
      table: 't',
      column: { name: 'n', type: 'bigint', nullable: true, default: null },
      from: 'integer',
    }),
    'alter table t alter column n drop default;\nalter table t alter column n type bigint using n::bigint;',
  );
  assert.equal(
    changeSql({
      change: 'alter-type',
      table: 't',
      column: { name: 'ips', type: 'jsonb', nullable: false, default: {} },
      from: 'text[]',
    }),
    "alter table t alter column ips drop default;\nalter table t alter column ips type jsonb using '{}';",
  );
});

test('a default the column type cannot hold is an error naming the column', () => {
  const column: ColumnSchema = { name: 'size', type: 'integer', nullable: true, default: 'big' };
  assert.throws(
    () => changeSql({ change: 'add-column', table: 't', column }),
    /^HotpotError: t\.size: default "big" is not a value of type integer$/,
  );
});

test('keys and checks are never altered by the generator', () => {
  assert.throws(
    () =>
      changeSql({
        change: 'unrenderable',
        table: 't',
        problem: 'primary key is (id), declared (scope, id)',
      }),
    /write that step by hand/,
  );
});

test('a declaration naming an engine column or a bad identifier is refused before any SQL', () => {
  const declare = (columns: Record<string, 'text'>, table = 'gcp_compute_widgets') =>
    resourceTables({ kind: 'gcp.compute.widget', table, columns });
  assert.throws(
    () => declare({ raw: 'text' }),
    /gcp_compute_widgets: column raw is one every resource table has/,
  );
  assert.throws(
    () => declare({ 'bad-name': 'text' }),
    /column name "bad-name" is not a plain SQL identifier/,
  );
  assert.throws(
    () => declare({}, 'Widgets; drop'),
    /table name "Widgets; drop" is not a plain SQL identifier/,
  );
  assert.throws(
    () => declare({ collation: 'text' }),
    /column name "collation" is not a plain SQL identifier \(.*not a reserved word\)/,
  );
});

test('index names are cut to the 63 bytes PostgreSQL keeps; a table whose history name cannot fit is refused', () => {
  const table = 'gcp_compute_region_network_firewall_policies';
  const { history } = resourceTables({
    kind: 'gcp.compute.region_network_firewall_policy',
    table,
    columns: {},
  });
  assert.deepEqual(
    history.indexes.map((i) => i.name),
    [
      'gcp_compute_region_network_firewall_policies_history_open_idx',
      'gcp_compute_region_network_firewall_policies_history_valid_from',
      'gcp_compute_region_network_firewall_policies_history_valid_to_i',
    ],
  );
  assert.throws(
    () => resourceTables({ kind: 'gcp.compute.x', table: `gcp_compute_${'x'.repeat(48)}`, columns: {} }),
    /table name gcp_compute_x+ is too long: its history table's name must fit PostgreSQL's 63 bytes/,
  );
});
