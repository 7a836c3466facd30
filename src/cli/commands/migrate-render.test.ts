import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../package-root.js';
import { migrate, migrationsDir, readMigrations, type Migration } from '../../store/migrate.js';
import { openStore } from '../../store/open-store.js';
import { schemaSnapshot } from '../../store/testing/schema-snapshot.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
const frozen0009 = path.join(packageRoot, 'dist', 'store', 'testing', 'store-0009', '0009_s1.sql');
const temp = testTempDir('render');
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function hotpot(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [main, ...args], { cwd: temp }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A copy of today's migrations, `edit` applied to it. */
function migrationsCopy(name: string, edit: (dir: string) => void): string {
  const dir = path.join(temp, name);
  fs.cpSync(migrationsDir, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Removes `0009_s1.sql` and numbers the later migrations down, so the folder has no gap and no S1 tables. */
function withoutS1(dir: string): void {
  fs.rmSync(path.join(dir, '0009_s1.sql'));
  for (const m of readMigrations().filter((m) => m.version > 9)) {
    const file = (version: number) => `${String(version).padStart(4, '0')}_${m.name}.sql`;
    fs.renameSync(path.join(dir, file(m.version)), path.join(dir, file(m.version - 1)));
  }
}

/** The file name the next rendered migration of today's folder takes. */
function nextMigration(name: string): string {
  return `${String(readMigrations().length + 1).padStart(4, '0')}_${name}.sql`;
}

async function snapshotOf(migrations: Migration[]) {
  const store = await openStore('pglite://memory');
  try {
    await migrate(store.db, migrations);
    return await schemaSnapshot(store.db);
  } finally {
    await store.close();
  }
}

test('render writes the tables of declarations that have none, as the hand-written migration built them', async () => {
  const dir = migrationsCopy('no-s1', withoutS1);
  const last = readMigrations().length;
  const s1Tables = `${String(last).padStart(4, '0')}_s1_tables.sql`;

  const check = await hotpot('migrate', 'render', '--dir', dir, '--check');
  assert.equal(check.code, 1);
  assert.match(
    check.stderr,
    /migration missing: `hotpot migrate render` would write .*_resource_tables\.sql/,
  );
  assert.match(check.stdout, /^s1_sites: table missing$/m);
  assert.match(check.stdout, /^create table s1_agents_history \($/m);
  assert.match(check.stderr, new RegExp(`${String(last).padStart(4, '0')}_resource_tables`));
  assert.equal(fs.existsSync(path.join(dir, s1Tables)), false, '--check writes nothing');

  const render = await hotpot('migrate', 'render', '--dir', dir, '--name', 's1_tables');
  assert.equal(render.code, 0, render.stderr);
  assert.deepEqual(render.stdout.trim().split('\n'), [
    's1_sites: table missing',
    's1_sites_history: table missing',
    's1_groups: table missing',
    's1_groups_history: table missing',
    's1_agents: table missing',
    's1_agents_history: table missing',
    `wrote ${path.join('no-s1', s1Tables)}: review it and commit it`,
  ]);

  const handWritten = readMigrations().map((m) =>
    m.version === 9 ? { ...m, sql: fs.readFileSync(frozen0009, 'utf8') } : m,
  );
  const rendered = (await snapshotOf(readMigrations(dir))).tables;
  assert.deepEqual(rendered, (await snapshotOf(handWritten)).tables);

  const again = await hotpot('migrate', 'render', '--dir', dir, '--check');
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, 'nothing to render: the migrations build every declared table as declared\n');
});

test('render writes the changes of a declaration whose columns and indexes changed, as the next migration', async () => {
  const dir = migrationsCopy('changed', (d) => {
    const file = path.join(d, '0009_s1.sql');
    const text = fs.readFileSync(file, 'utf8');
    const edited = text
      .split('\n')
      .filter(
        (line) =>
          !/^ {2}site_name +text,$/.test(line) && !line.startsWith('create index s1_groups_site_id_idx'),
      )
      .join('\n');
    assert.notEqual(edited, text);
    fs.writeFileSync(file, edited);
  });
  const render = await hotpot('migrate', 'render', '--dir', dir);
  assert.equal(render.code, 0, render.stderr);
  const written = fs.readFileSync(path.join(dir, nextMigration('resource_tables')), 'utf8');
  const statements = written.split('\n').filter((l) => l && !l.startsWith('--'));
  assert.deepEqual(statements, [
    'create index s1_groups_site_id_idx on s1_groups (site_id);',
    'alter table s1_agents add column site_name text;',
    'alter table s1_agents_history add column site_name text;',
  ]);
});

test('render refuses a migration name that is not a plain file name', async () => {
  const dir = migrationsCopy('bad-name', withoutS1);
  const render = await hotpot('migrate', 'render', '--dir', dir, '--name', '../evil');
  assert.equal(render.code, 1);
  assert.equal(render.stderr, 'hotpot: migration name "../evil": use a-z, 0-9 and _\n');
  assert.deepEqual(fs.readdirSync(dir).length, readMigrations().length - 1);
});

test('render refuses a migrations folder with a gap in its numbers, naming the file', async () => {
  const dir = migrationsCopy('gap', (d) => fs.rmSync(path.join(d, '0002_gcp_compute.sql')));
  const render = await hotpot('migrate', 'render', '--dir', dir);
  assert.equal(render.code, 1);
  assert.equal(
    render.stderr,
    `hotpot: migration 0003_deletion_safety.sql in ${dir} is out of sequence: expected 2\n`,
  );
});
