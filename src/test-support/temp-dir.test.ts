import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const tempDirModule = pathToFileURL(fileURLToPath(new URL('./temp-dir.js', import.meta.url))).href;
const src = fileURLToPath(new URL('../../src', import.meta.url));
/** A private TMPDIR for the child test processes, so other processes' folders never count. */
const privateTmp = mkdtempSync(path.join(tmpdir(), 'temp-dir-test-'));
after(() => rmSync(privateTmp, { recursive: true, force: true }));

const endings = {
  passes: '',
  'fails an assertion': "assert.equal(1, 2, 'a failing test');",
  throws: "throw new Error('uncaught');",
  'exits 1': 'process.exit(1);',
  'rejects a promise': "await Promise.reject(new Error('rejected'));",
};

for (const [ending, code] of Object.entries(endings))
  test(`a test process that ${ending} leaves no hotpot-* folder behind`, async () => {
    const tmp = mkdtempSync(path.join(privateTmp, 'run-'));
    const fixture = path.join(privateTmp, `fixture-${Object.keys(endings).indexOf(ending)}.test.mjs`);
    const made = path.join(privateTmp, `made-${path.basename(tmp)}.json`);
    writeFileSync(
      fixture,
      [
        "import assert from 'node:assert/strict';",
        "import { writeFileSync, mkdirSync } from 'node:fs';",
        "import { test } from 'node:test';",
        `import { testTempDir } from ${JSON.stringify(tempDirModule)};`,
        "test('makes folders', async () => {",
        "  const dirs = [testTempDir('fixture'), testTempDir('fixture'), testTempDir('store')];",
        "  mkdirSync(dirs[0] + '/nested/deeper', { recursive: true });",
        "  writeFileSync(dirs[0] + '/nested/deeper/key.json', '{}', { mode: 0o400 });",
        `  writeFileSync(${JSON.stringify(made)}, JSON.stringify(dirs));`,
        `  ${code}`,
        '});',
      ].join('\n'),
    );
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const output = await new Promise<string>((resolve) =>
      execFile(process.execPath, ['--test', fixture], { env: { ...env, TMPDIR: tmp } }, (_err, out, err) =>
        resolve(`${out}${err}`),
      ),
    );
    assert.ok(existsSync(made), `the fixture ran: ${output}`);
    const dirs = JSON.parse(readFileSync(made, 'utf8')) as string[];
    assert.equal(dirs.length, 3);
    for (const d of dirs) assert.ok(d.startsWith(tmp), `${d} was made in the test process's TMPDIR`);
    assert.deepEqual(dirs.filter(existsSync), [], 'every folder is gone');
    assert.deepEqual(
      readdirSync(tmp).filter((n) => n.startsWith('hotpot-')),
      [],
    );
  });

test('test files make temp folders only through testTempDir', () => {
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.test\.ts$/.test(entry.name) && entry.name !== 'temp-dir.test.ts')
        if (/mkdtemp/.test(readFileSync(full, 'utf8'))) offenders.push(path.relative(src, full));
    }
  };
  walk(src);
  assert.deepEqual(offenders, []);
});
